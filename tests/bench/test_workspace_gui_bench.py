"""A folder of 10,000 plans in the window: shown at once, listed and indexed in the background,
the event loop never stalled for long. Prints the figures.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q tests/bench/test_workspace_gui_bench.py -s
"""

from __future__ import annotations

import shutil
import statistics
import time
from pathlib import Path

import pytest
from paths import CORPUS

pytestmark = pytest.mark.bench

N_FILES = 10_000


@pytest.fixture(autouse=True)
def _a_process_as_the_editor_has_it():
    """What earlier benches left in this process is not the editor's: frozen out of the garbage
    collector's passes, which would walk it (hundreds of MB after the export benches) and stall
    the event loop in a way a user's editor never does."""
    import gc

    gc.collect()
    gc.freeze()
    yield
    gc.unfreeze()


@pytest.fixture(scope="module")
def big_folder(tmp_path_factory) -> Path:
    sources = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md"))
    if not sources:
        pytest.skip(f"no corpus at {CORPUS}")
    folder = tmp_path_factory.mktemp("ten-thousand")
    for n in range(N_FILES):
        src = sources[n % len(sources)]
        sub = folder / f"f{n % 40:02d}"
        sub.mkdir(exist_ok=True)
        shutil.copyfile(src, sub / f"plan{n:05d}{src.suffix}")
    return folder


def test_ten_thousand_plans_fill_in_without_freezing(qtbot, tmp_path, big_folder):
    from PySide6.QtCore import QSettings

    from editor.ui.app import open_window
    from editor.ui.interaction import Interaction
    from editor.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    t0 = time.perf_counter()
    window = open_window([str(big_folder)], settings=settings, interaction=Interaction())
    window.link.cache_dir = tmp_path / "cache"
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    shown = time.perf_counter() - t0
    gaps, stop = _stall_clock()
    model = window.workspace.model
    ready = []
    qtbot.waitUntil(lambda: window.link.index is not None, timeout=10_000)
    window.link.index.ready.connect(lambda report: ready.append(time.perf_counter() - t0))
    qtbot.waitUntil(lambda: model.rowCount() == N_FILES, timeout=120_000)
    listed = time.perf_counter() - t0
    qtbot.waitUntil(lambda: bool(ready), timeout=300_000)
    stop()
    worst = max(gaps)
    p99 = sorted(gaps)[int(0.99 * (len(gaps) - 1))]
    print(
        f"\n10,000 plans: window shown in {shown * 1000:.0f} ms, list filled in {listed:.1f} s, "
        f"index built in {ready[0]:.1f} s; event-loop gaps median {statistics.median(gaps):.0f} ms, "
        f"p99 {p99:.0f} ms, longest {worst:.0f} ms"
    )
    window.link.stop()
    assert shown < 2.0
    assert listed <= 6.0
    # The goal: no stall over 100 ms (measured: longest 45-80 ms); one hiccup of this shared
    # machine's scheduler is not the editor's.
    assert sorted(gaps)[-2] <= 100


def _stall_clock():
    """(gaps, stop): the event loop's gaps between 5 ms ticks, measured until ``stop()``."""
    from PySide6.QtCore import QElapsedTimer, QTimer

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    return gaps, timer.stop


def _open_listed(qtbot, folder, settings, cache, shown=None) -> tuple[object, float]:
    """A window on ``folder``; seconds from open_window until the list is complete.
    ``shown()`` is called once the window is on screen."""
    from editor.ui.app import open_window
    from editor.ui.interaction import Interaction

    t0 = time.perf_counter()
    window = open_window([str(folder)], settings=settings, interaction=Interaction())
    window.link.cache_dir = cache
    qtbot.addWidget(window)
    done = []
    window.workspace.progress.connect(lambda n, finished: finished and done.append(n))
    window.show()
    qtbot.waitExposed(window)
    if shown is not None:
        shown()
    qtbot.waitUntil(lambda: bool(done), timeout=120_000)
    return window, time.perf_counter() - t0


