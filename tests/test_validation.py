"""Validation finds the planted problems and none in a plan filled in completely."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from conftest import FIXTURES, SEED

from editor.matching import match
from editor.newplan import new_plan
from editor.planfile import read
from editor.validation import validate

TODAY = dt.date(2026, 11, 26)


def option_lists(item) -> list[str]:
    from editor import vocabularies

    return item.options if isinstance(item.options, list) else vocabularies.options(item.options)


def messages(report) -> list[str]:
    return [f"{p.severity}:{p.field}:{p.message}" for p in report.problems]


def test_planted_problems_are_all_found():
    report = validate(read(FIXTURES / "invalid" / "planted.txt"), today=TODAY)
    found = "\n".join(messages(report))
    expected = [
        "error:focal_point:'not-an-email' is not an email address",
        "warning:year:2031 is in the future",
        "error:title:the title has 105 characters; the limit is 99",
        "error:sdgs:7 SDGs given; at most 5 are allowed",
        "error:sdgs:'18. Space exploration' is not one of the 17 Sustainable Development Goals",
        "warning:methods:'Etnography' is not in the list of methods",
        "warning:datasources:'in-depth interviews' and 'in depth interviews' look like the same term",
        "warning:latlng:48.85,2.35 is far from Chile",
        "error:question 2:300 characters; the limit is 280",
        "warning:question 3:an empty checklist line ('- ')",
        'error:groups:a <div class="group"> is never closed',
    ]
    for line in expected:
        assert line in found, line
    etno = next(p for p in report.problems if p.field == "methods")
    assert etno.suggestion == "Ethnography"
    assert report.status == "Unfinished"
    assert any(m.startswith("Challenge statement: What is your challenge?") for m in report.missing)


def test_shares_not_adding_to_100_and_a_stray_div():
    report = validate(read(FIXTURES / "invalid" / "shares.txt"), today=TODAY)
    found = messages(report)
    assert "error:time shares:Sense + Explore + Test + Grow add up to 110%, not 100%" in found
    assert "warning:groups:a stray </div> outside any group" in found
    assert report.template == "closing2022"


def test_the_seed_is_complete_with_one_near_duplicate():
    report = validate(read(SEED), today=TODAY)
    assert report.status == "Complete"
    assert report.errors == []
    assert [p.field for p in report.problems] == ["datasources"]


def test_a_plan_filled_in_completely_has_no_problems():
    doc = new_plan(
        "learningplan",
        title="Rangeland carbon",
        focal_point="ana.perez@undp.org",
        country="Mongolia",
        year=2025,
    )
    assert validate(doc, today=TODAY).status == "Unfinished"
    for tag, value in [
        ("sdgs", "13. Climate action"),
        ("thematic_areas", "land management"),
        ("methods", "Citizen Science"),
        ("datasources", "Citizen data"),
    ]:
        doc.add_tag(tag, value)
    m = match(doc)
    for number, item in m.items.items():
        if item.kind in ("checklist", "radio"):
            doc.set_checked(number, [option_lists(item)[0]])
        elif item.kind == "text" and not doc.question(number).answer:
            doc.set_answer(number, "A short, complete answer.")
    report = validate(doc, today=TODAY)
    assert report.problems == [], messages(report)
    assert report.status == "Complete"
    assert report.answered == report.required


def test_check_json_output(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "editor.cli",
            "check",
            "--json",
            str(FIXTURES / "invalid" / "planted.txt"),
        ],
        capture_output=True,
        text=True,
    )
    assert out.returncode == 1
    data = json.loads(out.stdout)
    assert data[0]["status"] == "Unfinished"
    assert {"field", "message", "severity", "suggestion", "line"} <= set(data[0]["problems"][0])


def test_a_region_named_as_the_country_is_a_warning_that_suggests_the_country():
    from editor.planfile import PlanFile

    for region, country in [
        ("Puntland", "Somalia"),
        ("Somaliland", "Somalia"),
        ("England", "United Kingdom"),
        ("Walloon Brabant", "Belgium"),
    ]:
        plan = PlanFile(f"# A plan\n\n[[type:solution]]\n\n[[country:{region}]]\n")
        problems = [p for p in validate(plan, today=TODAY).problems if p.field == "country"]
        assert [(p.severity, p.suggestion) for p in problems] == [("warning", country)], region
        assert problems[0].line == 5
    for spelling in ("Guinea Bissau", "Trinidad", "Somalia"):
        plan = PlanFile(f"# A plan\n\n[[type:solution]]\n\n[[country:{spelling}]]\n")
        assert not [p for p in validate(plan, today=TODAY).problems if p.field == "country"]
