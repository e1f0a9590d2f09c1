"""What the form knows beyond the file: templates, vocabularies and validation, in one place.

The Qt-free core grows ``editor.templates``, ``editor.vocabularies`` and ``editor.validation``;
this module is the only place the UI connects to them, and it degrades gracefully: without a
template every question is a text answer (checklist-shaped answers become checkbox lists of their
options), without the vocabularies module the bundled JSON lists are read directly, and without
validation the problem list is what the form checks itself.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent.parent / "resources"
VOCABULARIES = RESOURCES / "vocabularies"

TITLE_LIMIT = 99
SDG_LIMIT = 5
TERM_KEYS = ("methods", "datasources", "thematic_areas")
HEADER_KEYS = ("focal_point", "year", "type", "country", "latlng", "sdgs", *TERM_KEYS)
PLAN_TYPES = (
    "learningplan",
    "experiment",
    "solution",
    "blog",
    "publications",
    "story",
    "tools",
    "tactics",
    "skills",
    "principles",
)


def questions_of(plan) -> list:
    """``plan.questions``, computed once per version of the plan (it walks every block)."""
    cache = getattr(plan, "_ui_questions", None)
    if cache is None or cache[0] != plan.version:
        cache = (plan.version, plan.questions)
        plan._ui_questions = cache
    return cache[1]


# -- problems ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldProblem:
    """One problem shown beside a field and in the problems list."""

    field: str  # a form field id: "title", "tag:<key>", "q:<number>"
    message: str
    severity: str = "error"  # error | warning | info


def field_id_of(problem_field: str, question: int | None = None) -> str:
    """Map the core's problem location ('title', a tag key, 'question N') to a form field id."""
    if question is not None:
        return f"q:{question}"
    m = re.fullmatch(r"question (\d+)", problem_field)
    if m:
        return f"q:{m.group(1)}"
    if problem_field == "title":
        return "title"
    return f"tag:{problem_field}"


@dataclass
class Report:
    problems: list[FieldProblem] = field(default_factory=list)
    status: str = "Unfinished"
    answered: int = 0
    total: int = 0


def validate(plan, template: FormTemplate | None = None) -> Report:
    """Problems per field and the plan's status; uses ``editor.validation`` when it exists.

    Imports pydantic through the core and can take long on big plans: the window runs it on a
    worker thread (``checker.Checker``) with a private copy of the plan.
    """
    problems: list[FieldProblem] = []
    status = None
    required = answered_required = 0
    try:
        from editor import validation
    except ImportError:
        validation = None
    if validation is not None:
        try:
            raw = template.raw if template is not None else None
            report = (
                validation.validate(plan, raw) if raw is not None else validation.validate(plan)
            )
        except Exception as e:  # validation must never stop editing
            problems.append(FieldProblem("title", f"Validation failed: {e}", "warning"))
        else:
            status = getattr(report, "status", None)
            required = getattr(report, "required", 0) or 0
            answered_required = getattr(report, "answered", 0) or 0
            for p in report.problems:
                fid = field_id_of(p.field, getattr(p, "question", None))
                problems.append(FieldProblem(fid, p.message, p.severity))
    problems.extend(local_problems(plan, template, {p.field for p in problems}))
    questions = plan.questions
    if required:
        answered, total = answered_required, required
    else:
        answered, total = sum(1 for q in questions if _answered(q)), len(questions)
    if status is None:
        missing_required = template is not None and any(
            (spec := template.spec_for(q.prompt)) is not None and spec.required and not _answered(q)
            for q in questions
        )
        status = "Unfinished" if missing_required else "Complete"
    return Report(problems, status, answered, total)


def _answered(q) -> bool:
    return bool(q.answer.strip() or q.images)


