"""Compare two versions of a plan field by field, as the form shows them, and put a base value
back. No Qt here.

``diff(base, new)`` lists the fields that differ, in the plan's reading order: the title, each
tag key (all its values), each answer labelled with its question, each group instance
("Partner 2") added or removed and the items of the instances both hold, and the free texts.
Questions are matched by prompt (``normalise_prompt``), not by number, so a question inserted
in one version leaves the later ones alone. ``take_base(plan, change)`` edits the new plan so
that one field holds the base's value again, with the ``PlanFile`` edit methods, so only that
field's bytes change. ``to_json`` is what ``plan-editor diff --json`` prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any, Literal

from editor.catalog import vocabularies
from editor.catalog.prompts import normalise_prompt
from editor.planfile import PlanFile, checklist_options, entities

Kind = Literal["changed", "added", "removed"]


@dataclass(frozen=True)
class FieldChange:
    """One field that differs between a base and a new version of a plan."""

    field: str  # the form's field id: "title", "tag:<key>", "q:<n>", "group:<i>", "text:<i>"
    label: str  # as the form labels it: "Title", "SDGs", a question's prompt, "Partner 2"
    kind: Kind
    old: str | None  # the base's value as the form shows it (None when added)
    new: str | None  # the new value as the form shows it (None when removed)
    words: tuple[tuple[str, str], ...] = ()  # text: (op, text), op "=", "-" or "+"
    # How to put the base value back (``take_base``); not part of the comparison.
    _restore: tuple = field(default=(), compare=False, repr=False)
    _where: Any = field(default=None, compare=False, repr=False)


# -- the fields of one plan ----------------------------------------------------------------------


@dataclass
class _Unit:
    """One field of a plan (or a group instance, with its items), with its matching keys."""

    kind: str  # title | tag | q | group | free
    key: tuple  # matched first (exactly, in order)
    loose: tuple  # matched within what ``key`` left unmatched
    field: str
    label: str
    value: str | None  # as the form shows it
    raw: Any = None  # what restores it
    where: Any = None  # locates it in its plan after other edits (blocks are shared)
    children: list[_Unit] = field(default_factory=list)
    checklist: bool = False


def _first_line(text: str) -> str:
    text = entities.shown(text.strip())
    return text.split("\n", 1)[0].strip()


def _fold(text: str) -> str:
    return " ".join(entities.shown(text).split()).casefold()


def _tag_label(key: str) -> str:
    """The form's label of a tag, in the language of the run; an unlisted key as written."""
    return vocabularies.tag_label(key) if key in vocabularies.tag_keys() else key


def _tag_units(plan: PlanFile) -> list[_Unit]:
    values: dict[str, list[str]] = {}
    for tag in plan.tags:
        values.setdefault(tag.key, []).append(tag.value)
    return [
        _Unit("tag", ("tag", k), ("tag", k), f"tag:{k}", _tag_label(k), "\n".join(v), tuple(v))
        for k, v in values.items()
    ]


def _answer_shown(answer: str) -> tuple[str, bool]:
    """(the answer as the form shows it, whether it is a checklist)."""
    options = checklist_options(answer)
    if options is not None:
        return "\n".join(entities.shown(o) for o in options), True
    return entities.shown(answer), False


def _question_unit(plan: PlanFile, q, key_prompt: str | None = None, label: str | None = None):
    shown, checklist = _answer_shown(q.answer)
    span = plan.outline.questions[q.number - 1]
    key = ("q", normalise_prompt(q.prompt if key_prompt is None else key_prompt))
    return _Unit(
        "q",
        key,
        key,
        f"q:{q.number}",
        _first_line(q.prompt) if label is None else label,
        shown,
        raw=(q.number, q.prompt, q.answer, q.section, q.group),
        where=plan.blocks[span.prompt],
        checklist=checklist,
    )


class _Groups:
    """The form's names of group instances: the template's group under the question above."""

    def __init__(self, plan: PlanFile) -> None:
        self.plan = plan
        self._template: Any = False

    def template(self):
        if self._template is False:
            self._template = None
            try:
                from editor.catalog import matching

                found = matching.match(self.plan)
                if found.items:
                    self._template = found.template
            except Exception:  # a broken template must never stop a comparison
                self._template = None
        return self._template

    def form(self, above: str | None):
        """(instance name, normalised prompts of its first item) of the group under ``above``."""
        template = self.template() if above else None
        if template is None:
            return None
        for prompt in (above, above.split("\n", 1)[0]):
            key = normalise_prompt(prompt)
            for item in template.items():
                if item.kind == "group" and key in {normalise_prompt(p) for p in item.prompts}:
                    first = {normalise_prompt(p) for p in item.items[0].prompts}
                    return item.instance_name, first
        return None


