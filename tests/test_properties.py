"""Property tests: any text round-trips, parsing never raises, an edit touches only its part."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.planfile import dumps, parse
from editor.planfile.syntax import merge_text

LINES = st.sampled_from(
    [
        "# Title",
        "## Section",
        "## ",
        "**lead**",
        "****",
        "> A prompt?",
        "> ",
        ">",
        "- option",
        "- ",
        "",
        " ",
        "\u00a0",
        '<div class="group">',
        "</div>",
        "![Missing alt text](https://example.org/x.png)",
        "[[type:learningplan]]",
        "[[country:Chile]]",
        "[[focal_point:a@b.org]]",
        "[[0:00]] transcript",
        "[[unclosed",
        "an answer line",
        "| a | b |",
        "```",
        "&amp; text",
    ]
)
ENDINGS = st.sampled_from(["\n", "\r\n", "\r", ""])
STRUCTURED = st.lists(st.tuples(st.one_of(LINES, st.text(max_size=20)), ENDINGS), max_size=40).map(
    lambda parts: "".join(line + end for line, end in parts)
)
ANY_TEXT = st.one_of(st.text(), STRUCTURED)
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(ANY_TEXT)
def test_any_text_round_trips_and_never_raises(text: str):
    doc = parse(text)
    assert dumps(doc) == text
    doc.questions  # noqa: B018 - the views build for any text
    doc.tags  # noqa: B018
    doc.section_titles()


@FAST
@given(STRUCTURED, st.data())
def test_set_answer_changes_only_that_answer(text: str, data):
    doc = parse(text)
    spans = doc.outline.questions
    if not spans:
        return
    q = data.draw(st.sampled_from(spans))
    answer = data.draw(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=60))
    answer = answer.replace("\r", "").strip()
    before = doc.blocks
    prefix = "".join(b.src for b in before[: q.prompt + 1])
    suffix = "".join(b.src for b in before[q.end :])
    doc.set_answer(q.number, answer)
    after = doc.dumps()
    assert after.startswith(prefix)
    assert after.endswith(suffix)
    assert doc.question(q.number).answer == answer


@FAST
@given(STRUCTURED, st.sampled_from(["country", "sdgs", "year", "gender", "methods"]), st.data())
def test_tag_edits_touch_only_tag_lines(text: str, key: str, data):
    doc = parse(text)
    if doc.outline.title is None and not doc.outline.tags and doc.outline.header_end == 0:
        return
    value = data.draw(st.text(alphabet="abcdefgh 0123456789.,", min_size=1, max_size=12))
    others = [b.src for b in doc.blocks if b.kind not in ("tag", "text", "title")]
    doc.set_tag(key, value)
    assert doc.tag_values(key) == [value]
    assert [b.src.rstrip("\r\n") for b in doc.blocks if b.kind not in ("tag", "text", "title")] == [
        s.rstrip("\r\n") for s in others
    ]
    assert parse(doc.dumps()).tag_values(key) == [value]  # and it reads back as a tag


@FAST
@given(STRUCTURED, st.data())
def test_an_answer_set_and_set_back_restores_the_bytes(text: str, data):
    if len(set(re.findall(r"\r\n|\r|\n", text))) > 1:
        return  # an edited answer takes the file's main line ending
    doc = parse(text)
    if not doc.questions:
        return
    q = data.draw(st.sampled_from(doc.questions))
    if not doc.outline.questions[q.number - 1].texts:
        return  # a prompt with no line after it gains a blank line once answered
    other = data.draw(st.text(alphabet="abc é\n", min_size=1, max_size=30)).strip() or "x"
    doc.set_answer(q.number, other)
    doc.set_answer(q.number, q.answer)
    assert doc.dumps() == text


@FAST
@given(STRUCTURED, st.data())
def test_answers_typed_leave_the_views_as_a_fresh_read_of_the_blocks(text: str, data):
    """Typing in answers (the outline and questions read before each key, as the preview does)
    keeps the views the editor shows equal to those read afresh from the same blocks."""
    doc = parse(text)
    if not doc.outline.questions:
        return
    for _ in range(data.draw(st.integers(1, 6))):
        doc.questions  # noqa: B018 - read, as the preview reads them between two keys
        q = data.draw(st.sampled_from(doc.questions))
        cut = data.draw(st.integers(0, len(q.answer)))
        typed = data.draw(st.sampled_from(["x", "é", "\n", "\n> not a prompt", "\n## ", " "]))
        doc.set_answer(q.number, q.answer[:cut] + typed + q.answer[cut:])
        assert list(doc.blocks) == merge_text(list(doc.blocks))  # merged, as a file parses
        fresh = parse("")
        fresh.restore(doc.snapshot())
        assert doc.outline == fresh.outline
        assert doc.questions == fresh.questions
        assert doc.section_titles() == fresh.section_titles()
