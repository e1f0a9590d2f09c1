"""Plans read from disk are matched to their template, tolerant of the archive's spellings."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

import pytest
from paths import CORPUS, FIXTURES, SEED, corpus_files

from editor.catalog.matching import match, split_answer
from editor.catalog.templates import load_template
from editor.planfile import parse, read


@cache
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


FIT = 0.95  # share of a type's files with prompts that fit a template (>= 80% of prompts matched)


@pytest.mark.parametrize("doctype", ["learningplan", "experiment", "solution"])
def test_corpus_fit_rate_per_type(doctype):
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present")
    good, files, matched, prompts = corpus_rates()[doctype]
    print(f"{doctype}: {good}/{files} files fit, {matched}/{prompts} prompts matched")
    assert good / files >= FIT, f"{doctype}: {good}/{files} files fit a template"
    assert matched / prompts > 0.95


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


OLDER_SOLUTION_FORMS = {
    "solution_covid2020": ["Title", "Image", "Link to covIDJEA 2020 solution"],
    "solution_observation": [
        "TITLE: Please provide a title for the solution you observed.",
        "DESCRIPTION: What did you observe, or what did people write or say?",
        "NEED: What need does this answer?",
        "INSIGHTS: What lessons can be learned from this observation?",
    ],
    "solution_local": [
        "Please provide the name of the identified local solution:",
        "Brief description about the identified local solution:",
        "Please Select the relevant sector of the identified solution:",
    ],
    "solution_women": ["Solution name", "Description", "Solution type", "Women profiles"],
    "solution_borderlands": [
        "Innovation Solution Description",
        "Qualitative Results of the Innovation",
        "Border Area",
        "Region",
    ],
    "solution_short": ["Project", "Partners", "Description", "URL"],
    "solucion_es2021": ["Nombre de la solución", "Nombre del creador(es)", "Descripción"],
    "solution_grassroots": [
        "Title / Name of the Innovation / Project",
        "Type of Innovation",
        "Observation &amp; Description: What is the innovation about? What need does it answer? "
        "What does it do?",
        "Reported by (Full Name)",
    ],
}


@pytest.mark.parametrize("template_id", sorted(OLDER_SOLUTION_FORMS))
def test_older_solution_forms_are_recognised(template_id):
    body = "".join(f"> {prompt}\n\nAn answer\n\n" for prompt in OLDER_SOLUTION_FORMS[template_id])
    doc = parse(f"# A solution\n\n[[type:solution]]\n\n[[country:Chile]]\n{body}")
    m = match(doc)
    assert m.template.id == template_id
    assert m.unmatched == []
