"""Memory as a user meets it: the most the editor's process holds (max RSS) with the seed open,
and with a workspace of 10,000 plans listed and indexed, against a bare window's in the same run;
with the peak of the checks' process (editor/ui/checkprocess.py) beside it.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest -q -m bench tests/bench/test_memory_bench.py -s
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from paths import CORPUS, SEED

pytestmark = [
    pytest.mark.bench,
    pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc"),
]

# The peak RSS of this process's own memory (VmHWM): getrusage's ru_maxrss would keep that of
# the pytest process it was forked from, which is larger after the other benches.
PEAK = """
def peak(pid="self"):
    with open(f"/proc/{pid}/status") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("VmHWM:")) // 1024
"""

BARE = (
    PEAK
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1500, 900); window.show(); app.processEvents()
print(peak())
"""
)

EDITOR = (
    PEAK
    + """
import sys, time
from PySide6.QtCore import QCoreApplication, QSettings
from editor.ui.app import _application, open_window, settle
from editor.ui.interaction import Interaction
from editor.ui.settings import Settings
app = _application()
store = QSettings(sys.argv[1], QSettings.Format.IniFormat)
window = open_window(sys.argv[3:], Settings(store), Interaction())
window.link.cache_dir = sys.argv[2]
window.resize(1500, 900)
window.show()
settle(window)
from editor.workspace.index import stored_summaries
from editor.workspace.scan import iter_plan_files
expected = sum(1 for _ in iter_plan_files(sys.argv[3]))
start = checked = time.monotonic()
while time.monotonic() - start < 300:  # until every file is listed and in the index
    QCoreApplication.processEvents()
    if time.monotonic() - checked > 0.5:
        checked = time.monotonic()
        listed = window.workspace.model.rowCount() == expected
        if listed and len(dict(stored_summaries(sys.argv[3], sys.argv[2]))) >= expected:
            break
from editor.ui.checkprocess import check_pid
checks = peak(check_pid())
window.link.stop()
print(peak(), checks)
"""
)


def _rss(script: str, *args: str) -> list[int]:
    """The MB a script prints: its own max RSS (and the checks' process's peak)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", script, *args], env=env, capture_output=True, text=True, timeout=400
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return [int(n) for n in done.stdout.strip().splitlines()[-1].split()]


def test_memory_with_the_seed_and_with_ten_thousand_plans(tmp_path):
    sources = sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md"))
    if not sources:
        pytest.skip(f"no corpus at {CORPUS}")
    folder = tmp_path / "ten-thousand"
    for n in range(10_000):
        src = sources[n % len(sources)]
        sub = folder / f"f{n % 40:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, sub / f"plan{n:05d}{src.suffix}")
    seed_folder = tmp_path / "seed"
    seed_folder.mkdir()
    shutil.copyfile(SEED, seed_folder / SEED.name)
    bare = _rss(BARE)[-1]
    cache = str(tmp_path / "cache")
    seed, seed_checks = _rss(
        EDITOR, str(tmp_path / "a.ini"), cache, str(seed_folder), str(seed_folder / SEED.name)
    )
    big, big_checks = _rss(EDITOR, str(tmp_path / "b.ini"), cache, str(folder))
    print(
        f"\npeak RSS: bare window {bare} MB; editor with the seed {seed} MB (and its checks' "
        f"process {seed_checks} MB); with 10,000 plans listed and indexed {big} MB (checks "
        f"{big_checks} MB)"
    )
    assert seed + seed_checks <= 150 and big + big_checks <= 300  # the goals, both processes
    assert Path(cache).is_dir()
