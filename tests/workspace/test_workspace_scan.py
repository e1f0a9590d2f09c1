"""Listing and summarising the plan files of a folder."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import types
from pathlib import Path

from paths import corpus_plan_files as corpus_files

from editor.planfile import read
from editor.workspace.scan import (
    is_plan_path,
    is_temp_name,
    iter_plan_files,
    scan,
    sdg_number,
    summarise,
)

PLAN = "# A plan\n\n[[year:2024]]\n\n[[type:experiment]]\n\n[[methods:Survey]]\n[[country:Peru]]\n"


def test_the_workspace_package_imports_no_qt() -> None:
    code = (
        "import sys, editor.workspace, editor.workspace.watch, editor.workspace.index;"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'PyQt'))];"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).parents[2])


def test_listing_skips_hidden_temp_and_other_files(tmp_path: Path) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in ["a.txt", "b.md", "C.TXT", "sub/c.txt", "sub/deeper/d.md"]:
        (tmp_path / name).write_text(PLAN)
    for name in [".a.txt.k2j3h4.tmp", ".dot.txt", "notes.pdf", "x.txt~", ".hidden/e.txt"]:
        (tmp_path / name).write_text(PLAN)
    (tmp_path / "folder.txt").mkdir()
    found = [p.relative_to(tmp_path).as_posix() for p in iter_plan_files(tmp_path)]
    assert found == ["C.TXT", "a.txt", "b.md", "sub/c.txt", "sub/deeper/d.md"]
    assert is_temp_name(".a.txt.k2j3h4.tmp") and not is_temp_name("a.txt")
    assert is_plan_path(tmp_path / "sub" / "c.txt", tmp_path)
    assert not is_plan_path(tmp_path / ".hidden" / "e.txt", tmp_path)
    assert not is_plan_path(tmp_path.parent / "elsewhere.txt", tmp_path)


def test_scan_is_a_generator(corpus_copy: Path) -> None:
    it = scan(corpus_copy)
    assert isinstance(it, types.GeneratorType)
    assert next(it).path.parent == corpus_copy


def test_summaries_of_the_corpus_agree_with_the_parser(corpus_copy: Path) -> None:
    summaries = list(scan(corpus_copy))
    assert len(summaries) == len(corpus_files()) > 100
    for s in summaries:
        assert s.error is None, (s.path, s.error)
        data = s.path.read_bytes()
        doc = read(s.path)
        assert s.title == doc.title
        assert s.type == (doc.tag_values("type") or [None])[0]
        assert list(s.countries) == [v.strip() for v in doc.tag_values("country")]
        assert list(s.sdgs) == [v.strip() for v in doc.tag_values("sdgs")]
        assert list(s.methods) == [v.strip() for v in doc.tag_values("methods")]
        assert s.sha256 == hashlib.sha256(data).hexdigest()
        assert s.size == len(data)
        assert s.mtime_ns == os.stat(s.path).st_mtime_ns
    mongolia = next(s for s in summaries if s.path.name == "learningplan-mongolia-2025.txt")
    assert mongolia.type == "learningplan" and mongolia.year == 2025
    assert mongolia.country == "Mongolia"
    assert mongolia.sdg_numbers == (13, 15)
    assert "Citizen Science" in mongolia.methods


def test_unreadable_files_give_an_error_not_an_exception(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(PLAN)
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (tmp_path / "bad-bom.txt").write_bytes(b"\xff\xfe\x00\xd8")  # UTF-16 BOM, lone surrogate
    (tmp_path / "legacy.txt").write_bytes("# Caf\u00e9 \u2013 plan\n".encode("cp1252"))
    by_name = {s.path.name: s for s in scan(tmp_path)}
    assert set(by_name) == {"good.txt", "binary.txt", "bad-bom.txt", "legacy.txt"}
    assert by_name["good.txt"].error is None and by_name["good.txt"].methods == ("Survey",)
    assert "binary" in (by_name["binary.txt"].error or "")
    assert by_name["binary.txt"].sha256  # still keyed, so the index doesn't re-read it
    assert by_name["bad-bom.txt"].error
    assert by_name["legacy.txt"].error is None
    assert by_name["legacy.txt"].title == "Caf\u00e9 \u2013 plan"
    gone = summarise(tmp_path / "missing.txt")
    assert gone.error and "does not exist" in gone.error


def test_a_file_without_read_permission(tmp_path: Path) -> None:
    p = tmp_path / "locked.txt"
    p.write_text(PLAN)
    p.chmod(0)
    try:
        s = summarise(p)
        if os.access(p, os.R_OK):  # root reads anyway
            assert s.error is None
        else:
            assert s.error and "permission" in s.error
    finally:
        p.chmod(0o644)


def test_header_only_summary_of_odd_files(tmp_path: Path) -> None:
    text = (
        "[[year:2023]]\n\n[[type:solution]]\n\n[[sdgs:5. Gender equality]]\n"
        "[[country:Chile]]\n## Section\n****\n\n> Prompt\n\n[[type:not-a-tag]]\n"
    )
    (tmp_path / "no-title.txt").write_bytes(text.replace("\n", "\r\n").encode())
    (s,) = scan(tmp_path)
    assert s.title is None and s.type == "solution" and s.sdg_numbers == (5,)
    assert s.countries == ("Chile",) and s.year == 2023
    assert sdg_number("10. Reduced innequalities") == 10 and sdg_number("none") is None
    assert sdg_number("99. Not a goal") is None and sdg_number("Climate action") == 13