def local_problems(plan, template: FormTemplate | None, known: set[str]) -> list[FieldProblem]:
    """The checks the form makes itself (limits it displays), unless the core reported them."""
    out: list[FieldProblem] = []
    title = plan.title or ""
    if "title" not in known:
        if not title.strip():
            out.append(FieldProblem("title", "The plan has no title.", "warning"))
        elif len(title) > TITLE_LIMIT:
            out.append(
                FieldProblem(
                    "title", f"The title is {len(title)} characters; at most {TITLE_LIMIT}."
                )
            )
    sdgs = plan.tag_values("sdgs")
    if "tag:sdgs" not in known and len(sdgs) > SDG_LIMIT:
        out.append(FieldProblem("tag:sdgs", f"{len(sdgs)} SDGs chosen; at most {SDG_LIMIT}."))
    if template is not None:
        for q in plan.questions:
            spec = template.spec_for(q.prompt)
            if spec is None or f"q:{q.number}" in known:
                continue
            if spec.required and not _answered(q) and template.raw is None:
                out.append(
                    FieldProblem(f"q:{q.number}", "A required answer is missing.", "warning")
                )
            if spec.max_chars and len(q.answer) > spec.max_chars:
                out.append(
                    FieldProblem(
                        f"q:{q.number}",
                        f"{len(q.answer)} characters; at most {spec.max_chars}.",
                    )
                )
    return out


# -- templates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionSpec:
    """How the form shows one question: its kind and, for lists, its options."""

    kind: str = "text"  # text | checklist | radio | images | link | tags | group
    options: tuple[str, ...] = ()
    required: bool = False
    max_chars: int | None = None


@dataclass
class FormTemplate:
    """A template adapted for the form: question specs by prompt, repeat limits by section."""

    id: str
    label: str
    questions: dict[str, QuestionSpec] = field(default_factory=dict)
    repeats: dict[str, tuple[int, int]] = field(default_factory=dict)  # section -> min, max
    groups: dict[str, tuple[int, int]] = field(default_factory=dict)  # first prompt -> min, max
    raw: object = None  # the core's match (``editor.matching.Match``) when there is one

    def spec_for(self, prompt: str) -> QuestionSpec | None:
        return self.questions.get(_prompt_key(prompt))

    def section_repeats(self, title: str | None) -> tuple[int, int] | None:
        return self.repeats.get(_prompt_key(title or ""))

    def group_repeats(self, first_prompt: str) -> tuple[int, int] | None:
        return self.groups.get(_prompt_key(first_prompt))


def _prompt_key(prompt: str) -> str:
    """Prompts as templates match them: entities, quotes, spaces, case, end punctuation."""
    import html  # not on the start-up path: templates are matched after the first frame

    text = html.unescape(prompt).translate(_QUOTES)
    return re.sub(r"[\s.:;,!?]+$", "", " ".join(text.split()).casefold())


_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "″": '"', "‘": "'", "’": "'", "‚": "'"})


def question_spec(question, template: FormTemplate | None) -> QuestionSpec:
    """The spec of a question: the template's when it knows the prompt, else from the answer."""
    spec = template.spec_for(question.prompt) if template is not None else None
    checked = question.checked
    if spec is None:
        if checked is not None:
            return QuestionSpec("checklist", tuple(checked))
        return QuestionSpec("text")
    if spec.kind in ("checklist", "radio"):
        extra = tuple(o for o in checked or () if o not in spec.options)
        return QuestionSpec(spec.kind, spec.options + extra, spec.required, spec.max_chars)
    if checked is not None and spec.kind == "text":
        return QuestionSpec("checklist", tuple(checked), spec.required)
    return spec


def match_template(plan) -> FormTemplate | None:
    """The template that fits ``plan`` (``editor.matching``), adapted for the form; None when
    none fits. Imports pydantic: never on the start-up path."""
    from editor import matching

    try:
        found = matching.match(plan)
    except Exception:  # a broken template must never stop editing
        return None
    if not found.items:
        return None
    tpl = adapt_template(found.template)
    tpl.raw = found
    questions = plan.questions
    for number, item in found.items.items():
        if item.kind not in ("group", "tags") and number <= len(questions):
            tpl.questions.setdefault(_prompt_key(questions[number - 1].prompt), _spec(item))
    return tpl


