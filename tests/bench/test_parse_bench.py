"""Parse + dump throughput against a floor measured in the same run.

Floor: read every file, decode it, split it into lines. Measured: read, decode (our detection),
parse into the lossless tree, dump back to text. Reported as medians over several rounds and as
their ratio; the goal is a ratio of at most 3, and the seed parsed in under 5 ms.

    PLAN_BENCH_DIR=/some/folder .venv/bin/python -m pytest -q tests/bench/test_parse_bench.py -s
"""

from __future__ import annotations

import os
import statistics
import time
from pathlib import Path

import pytest
from paths import CORPUS, SEED

from editor.planfile import PlanFile, dumps
from editor.planfile.source import decode

ROUNDS = 9

pytestmark = pytest.mark.bench


def _folder() -> Path:
    return Path(os.environ.get("PLAN_BENCH_DIR", CORPUS))


def _files() -> list[Path]:
    folder = _folder()
    if not folder.is_dir():
        pytest.skip(f"no benchmark folder {folder}")
    return sorted(p for p in folder.rglob("*") if p.is_file())


def _floor(files: list[Path]) -> int:
    lines = 0
    for p in files:
        lines += len(p.read_bytes().decode("utf-8", "replace").splitlines())
    return lines


def _parse_dump(files: list[Path]) -> int:
    size = 0
    for p in files:
        text, encoding, bom = decode(p.read_bytes(), p)
        size += len(dumps(PlanFile(text, encoding=encoding, bom=bom)))
    return size


def _median_seconds(fn, *args, rounds: int = ROUNDS) -> float:
    times = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def test_parse_dump_throughput_against_floor():
    files = _files()
    _floor(files), _parse_dump(files)  # warm the page cache and the imports
    # Interleave rounds so that noise from other work on the machine hits both alike.
    floor_times, parse_times = [], []
    for _ in range(ROUNDS):
        floor_times.append(_median_seconds(_floor, files, rounds=1))
        parse_times.append(_median_seconds(_parse_dump, files, rounds=1))
    floor, parse = statistics.median(floor_times), statistics.median(parse_times)
    megabytes = sum(p.stat().st_size for p in files) / 2**20
    ratio = parse / floor
    print(
        f"\nparse+dump over {len(files)} files ({megabytes:.1f} MB): median {parse * 1000:.1f} ms "
        f"({megabytes / parse:.0f} MB/s); floor (read+decode+split) {floor * 1000:.1f} ms; "
        f"ratio {ratio:.2f}"
    )
    assert ratio <= 3.0  # the goal; 2.56 measured here (3.65 before the parser visited only
    # the lines that may be structural)


def test_seed_parses_in_under_5_ms():
    text = SEED.read_text(encoding="utf-8")
    seconds = _median_seconds(lambda: dumps(PlanFile(text)), rounds=51)
    print(f"\nseed parse+dump: median {seconds * 1000:.2f} ms")
    assert seconds < 0.005


def test_three_megabyte_single_line_file_parses_fast():
    text = "# One line\n\n[[type:solution]]\n\n> Brief description\n\n" + "word " * 700_000
    floor = _median_seconds(lambda: text.encode().decode("utf-8").splitlines(), rounds=5)
    seconds = _median_seconds(lambda: dumps(PlanFile(text)), rounds=5)
    print(
        f"\n3.5 MB single line: parse+dump median {seconds * 1000:.1f} ms, floor {floor * 1000:.1f} ms"
    )
    assert seconds < 0.25
