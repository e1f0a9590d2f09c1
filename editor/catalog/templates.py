"""Plan templates: the question sets of the platform's forms, loaded from editor/data/templates/.

A template lists the sections of a document type and, in each, the items of the form: text
answers, checklists and radio lists (whose options are an option list id of
editor/data/vocabularies/options.json or an inline list), images, links, numbers, notes, tag
items (edited as tags, never written as prompts) and groups (repeatable sub-forms).
`normalise_prompt` folds the differences between the real files' spellings of a prompt
(`&amp;`, quotes, non-breaking spaces, case, trailing punctuation) so they can be matched.
No Qt here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, PrivateAttr, model_validator

from editor import i18n
from editor.catalog.limits import GROUP_REPEATS, TITLE_LIMIT
from editor.catalog.prompts import normalise_prompt
from editor.resources import resource_path

Kind = Literal["text", "checklist", "radio", "images", "link", "number", "note", "tags", "group"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Item(_Model):
    """One question of a form."""

    id: str
    kind: Kind
    prompt: str = ""  # as the exporter writes it after "> "; may span several lines
    aliases: list[str] = []  # other wordings seen in real files
    required: bool = False
    max_chars: int | None = None  # text only; the form's stated limit, which it did not enforce
    options: str | list[str] | None = None  # checklist/radio: an option list id or the options
    tag: str | None = None  # tags: the key edited; checklist/radio: the metadata tag also written
    unit: str | None = None  # number only, e.g. "%"
    range: tuple[float, float] | None = None  # number only
    min: int | None = None  # group: fewest repeats
    max: int | None = None  # group: most repeats (GROUP_REPEATS when not given)
    items: list[Item] = []  # group only

    @model_validator(mode="after")
    def _check_kind(self) -> Item:
        if self.kind in ("checklist", "radio") and not self.options:
            raise ValueError(f"{self.id}: a {self.kind} needs options")
        if self.kind == "tags" and not self.tag:
            raise ValueError(f"{self.id}: a tags item needs a tag key")
        if (self.kind == "group") != bool(self.items):
            raise ValueError(f"{self.id}: a group, and only a group, has items")
        if self.max_chars is not None and self.kind != "text":
            raise ValueError(f"{self.id}: max_chars is for text items")
        return self

    @property
    def prompts(self) -> list[str]:
        """The prompt and its aliases."""
        return [self.prompt, *self.aliases]

    @property
    def repeats(self) -> tuple[int, int]:
        """(min, max) repeats of a group."""
        return (
            self.min if self.min is not None else 0,
            self.max if self.max is not None else GROUP_REPEATS,
        )

    @property
    def instance_name(self) -> str:
        """What one instance of a group is called, from its id: "partners" -> "Partner"
        (the form titles instances "Partner 1", "Partner 2", …)."""
        words = self.id.replace("_", " ").strip()
        if words.endswith("s") and not words.endswith("ss"):
            words = words[:-1]
        return words[:1].upper() + words[1:]

    def walk(self) -> Iterator[Item]:
        """This item and, for a group, its sub-items."""
        yield self
        for item in self.items:
            yield from item.walk()


class Section(_Model):
    """A `## title` and its items; `title` None means no heading is written (solutions)."""

    title: str | None
    aliases: list[str] = []
    lead: str | None = ""  # written `**lead**`; "" gives `****`; None writes no lead line
    min: int = 1
    max: int = 1
    items: list[Item] = []

    @model_validator(mode="after")
    def _check_repeats(self) -> Section:
        if not 0 <= self.min <= self.max:
            raise ValueError(f"section {self.title!r}: needs 0 <= min <= max")
        return self


class TagSpec(_Model):
    """A tag key the form asks for: the exporter writes its values as tags, not prompts."""

    key: str
    required: bool = False
    max: int | None = None


class Rule(_Model):
    """A check over several items, e.g. percentages that must add up to 100."""

    kind: Literal["sum_100"]
    items: list[str]


class Template(_Model):
    id: str
    type: str | None  # the [[type:…]] value; None lets the user choose (blank)
    label: str
    labels: dict[str, str] = {}  # the label in French, Spanish and Portuguese
    description: str = ""
    title_limit: int = TITLE_LIMIT
    title_prefix: str = ""  # e.g. "Closing: " for closing forms
    archived: bool = False  # a form of the past: fits old files, not offered for new plans
    tags: list[TagSpec] = []
    sections: list[Section] = []
    rules: list[Rule] = []
    _index: dict[str, list[Item]] | None = PrivateAttr(default=None)

    def shown_label(self, language: str | None = None) -> str:
        """The template's name in ``language`` (that of this run when None)."""
        return self.labels.get(language or i18n.language(), self.label)

    @model_validator(mode="after")
    def _check_ids(self) -> Template:
        ids = [item.id for item in self.items()]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise ValueError(f"{self.id}: item ids used twice: {duplicates}")
        for rule in self.rules:
            missing = set(rule.items) - set(ids)
            if missing:
                raise ValueError(f"{self.id}: rule {rule.kind} names unknown items {missing}")
        return self

    def items(self) -> Iterator[Item]:
        """Every item, group sub-items included, in form order."""
        for section in self.sections:
            for item in section.items:
                yield from item.walk()

    def item(self, item_id: str) -> Item:
        """The item with this id; KeyError if there is none."""
        for item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def section(self, title: str) -> Section | None:
        """The section whose title (or an alias of it) matches `title`."""
        key = normalise_prompt(title)
        for section in self.sections:
            names = [section.title or "", *section.aliases]
            if key in (normalise_prompt(n) for n in names):
                return section
        return None

    def find_items(self, prompt: str) -> list[Item]:
        """The items whose prompt or alias matches `prompt` (a whole prompt or, for a prompt
        of several lines, its first line), tolerant of the spellings `normalise_prompt`
        folds. Tag items have no prompt and never match."""
        if self._index is None:
            self._index = self._prompt_index()
        return list(self._index.get(normalise_prompt(prompt), []))

    def _prompt_index(self) -> dict[str, list[Item]]:
        index: dict[str, list[Item]] = {}
        for item in self.items():
            if item.kind == "tags":
                continue
            keys = {normalise_prompt(p) for p in item.prompts}
            keys |= {normalise_prompt(p.split("\n", 1)[0]) for p in item.prompts}
            for key in keys:
                index.setdefault(key, []).append(item)
        return index


Item.model_rebuild()


@cache
def load_template(template_id: str) -> Template:
    """The bundled template with this id; FileNotFoundError if there is none."""
    path = resource_path("templates", f"{template_id}.json")
    with path.open(encoding="utf-8") as f:
        template = Template.model_validate(json.load(f))
    if template.id != template_id:
        raise ValueError(f"{path.name} holds template {template.id!r}")
    return template


def all_templates() -> list[Template]:
    """Every bundled template, sorted by id."""
    paths = sorted(resource_path("templates").glob("*.json"))
    return [load_template(p.stem) for p in paths]


def form_types() -> frozenset[str]:
    """The document types that were written in a form of the platform: those a bundled template
    has. Other types (blog, publications, story, the codification pages) are free documents, to
    which no form limit applies."""
    return frozenset(t.type for t in all_templates() if t.type)


__all__ = [
    "Item",
    "Kind",
    "Rule",
    "Section",
    "TagSpec",
    "Template",
    "all_templates",
    "form_types",
    "load_template",
    "normalise_prompt",
]
