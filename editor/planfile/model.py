"""The semantic view of a plan as pydantic models: title, tags, sections, questions, groups.

Built on demand from a ``PlanFile`` (importing pydantic costs ~0.2 s, so nothing on the parse
path imports this module).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from editor.planfile.syntax import image_parts

if TYPE_CHECKING:
    from editor.planfile.plan import PlanFile


class Tag(BaseModel):
    key: str
    value: str


class Image(BaseModel):
    kind: Literal["image"] = "image"
    alt: str
    url: str


class Question(BaseModel):
    kind: Literal["question"] = "question"
    number: int = Field(description="1-based position among all prompts, in document order")
    prompt: str
    answer: str
    checked: list[str] | None = Field(
        default=None, description="the '- option' lines when the answer is a checklist"
    )
    images: list[Image] = Field(default_factory=list)


class Group(BaseModel):
    kind: Literal["group"] = "group"
    closed: bool = True
    items: list[Question | Image] = Field(default_factory=list)


class Other(BaseModel):
    """Text the reader does not recognise as a part of the form; kept verbatim."""

    kind: Literal["other"] = "other"
    text: str


class Section(BaseModel):
    title: str | None
    lead: str | None
    items: list[Question | Group | Image | Other] = Field(default_factory=list)


class Plan(BaseModel):
    title: str | None
    tags: list[Tag]
    preamble: str = Field(default="", description="header text that is neither title nor tag")
    sections: list[Section]


def build_plan(doc: PlanFile) -> Plan:
    blocks = doc.blocks
    outline = doc.outline
    questions = doc.questions

    def question(n: int) -> Question:
        q = questions[n]
        return Question(
            number=q.number,
            prompt=q.prompt,
            answer=q.answer,
            checked=q.checked,
            images=[Image(alt=a, url=u) for a, u in q.images],
        )

    def image(i: int) -> Image:
        alt, url = image_parts(blocks[i])
        return Image(alt=alt, url=url)

    def items(spans: list[tuple[str, int]]) -> list:
        out: list = []
        for kind, i in spans:
            if kind == "question":
                out.append(question(i))
            elif kind == "image":
                out.append(image(i))
            elif kind == "text":
                out.append(Other(text=blocks[i].src.strip()))
            else:
                g = outline.groups[i]
                out.append(Group(closed=g.close is not None, items=items(g.items)))
        return out

    titles = doc.section_titles()
    sections = [
        Section(title=titles[n], lead=doc.section_lead(n), items=items(s.items))
        for n, s in enumerate(outline.sections)
    ]
    preamble = "".join(b.src for b in blocks[: outline.header_end] if b.kind == "text").strip()
    return Plan(
        title=doc.title,
        tags=[Tag(key=t.key, value=t.value) for t in doc.tags],
        preamble=preamble,
        sections=sections,
    )