def _instances(prompts: list[str], first: set[str] | None) -> list[list[int]]:
    """Positions in a run of divs where each instance starts (as the form splits them)."""
    head = normalise_prompt(prompts[0])
    out: list[list[int]] = []
    for n, prompt in enumerate(prompts):
        key = normalise_prompt(prompt)
        starts = key in first if first is not None else key == head
        if not out or starts:
            out.append([])
        out[-1].append(n)
    return out


def _run_units(plan, groups: _Groups, run: list[int], above, section: int) -> list[_Unit]:
    """The units of a run of consecutive group divs: the instances of a group, or the parts of
    the question above when their prompts are empty."""
    outline = plan.outline
    questions = plan.questions
    div_questions = [[j for kind, j in outline.groups[g].items if kind == "question"] for g in run]
    prompts = [questions[qs[0]].prompt if qs else "" for qs in div_questions]
    above_key = normalise_prompt(above.prompt) if above is not None else ""
    above_label = _first_line(above.prompt) if above is not None else ""
    out = []
    if not any(p.strip() for p in prompts):  # parts of the question above
        for n, (g, qs) in enumerate(zip(run, div_questions, strict=True), 1):
            label = f"{above_label} (part {n})" if above_label else f"Part {n}"
            unit = _group_unit(plan, [g], qs, ("part", above_key), label, section)
            unit.children = [
                _question_unit(plan, questions[j], f"part:{above_key}", label) for j in qs
            ]
            out.append(unit)
        return out
    found = groups.form(above.prompt if above is not None else None)
    name, first = found if found is not None else ("Group", None)
    for number, positions in enumerate(_instances(prompts, first), 1):
        divs = [run[n] for n in positions]
        qs = [j for n in positions for j in div_questions[n]]
        unit = _group_unit(plan, divs, qs, ("group", name), f"{name} {number}", section)
        unit.children = [_question_unit(plan, questions[j]) for j in qs]
        out.append(unit)
    return out


def _group_unit(plan, divs, qs, loose, label, section) -> _Unit:
    questions = plan.questions
    items = [(questions[j].prompt, questions[j].answer) for j in qs]
    first = next((a for _, a in items if a.strip()), "")
    shown = "\n".join(
        f"{_first_line(p).rstrip(' :')}: {_answer_shown(a)[0]}"
        if p.strip()
        else _answer_shown(a)[0]
        for p, a in items
        if a.strip() or p.strip()
    )
    return _Unit(
        "group",
        (*loose, _fold(first)),
        loose,
        f"group:{divs[0]}",
        label,
        shown,
        raw=(section, tuple(items)),
        where=tuple(plan.blocks[plan.outline.groups[g].open] for g in divs),
    )


def _free_label(plan: PlanFile, header: list[int], n: int) -> str:
    """As the form labels a free text of the header: the last one by the kind of document."""
    if n != len(header) - 1:
        return "Text"
    types = {t.strip().lower() for t in plan.tag_values("type")}
    if types & set(vocabularies.document_types("articles")):
        return "Article"
    if types & set(vocabularies.document_types("pages")):
        return "Page"
    return "Description"


def _body_units(plan: PlanFile) -> list[_Unit]:
    """Free texts, answers and group instances in reading order."""
    outline = plan.outline
    questions = plan.questions
    free = {i: n for n, i in enumerate(plan.free_texts())}

    def free_unit(i: int, where: str, label: str) -> _Unit:
        n = free[i]
        key = ("free", where)
        return _Unit("free", key, key, f"text:{n}", label, entities.shown(plan.free_text(n)), raw=n)

    out: list[_Unit] = []
    header = [i for i in free if i < outline.header_end]
    for n, i in enumerate(header):
        out.append(free_unit(i, "header", _free_label(plan, header, n)))
    groups = _Groups(plan)
    for s, section in enumerate(outline.sections):
        items = section.items
        above = None  # the question just above (a group stands under it)
        k = 0
        while k < len(items):
            kind, i = items[k]
            if kind == "group":
                run = []
                while k < len(items) and items[k][0] == "group":
                    run.append(items[k][1])
                    k += 1
                out += _run_units(plan, groups, run, above, s)
                above = None
                continue
            k += 1
            above = questions[i] if kind == "question" else None
            if kind == "question":
                out.append(_question_unit(plan, questions[i]))
            elif kind == "text":
                out.append(free_unit(i, "section", "Text"))
    return out