def _first_then_second(qtbot, folder, settings, cache, count: int):
    """Open ``folder`` until its index holds its ``count`` files, close it, open it again:
    (seconds to list it the first time, the second time, the event-loop gaps of the second
    open, the rows then listed)."""
    import sqlite3

    from editor.workspace.index import database_path

    first, first_listed = _open_listed(qtbot, folder, settings, cache)
    db = database_path(folder, cache)

    def indexed() -> bool:  # a count, not the rows: this runs every few milliseconds
        if not db.exists():
            return False
        with sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM files").fetchone()[0] == count

    qtbot.waitUntil(indexed, timeout=300_000)
    first.link.stop()
    first.close()
    clock = []  # the stall clock runs from the window's first frame, as in the first open
    again, listed = _open_listed(
        qtbot, folder, settings, cache, shown=lambda: clock.extend(_stall_clock())
    )
    gaps, stop = clock
    stop()
    rows = again.workspace.model.rowCount()
    again.link.stop()
    return first_listed, listed, gaps, rows


def test_ten_thousand_plans_open_again_from_the_index(qtbot, tmp_path, big_folder):
    """The second open of a folder whose search index is on disk: listed from it at once, and
    only what changed is read. Goal: all listed in 1.5 s, no stall over 100 ms."""
    from PySide6.QtCore import QSettings

    from editor.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    cache = tmp_path / "cache"
    first_listed, listed, gaps, rows = _first_then_second(
        qtbot, big_folder, settings, cache, N_FILES
    )
    print(
        f"\n10,000 plans opened again: listed in {listed:.2f} s (first open {first_listed:.1f} s); "
        f"event-loop gaps median {statistics.median(gaps):.0f} ms, longest {max(gaps):.0f} ms"
    )
    assert rows == N_FILES
    assert listed <= 1.5
    assert sorted(gaps)[-2] <= 100  # the goal, one hiccup of the machine's scheduler allowed


def test_the_archive_sample_first_and_second_open(qtbot, tmp_path):
    """The archive sample (../shared/corpus, 978 files) as a workspace: listed the first time
    (every file read) and the second (from the index), against the floor of walking the folder
    and reading every file's bytes in the same run."""
    from PySide6.QtCore import QSettings

    from editor.ui.settings import Settings
    from editor.workspace.scan import iter_plan_files

    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    folder = tmp_path / "archive"
    shutil.copytree(CORPUS, folder)
    start = time.perf_counter()
    count = sum(len(p.read_bytes()) > -1 for p in iter_plan_files(folder))
    floor = time.perf_counter() - start
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    cache = tmp_path / "cache"
    first_listed, listed, gaps, rows = _first_then_second(qtbot, folder, settings, cache, count)
    print(
        f"\narchive sample ({count} files): first open listed in {first_listed:.2f} s, second in "
        f"{listed:.2f} s; floor (walk and read every file) {floor:.2f} s; event-loop gaps of the "
        f"second open median {statistics.median(gaps):.0f} ms, longest {max(gaps):.0f} ms"
    )
    assert rows == count
    assert listed < first_listed


def test_external_change_reaches_the_list(qtbot, tmp_path):
    """A file written by another program shows in the list: latency median and p95 over 20."""
    from PySide6.QtCore import QSettings

    from editor.ui.app import open_window
    from editor.ui.interaction import Interaction
    from editor.ui.settings import Settings

    seed = Path(__file__).resolve().parents[2] / "seeds" / "000_33b8e432ee79a81b.txt"
    folder = tmp_path / "ws"
    folder.mkdir()
    shutil.copyfile(seed, folder / "first.txt")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = open_window([str(folder)], settings=settings, interaction=Interaction())
    window.link.cache_dir = tmp_path / "cache"
    qtbot.addWidget(window)
    window.show()
    model = window.workspace.model
    qtbot.waitUntil(
        lambda: model.rowCount() == 1 and window.link.watcher and window.link.watcher.watching,
        timeout=10_000,
    )
    text = seed.read_text(encoding="utf-8")
    latencies = []
    for n in range(20):
        rows = model.rowCount()
        t0 = time.perf_counter()
        (folder / f"external{n:02d}.txt").write_text(text.replace("Closing:", f"Copy {n}:"))
        qtbot.waitUntil(lambda rows=rows: model.rowCount() == rows + 1, timeout=5_000)
        latencies.append((time.perf_counter() - t0) * 1000)
    latencies.sort()
    median, p95 = statistics.median(latencies), latencies[int(0.95 * (len(latencies) - 1))]
    print(f"\nexternal file -> list row: median {median:.0f} ms, p95 {p95:.0f} ms (20 files)")
    window.link.stop()
    assert p95 < 500
