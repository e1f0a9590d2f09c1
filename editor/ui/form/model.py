"""The form's model of the catalogue (``editor.catalog``): a template adapted for the form
(``FormTemplate``, ``QuestionSpec``, ``GroupForm``) and the checks' report by field.

No Qt here: ``check`` runs in the checks' process (``editor.ui.checkprocess``, asked by
``editor.ui.checker``) and sends back a ``Checked`` of plain data, which the window turns into
the ``Report`` it shows, in its language. The templates, matching and validation (pydantic) are imported lazily, by ``check``.
Without a template every question is a text answer (checklist-shaped answers become checkbox
lists of their options); a failing validation becomes one warning, never a stop.
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass, field, replace

from editor.catalog import vocabularies
from editor.catalog.prompts import normalise_prompt, split_continuation
from editor.i18n import QT_TRANSLATE_NOOP, translate
from editor.planfile import PlanFile, checklist_options, entities, read
from editor.planfile.messages import translated

HEADER_KEYS = vocabularies.header_keys()  # the tags the header shows in places of their own


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


# What the form itself says of a plan, besides the core's problems (editor/planfile/messages.py).
FORM_TEXTS = {
    "no_title": QT_TRANSLATE_NOOP("Checks", "The plan has no title."),
    "validation_failed": QT_TRANSLATE_NOOP("Checks", "Validation failed: {}"),
    "checks_failed": QT_TRANSLATE_NOOP("Checks", "Checks failed: {}"),
}


@dataclass(frozen=True)
class Finding:
    """A problem as the checks found it: the form field, how bad, and the message in English
    with the kind and values that say it in another language (plain data, sent back from the
    checks' process)."""

    field: str
    severity: str
    message: str
    kind: str = ""
    params: tuple[tuple[str, str], ...] = ()

    @classmethod
    def said(cls, field: str, severity: str, kind: str, *values: object) -> Finding:
        """One of the form's own ``FORM_TEXTS``, with its values."""
        said = tuple((str(n), str(v)) for n, v in enumerate(values))
        return cls(field, severity, FORM_TEXTS[kind].format(*values), kind, said)

    def problem(self) -> FieldProblem:
        """The problem as the form shows it, in the language of this run."""
        params = dict(self.params)
        if self.kind in FORM_TEXTS:
            values = list(params.values())
            try:
                text = translate("Checks", FORM_TEXTS[self.kind]).format(*values)
            except (IndexError, KeyError, ValueError):  # a translation that lost a placeholder
                text = FORM_TEXTS[self.kind].format(*values)
        else:
            text = translated(self.kind, params, self.message, vocabularies.tag_label)
        return FieldProblem(self.field, text, self.severity)


@dataclass
class Checked:
    """What one check of a plan found: the template that fits it, adapted for the form (None
    when none fits), the findings and the plan's status."""

    template: FormTemplate | None
    findings: list[Finding] = field(default_factory=list)
    status: str = "Unfinished"
    answered: int = 0
    total: int = 0

    def report(self) -> Report:
        """The report the window shows, in the language of this run."""
        problems = [f.problem() for f in self.findings]
        return Report(problems, self.status, self.answered, self.total)


def failed(error: Exception) -> Checked:
    """What the window shows when the checks themselves failed."""
    return Checked(None, [Finding.said("title", "info", "checks_failed", error)])


def check(plan) -> Checked:
    """Match ``plan`` to a template and validate it (imports pydantic)."""
    template = match_template(plan)
    return _validate(plan, template)


def warm() -> None:
    """What the checks' process does first, before any plan arrives: its imports and the
    templates."""
    from editor.catalog import matching, validation  # noqa: F401 (imported for their cost)

    matching.all_templates()


def check_text(text: str, encoding: str, bom: bool, newline: str) -> Checked:
    """``check`` of the plan that ``text`` is, as the checks' process runs it."""
    return _check_there(PlanFile(text, encoding=encoding, bom=bom, newline=newline))


def _check_there(plan) -> Checked:
    """``check``, as the checks' process sends it back: the template without the core's match,
    whose pydantic models the window does not import."""
    checked = check(plan)
    if checked.template is not None:
        checked.template = replace(checked.template, raw=None)
    return checked


def convert_text(text: str, encoding: str, bom: bool, newline: str) -> dict[str, str] | None:
    """The markdown of the first page of the plan that ``text`` is, converted to HTML
    (``editor.export.html.conversions``), as the checks' process makes it for the window's
    first preview, which then needs no python-markdown of its own; None when it failed (the
    preview converts what it can itself)."""
    return _convert_there(PlanFile(text, encoding=encoding, bom=bom, newline=newline))


def _convert_there(plan) -> dict[str, str] | None:
    from editor.export.html import conversions

    try:
        return conversions(plan)
    except Exception:  # whatever it is, the first preview does not wait on it
        return None


def check_key(plan) -> str:
    """What tells two states of a plan apart for its checks: its text and how it is written."""
    encoding, bom, newline = plan.written_as
    digest = hashlib.sha256(f"{encoding}\0{bom}\0{newline}\0".encode())
    digest.update(plan.dumps().encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass
class Prefetched:
    """The first check of a plan file and its first page converted, made by the checks' process
    from the file itself while the window starts (``check_file``); ``key`` is the ``check_key``
    of the plan it read, for the window to know whether it opened the same."""

    key: str
    checked: Checked
    conversions: dict[str, str] | None


def check_file(path: str) -> Prefetched:
    """Read the plan file at ``path`` as the window opens it, check it and convert its first
    page (raises what reading raises)."""
    plan = read(path)  # (as ``Document.open`` reads it)
    return Prefetched(check_key(plan), _check_there(plan), _convert_there(plan))


def _validate(plan, template: FormTemplate | None = None) -> Checked:
    """Problems per field and the plan's status, from ``editor.catalog.validation``."""
    from editor.catalog import validation

    findings: list[Finding] = []
    try:
        raw = template.raw if template is not None else None
        report = validation.validate(plan, raw)
    except Exception as e:  # validation must never stop editing
        return Checked(template, [Finding.said("title", "warning", "validation_failed", e)])
    for p in report.problems:
        where = field_id_of(p.field, p.question)
        params = tuple(sorted(p.params.items()))
        findings.append(Finding(where, p.severity, p.message, p.kind, params))
    if not (plan.title or "").strip():
        findings.append(Finding.said("title", "warning", "no_title"))
    if report.required:
        answered, total = report.answered, report.required
    else:
        questions = plan.questions
        answered, total = sum(1 for q in questions if _answered(q)), len(questions)
    return Checked(template, findings, report.status, answered, total)


def _answered(q) -> bool:
    return bool(q.answer.strip() or q.images)


# -- templates ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class QuestionSpec:
    """How the form shows one question: its kind and, for lists, its options."""

    kind: str = "text"  # text | checklist | radio | images | link | tags | group
    options: tuple[str, ...] = ()
    required: bool = False
    max_chars: int | None = None
    continuation: str = ""  # the template's prompt after its first line (read as answer text)


@dataclass
class FormTemplate:
    """A template adapted for the form: question specs by prompt, repeat limits by section."""

    id: str
    label: str
    questions: dict[str, QuestionSpec] = field(default_factory=dict)
    repeats: dict[str, tuple[int, int]] = field(default_factory=dict)  # section -> min, max
    # the question a group stands under (its prompt) -> the group's form
    group_forms: dict[str, GroupForm] = field(default_factory=dict)
    raw: object = None  # the core's match (``editor.catalog.matching.Match``) when there is one

    def spec_for(self, prompt: str) -> QuestionSpec | None:
        return self.questions.get(normalise_prompt(prompt))

    def section_repeats(self, title: str | None) -> tuple[int, int] | None:
        return self.repeats.get(normalise_prompt(title or ""))

    def group_form(self, prompt: str) -> GroupForm | None:
        """The group that stands under the question ``prompt`` (partners, evidence), if any."""
        return self.group_forms.get(normalise_prompt(prompt)) or self.group_forms.get(
            normalise_prompt(prompt.split("\n", 1)[0])
        )


@dataclass(frozen=True)
class GroupForm:
    """A repeatable sub-form: one instance is a run of divs, one per item, in this order."""

    label: str  # "Partner": instances are titled "Partner 1", "Partner 2", …
    items: tuple[tuple[str, ...], ...]  # per item: its normalised prompts (prompt and aliases)
    prompts: tuple[str, ...]  # per item: the prompt a new instance is written with
    repeats: tuple[int, int] = (0, 5)

    def starts(self, prompt: str) -> bool:
        """Whether a div with ``prompt`` begins a new instance (it is the first item)."""
        return normalise_prompt(prompt) in self.items[0]


def question_spec(question, template: FormTemplate | None) -> QuestionSpec:
    """The spec of a question: the template's when it knows the prompt, else from the answer."""
    spec = template.spec_for(question.prompt) if template is not None else None
    checked = question.checked
    if checked is not None:
        checked = [entities.shown(o) for o in checked]  # as the buttons show them
    if spec is None:
        if checked is not None:
            return QuestionSpec("checklist", tuple(checked))
        return QuestionSpec("text")
    if spec.kind in ("checklist", "radio"):
        rest = split_continuation(spec.continuation, question.answer)[1]
        ticked = checklist_options(rest) if rest.strip() else []
        if ticked is None:  # text beside the options: shown whole, so that none is hidden
            return QuestionSpec("text", (), spec.required)
        extra = tuple(
            shown for o in ticked if o and (shown := entities.shown(o)) not in spec.options
        )
        return replace(spec, options=spec.options + extra)
    if checked is not None and spec.kind == "text":
        return QuestionSpec("checklist", tuple(checked), spec.required)
    return spec


def match_template(plan) -> FormTemplate | None:
    """The template that fits ``plan`` (``editor.catalog.matching``), adapted for the form; None when
    none fits. Imports pydantic: run by ``check``."""
    from editor.catalog import matching

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
            tpl.questions.setdefault(normalise_prompt(questions[number - 1].prompt), _spec(item))
    return tpl


def template_choices() -> list[tuple[str, str]]:
    """(id, label) of the bundled templates offered for a new plan ("New from template"):
    every current form, not the archived ones that only fit old files."""
    try:
        from editor.catalog import templates

        return [(t.id, t.shown_label()) for t in templates.all_templates() if not t.archived]
    except Exception:
        return []


def adapt_template(found) -> FormTemplate:
    """Turn an ``editor.catalog.templates.Template`` into the form's ``FormTemplate``."""
    tpl = FormTemplate(id=str(found.id), label=str(found.shown_label()))
    for section in found.sections:
        tpl.repeats[normalise_prompt(section.title or "")] = (section.min, section.max)
        for item in section.items:
            for sub in item.walk():
                if sub.kind == "group":
                    form = GroupForm(
                        label=sub.instance_name,
                        items=tuple(
                            tuple(normalise_prompt(p) for p in item.prompts) for item in sub.items
                        ),
                        prompts=tuple(item.prompt for item in sub.items),
                        repeats=sub.repeats,
                    )
                    for prompt in sub.prompts:
                        tpl.group_forms[normalise_prompt(prompt)] = form
                    continue
                spec = _spec(sub)
                for prompt in sub.prompts:
                    tpl.questions[normalise_prompt(prompt)] = spec
                    tpl.questions.setdefault(normalise_prompt(prompt.split("\n", 1)[0]), spec)
    return tpl


def _spec(item) -> QuestionSpec:
    opts = item.options
    if isinstance(opts, str):
        opts = option_lists().get(opts, [])
    return QuestionSpec(
        kind=item.kind,
        options=tuple(opts or ()),
        required=item.required,
        max_chars=item.max_chars,
        continuation=item.prompt.split("\n", 1)[1].strip() if "\n" in item.prompt else "",
    )


# -- vocabularies ------------------------------------------------------------------------------


def sdg_goals() -> list[tuple[int, str, str]]:
    """The 17 goals: (number, label as stored, label in the language of this run)."""
    return [(g.number, g.label, g.shown_label()) for g in vocabularies.sdgs()]


def sdg_number(value: str) -> int | None:
    """The goal of an ``sdgs`` value ("10. Reduced inequalities" -> 10): the core's rule."""
    return vocabularies.normalise_sdg(value)


@functools.cache
def countries() -> dict[str, tuple[float, float]]:
    """Country name -> (lat, lng) of its centre."""
    return {c.name: c.centroid for c in vocabularies.countries() if c.centroid and not c.pseudo}


@functools.cache
def terms(key: str) -> list[str]:
    """The seeded terms of a tag list (methods, datasources; thematic areas have none)."""
    seeded = {"methods": vocabularies.methods, "datasources": vocabularies.datasources}
    return seeded[key]() if key in seeded else []


@functools.cache
def option_lists() -> dict[str, list[str]]:
    """Option list id -> options, as the platform stores them."""
    return {k: list(v.options) for k, v in vocabularies.option_lists().items()}