# -- matching --------------------------------------------------------------------------------


def _align(a: list[_Unit], b: list[_Unit]) -> Iterator[tuple[_Unit | None, _Unit | None]]:
    """Pairs (base unit, new unit) in reading order; None on the side that lacks one."""
    matcher = SequenceMatcher(None, [u.key for u in a], [u.key for u in b], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            yield from zip(a[i1:i2], b[j1:j2], strict=True)
            continue
        ra, rb = a[i1:i2], b[j1:j2]
        loose = SequenceMatcher(None, [u.loose for u in ra], [u.loose for u in rb], autojunk=False)
        for op2, k1, k2, m1, m2 in loose.get_opcodes():
            if op2 == "equal":
                yield from zip(ra[k1:k2], rb[m1:m2], strict=True)
            else:
                for u in ra[k1:k2]:
                    yield u, None
                for u in rb[m1:m2]:
                    yield None, u


# -- word diff -------------------------------------------------------------------------------

_TOKEN = re.compile(r"\s+|[^\s]+")


def _common_prefix(a: str, b: str) -> int:
    """How many characters ``a`` and ``b`` share at their start (slices compared in C)."""
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _common_suffix(a: str, b: str, limit: int) -> int:
    lo, hi = 0, limit
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid :] == b[len(b) - mid :]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def word_diff(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """(op, text) runs turning ``old`` into ``new`` word by word: "=" kept, "-" removed,
    "+" added; one change is one run of each side."""
    a, b = old, new
    # The text both share at the start and the end, cut at a word boundary inside it, is kept
    # whole: only what lies between is split into words (a long text with one edit stays fast).
    p = _common_prefix(a, b)
    j = p - 1
    while j > 0 and a[j - 1].isspace() == a[j].isspace():
        j -= 1
    j = max(j, 0)
    k = _common_suffix(a, b, min(len(a), len(b)) - j)
    e = len(a) - k + 1
    while e < len(a) and a[e - 1].isspace() == a[e].isspace():
        e += 1
    e = min(e, len(a)) if k else len(a)
    tail = len(a) - e
    ma, mb = _TOKEN.findall(a[j:e]), _TOKEN.findall(b[j : len(b) - tail])
    runs: list[tuple[str, str]] = [("=", a[:j])]
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ma, mb, autojunk=False).get_opcodes():
        if op == "equal":
            runs.append(("=", "".join(ma[i1:i2])))
        else:
            runs.append(("-", "".join(ma[i1:i2])))
            runs.append(("+", "".join(mb[j1:j2])))
    runs.append(("=", a[e:]))
    runs = [r for r in runs if r[1]]
    # One change is one run of each side: the spaces kept between two replaced words go into
    # both ("[-two three-]{+2 3+}", not "[-two-]{+2+} [-three-]{+3+}").
    merged: list[tuple[str, str]] = []
    minus: list[str] = []
    plus: list[str] = []

    def flush() -> None:
        for op, parts in (("-", minus), ("+", plus)):
            if parts:
                merged.append((op, "".join(parts)))
        minus.clear()
        plus.clear()

    for n, (op, text) in enumerate(runs):
        if op == "-":
            minus.append(text)
        elif op == "+":
            plus.append(text)
        elif minus and plus and text.isspace() and n + 1 < len(runs) and runs[n + 1][0] != "=":
            minus.append(text)
            plus.append(text)
        else:
            flush()
            if merged and merged[-1][0] == "=":
                merged[-1] = ("=", merged[-1][1] + text)
            else:
                merged.append(("=", text))
    flush()
    return tuple(merged)


# -- the comparison ----------------------------------------------------------------------------


