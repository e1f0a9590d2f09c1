"""Work in slices of the event loop: background jobs (the list of a folder, its search index)
share one budget per turn, and the list comes before the index.

The window answers a key or a paint between two turns; what it cannot answer is the work done
in one turn. These tests run two background jobs and a 1 ms timer (as a key press or a paint
would come in) and look at the work done between two of its ticks.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer

from editor.ui.slices import TURN, Slices

STEP = 0.002  # seconds each step of the jobs below takes


def _job(name: str, steps: int, log: list):
    for _ in range(steps):
        start = time.perf_counter()
        while time.perf_counter() - start < STEP:
            pass
        log.append((name, start, time.perf_counter()))
        yield


def _ticks(qtbot, until) -> list[float]:
    ticks: list[float] = []
    timer = QTimer(interval=1)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.waitUntil(until, timeout=20_000)
    timer.stop()
    return ticks


def test_two_background_jobs_share_one_budget_per_turn(qtbot):
    owner = QObject()
    log: list = []
    jobs = [Slices(_job(name, 60, log), 0.02, owner, background=True) for name in ("list", "index")]
    for job in jobs:
        job.start()
    ticks = _ticks(qtbot, lambda: not any(job.running for job in jobs))
    steps = [
        sum(1 for _, start, _ in log if a <= start < b)
        for a, b in zip(ticks, ticks[1:], strict=False)
    ]
    # Steps of 2 ms at least: one budget of 25 ms holds 13, and one more may begin before the
    # deadline. Each job alone takes 20 ms a turn: back to back they took 20 steps and more.
    assert max(steps) <= TURN / STEP + 1, max(steps)
    assert {name for name, _, _ in log} == {"list", "index"}


def test_the_job_of_higher_priority_runs_first(qtbot):
    owner = QObject()
    log: list = []
    index = Slices(_job("index", 20, log), 0.012, owner, background=True)
    listing = Slices(_job("list", 20, log), 0.02, owner, background=True, priority=1)
    index.start()
    listing.start()
    qtbot.waitUntil(lambda: not (index.running or listing.running), timeout=20_000)
    names = [name for name, _, _ in log]
    assert names == ["list"] * 20 + ["index"] * 20


def test_foreground_work_is_not_held_back_by_background_work(qtbot):
    """The form's build takes its own budget, whatever the background jobs took this turn."""
    owner = QObject()
    log: list = []
    listing = Slices(_job("list", 200, log), 0.02, owner, background=True, priority=1)
    listing.start()
    qtbot.wait(30)
    form = Slices(_job("form", 5, log), 0.05, owner)
    form.start(first=0.05)  # as the form starts its build: the first slice at once
    assert [name for name, _, _ in log].count("form") == 5
    listing.cancel()
