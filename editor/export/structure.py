"""The plan as data: what the JSON export writes and what the other formats lay out.

``load(paths)`` reads the plans named (folders walked for ``*.txt`` and ``*.md``, reviews
``*.review.txt`` left out); ``structure(source)`` gives a plan's title, tags, status, template and
sections. Its items are those of ``plan-editor show --json`` (the same keys, so the two can be
compared), with what the template adds: each question's template ``id`` and ``input`` (its kind on
the form: ``text``, ``checklist``, ``radio``, …), ``options`` (every option of the template for a
checklist or radio list, else None) and ``ticked``; a run of group boxes becomes one item per
instance, ``{"kind": "group", "label": "Partner 2", "items": [...]}`` (``label`` None where the
template has no group there). No Qt here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from editor.catalog import vocabularies as vocab
from editor.catalog.matching import Match, match
from editor.catalog.templates import Item, normalise_prompt
from editor.catalog.validation import validate
from editor.export.problems import no_such_path
from editor.planfile import PlanFile, read
from editor.planfile.messages import STATUS_WORDS

SUFFIXES = (".txt", ".md")


@dataclass
class Source:
    path: Path  # the plan file
    plan: PlanFile  # parsed (editor.planfile.read)
    _matched: Match | None = field(default=None, repr=False, compare=False)

    @property
    def matched(self) -> Match:
        """The plan's template match (computed once)."""
        if self._matched is None:
            self._matched = match(self.plan)
        return self._matched


@dataclass
class Report:
    """What each writer returns: the files written, and one message per problem, by name."""

    written: list[Path] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def extend(self, other: Report) -> None:
        self.written += other.written
        self.problems += other.problems


def plan_paths(path: Path) -> list[Path]:
    """The plan files under a folder (sorted; hidden folders and reviews left out), or the file."""
    if not path.is_dir():
        return [path]
    found = []
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(SUFFIXES) and not name.endswith(".review.txt"):
                if not name.startswith("."):
                    found.append(Path(root) / name)
    return found


def load(paths: list[Path]) -> tuple[list[Source], list[str]]:
    """The plans named (folders expanded), and one message per file that failed to read."""
    sources: list[Source] = []
    problems: list[str] = []
    for given in map(Path, paths):
        if not given.exists():
            problems.append(no_such_path(given))
            continue
        for path in plan_paths(given):
            source, problem = read_source(path)
            if source is not None:
                sources.append(source)
            else:
                problems.append(problem)
    return sources, problems


def read_source(path: Path) -> tuple[Source | None, str]:
    """(the plan, "") or (None, a message naming the file)."""
    try:
        return Source(path, read(path)), ""
    except Exception as e:  # unreadable, undecodable, or a parse that failed: say which file
        text = str(e)
        return None, text if str(path) in text else f"{path}: {text or type(e).__name__}"


def template_id(source: Source) -> str | None:
    """The id of the plan's template, None when none fits (the blank form)."""
    m = source.matched
    return m.template.id if m.items and m.template.id != "blank" else None


def status(source: Source) -> str:
    """ "Unfinished" or "Publishable", as the platform says in English."""
    return STATUS_WORDS[validate(source.plan, source.matched).status]


def item_options(item: Item | None) -> list[str] | None:
    """Every option of a checklist or radio item; None for other kinds."""
    if item is None or item.kind not in ("checklist", "radio") or not item.options:
        return None
    if isinstance(item.options, str):
        try:
            return vocab.options(item.options)
        except KeyError:
            return None
    return list(item.options)


def structure(source: Source) -> dict:
    """The plan as data (see the module's docstring)."""
    plan = source.plan.plan().model_dump(mode="json")
    matched = source.matched
    items = matched.items if template_id(source) else {}
    groups = {item.id: item for item in matched.template.items() if item.kind == "group"}

    def question(q: dict) -> dict:
        item = items.get(q["number"])
        options = item_options(item)
        ticked = list(q["checked"] or []) if options is not None else []
        if options is not None and q["checked"] is None and q["answer"].strip() in options:
            ticked = [q["answer"].strip()]  # a radio answered with the option's words
        if options is not None:
            options = options + [t for t in ticked if t not in options]
        return {
            **q,
            "id": item.id if item else None,
            "input": item.kind if item else None,
            "options": options,
            "ticked": ticked,
        }

    def convert(entries: list[dict]) -> list[dict]:
        return [
            question(e) if e["kind"] == "question" else _group_items(e, question) for e in entries
        ]

    def section_items(entries: list[dict]) -> list[dict]:
        out: list[dict] = []
        above: dict | None = None
        n = 0
        while n < len(entries):
            entry = entries[n]
            if entry["kind"] != "group":
                out.append(question(entry) if entry["kind"] == "question" else entry)
                above = out[-1] if entry["kind"] == "question" else None
                n += 1
                continue
            run = []
            while n < len(entries) and entries[n]["kind"] == "group":
                run.append(entries[n])
                n += 1
            form = groups.get(above["id"]) if above and above.get("id") else None
            out += _instances(run, form, convert)
        return out

    return {
        "path": str(source.path),
        "title": plan["title"],
        "type": (source.plan.tag_values("type") or [None])[0],
        "status": status(source),
        "template": template_id(source),
        "tags": plan["tags"],
        "preamble": plan["preamble"],
        "sections": [
            {"title": s["title"], "lead": s["lead"], "items": section_items(s["items"])}
            for s in plan["sections"]
        ],
    }


def _group_items(entry: dict, question) -> dict:
    return question(entry) if entry["kind"] == "question" else entry


def _instances(run: list[dict], form: Item | None, convert) -> list[dict]:
    """A run of group boxes as instances: a new instance starts at the box whose first
    question is the template group's first item (else the run's first prompt), as the form
    splits them; labelled "Partner 2" from the template's group."""

    def first_prompt(box: dict) -> str | None:
        for entry in box["items"]:
            if entry["kind"] == "question":
                return normalise_prompt(entry["prompt"])
        return None

    if form is not None and form.items:
        starts = {normalise_prompt(p) for p in form.items[0].prompts}
    else:
        starts = {first_prompt(run[0])}
    instances: list[dict] = []
    for box in run:
        if not instances or first_prompt(box) in starts:
            instances.append({"kind": "group", "label": None, "closed": True, "items": []})
        instances[-1]["items"] += convert(box["items"])
        instances[-1]["closed"] = instances[-1]["closed"] and box["closed"]
    for n, instance in enumerate(instances, 1):
        instance["label"] = f"{form.instance_name} {n}" if form is not None else None
    return instances


def questions(data: dict) -> list[dict]:
    """Every question of a structure, in document order (groups' questions included)."""
    out: list[dict] = []

    def walk(entries: list[dict]) -> None:
        for entry in entries:
            if entry["kind"] == "question":
                out.append(entry)
            elif entry["kind"] == "group":
                walk(entry["items"])

    for section in data["sections"]:
        walk(section["items"])
    return out


def out_paths(sources: list[Source], out: Path, suffix: str) -> list[Path]:
    """One file per plan inside folder ``out``: the plan's name with ``suffix``, made unique."""
    taken: set[str] = set()
    paths = []
    for source in sources:
        stem = source.path.stem
        name, n = stem + suffix, 1
        while name.lower() in taken:
            n += 1
            name = f"{stem}-{n}{suffix}"
        taken.add(name.lower())
        paths.append(out / name)
    return paths