def template_choices() -> list[tuple[str, str]]:
    """(id, label) of every bundled template, for "New from template"."""
    try:
        from editor import templates

        return [(t.id, t.label) for t in templates.all_templates()]
    except Exception:
        return []


def adapt_template(found) -> FormTemplate:
    """Turn an ``editor.templates.Template`` into the form's ``FormTemplate``."""
    tpl = FormTemplate(id=str(found.id), label=str(found.label))
    for section in found.sections:
        tpl.repeats[_prompt_key(section.title or "")] = (section.min, section.max)
        for item in section.items:
            for sub in item.walk():
                if sub.kind == "group":
                    tpl.groups[_prompt_key(sub.items[0].prompt)] = sub.repeats
                    continue
                spec = _spec(sub)
                for prompt in sub.prompts:
                    tpl.questions[_prompt_key(prompt)] = spec
                    tpl.questions.setdefault(_prompt_key(prompt.split("\n", 1)[0]), spec)
    return tpl


def _spec(item) -> QuestionSpec:
    opts = item.options
    if isinstance(opts, str):
        opts = option_lists().get(opts, [])
    return QuestionSpec(
        kind=item.kind, options=tuple(opts or ()), required=item.required, max_chars=item.max_chars
    )


# -- vocabularies ------------------------------------------------------------------------------


def _vocabularies():
    """``editor.vocabularies`` when it exists (None: read the bundled JSON directly)."""
    try:
        from editor import vocabularies
    except ImportError:
        return None
    return vocabularies


def _load(name: str) -> dict:
    try:
        return json.loads((VOCABULARIES / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


@functools.cache
def sdg_goals() -> list[tuple[int, str]]:
    """The 17 goals, (number, label as stored): read from the JSON directly, as it is needed
    before the window is shown and ``editor.vocabularies`` imports rapidfuzz."""
    goals = [(int(g["number"]), g["label"]) for g in _load("sdgs.json").get("goals", [])]
    return goals or [(n, "") for n in range(1, 18)]


def sdg_number(value: str) -> int | None:
    """The goal of an ``sdgs`` value ("10. Reduced inequalities" -> 10)."""
    m = re.match(r"\s*(\d{1,2})\b", value)
    if m:
        n = int(m.group(1))
        return n if 1 <= n <= 17 else None
    vocab = _vocabularies()
    return vocab.normalise_sdg(value) if vocab is not None else None


@functools.cache
def countries() -> dict[str, tuple[float, float]]:
    """Country name -> (lat, lng) of its centre."""
    vocab = _vocabularies()
    if vocab is not None:
        return {c.name: c.centroid for c in vocab.countries() if c.centroid and not c.pseudo}
    out = {}
    for c in _load("countries.json").get("countries", []):
        centre = c.get("centroid") or {}
        if "lat" in centre:
            out[c["name"]] = (float(centre["lat"]), float(centre["lng"]))
    return out


@functools.cache
def terms(key: str) -> list[str]:
    """The seeded terms of a tag list (methods, datasources; thematic areas have none).

    Read from the JSON directly, as ``editor.vocabularies`` does, since the header form needs
    them before the window is shown and ``editor.vocabularies`` imports rapidfuzz."""
    raw = _load(f"{key}.json").get("terms", [])
    return [t if isinstance(t, str) else t.get("term") or t.get("label", "") for t in raw]


@functools.cache
def option_lists() -> dict[str, list[str]]:
    """Option list id -> options, as the platform stores them."""
    vocab = _vocabularies()
    if vocab is not None:
        return {k: list(v.options) for k, v in vocab.option_lists().items()}
    lists = _load("options.json").get("lists", {})
    return {k: list(v.get("options", [])) for k, v in lists.items()}
