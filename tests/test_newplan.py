"""New plans from every template: canonical, complete, round-tripping, reported Unfinished."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from editor.catalog.matching import match
from editor.catalog.templates import load_template
from editor.catalog.validation import validate
from editor.planfile import parse, read

TEMPLATES = ["learningplan", "closing", "experiment", "solution", "blank"]


def run_new(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "editor.cli", "new", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("template_id", TEMPLATES)
def test_new_plan_round_trips_with_every_question(template_id: str, tmp_path: Path):
    out = tmp_path / f"{template_id}.txt"
    result = run_new(
        "--template",
        template_id,
        "--title",
        "Clean rivers",
        "--focal-point",
        "ana.perez@undp.org",
        "--country",
        "Chile",
        "-o",
        str(out),
    )
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    doc = read(out)
    assert doc.dumps().encode() == data
    assert parse(data.decode()).plan() == doc.plan()  # re-parses to the same structure
    assert doc.tag_values("year") == [str(dt.date.today().year)]
    assert doc.tag_values("country") == ["Chile"]
    lat, lng = map(float, doc.tag_values("latlng")[0].split(","))
    assert -56 < lat < -17 and -76 < lng < -66
    template = load_template(template_id)
    m = match(doc)
    expected = [i.id for i in template.items() if i.kind != "tags" and i.prompt]
    assert sorted({i.id for i in m.items.values()}) == sorted(set(expected))
    assert m.unmatched == []
    report = validate(doc)
    if template_id != "blank":
        assert report.status == "Unfinished"
        assert report.missing


def test_new_refuses_bad_input_and_existing_files(tmp_path: Path):
    out = tmp_path / "x.txt"
    result = run_new("--template", "solution", "--country", "Atlantis", "-o", str(out))
    assert result.returncode == 1 and "unknown country 'Atlantis'" in result.stderr
    assert not out.exists()
    result = run_new("--template", "solution", "--focal-point", "nobody", "-o", str(out))
    assert result.returncode == 1 and "not an email address" in result.stderr
    out.write_text("keep me")
    result = run_new("--template", "solution", "-o", str(out))
    assert result.returncode == 1 and "already exists" in result.stderr
    assert out.read_text() == "keep me"


def test_closing_form_title_has_its_prefix(tmp_path: Path):
    out = tmp_path / "c.txt"
    assert run_new("--template", "closing", "--title", "Rivers", "-o", str(out)).returncode == 0
    assert read(out).title == "Closing: Rivers"


def test_the_follow_up_of_a_learning_plan_is_its_closing_form_pre_filled():
    from paths import SEEDS

    from editor.catalog.newplan import NewPlanError, follow_up, follow_up_template
    from editor.planfile import read

    plan = read(SEEDS / "learningplan-peru-2025.txt")
    assert follow_up_template(plan) == "closing"
    closing = follow_up(plan)
    assert closing.title == "Closing: " + plan.title
    for key in ("focal_point", "country", "latlng", "methods", "datasources", "sdgs"):
        assert closing.tag_values(key) == plan.tag_values(key), key
    assert closing.tag_values("thematic_areas") == []
    assert closing.questions and not any(q.answer for q in closing.questions)
    assert "Learnings on your challenge" in closing.section_titles()
    # A closing form follows nothing; nor does an experiment.
    assert follow_up_template(closing) is None
    assert follow_up_template(read(SEEDS / "experiment-peru-2025.txt")) is None
    with pytest.raises(NewPlanError):
        follow_up(closing)
