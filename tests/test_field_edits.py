"""A field's edit changes only the text that field shows: typing a character and deleting it,
ticking an option and unticking it, give back the file's bytes (core, every real file)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paths import CORPUS, corpus_files

from editor.planfile import PlanFile, entities, read

REAL = corpus_files()
BIG_BET = CORPUS / "sic" / "finding_positive_deviants_among_pastoral_communities_in_somalia_.md"


def test_typing_a_character_and_deleting_it_gives_back_every_real_file():
    if not REAL:
        pytest.skip("../shared/corpus is not present")
    answers = 0
    for path in REAL:
        doc = read(path)
        original = doc.dumps()
        for q in doc.questions:
            if not q.answer:
                continue
            answers += 1
            middle = len(q.answer) // 2
            for typed in (q.answer + "x", q.answer[:middle] + "é" + q.answer[middle:]):
                assert doc.set_answer(q.number, typed)
                assert doc.question(q.number).answer == typed
                assert doc.set_answer(q.number, q.answer)
                assert doc.dumps() == original, (path.name, q.number)
    assert answers > 5000


def test_an_edit_keeps_the_answer_s_own_line_endings():
    text = "# T\n\n## S\n****\n\n> Q1\n\nline one\r\nline two\r\n\n> Q2\n\nx\n"
    doc = PlanFile(text)
    assert doc.newline == "\n"
    doc.set_answer(1, "line one\nline two!\nline three")
    assert doc.dumps() == text.replace("line two\r\n", "line two!\r\nline three\r\n")


def test_an_edit_keeps_trailing_spaces_it_does_not_touch():
    text = "# T\n\n## S\n****\n\n> Q1\n\nfirst\u00a0\nsecond  \n\n\n\n> Q2\n"
    doc = PlanFile(text)
    doc.set_answer(1, "first\u00a0\nsecond  \nthird")
    assert doc.dumps() == text.replace("second  \n", "second  \nthird\n")


def test_ticking_keeps_the_prompt_s_continuation_and_unticking_gives_the_file_back():
    if not BIG_BET.exists():
        pytest.skip("../shared/corpus is not present")
    doc = read(BIG_BET)
    original = doc.dumps()
    q = next(q for q in doc.questions if q.prompt.startswith("Challenge type"))
    offered = ["Big bet", "Exploratory"]
    assert doc.set_checked(q.number, ["Big bet"], offered)
    after = doc.dumps()
    assert "Please note: we ask you to only submit" in after
    added = [line for line in after.splitlines() if line not in original.splitlines()]
    assert added == ["- Big bet"]
    assert len(after.splitlines()) == len(original.splitlines()) + 2  # the line and a blank
    assert doc.set_checked(q.number, [], offered)
    assert doc.dumps() == original


def test_ticking_keeps_text_after_the_list_and_an_empty_option():
    text = "## S\n****\n\n> Pick\n\n- a\n- \n- c\n\nA note after the list.\n\n> Next\n\nx\n"
    doc = PlanFile(text)
    offered = ["a", "b", "c"]
    assert doc.set_checked(1, ["a", "b", "c"], offered)
    assert doc.dumps() == text.replace("- a\n", "- a\n- b\n")
    assert doc.set_checked(1, ["a", "c"], offered)
    assert doc.dumps() == text
    assert doc.set_checked(1, ["c"], offered)
    assert doc.dumps() == text.replace("- a\n", "")
    assert doc.set_checked(1, ["a", "c"], offered)
    assert doc.dumps() == text


def test_editing_a_title_keeps_its_trailing_no_break_space():
    text = "# A plan\u00a0\r\n\r\n[[year:2023]]\r\n"
    doc = PlanFile(text)
    assert doc.title == "A plan"
    doc.set_title("A plann")
    assert doc.dumps() == text.replace("A plan\u00a0", "A plann\u00a0")
    doc.set_title("A plan")
    assert doc.dumps() == text


def test_every_real_title_comes_back_after_a_character_typed_and_deleted():
    titled = 0
    for path in REAL:
        doc = read(path)
        original, title = doc.dumps(), doc.title
        if not title:
            continue
        titled += 1
        doc.set_title(title + "x")
        doc.set_title(title)
        assert doc.dumps() == original, path.name
    assert titled > 100 or not REAL


def test_filling_an_empty_answer_and_clearing_it_gives_back_every_real_file():
    emptied = 0
    for path in REAL:
        doc = read(path)
        original = doc.dumps()
        for q in doc.questions:
            if q.answer or q.images:
                continue
            emptied += 1
            assert doc.set_answer(q.number, "x")
            assert doc.set_answer(q.number, "")
            assert doc.dumps() == original, (path.name, q.number)
    assert emptied > 1000 or not REAL


def test_typing_and_deleting_in_every_free_text_gives_back_every_real_file():
    texts = 0
    for path in REAL:
        doc = read(path)
        original = doc.dumps()
        for k in range(len(doc.free_texts())):
            texts += 1
            text = doc.free_text(k)
            assert doc.set_free_text(k, text + "x") and doc.free_text(k) == text + "x"
            assert doc.set_free_text(k, text)
            assert doc.dumps() == original, (path.name, k)
    assert texts > 500 or not REAL


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["a", " ", "&amp;", "&lt;", "&eacute;", "&", "&bogus;", "\n"])),
    st.integers(0, 40),
    st.integers(0, 5),
    st.text("xy&<é", max_size=3),
)
def test_entities_show_as_characters_and_an_edit_keeps_the_rest_as_written(parts, at, cut, typed):
    raw = "".join(parts)
    shown = entities.shown(raw)
    assert entities.edit_raw(raw, shown) == raw
    at = min(at, len(shown))
    new = shown[:at] + typed + shown[at + cut :]
    assert entities.shown(entities.edit_raw(raw, new)) == new


def test_an_option_written_with_an_entity_is_the_option_it_shows():
    text = "> Sectors\n\n- Academia\n- Government (&amp; related)\n\n> Next\n\nx\n"
    doc = PlanFile(text)
    offered = ["United Nations agency", "Academia", "Government (& related)"]
    assert doc.set_checked(1, ["Academia"], offered)  # unticks the entity-spelled line
    assert doc.dumps() == text.replace("- Government (&amp; related)\n", "")
