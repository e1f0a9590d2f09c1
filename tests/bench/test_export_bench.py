"""The whole corpus exported to JSON (one file per plan) and to one XLSX workbook: files per
second and peak memory (tracemalloc), against the floor of just reading the files (bytes from
disk, decoded and parsed by ``editor.planfile.read``) in the same run.

    .venv/bin/python -m pytest -q tests/bench/test_export_bench.py -s
"""

from __future__ import annotations

import time
import tracemalloc

import pytest
from paths import CORPUS, corpus_plan_files

from editor.export.run import export
from editor.export.structure import load

pytestmark = [pytest.mark.bench, pytest.mark.skipif(not CORPUS.is_dir(), reason="no corpus")]


def _measure(work) -> tuple[float, float, object]:
    tracemalloc.start()
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return seconds, peak, result


def test_export_the_corpus_to_json_and_xlsx(tmp_path):
    files = corpus_plan_files()
    n = len(files)
    floor_s, floor_mb, (sources, problems) = _measure(lambda: load([CORPUS]))
    assert len(sources) == n and not problems
    print(f"\nexport bench over {n} corpus files")
    print(f"  floor (read + parse):  {n / floor_s:7.0f} files/s  peak {floor_mb:6.1f} MiB")
    for to, out in (("json", tmp_path / "json"), ("xlsx", tmp_path / "all.xlsx")):
        seconds, peak, report = _measure(lambda to=to, out=out: export([CORPUS], to, out))
        assert not report.problems
        assert len(report.written) == (n if to == "json" else 1)
        print(
            f"  {to:5}                   {n / seconds:7.0f} files/s  peak {peak:6.1f} MiB"
            f"  ({seconds / floor_s:.1f}x the floor's time)"
        )


@pytest.mark.parametrize("to", ["html", "pdf", "docx"])
def test_export_the_corpus_to_documents(tmp_path, qapp, to):
    """One document per plan; a remote image Word cannot embed is named, never a failure."""
    files = corpus_plan_files()
    n = len(files)
    floor_s, _, _ = _measure(lambda: load([CORPUS]))
    seconds, peak, report = _measure(lambda: export([CORPUS], to, tmp_path / to))
    assert len(report.written) == n
    assert all("not embedded" in p for p in report.problems), report.problems[:3]
    print(
        f"\n  {to:5} {n} files: {n / seconds:7.1f} files/s  peak {peak:6.1f} MiB (Python heap)"
        f"  ({seconds / floor_s:.1f}x the floor's time)"
    )