def _change(kind: Kind, a: _Unit | None, b: _Unit | None, restore: tuple) -> FieldChange:
    unit = b if b is not None else a
    assert unit is not None
    old = a.value if a is not None else None
    new = b.value if b is not None else None
    words = word_diff(old, new) if kind == "changed" and old is not None and new is not None else ()
    return FieldChange(
        unit.field, unit.label, kind, old, new, words, restore, b.where if b is not None else None
    )


def _compare(pairs: Iterable[tuple[_Unit | None, _Unit | None]], base, out: list) -> None:
    pairs = list(pairs)
    for n, (a, b) in enumerate(pairs):
        if a is not None and b is not None:
            if a.kind == "group":
                _compare(_align(a.children, b.children), base, out)
            elif a.value != b.value:
                out.append(_change("changed", a, b, _restore_of(a, base)))
        elif a is not None:
            after = _anchor(pairs, n)
            out.append(_change("removed", a, None, (*_restore_of(a, base), after)))
        elif b is not None:
            out.append(_change("added", None, b, ("drop", b.kind, b.raw)))


def _anchor(pairs, n: int):
    """Where a removed unit goes back in the new plan: the new unit just before it."""
    for _, b in reversed(pairs[:n]):
        if b is not None:
            return b.kind, b.where, b.raw, b.field
    return None


def _restore_of(a: _Unit, base: PlanFile) -> tuple:
    if a.kind == "tag":
        return ("tag", a.field[4:], a.raw)
    if a.kind == "q":
        return ("q", a.raw, base)
    if a.kind == "group":
        return ("group", a.raw)
    return ("free", base.free_text(a.raw))


def diff(base: PlanFile, new: PlanFile) -> list[FieldChange]:
    """The fields that differ from ``base`` to ``new``, in reading order; [] when none."""
    out: list[FieldChange] = []
    if base.title != new.title:
        kind: Kind = "added" if base.title is None else "changed"
        kind = "removed" if new.title is None else kind
        a = _Unit("title", (), (), "title", "Title", base.title) if base.title is not None else None
        b = _Unit("title", (), (), "title", "Title", new.title)
        restore = ("drop", "title", None) if kind == "added" else ("title", base.title_as_written)
        out.append(_change(kind, a, b, restore))
    _compare(_align(_tag_units(base), _tag_units(new)), base, out)
    _compare(_align(_body_units(base), _body_units(new)), base, out)
    return out


# -- putting the base back ---------------------------------------------------------------------


def _number_of(plan: PlanFile, where, number: int, prompt: str) -> int | None:
    """The question's number in ``plan`` now: by its prompt line (blocks are shared between
    versions), else by its number when the prompt there still matches."""
    blocks = plan.blocks
    for q in plan.outline.questions:
        if blocks[q.prompt] is where:
            return q.number
    questions = plan.outline.questions
    if 1 <= number <= len(questions) and normalise_prompt(
        plan.question(number).prompt
    ) == normalise_prompt(prompt):
        return number
    return None


def _groups_of(plan: PlanFile, where, field_id: str, items) -> list[int] | None:
    """The group indices of an instance's divs in ``plan`` now: by their opening lines (blocks
    are shared between versions), else from the field id when the divs there hold the same
    prompts (``plan`` read again from the same text)."""
    groups = plan.outline.groups
    opens = {id(plan.blocks[g.open]): n for n, g in enumerate(groups)}
    found = [opens.get(id(b)) for b in where or ()]
    if found and None not in found:
        return found  # type: ignore[return-value]
    start = int(field_id.split(":", 1)[1])
    if start + len(items) > len(groups):
        return None
    questions = plan.questions
    for n, (prompt, _) in enumerate(items):
        first = next((j for kind, j in groups[start + n].items if kind == "question"), None)
        held = questions[first].prompt if first is not None else ""
        if normalise_prompt(held) != normalise_prompt(prompt):
            return None
    return list(range(start, start + len(items)))


def take_base(plan: PlanFile, change: FieldChange) -> bool:
    """Edit ``plan`` (the new version) so that the field of ``change`` holds its base value
    again; False when nothing changed (already the base, or the field cannot be found)."""
    restore = change._restore
    if not restore:
        return False
    what = restore[0]
    if what == "title":
        written = restore[1]
        if written is None:
            return False
        return plan.set_title(written, exact=plan.title is not None)
    if what == "tag":
        return plan.set_tag(restore[1], list(restore[2]))
    if what == "q":
        return _take_answer(plan, change, restore)
    if what == "free":
        n = int(change.field.split(":", 1)[1])
        if change.kind == "removed" or n >= len(plan.free_texts()):
            return False
        return plan.set_free_text(n, restore[1])
    if what == "group":
        return _put_group_back(plan, restore)
    if what == "drop":
        return _drop(plan, change, restore[1], restore[2])
    return False


