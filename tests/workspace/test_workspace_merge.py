"""Field-level three-way merge of plan documents."""

from __future__ import annotations

import difflib

import pytest

from editor.planfile import PlanFile, parse
from editor.workspace.merge import copy_document, fields, merge


def number(doc: PlanFile, prompt_start: str, occurrence: int = 0) -> int:
    found = [q.number for q in doc.questions if q.prompt.startswith(prompt_start)]
    return found[occurrence]


def changed_lines(a: str, b: str) -> list[str]:
    diff = difflib.unified_diff(a.splitlines(), b.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


@pytest.fixture
def docs(mongolia: str) -> tuple[PlanFile, PlanFile, PlanFile]:
    return parse(mongolia), parse(mongolia), parse(mongolia)


def test_non_conflicting_changes_from_both_sides_are_kept(docs) -> None:
    base, mine, theirs = docs
    mine.set_answer(number(mine, "Background"), "My new background.")
    mine.add_tag("methods", "Ethnography")
    theirs.set_title("Their better title")
    theirs.set_answer(number(theirs, "Value proposition"), "Their value proposition.")
    theirs.set_tag("country", ["Mongolia", "Kazakhstan"])

    result = merge(base, mine, theirs)
    assert result.clean and not result.notes and result.structure == "theirs"
    out = result.merged
    assert out.title == "Their better title"
    assert out.question(number(out, "Background")).answer == "My new background."
    assert out.question(number(out, "Value proposition")).answer == "Their value proposition."
    assert out.tag_values("methods")[-1] == "Ethnography"
    assert out.tag_values("country") == ["Mongolia", "Kazakhstan"]
    assert set(result.applied) == {
        ("answer", "Challenge statement", mine.question(4).prompt, 0),
        ("tag", "methods"),
    }


def test_result_keeps_their_bytes_except_the_merged_fields(docs) -> None:
    base, mine, theirs = docs
    theirs_text_before = None
    mine.set_answer(number(mine, "Short “tweet”"), "Tweet from me.")
    theirs.set_answer(number(theirs, "Challenge statement:"), "Their statement.")
    theirs_text_before = theirs.dumps()

    result = merge(base, mine, theirs)
    expected = copy_document(theirs)
    expected.set_answer(number(expected, "Short “tweet”"), "Tweet from me.")
    assert result.merged.dumps() == expected.dumps()
    changes = changed_lines(theirs_text_before, result.merged.dumps())
    assert (
        changes[0].startswith("-Bridging local ground-truth") and changes[-1] == "+Tweet from me."
    )
    assert theirs.dumps() == theirs_text_before  # the inputs are not edited


def test_nothing_changed_gives_their_bytes(docs) -> None:
    base, mine, theirs = docs
    theirs.set_answer(1, "Only they changed this")
    result = merge(base, mine, theirs)
    assert result.clean and not result.applied
    assert result.merged.dumps() == theirs.dumps()


def test_the_same_change_on_both_sides_is_no_conflict(docs) -> None:
    base, mine, theirs = docs
    for doc in (mine, theirs):
        doc.set_answer(3, "Same words")
        doc.set_tag("year", "2026")
    result = merge(base, mine, theirs)
    assert result.clean and result.merged.dumps() == theirs.dumps()


def test_conflicting_tag_and_answer_are_reported_and_resolved_both_ways(docs) -> None:
    base, mine, theirs = docs
    q = number(base, "Learning question:")
    mine.set_answer(q, "Mine: which indices?")
    theirs.set_answer(q, "Theirs: which sensors?")
    mine.set_tag("sdgs", ["13. Climate action"])
    theirs.set_tag("sdgs", ["13. Climate action", "15. Life on land", "2. Zero hunger"])
    mine.set_answer(number(mine, "Existing data gaps"), "Mine, no conflict")

    result = merge(base, mine, theirs)
    assert not result.clean
    by_field = {c.field: c for c in result.conflicts}
    answer_id = ("answer", "Learning questions", base.question(q).prompt, 0)
    assert set(by_field) == {("tag", "sdgs"), answer_id}
    sdgs = by_field[("tag", "sdgs")]
    assert sdgs.base == ("13. Climate action", "15. Life on land")
    assert sdgs.mine == ("13. Climate action",)
    assert sdgs.theirs == ("13. Climate action", "15. Life on land", "2. Zero hunger")
    assert by_field[answer_id].mine == "Mine: which indices?"
    assert by_field[answer_id].label.startswith("Learning questions › Learning question:")

    all_mine = result.resolve({c.field: "mine" for c in result.conflicts})
    assert all_mine.question(q).answer == "Mine: which indices?"
    assert all_mine.tag_values("sdgs") == ["13. Climate action"]
    assert all_mine.question(number(all_mine, "Existing data gaps")).answer == "Mine, no conflict"

    all_theirs = result.resolve({}, default="theirs")
    assert all_theirs.question(q).answer == "Theirs: which sensors?"
    assert all_theirs.tag_values("sdgs") == list(sdgs.theirs)
    expected = copy_document(theirs)
    expected.set_answer(number(expected, "Existing data gaps"), "Mine, no conflict")
    assert all_theirs.dumps() == expected.dumps()

    mixed = result.resolve({("tag", "sdgs"): "mine", answer_id: "theirs"})
    assert mixed.tag_values("sdgs") == ["13. Climate action"]
    assert mixed.question(q).answer == "Theirs: which sensors?"

    with pytest.raises(ValueError):
        result.resolve({("tag", "sdgs"): "mine"})
    with pytest.raises(ValueError):
        result.resolve({}, default="both")  # type: ignore[arg-type]


def test_questions_are_matched_by_section_prompt_and_occurrence(docs) -> None:
    base, mine, theirs = docs
    # questions 6 and 7 are two groups with the same empty prompt in "Challenge statement"
    assert base.question(6).prompt == base.question(7).prompt == ""
    mine.set_answer(7, "second empty-prompt group, mine")
    theirs.set_answer(6, "first empty-prompt group, theirs")
    result = merge(base, mine, theirs)
    assert result.clean
    assert result.merged.question(6).answer == "first empty-prompt group, theirs"
    assert result.merged.question(7).answer == "second empty-prompt group, mine"
    keys = [f for f in fields(base) if f[0] == "answer" and f[1] == "Challenge statement"]
    assert ("answer", "Challenge statement", "", 1) in keys


def test_structure_changed_only_on_my_side_takes_my_structure(docs) -> None:
    base, mine, theirs = docs
    section = base.section_titles().index("Closing")
    new_q = mine.add_question(section, "A new question of mine?", "My new answer")
    theirs.set_answer(number(theirs, "Background"), "Their background")
    result = merge(base, mine, theirs)
    assert result.clean and result.structure == "mine"
    out = result.merged
    assert out.question(new_q).answer == "My new answer"
    assert out.question(number(out, "Background")).answer == "Their background"


def test_structure_changed_only_on_their_side_takes_theirs(docs) -> None:
    base, mine, theirs = docs
    theirs.remove_section(base.section_titles().index("Partners"))
    mine.set_answer(number(mine, "Background"), "My background")
    result = merge(base, mine, theirs)
    assert result.clean and result.structure == "theirs"
    assert "Partners" not in result.merged.section_titles()
    assert result.merged.question(number(result.merged, "Background")).answer == "My background"


def test_my_edit_of_a_question_they_removed_is_a_note(docs) -> None:
    base, mine, theirs = docs
    theirs.remove_question(number(theirs, "Short “tweet”"))
    mine.set_answer(number(mine, "Short “tweet”"), "My tweet")
    result = merge(base, mine, theirs)
    assert result.clean and result.structure == "theirs"
    assert len(result.notes) == 1 and "your edit is lost" in result.notes[0]
    assert result.merged.dumps() == theirs.dumps()


def test_both_sides_changed_structure(docs) -> None:
    base, mine, theirs = docs
    closing = base.section_titles().index("Closing")
    mine.add_question(closing, "Mine?", "mine")
    theirs.add_question(closing, "Theirs?", "theirs")
    result = merge(base, mine, theirs)
    assert result.structure == "theirs"
    assert any("Both sides" in n for n in result.notes)
    assert any("could not be merged" in n for n in result.notes)
    assert [q.prompt for q in result.merged.questions][-1] == "Theirs?"


def test_line_endings_and_encoding_of_theirs_are_kept() -> None:
    text = "# T\r\n\r\n[[year:2020]]\r\n\r\n[[type:experiment]]\r\n\r\n## S\r\n****\r\n\r\n> P\r\n\r\nold\r\n"
    base = parse(text)
    mine = parse(text)
    theirs = PlanFile(text, encoding="cp1252")
    mine.set_answer(1, "new line one\nnew line two")
    theirs.set_title("Café")
    result = merge(base, mine, theirs)
    out = result.merged
    assert out.encoding == "cp1252" and out.title == "Café"
    assert "new line one\r\nnew line two\r\n" in out.dumps() and "\n" not in out.dumps().replace(
        "\r\n", ""
    )
