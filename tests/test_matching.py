"""Plans read from disk are matched to their template, tolerant of the archive's spellings."""

from __future__ import annotations

from collections import defaultdict

import pytest
from conftest import CORPUS, FIXTURES, SEED, corpus_files

from editor.matching import match, split_answer
from editor.planfile import parse, read
from editor.templates import load_template


def corpus_rates() -> dict[str, tuple[int, int, int, int]]:
    """Per type: (files matched at >= 80% of prompts, files with prompts, prompts matched, prompts)."""
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for path in corpus_files():
        doc = read(path)
        doctype = (doc.tag_values("type") or [""])[0]
        if doctype not in ("learningplan", "experiment", "solution") or not doc.questions:
            continue
        m = match(doc)
        s = stats[doctype]
        s[0] += m.share >= 0.8
        s[1] += 1
        s[2] += len(m.items)
        s[3] += len(m.items) + len(m.unmatched)
    return {k: tuple(v) for k, v in stats.items()}


def test_corpus_match_rates_per_type():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    rates = corpus_rates()
    for doctype, (good, files, matched, prompts) in sorted(rates.items()):
        print(f"{doctype}: {good}/{files} files matched, {matched}/{prompts} prompts")
    good, files, matched, prompts = rates["learningplan"]
    assert good == files and matched / prompts > 0.97
    good, files, matched, prompts = rates["experiment"]
    assert good / files > 0.9 and matched / prompts > 0.95
    good, files, matched, prompts = rates["solution"]
    assert good / files > 0.7 and matched / prompts > 0.8


def test_seed_is_the_closing_form():
    m = match(read(SEED))
    assert m.template.id == "closing"
    assert m.unmatched == []
    assert m.items[2].id == "handover" and m.items[2].kind == "checklist"


def test_spelling_variants_match_the_same_question():
    template = load_template("learningplan")
    usage = template.item("methods_usage")
    for prompt in (
        "Usage of methods: Relating to your choice above, how will you use your methods & tools for "
        "this learning question? What value do these add in answering your learning question?",
        "Usage of methods: Relating to your choice above, how will you use your methods &amp; tools "
        "for this learning question? What value do these add in answering your learning question?",
        "usage of methods: relating to your choice above, how will you use your method & tools for "
        "this learning question? What value do these add in answering your learning question",
    ):
        doc = parse(
            f"[[type:learningplan]]\n\n## Learning questions\n****\n\n> {prompt}\n\nAnswer\n"
        )
        assert match(doc).items.get(1) == usage, prompt


def test_a_question_the_template_lacks_is_kept_as_a_plain_question():
    doc = parse(
        "[[type:experiment]]\n\n## Overview\n****\n\n> Prepared by (Name of the experimenter)\n\nAna\n\n"
        "> A question no form ever asked?\n\nStill here\n"
    )
    m = match(doc)
    assert m.template.id == "experiment"
    assert m.unmatched == [2]
    assert doc.question(2).answer == "Still here"


def test_multi_line_prompt_continuation_is_split_from_the_answer():
    doc = read(FIXTURES / "multiline-prompt.txt")
    m = match(doc)
    item = m.items[1]
    assert item.id == "challenge_type"
    prefix, answer = split_answer(item, doc.question(1).answer)
    assert prefix.startswith("Please note: we ask you")
    assert answer == ""
    assert prefix + answer == doc.question(1).answer