def _take_answer(plan: PlanFile, change: FieldChange, restore: tuple) -> bool:
    (number, prompt, answer, _, _), source = restore[1], restore[2]
    if change.kind == "removed":
        return _put_question_back(plan, prompt, answer, restore[3])
    n = _number_of(plan, change._where, int(change.field[2:]), prompt)
    if n is None:
        return False
    if n == number and source is not None:
        try:
            if plan.restore_answer(n, source):
                return True
        except IndexError:
            pass
    return plan.set_answer(n, answer)


def _put_question_back(plan: PlanFile, prompt: str, answer: str, anchor) -> bool:
    """A question of the base the new plan lacks, after the question before it, when that one
    is the last of its section or group (``add_question`` appends)."""
    if anchor is None or anchor[0] != "q":
        return False
    _, where, raw, _ = anchor
    n = _number_of(plan, where, raw[0], raw[1])
    if n is None:
        return False
    q = plan.outline.questions[n - 1]
    if q.group is not None:
        g = plan.outline.groups[q.group]
        if g.items[-1] != ("question", n - 1):
            return False
    elif plan.outline.sections[q.section].items[-1] != ("question", n - 1):
        return False
    plan.add_question(q.section, prompt, answer, group=q.group)
    return True


def _put_group_back(plan: PlanFile, restore: tuple) -> bool:
    """A group instance of the base the new plan lacks: its divs, after the div before it."""
    (section, items), anchor = restore[1], restore[2]
    after = None
    if anchor is not None and anchor[0] == "group":
        found = _groups_of(plan, anchor[1], anchor[3], anchor[2][1])
        if found is None:
            return False
        after = found[-1]
        section = plan.outline.groups[after].section
    elif anchor is not None and anchor[0] == "q":
        # first of its run: right after that question's answer, when nothing stands between
        n = _number_of(plan, anchor[1], anchor[2][0], anchor[2][1])
        if n is None:
            return False
        q = plan.outline.questions[n - 1]
        items_of = plan.outline.sections[q.section].items
        at = items_of.index(("question", n - 1))
        if at + 1 < len(items_of):
            return False
        section = q.section
    elif section >= len(plan.outline.sections):
        return False
    for prompt, answer in items:
        after = plan.add_group(section, [(prompt, answer)], after=after)
    return True


def _drop(plan: PlanFile, change: FieldChange, kind: str, raw) -> bool:
    """Take away a field the base lacks."""
    if kind == "tag":
        return plan.set_tag(change.field[4:], [])
    if kind == "q":
        n = _number_of(plan, change._where, raw[0], raw[1])
        if n is None:
            return False
        plan.remove_question(n)
        return True
    if kind == "group":
        found = _groups_of(plan, change._where, change.field, raw[1])
        if found is None:
            return False
        for g in reversed(found):
            plan.remove_group(g)
        return True
    if kind == "free":
        n = int(change.field.split(":", 1)[1])
        return n < len(plan.free_texts()) and plan.set_free_text(n, "")
    return False


# -- output ------------------------------------------------------------------------------------


def to_json(changes: Iterable[FieldChange]) -> dict:
    """``{"changes": [...]}``: each change's field, label, kind, old, new and word diff."""
    return {
        "changes": [
            {
                "field": c.field,
                "label": c.label,
                "kind": c.kind,
                "old": c.old,
                "new": c.new,
                "words": [list(w) for w in c.words],
            }
            for c in changes
        ]
    }


def word_markup(words: Iterable[tuple[str, str]]) -> str:
    """A word diff as text: ``[-removed-]`` and ``{+added+}`` (as ``git diff --word-diff``)."""
    marks = {"=": "{}", "-": "[-{}-]", "+": "{{+{}+}}"}
    return "".join(marks[op].format(text) for op, text in words)


__all__ = ["FieldChange", "diff", "take_base", "to_json", "word_diff", "word_markup"]
