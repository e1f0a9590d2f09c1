"""The outline of a document: which blocks form the title, tags, sections, questions and groups.

Derived from the block list in one pass and cheap to rebuild after every edit. It holds block
indices, not text, so edits in ``document.py`` know exactly which blocks an item owns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from editor.planfile.syntax import (
    CLOSE,
    HEADING,
    IMAGE,
    LEAD,
    OPEN,
    PROMPT,
    TAG,
    TEXT,
    TITLE,
    Block,
)


@dataclass
class QuestionSpan:
    """A prompt and what follows it up to the next structural line of its container."""

    number: int  # 1-based, in document order over the whole file (``show`` order)
    prompt: int  # block index of the '>' line
    end: int  # block index after the question's last block
    texts: list[int] = field(default_factory=list)
    images: list[int] = field(default_factory=list)
    section: int = 0
    group: int | None = None  # index of the group in ``Outline.groups``


@dataclass
class GroupSpan:
    open: int
    close: int | None  # None when the file never closes it
    section: int
    items: list[tuple[str, int]] = field(default_factory=list)  # ("question", q) / ("image", b)


@dataclass
class SectionSpan:
    heading: int | None  # None for questions before any '## ' heading
    lead: int | None
    start: int
    end: int
    items: list[tuple[str, int]] = field(
        default_factory=list
    )  # ("question"|"group"|"image"|"text", i)


@dataclass
class Outline:
    title: int | None = None
    tags: list[int] = field(default_factory=list)
    header_end: int = 0  # block index where the header (title + tags + preamble) ends
    sections: list[SectionSpan] = field(default_factory=list)
    questions: list[QuestionSpan] = field(default_factory=list)
    groups: list[GroupSpan] = field(default_factory=list)


def build_outline(blocks: list[Block]) -> Outline:
    out = Outline()
    n = len(blocks)
    i = 0
    while i < n and blocks[i].kind in (TITLE, TAG, TEXT):
        if blocks[i].kind == TITLE:
            out.title = i
        elif blocks[i].kind == TAG:
            out.tags.append(i)
        i += 1
    out.header_end = i

    section: SectionSpan | None = None
    group: GroupSpan | None = None
    question: QuestionSpan | None = None

    def close_question(at: int) -> None:
        nonlocal question
        if question is not None:
            question.end = at
            question = None

    def container_items() -> list[tuple[str, int]]:
        nonlocal section
        if group is not None:
            return group.items
        if section is None:
            section = SectionSpan(heading=None, lead=None, start=i, end=n)
            out.sections.append(section)
        return section.items

    while i < n:
        b = blocks[i]
        kind = b.kind
        if kind == HEADING:
            close_question(i)
            if group is not None:
                group = None
            if section is not None:
                section.end = i
            lead = i + 1 if i + 1 < n and blocks[i + 1].kind == LEAD else None
            section = SectionSpan(heading=i, lead=lead, start=i, end=n)
            out.sections.append(section)
            if lead is not None:
                i += 1
        elif kind == PROMPT:
            close_question(i)
            items = container_items()
            question = QuestionSpan(
                number=len(out.questions) + 1,
                prompt=i,
                end=n,
                section=len(out.sections) - 1,
                group=len(out.groups) - 1 if group is not None else None,
            )
            out.questions.append(question)
            items.append(("question", question.number - 1))
        elif kind == OPEN:
            close_question(i)
            items = container_items()
            group = GroupSpan(open=i, close=None, section=len(out.sections) - 1)
            out.groups.append(group)
            items.append(("group", len(out.groups) - 1))
        elif kind == CLOSE:
            close_question(i)
            if group is not None:
                group.close = i
                group = None
        elif kind == IMAGE:
            if question is not None:
                question.images.append(i)
            else:
                container_items().append(("image", i))
        elif kind == TEXT:
            if question is not None:
                question.texts.append(i)
            elif b.src.strip():
                container_items().append(("text", i))
        # TITLE/TAG/LEAD outside the header are never produced by the parser.
        i += 1
    close_question(n)
    if section is not None:
        section.end = n
    return out
