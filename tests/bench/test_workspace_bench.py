"""Workspace benchmarks on 10,000 plan files, against floors measured in the same run.

The files are copies of the shared corpus (titles, countries and years varied) in 50 folders.
Figures printed:

- floor: list the folder and read every file's bytes; scan: summarise every file (ratio to floor);
- index build (time, Python peak memory by tracemalloc, process peak RSS), no-op sync, one-file
  sync, database size;
- search latency median / p95 over typed prefixes, words, phrases and filters; floor: a primary
  key lookup on the same connection;
- external change -> callback latency median / p95; floor: the first raw watchdog event of the
  same write, seen by a bare observer running alongside.

    .venv/bin/python -m pytest -q tests/bench/test_workspace_bench.py -s

The bounds asserted are generous (the machine may be slow or busy); the figures are the point.
"""

from __future__ import annotations

import os
import random
import re
import resource
import statistics
import threading
import time
import tracemalloc
from pathlib import Path

import pytest
from paths import CORPUS
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from editor.workspace.index import WorkspaceIndex
from editor.workspace.scan import iter_plan_files, scan
from editor.workspace.watch import Change, FolderWatcher

pytestmark = pytest.mark.bench

N_FILES = 10_000
COUNTRIES = ["Kenya", "Peru", "Viet Nam", "Mongolia", "Ghana", "Chile", "Nepal", "Egypt", "Mexico"]
QUERIES = [
    "a",
    "ag",
    "agr",
    "agri",
    "agric",
    "agriculture",
    "c",
    "cl",
    "cli",
    "clim",
    "climate",
    "climate ch",
    "climate change",
    "w",
    "wa",
    "wat",
    "water",
    "the",
    "and",
    "data",
    "youth employment",
    "waste management",
    "digital",
    "gender",
    "solar energy",
    "informal",
    "zzzz",
    "mongolia rangeland",
]
_COUNTRY = re.compile(rb"^\[\[country:[^\]\r\n]*\]\]", re.M)
_YEAR = re.compile(rb"^\[\[year:[^\]\r\n]*\]\]", re.M)
FILTERS = [{}, {"country": "Kenya"}, {"type": "solution"}, {"sdg": 13}, {"year": 2023}]


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def _report(capsys: pytest.CaptureFixture[str], *lines: str) -> None:
    with capsys.disabled():
        print()
        for line in lines:
            print("  " + line)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md"))
    if not sources:
        pytest.skip(f"no corpus at {CORPUS}")
    datas = [(p.suffix, p.read_bytes()) for p in sources]
    folder = tmp_path_factory.mktemp("bench-workspace")
    rnd = random.Random(42)
    for n in range(N_FILES):
        suffix, data = datas[n % len(datas)]
        country = rnd.choice(COUNTRIES).encode()
        data = _COUNTRY.sub(b"[[country:" + country + b"]]", data, count=1)
        data = _YEAR.sub(f"[[year:{2019 + n % 7}]]".encode(), data, count=1)
        if data.startswith(b"# "):
            data = f"# Copy {n} of ".encode() + data[2:]
        sub = folder / f"folder{n % 50:02d}"
        sub.mkdir(exist_ok=True)
        (sub / f"plan{n:05d}{suffix}").write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the module: the search test reuses the index the build test made."""
    return tmp_path_factory.mktemp("bench-cache")


def _read_all(folder: Path) -> int:
    return sum(len(p.read_bytes()) for p in iter_plan_files(folder))


def test_scan_and_index_build(
    workspace: Path, cache: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    t0 = time.perf_counter()
    total = _read_all(workspace)
    floor = time.perf_counter() - t0

    t0 = time.perf_counter()
    summaries = list(scan(workspace))
    scan_s = time.perf_counter() - t0
    assert len(summaries) == N_FILES and not [s for s in summaries if s.error]

    t0 = time.perf_counter()
    index = WorkspaceIndex(workspace, cache_dir=cache)
    build = index.sync()
    build_s = time.perf_counter() - t0
    assert len(build.added) == N_FILES
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    t0 = time.perf_counter()
    noop = index.sync()
    noop_s = time.perf_counter() - t0
    assert not noop.reindexed

    one = workspace / "folder07" / "plan00007.txt"
    if not one.exists():
        one = next(iter_plan_files(workspace / "folder07"))
    with open(one, "a", encoding="utf-8") as f:
        f.write("\nbenchmark edit\n")
    st = one.stat()
    os.utime(one, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    t0 = time.perf_counter()
    changed = index.sync()
    one_s = time.perf_counter() - t0
    assert changed.updated == [one] and len(changed.reindexed) == 1
    db_mb = (
        sum(
            os.path.getsize(f"{index.db_path}{s}")
            for s in ("", "-wal")
            if os.path.exists(f"{index.db_path}{s}")
        )
        / 2**20
    )
    t0 = time.perf_counter()
    index.close()
    WorkspaceIndex(workspace, cache_dir=cache).close()
    reopen_s = time.perf_counter() - t0

    tracemalloc.start()
    traced = WorkspaceIndex(workspace, cache_dir=tmp_path / "cache-traced")
    traced.sync()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    traced.close()

    _report(
        capsys,
        f"{N_FILES} files, {total / 2**20:.0f} MB",
        f"floor (list + read bytes): {floor:.2f} s",
        f"scan (summaries):          {scan_s:.2f} s  ({scan_s / floor:.1f}x floor, "
        f"{scan_s / N_FILES * 1e6:.0f} us/file)",
        f"index build:               {build_s:.2f} s  ({build_s / floor:.1f}x floor)",
        f"  Python peak (tracemalloc): {peak / 2**20:.1f} MB; process peak RSS {rss_mb:.0f} MB",
        f"  database: {db_mb:.0f} MB",
        f"no-op sync:                {noop_s * 1e3:.0f} ms",
        f"sync after one file edit:  {one_s * 1e3:.0f} ms",
        f"reopen (integrity check):  {reopen_s * 1e3:.0f} ms",
    )
    assert scan_s < 30
    assert build_s < 120
    assert noop_s < 5
    assert peak < 200 * 2**20


def test_search_latency(workspace: Path, cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    index = WorkspaceIndex(workspace, cache_dir=cache)
    index.sync()
    conn = index._conn()
    floor = []
    for i in range(1, 501):
        t0 = time.perf_counter()
        conn.execute("SELECT path, title FROM files WHERE id = ?", (i,)).fetchone()
        floor.append(time.perf_counter() - t0)

    times: list[float] = []
    worst = (0.0, "")
    for filters in FILTERS:
        for q in QUERIES:
            for _ in range(3):
                t0 = time.perf_counter()
                hits = index.search(q, **filters)
                dt = time.perf_counter() - t0
                times.append(dt)
                worst = max(worst, (dt, f"{q!r} {filters}"))
            assert isinstance(hits, list)
    assert index.search("agri") and index.search("agri", country="Kenya")
    index.close()
    med, p95 = statistics.median(times), _pct(times, 95)
    _report(
        capsys,
        f"search: {len(times)} queries, median {med * 1e3:.1f} ms, p95 {p95 * 1e3:.1f} ms, "
        f"max {worst[0] * 1e3:.1f} ms ({worst[1]})",
        f"  floor (primary key lookup): median {statistics.median(floor) * 1e6:.0f} us",
    )
    assert p95 < 0.100


class _RawFirstEvent(FileSystemEventHandler):
    """A bare watchdog handler: the time of the first event of each path."""

    def __init__(self) -> None:
        self.seen: dict[str, float] = {}
        self.lock = threading.Lock()

    def on_any_event(self, event: FileSystemEvent) -> None:
        now = time.perf_counter()
        if event.event_type in ("modified", "created", "moved", "deleted", "closed"):
            with self.lock:
                self.seen.setdefault(os.fsdecode(event.src_path), now)


def test_external_change_latency(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    arrived: dict[Path, float] = {}
    done = threading.Condition()

    def on_change(change: Change) -> None:
        with done:
            arrived.setdefault(change.path, time.perf_counter())
            done.notify_all()

    raw = _RawFirstEvent()
    observer = Observer()
    observer.schedule(raw, str(workspace), recursive=True)
    observer.start()
    t0 = time.perf_counter()
    watcher = FolderWatcher(workspace, on_change)
    watcher.start()
    start_s = time.perf_counter() - t0
    # No pause: both observers have added their watches when start returns.
    files = list(iter_plan_files(workspace / "folder13"))[:25]
    latencies, floors = [], []
    try:
        for p in files:
            written = time.perf_counter()
            with open(p, "a", encoding="utf-8") as f:
                f.write("\nexternal edit\n")
            with done:
                done.wait_for(lambda p=p: p in arrived, timeout=3)
            assert p in arrived, p
            latencies.append(arrived[p] - written)
            with raw.lock:
                floors.append(raw.seen.get(str(p), arrived[p]) - written)
            time.sleep(0.05)  # samples apart: no write's trailing events in the next one's figure
    finally:
        watcher.stop()
        observer.stop()
        observer.join()
    med, p95 = statistics.median(latencies), _pct(latencies, 95)
    _report(
        capsys,
        f"external change -> callback: median {med * 1e3:.0f} ms, p95 {p95 * 1e3:.0f} ms "
        f"({len(latencies)} writes, quiet period {watcher.quiet * 1e3:.0f} ms)",
        f"  floor (first raw watchdog event): median {statistics.median(floors) * 1e3:.1f} ms, "
        f"p95 {_pct(floors, 95) * 1e3:.1f} ms",
        f"  watcher start on {N_FILES} files: {start_s * 1e3:.0f} ms",
    )
    assert p95 < 0.5
