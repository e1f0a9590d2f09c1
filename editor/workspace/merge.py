"""Field-level three-way merge of plan documents: when the disk and the editor both changed.

    result = merge(base, mine, theirs)   # base: what both started from; theirs: now on disk
    if result.conflicts:                 # ask the user, field by field
        doc = result.resolve({c.field: "mine" for c in result.conflicts})
    else:
        doc = result.merged

The fields are the title, each tag key (the list of its values, in order) and each answer. A
question is identified by (section title, prompt, occurrence), not by its number, so the same
prompt repeated in a section (groups, repeated "Learning questions" sections) is told apart by
its rank. A field changed on one side only takes that side's value; changed on both sides to
the same value is no conflict; changed on both sides differently is a ``Conflict``.

The result starts from a copy of *theirs* and changes it only through the ``PlanFile`` edit API,
so every byte of theirs that no merged field touches stays as it is. When only *mine* changed the
structure (added or removed questions or sections), the result starts from *mine* instead and
takes their field changes on top: the structure of the side that changed it wins.

Not merged (the starting side's version is kept, and ``notes`` says so where a change is lost):
section leads, images, text outside answers, the order of sections; structural changes made on
both sides (theirs is kept); an answer edited on one side whose question the other side removed
(or that only exists in the side whose structure lost); removing the title line; the encoding,
byte-order mark and line endings (the starting side's are kept).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from editor.i18n import translate
from editor.planfile import PlanFile

Side = Literal["mine", "theirs"]
FieldId = tuple[str | int, ...]  # ("title",) | ("tag", key) | ("answer", section, prompt, n)
FieldValue = str | tuple[str, ...] | None  # None: no title line / no such question


@dataclass(frozen=True)
class Conflict:
    """A field both sides changed, differently; ``label`` is for showing it to the user."""

    field: FieldId
    label: str
    base: FieldValue
    mine: FieldValue
    theirs: FieldValue


@dataclass
class MergeResult:
    merged: PlanFile  # every non-conflicting change applied; conflicts hold the start's value
    conflicts: list[Conflict] = field(default_factory=list)
    applied: list[FieldId] = field(default_factory=list)  # fields taken from the other side
    structure: Side = "theirs"  # the side the result started from
    notes: list[str] = field(default_factory=list)  # changes that could not be merged

    @property
    def clean(self) -> bool:
        return not self.conflicts

    def resolve(self, choices: Mapping[FieldId, Side], default: Side | None = None) -> PlanFile:
        """The final document: each conflict takes the side named in ``choices``.

        A conflict missing from ``choices`` takes ``default``; with no default it is an error.
        ``merged`` is not changed, so resolving again with other choices is possible.
        """
        doc = copy_document(self.merged)
        numbers = question_numbers(doc)
        for c in self.conflicts:
            choice = choices.get(c.field, default)
            if choice not in ("mine", "theirs"):
                raise ValueError(f"no choice of 'mine' or 'theirs' for {c.label!r}: {choice!r}")
            _apply(doc, c.field, c.mine if choice == "mine" else c.theirs, numbers)
        return doc


def copy_document(doc: PlanFile) -> PlanFile:
    return PlanFile(doc.dumps(), encoding=doc.encoding, bom=doc.bom, newline=doc.newline)


def _question_keys(doc: PlanFile) -> list[tuple[FieldId, int]]:
    """(field id, question number) of every question, in document order."""
    titles = doc.section_titles()
    seen: Counter[tuple[str, str]] = Counter()
    out = []
    for q in doc.questions:
        key = (titles[q.section] or "", q.prompt)
        out.append((("answer", key[0], key[1], seen[key]), q.number))
        seen[key] += 1
    return out


def question_numbers(doc: PlanFile) -> dict[FieldId, int]:
    return dict(_question_keys(doc))


def fields(doc: PlanFile) -> dict[FieldId, FieldValue]:
    """Every mergeable field of ``doc`` with its value, in document order."""
    out: dict[FieldId, FieldValue] = {("title",): doc.title}
    for key in dict.fromkeys(t.key for t in doc.tags):
        out[("tag", key)] = tuple(doc.tag_values(key))
    answers = {q.number: q.answer for q in doc.questions}
    for fid, number in _question_keys(doc):
        out[fid] = answers[number]
    return out


def _structure(doc: PlanFile) -> tuple[tuple[str | None, ...], tuple[FieldId, ...]]:
    return tuple(doc.section_titles()), tuple(f for f, _ in _question_keys(doc))


def _absent(fid: FieldId) -> FieldValue:
    return () if fid[0] == "tag" else None


def field_label(fid: FieldId) -> str:
    if fid[0] == "title":
        return translate("Merge", "Title")
    if fid[0] == "tag":
        return translate("Merge", "Tag “{}”").format(fid[1])
    _, section, prompt, n = fid
    where = f"{section} › {prompt}" if section else str(prompt)
    return where + (f" (#{int(n) + 1})" if n else "")


def _apply(doc: PlanFile, fid: FieldId, value: FieldValue, numbers: dict[FieldId, int]) -> bool:
    """Set one field of ``doc``; False when the document has no place for it."""
    if fid[0] == "title":
        if value is None:
            return doc.title is None
        doc.set_title(str(value))
        return True
    if fid[0] == "tag":
        assert isinstance(value, tuple)
        doc.set_tag(str(fid[1]), list(value))
        return True
    number = numbers.get(fid)
    if number is None or value is None:
        return number is None and value is None
    doc.set_answer(number, str(value))
    return True


def merge(base: PlanFile, mine: PlanFile, theirs: PlanFile) -> MergeResult:
    """Merge ``mine`` (the editor's buffer) and ``theirs`` (the disk) against ``base``."""
    fb, fm, ft = fields(base), fields(mine), fields(theirs)
    sb, sm, st = _structure(base), _structure(mine), _structure(theirs)
    notes: list[str] = []
    start: Side = "mine" if sm != sb and st == sb else "theirs"
    if sm != sb and st != sb and sm != st:
        notes.append(
            translate(
                "Merge",
                "Both sides added or removed questions or sections: the file on disk keeps its "
                "structure, and your answers are merged only into questions that still exist "
                "there.",
            )
        )
    merged = copy_document(mine if start == "mine" else theirs)
    numbers = question_numbers(merged)
    result = MergeResult(merged=merged, structure=start, notes=notes)
    for fid in dict.fromkeys([*ft, *fm, *fb]):
        b, m, t = (f.get(fid, _absent(fid)) for f in (fb, fm, ft))
        if m == t:
            continue
        if m == b:
            side, value = "theirs", t
        elif t == b:
            side, value = "mine", m
        elif fid[0] == "answer" and (m is None or t is None):
            note = (
                translate("Merge", "{}: your edit is lost, they removed the question.")
                if m is not None
                else translate("Merge", "{}: their edit is lost, you removed the question.")
            )
            notes.append(note.format(field_label(fid)))
            continue
        else:
            result.conflicts.append(Conflict(fid, field_label(fid), b, m, t))
            continue
        if side == start:
            continue
        if _apply(merged, fid, value, numbers):
            result.applied.append(fid)
        else:
            note = (
                translate("Merge", "{}: your change could not be merged.")
                if side == "mine"
                else translate("Merge", "{}: their change could not be merged.")
            )
            notes.append(note.format(field_label(fid)))
    return result
