"""History's cost per save, against the bare write measured in the same run.

Floor: ``editor.planfile.write`` (encode, atomic write with fsync) of a plan whose text
alternates between two versions, so every save replaces different bytes. Measured: the same
saves through ``history.write_keeping`` (read the old bytes, compress and keep them, write, note
the hash), on another file in the same folder, interleaved with the floor's saves so a busy
machine slows both alike. Figures: the medians, their difference (history's cost per save) and
ratio, for the seed and for the largest file of the archive sample.

    .venv/bin/python -m pytest -q tests/bench/test_history_bench.py -s

The bounds asserted are generous (the machine is shared); the figures are the point.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import pytest
from paths import CORPUS, SEED

from editor.planfile import read, write
from editor.workspace.history import History

pytestmark = pytest.mark.bench


def _two_versions(source: Path):
    a = read(source)
    b = read(source)
    b.set_title((a.title or "") + " (edited)")
    return a, b


def _measure(source: Path, tmp_path: Path, saves: int) -> tuple[float, float, int]:
    a, b = _two_versions(source)
    store = History(tmp_path / "store")
    bare, kept = tmp_path / "bare" / source.name, tmp_path / "kept" / source.name
    for p in (bare, kept):
        p.parent.mkdir()
        p.write_bytes(source.read_bytes())
    floor, cost = [], []
    for i in range(saves):
        doc = b if i % 2 == 0 else a
        t0 = time.perf_counter()
        write(doc, bare)
        t1 = time.perf_counter()
        store.write_keeping(doc, kept)
        t2 = time.perf_counter()
        floor.append(t1 - t0)
        cost.append(t2 - t1)
    assert kept.read_bytes() == bare.read_bytes()
    assert len(store.versions(kept)) == saves  # every save kept what it replaced
    return statistics.median(floor), statistics.median(cost), len(source.read_bytes())


def _report(name: str, floor: float, with_history: float, size: int, saves: int) -> None:
    print(
        f"\nhistory per save, {name} ({size:,} bytes, median of {saves} saves): "
        f"bare write {floor * 1000:.2f} ms, with history {with_history * 1000:.2f} ms, "
        f"history's cost {(with_history - floor) * 1000:.2f} ms "
        f"(x{with_history / floor:.2f})"
    )


def test_history_cost_per_save_of_the_seed(tmp_path):
    saves = 200
    floor, with_history, size = _measure(SEED, tmp_path, saves)
    _report("the seed", floor, with_history, size, saves)
    assert with_history - floor < max(4 * floor, 0.020)


def test_history_cost_per_save_of_the_largest_corpus_file(tmp_path):
    files = [p for p in CORPUS.rglob("*") if p.is_file()] if CORPUS.is_dir() else []
    if not files:
        pytest.skip(f"no archive sample at {CORPUS}")
    largest = max(files, key=lambda p: p.stat().st_size)
    saves = 60
    floor, with_history, size = _measure(largest, tmp_path, saves)
    _report(f"the largest corpus file {largest.name[:40]}", floor, with_history, size, saves)
    assert with_history - floor < max(4 * floor, 0.100)
