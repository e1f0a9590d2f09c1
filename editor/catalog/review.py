"""A review of a plan, kept in a plain-text file beside it: ``<plan name>.review.txt``.

The plan itself stays a valid platform file: nothing of the review goes into it. The review
file reads like a plan file (``[[key:value]]`` tags, ``##`` sections, ``>`` lines naming what
follows), so a colleague without the editor can read it in any text editor::

    # Review of learningplan-peru-2025.txt

    [[reviewer:ana.perez@undp.org]]
    [[date:2026-12-01]]
    [[verdict:needs revision]]
    [[reason:The learning question cannot be tested yet.]]
    [[base:5f0c…]]

    ## Notes

    > q:3 · What is your learning question?
    [[by:ana.perez@undp.org]] [[date:2026-12-01]] [[status:open]]

    Say which indicator tells you the answer.

    >> [[by:focal.point@undp.org]] [[date:2026-12-02]]
    Added in the second paragraph.

    ## Base of the changes

    > q:3 · What is your learning question?
    The text of the answer before the reviewer changed it.

Notes are about a field of the form (``title``, ``tag:<key>``, ``q:<n>``) or the whole plan
(``plan``); replies follow their note, and a resolved note stays in the file. "Base of the
changes" holds, for each field the reviewer changed, the text it had in the plan the review
started from (the base, by hash), so the author can reject a change without having the base.
A text line that would read as structure (``>``, ``##``, ``\\``) is written with a ``\\`` first.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

VERDICTS = ("approved", "needs revision")
SUFFIX = ".review.txt"
_TAG = re.compile(r"\[\[(?P<key>[a-z_]+):(?P<value>[^\]]*)\]\]")


@dataclass
class Reply:
    by: str
    date: str
    text: str


@dataclass
class Note:
    field: str  # "plan", "title", "tag:<key>", "q:<n>"
    label: str  # as the form labels the field, for a reader without the editor
    text: str
    by: str = ""
    date: str = ""
    resolved: bool = False
    replies: list[Reply] = field(default_factory=list)


@dataclass
class Review:
    plan: str  # the plan's file name
    reviewer: str = ""
    date: str = ""
    verdict: str = ""  # "", or one of VERDICTS
    reason: str = ""
    base: str = ""  # content hash of the plan the review started from
    notes: list[Note] = field(default_factory=list)
    # field id -> (label, the base's text) for each field the reviewer changed
    base_texts: dict[str, tuple[str, str]] = field(default_factory=dict)

    def note(self, field_id: str, label: str, text: str, by: str = "", date: str = "") -> Note:
        note = Note(field_id, label, text.strip("\n"), by or self.reviewer, date or today())
        self.notes.append(note)
        return note


def today() -> str:
    return _dt.date.today().isoformat()


def review_path(plan_path: str | os.PathLike) -> Path:
    """The review file of a plan: ``plan.txt`` -> ``plan.review.txt`` in the same folder."""
    plan = Path(plan_path)
    return plan.with_name(plan.stem + SUFFIX)


# -- writing -----------------------------------------------------------------------------------


def _escape(text: str) -> str:
    return "\n".join(
        "\\" + line if line.startswith((">", "##", "\\", "[[")) else line
        for line in text.split("\n")
    )


def _unescape(lines: list[str]) -> str:
    text = "\n".join(line[1:] if line.startswith("\\") else line for line in lines)
    return text.strip("\n")


def _one_line(text: str) -> str:
    return " ".join(text.replace("]]", "] ]").split())


def dumps(review: Review) -> str:
    out = [f"# Review of {review.plan}", ""]
    for key in ("reviewer", "date", "verdict", "reason", "base"):
        value = getattr(review, key)
        if value:
            out.append(f"[[{key}:{_one_line(value)}]]")
    out.append("")
    if review.notes:
        out += ["## Notes", ""]
        for note in review.notes:
            out.append(f"> {note.field} · {_one_line(note.label)}")
            status = "resolved" if note.resolved else "open"
            out.append(f"[[by:{_one_line(note.by)}]] [[date:{note.date}]] [[status:{status}]]")
            out += ["", _escape(note.text), ""]
            for reply in note.replies:
                out.append(f">> [[by:{_one_line(reply.by)}]] [[date:{reply.date}]]")
                out += [_escape(reply.text), ""]
    if review.base_texts:
        out += ["## Base of the changes", ""]
        for field_id, (label, text) in review.base_texts.items():
            out += [f"> {field_id} · {_one_line(label)}", _escape(text), ""]
    return "\n".join(out).rstrip("\n") + "\n"


# -- reading -----------------------------------------------------------------------------------


class ReviewError(ValueError):
    """A review file that cannot be read as one."""


def _tags(line: str) -> dict[str, str]:
    return {m.group("key"): m.group("value") for m in _TAG.finditer(line)}


def loads(text: str) -> Review:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if not lines or not lines[0].startswith("# Review of "):
        raise ReviewError("not a review file: its first line is not '# Review of …'")
    review = Review(plan=lines[0][len("# Review of ") :].strip())
    section = None
    entry: list[str] | None = None
    entries: list[tuple[str | None, str, list[str]]] = []  # (section, head, body lines)
    for line in lines[1:]:
        if line.startswith("## "):
            section, entry = line[3:].strip(), None
        elif line.startswith(("> ", ">> ")) and section is not None:
            entry = []
            entries.append((section, line, entry))
        elif entry is not None:
            entry.append(line)
        elif section is None:
            for key, value in _tags(line).items():
                if key in ("reviewer", "date", "verdict", "reason", "base"):
                    setattr(review, key, value)
    for section, head, body in entries:
        if head.startswith(">> "):
            if section == "Notes" and review.notes:
                tags = _tags(head)
                review.notes[-1].replies.append(
                    Reply(tags.get("by", ""), tags.get("date", ""), _unescape(body))
                )
            continue
        field_id, _, label = head[2:].partition(" · ")
        if section == "Notes":
            tags = _tags(body[0]) if body else {}
            if tags:
                body = body[1:]
            review.notes.append(
                Note(
                    field_id.strip(),
                    label.strip(),
                    _unescape(body),
                    tags.get("by", ""),
                    tags.get("date", ""),
                    tags.get("status") == "resolved",
                )
            )
        elif section == "Base of the changes":
            review.base_texts[field_id.strip()] = (label.strip(), _unescape(body))
    if review.verdict and review.verdict not in VERDICTS:
        raise ReviewError(f"unknown verdict {review.verdict!r} (approved, needs revision)")
    return review


# -- building a review -------------------------------------------------------------------------


def field_of(plan, name: str) -> tuple[str, str]:
    """(field id, label) of what ``plan-editor review --note NAME=…`` names: ``plan`` (the
    whole plan), ``title``, a tag key, or N for the N-th prompt (as ``set --answer N``)."""
    if name == "plan":
        return "plan", "The whole plan"
    if name == "title":
        return "title", "Title"
    if name.isdigit():
        try:
            question = plan.question(int(name))
        except IndexError as e:
            raise ReviewError(str(e)) from None
        return f"q:{question.number}", question.prompt.split("\n", 1)[0]
    from editor.catalog.vocabularies import tag_keys

    spec = tag_keys().get(name)
    return f"tag:{name}", spec.label if spec is not None else name


def record_changes(review: Review, base, plan) -> None:
    """Keep, for each field ``plan`` changed from ``base``, the base's text (its label too), so
    that the author can reject the change without having the base."""
    from editor.catalog.diff import diff

    review.base_texts = {
        c.field: (c.label, c.old if c.old is not None else "") for c in diff(base, plan)
    }


def load(plan_path: str | os.PathLike) -> Review:
    """The review beside ``plan_path``, or a new one when there is none yet."""
    path = review_path(plan_path)
    if not path.exists():
        return Review(plan=Path(plan_path).name)
    return loads(path.read_text(encoding="utf-8"))


def save(review: Review, plan_path: str | os.PathLike) -> Path:
    """Write the review beside its plan (atomically, UTF-8); the plan is not touched."""
    from editor.planfile import atomic_write

    path = review_path(plan_path)
    atomic_write(path, dumps(review).encode("utf-8"))
    return path


def to_json(review: Review) -> dict:
    return {
        "plan": review.plan,
        "reviewer": review.reviewer,
        "date": review.date,
        "verdict": review.verdict or None,
        "reason": review.reason or None,
        "base": review.base or None,
        "notes": [
            {
                "field": n.field,
                "label": n.label,
                "text": n.text,
                "by": n.by,
                "date": n.date,
                "resolved": n.resolved,
                "replies": [{"by": r.by, "date": r.date, "text": r.text} for r in n.replies],
            }
            for n in review.notes
        ],
        "changes": [
            {"field": f, "label": label, "base": text}
            for f, (label, text) in review.base_texts.items()
        ],
    }
