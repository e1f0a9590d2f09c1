"""Match a plan read from disk to its template: which template, and which item each prompt is.

A file holds only answers; the template knows the rest (kinds, options, limits). Matching uses
the type tag to pick candidate templates, then the prompts: exact after ``normalise_prompt``
(``&amp;``, quotes, spaces, case), else the first line of a multi-line prompt, else fuzzy
(typos, small wording changes). Prompts the template lacks stay unmatched and are shown as
plain questions. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from editor.catalog.prompts import split_continuation
from editor.catalog.templates import Item, Template, all_templates, load_template, normalise_prompt
from editor.planfile import PlanFile

FUZZY_CUTOFF = 88.0
# Which templates a [[type:…]] value can be.
CANDIDATES = {
    "learningplan": ("learningplan", "closing", "closing2022"),
    "experiment": ("experiment",),
    "solution": (
        "solution",
        "solution_mapping",
        "solution_holder",
        "solucion_es",
        # the older forms of single labs and calls (2020-2024); on a tie the first wins
        "solution_short",
        "solution_covid2020",
        "solution_observation",
        "solution_grassroots",
        "solution_local",
        "solution_women",
        "solution_borderlands",
        "solucion_es2021",
    ),
}


@dataclass
class Match:
    """A document matched to a template."""

    template: Template
    items: dict[int, Item] = field(default_factory=dict)  # question number -> template item
    unmatched: list[int] = field(default_factory=list)  # question numbers the template lacks

    @property
    def share(self) -> float:
        """The share of the document's non-empty prompts that matched an item."""
        total = len(self.items) + len(self.unmatched)
        return len(self.items) / total if total else 0.0


@cache
def _fuzzy_keys(template_id: str) -> dict[str, Item]:
    keys: dict[str, Item] = {}
    template = load_template(template_id)
    for item in template.items():
        if item.kind == "tags":
            continue
        for prompt in item.prompts:
            keys.setdefault(normalise_prompt(prompt), item)
            keys.setdefault(normalise_prompt(prompt.split("\n", 1)[0]), item)
    return keys


def find_item(template: Template, prompt: str) -> Item | None:
    """The template item a prompt stands for, or None."""
    found = template.find_items(prompt)
    if found:
        return found[0]
    key = normalise_prompt(prompt)
    if len(key) < 8:
        return None
    keys = _fuzzy_keys(template.id)
    best = process.extractOne(key, list(keys), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    return keys[best[0]] if best else None


def match_with(doc: PlanFile, template: Template) -> Match:
    result = Match(template)
    for q in doc.questions:
        if not q.prompt.strip():
            continue  # empty group prompts say nothing about the form
        item = find_item(template, q.prompt)
        if item is None:
            result.unmatched.append(q.number)
        else:
            result.items[q.number] = item
    return result


def match(doc: PlanFile) -> Match:
    """The best template for a document; the blank template when nothing fits."""
    types = doc.tag_values("type")
    ids = CANDIDATES.get(types[0].strip().lower(), ()) if types else ()
    if not ids:
        ids = tuple(t.id for t in all_templates() if t.id != "blank") if not types else ()
    best: Match | None = None
    for template_id in ids:
        m = match_with(doc, load_template(template_id))
        if best is None or len(m.items) > len(best.items):
            best = m
    if best is None or not best.items:
        return match_with(doc, load_template("blank"))
    return best


def split_answer(item: Item, answer: str) -> tuple[str, str]:
    """(prompt continuation, answer) for a prompt of several lines (``split_continuation``)."""
    return split_continuation(item.prompt.split("\n", 1)[1] if "\n" in item.prompt else "", answer)
