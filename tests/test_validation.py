"""Validation finds the planted problems and none in a plan filled in completely."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
from paths import CORPUS, FIXTURES, SEED

from editor.catalog.matching import match
from editor.catalog.newplan import new_plan
from editor.catalog.validation import validate
from editor.planfile import PlanFile, read

TODAY = dt.date(2026, 11, 26)


def option_lists(item) -> list[str]:
    from editor.catalog import vocabularies

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
        "warning:sdgs:7 SDGs given; the form allows at most 5",
        "error:sdgs:'18. Space exploration' is not one of the 17 Sustainable Development Goals",
        "warning:methods:'Etnography' is not in the list of methods",
        "warning:datasources:'in-depth interviews' and 'in depth interviews' look like the same term",
        "warning:latlng:48.85,2.35 is far from Chile",
        "warning:question 2:300 characters; the form asks for at most 280",
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


# --- rules per document type ------------------------------------------------------------


def errors_of(text: str) -> list[str]:
    return [m for m in messages(validate(PlanFile(text), today=TODAY)) if m.startswith("error")]


def test_a_blog_has_no_form_limits():
    title = "A blog post whose title runs on well past the ninety-nine characters a form would allow, as blogs do"
    areas = "".join(f"[[thematic_areas:area {n}]]\n" for n in range(8))
    sdgs = "".join(
        f"[[sdgs:{n}. {label}]]\n"
        for n, label in [
            (1, "No poverty"),
            (2, "Zero hunger"),
            (3, "Good health and well-being"),
            (4, "Quality education"),
            (5, "Gender equality"),
            (13, "Climate action"),
        ]
    )
    for doctype in ("blog", "publications", "story"):
        text = (
            f"# {title}\n\n[[type:{doctype}]]\n\n[[source:https://example.org/post]]\n\n"
            f"[A post](https://example.org/post)\n\n{sdgs}{areas}[[date:2023-05-02]]\n\nThe article.\n"
        )
        assert len(title) > 99
        report = validate(PlanFile(text), today=TODAY)
        assert report.errors == [], (doctype, messages(report))
        assert not [p for p in report.problems if p.field in ("title", "sdgs", "thematic_areas")]


def test_a_codification_page_carries_several_types():
    text = (
        "[[type:principles]]\n[[type:skills]]\n[[type:tools]]\n\n# Continuous learning\n\nBody.\n"
    )
    assert errors_of(text) == []


def test_a_form_title_over_99_characters_is_still_an_error():
    title = "x" * 120
    found = errors_of(f"# {title}\n\n[[type:solution]]\n\n> Title of the innovation\n\nT\n")
    assert found == ["error:title:the title has 120 characters; the limit is 99"]


def test_a_tweet_over_280_is_a_warning():
    tweet = "Short “tweet” summary: We would like to tweet what you are working on, can you summarize your challenge in a maximum of 280 characters?"
    doc = PlanFile(
        f"# T\n\n[[type:learningplan]]\n## Challenge statement\n****\n\n> {tweet}\n\n{'y' * 300}\n"
    )
    report = validate(doc, today=TODAY)
    [problem] = [p for p in report.problems if p.field == "question 1"]
    assert (problem.severity, problem.message) == (
        "warning",
        "300 characters; the form asks for at most 280",
    )
    assert problem.line == 7  # the prompt line


def test_more_than_five_thematic_areas_on_a_solution_is_a_warning():
    areas = "".join(f"[[thematic_areas:area {n}]]\n" for n in range(7))
    report = validate(PlanFile(f"# T\n\n[[type:solution]]\n\n{areas}"), today=TODAY)
    [problem] = [p for p in report.problems if p.field == "thematic_areas"]
    assert problem.severity == "warning" and "at most 5" in problem.message
    assert report.errors == []


def test_a_long_solution_title_answer_is_not_a_problem():
    long_title = (
        "An innovation whose full name, as its innovator gave it in the form, is longer than a title "
        * 2
    )
    doc = PlanFile(
        f"# {long_title[:98]}…\n\n[[type:solution]]\n\n> Title of the innovation\n\n{long_title}\n"
    )
    report = validate(doc, today=TODAY)
    assert not [p for p in report.problems if p.field in ("title", "question 1")], messages(report)


def test_a_repeated_identical_tag_is_an_error_on_its_line():
    report = validate(read(FIXTURES / "invalid" / "repeated-tags.txt"), today=TODAY)
    repeated = [p for p in report.problems if "repeated" in p.message]
    assert [(p.severity, p.field, p.line) for p in repeated] == [("error", "thematic_areas", 12)]
    assert repeated[0].message == "'agriculture' is repeated: the same tag is on line 10"
    assert repeated[0].suggestion == "remove line 12"
    # Two pins in one country at its centre are two locations, not a repeated tag.
    assert report.errors == repeated, messages(report)


def test_a_repeated_method_on_a_learning_plan_is_flagged():
    text = "# T\n\n[[type:learningplan]]\n\n[[methods:Ethnography]]\n[[methods:Ethnography]]\n"
    assert errors_of(text) == ["error:methods:'Ethnography' is repeated: the same tag is on line 5"]


def test_no_published_file_has_an_error_but_repeated_tags():
    """The published archive has no false alarms: its only errors are repeated identical tags."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    offenders = []
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file()):
        doc = read(path)
        for p in validate(doc, today=TODAY).errors:
            if "is repeated: the same tag is on line" not in p.message:
                offenders.append(f"{path.relative_to(CORPUS)}:{p.line}: {p.field}: {p.message}")
    assert offenders == [], f"{len(offenders)} errors:\n" + "\n".join(offenders[:50])


def test_a_story_tags_each_passage_and_the_same_tag_on_two_passages_is_no_repeat():
    text = (
        "[[country:Malawi]]\n[[type:story]]\n[[type:story]]\n\n# An interview\n\n"
        "### [[0:01]] What is your best story?\n\n[[principles:Curiosity]]\n[[tools:Design]]\n"
        "We mapped the energy system.\n\n### [[9:46]] And the challenges?\n\n"
        "[[principles:Curiosity]]\n[[principles:Curiosity]]\nThe first challenge.\n"
    )
    assert errors_of(text) == [
        "error:type:'story' is repeated: the same tag is on line 2",
        "error:principles:'Curiosity' is repeated: the same tag is on line 15",
    ]


def test_two_focal_points_on_a_form_document_are_still_an_error():
    text = "# T\n\n[[focal_point:a@undp.org]]\n[[focal_point:b@undp.org]]\n\n[[type:experiment]]\n"
    assert errors_of(text) == ["error:focal_point:2 Focal point given; at most 1 are allowed"]
