"""The review beside a plan: written from the command line, read back, the plan untouched."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from paths import SEEDS

from editor.catalog.review import Note, Reply, Review, dumps, loads, review_path
from editor.workspace.scan import iter_plan_files

PLAN = SEEDS / "learningplan-peru-2025.txt"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "editor.cli", *args], capture_output=True, text=True, timeout=120
    )


texts = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=80)


@given(texts, texts, texts, st.booleans())
def test_a_review_reads_back_as_written(note, reply, base, resolved):
    review = Review("plan.txt", "ana@undp.org", "2026-12-01", "needs revision", "Why", "ab12")
    review.notes.append(
        Note("q:3", "Question three", note.strip("\n"), "ana@undp.org", "2026-12-01", resolved)
    )
    review.notes[0].replies.append(Reply("b@undp.org", "2026-12-02", reply.strip("\n")))
    review.base_texts["title"] = ("Title", base.strip("\n"))
    text = dumps(review)
    assert loads(text) == review
    assert dumps(loads(text)) == text


def test_a_review_from_the_command_line_is_written_beside_the_plan_and_read_back(tmp_path):
    plan = tmp_path / "plan.txt"
    base = tmp_path / "base.txt"
    shutil.copyfile(PLAN, base)
    plan.write_bytes(PLAN.read_bytes().replace(b"[[year:2025]]", b"[[year:2024]]", 1))
    before = plan.read_bytes()

    result = run(
        "review",
        str(plan),
        "--base",
        str(base),
        "--reviewer",
        "ana.perez@undp.org",
        "--note",
        "3=Say which indicator answers it.",
        "--note",
        "plan=A good start.",
        "--verdict",
        "revise",
        "--reason",
        "The question cannot be tested yet.",
    )
    assert result.returncode == 0, result.stderr
    assert plan.read_bytes() == before  # nothing of the review goes into the plan
    assert review_path(plan) == tmp_path / "plan.review.txt" and review_path(plan).exists()

    shown = json.loads(run("review", str(plan), "--show", "--json").stdout)
    assert shown["reviewer"] == "ana.perez@undp.org"
    assert shown["verdict"] == "needs revision"
    assert shown["reason"] == "The question cannot be tested yet."
    assert [(n["field"], n["text"]) for n in shown["notes"]] == [
        ("q:3", "Say which indicator answers it."),
        ("plan", "A good start."),
    ]
    assert shown["notes"][0]["label"].startswith("Challenge statement")
    assert shown["changes"] == [{"field": "tag:year", "label": "Year", "base": "2025"}]

    # A second reviewer's pass adds to the same file.
    assert run("review", str(plan), "--note", "title=Shorter, please.").returncode == 0
    shown = json.loads(run("review", str(plan), "--show", "--json").stdout)
    assert [n["field"] for n in shown["notes"]] == ["q:3", "plan", "title"]
    assert "Say which indicator" in run("review", str(plan), "--show").stdout


def test_review_refuses_what_it_cannot_record(tmp_path):
    plan = tmp_path / "plan.txt"
    shutil.copyfile(PLAN, plan)
    result = run("review", str(plan), "--verdict", "revise")
    assert result.returncode == 2 and "--reason" in result.stderr
    result = run("review", str(plan), "--note", "999=No such question.")
    assert result.returncode == 2 and "no question 999" in result.stderr
    assert not review_path(plan).exists()


def test_the_review_is_not_listed_as_a_plan(tmp_path):
    plan = tmp_path / "plan.txt"
    shutil.copyfile(PLAN, plan)
    assert run("review", str(plan), "--note", "plan=Fine.").returncode == 0
    assert [p.name for p in iter_plan_files(tmp_path)] == ["plan.txt"]
    assert Path(tmp_path / "plan.review.txt").exists()
