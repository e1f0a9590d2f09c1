"""An edit changes only the bytes of what was edited, in the exporter's layout."""

from __future__ import annotations

import difflib
import subprocess
import sys
from pathlib import Path

import pytest
from paths import SEED

from editor.planfile import read, write
from editor.planfile.normalise import canonical_text, normalise


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    removed, added = [], []
    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith("-") and not line.startswith("---"):
            removed.append(line[1:])
        elif line.startswith("+") and not line.startswith("+++"):
            added.append(line[1:])
    return removed, added


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "editor.cli", *args], capture_output=True, text=True, timeout=60
    )


def test_set_tag_from_the_command_line_changes_exactly_one_line(seed_copy: Path):
    before = seed_copy.read_text()
    result = run_cli("set", str(seed_copy), "--tag", "country=Chile")
    assert result.returncode == 0, result.stderr
    assert changed_lines(before, seed_copy.read_text()) == (
        ["[[country:Mexico]]"],
        ["[[country:Chile]]"],
    )


def test_set_answer_from_the_command_line_changes_only_that_answer(seed_copy: Path, tmp_path: Path):
    before = seed_copy.read_text()
    old_answer = read(seed_copy).question(1).answer
    answer_file = tmp_path / "answer.md"
    answer_file.write_text("Three insights.\n\n1. One\n2. Two\n")
    out = tmp_path / "out.txt"
    result = run_cli("set", str(seed_copy), "-o", str(out), "--answer", f"1=@{answer_file}")
    assert result.returncode == 0, result.stderr
    assert seed_copy.read_text() == before  # -o leaves the input alone
    assert before.count(old_answer) == 1
    assert out.read_text() == before.replace(old_answer, "Three insights.\n\n1. One\n2. Two")


def test_unknown_question_number_is_an_error_and_nothing_is_written(seed_copy: Path):
    before = seed_copy.read_bytes()
    result = run_cli("set", str(seed_copy), "--title", "New", "--answer", "99=x")
    assert result.returncode == 1
    assert "no question 99" in result.stderr
    assert seed_copy.read_bytes() == before


def test_new_tags_go_where_the_exporter_puts_them():
    doc = read(SEED)
    before = doc.dumps()
    doc.add_tag("sdgs", "9. Industry, innovation and infrastructure")
    doc.add_tag("thematic_areas", "digital government")
    doc.add_tag("datasources", "surveys")
    doc.add_tag("gender", "female")
    lines = doc.dumps().splitlines()
    i = lines.index
    assert i("[[datasources:in depth interviews]]") + 1 == i("[[datasources:surveys]]")
    assert i("[[methods:Collective Intelligence]]") + 1 == i(
        "[[sdgs:9. Industry, innovation and infrastructure]]"
    )
    assert i("[[sdgs:9. Industry, innovation and infrastructure]]") + 1 == i(
        "[[thematic_areas:digital government]]"
    )
    assert i("[[thematic_areas:digital government]]") + 1 == i("[[country:Mexico]]")
    assert i("[[latlng:23.949171200328962,-102.53030787352746]]") + 1 == i("[[gender:female]]")
    assert changed_lines(before, doc.dumps())[0] == []


def test_head_tags_keep_their_blank_lines():
    doc = read(SEED)
    doc.remove_tag("year")
    assert "[[focal_point:gabriela.rios@undp.org]]\n\n[[type:learningplan]]\n\n" in doc.dumps()
    doc.add_tag("year", "2024")
    assert (
        "[[focal_point:gabriela.rios@undp.org]]\n\n[[year:2024]]\n\n[[type:learningplan]]\n\n"
        in doc.dumps()
    )


def test_tags_in_a_file_with_none():
    doc = read(Path(__file__).parent / "fixtures" / "multiline-prompt.txt")
    doc.remove_tag("type")
    doc.add_tag("sdgs", "13. Climate action")
    doc.add_tag("type", "learningplan")
    assert doc.dumps().startswith(
        "# A plan whose prompt spans lines\n\n[[type:learningplan]]\n\n[[sdgs:13. Climate action]]\n## Challenge"
    )


def test_checklist_edit_writes_only_checked_options():
    doc = read(SEED)
    before = doc.dumps()
    doc.set_checked(2, ["Our work has not yet scaled", "Other"])
    assert changed_lines(before, doc.dumps()) == ([], ["- Other"])
    assert doc.question(2).checked == ["Our work has not yet scaled", "Other"]


def test_answer_into_an_empty_answer_gets_blank_lines_around_it():
    doc = read(SEED)
    doc.set_answer(9, "Academia")
    assert "> What sector does your partner belong to?\n\nAcademia\n\n\n</div>" in doc.dumps()
    doc.set_answer(9, "")
    assert doc.dumps() == read(SEED).dumps()


def test_structure_edits_are_undone_by_their_inverse():
    original = read(SEED).dumps()
    doc = read(SEED)
    n = doc.add_question(1, "A new question?", "An answer")
    assert doc.question(n).prompt == "A new question?"
    assert "\n> A new question?\n\nAn answer\n" in doc.dumps()
    doc.remove_question(n)
    g = doc.add_group(2, [("Please state the name of the partner:", "UNICEF")], after=0)
    assert [q.answer for q in doc.questions if q.group == g] == ["UNICEF"]
    doc.remove_group(g)
    s = doc.add_section(
        "Learning questions", "", [("Learning question: What is your learning question?", "")]
    )
    assert doc.section_titles()[s] == "Learning questions"
    doc.remove_section(s)
    assert doc.dumps() == original


def test_snapshot_restore_is_undo():
    doc = read(SEED)
    snap = doc.snapshot()
    doc.set_title("Another title")
    doc.set_tag("methods", ["Foresight"])
    doc.restore(snap)
    assert doc.dumps() == read(SEED).dumps()


def test_a_failed_save_leaves_the_file_and_says_why(seed_copy: Path, monkeypatch):
    import os

    from editor.planfile import WriteError

    original = seed_copy.read_bytes()
    doc = read(seed_copy)
    doc.set_title("Changed")

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(WriteError, match="disk is full"):
        write(doc, seed_copy)
    monkeypatch.undo()
    assert seed_copy.read_bytes() == original
    assert [p.name for p in seed_copy.parent.iterdir()] == [seed_copy.name]  # no temp file left


def test_read_only_file_and_folder(seed_copy: Path):
    from editor.planfile import WriteError

    doc = read(seed_copy)
    doc.set_title("Changed")
    seed_copy.chmod(0o444)
    with pytest.raises(WriteError, match="read-only"):
        write(doc, seed_copy)
    seed_copy.chmod(0o644)
    seed_copy.parent.chmod(0o555)
    try:
        with pytest.raises(WriteError, match="folder .* is read-only"):
            write(doc, seed_copy)
    finally:
        seed_copy.parent.chmod(0o755)
    assert read(seed_copy).title != "Changed"


def test_write_keeps_permissions(seed_copy: Path):
    seed_copy.chmod(0o640)
    doc = read(seed_copy)
    doc.set_title("Changed")
    write(doc, seed_copy)
    assert seed_copy.stat().st_mode & 0o777 == 0o640


def test_normalise_is_idempotent_and_keeps_content():
    doc = read(SEED)
    canonical = normalise(doc)
    assert canonical_text(canonical) == canonical.dumps()
    assert canonical.plan() == doc.plan()
