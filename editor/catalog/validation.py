"""One validation report per document: the core's field checks plus the template's rules.

Problems are data (where, what, severity, and a suggested fix where one exists) and never stop a
file from opening or saving. The status is Unfinished while a required answer is missing, else
Complete. No Qt here.

Rules go by document type. Only the types written in a form (those a template has) have form
limits: the title's 99 characters, which the platform enforced, are an error; the limits it only
stated (a tweet of 280 characters, five thematic areas or SDGs, ten pins) are warnings, as the
published files go over them. Blogs, publications, stories and the codification pages (which
carry several types by design) have no form limits. An error is a fault of the data whatever the
document: an invalid field, a broken group, a tag repeated identically.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from itertools import combinations
from typing import Literal

from pydantic import BaseModel, Field
from rapidfuzz import fuzz

from editor.catalog import vocabularies as vocab
from editor.catalog.matching import Match, match, split_answer
from editor.catalog.templates import Item, form_types
from editor.i18n import QT_TRANSLATE_NOOP, lower_first, translate
from editor.planfile import PlanFile
from editor.planfile.checks import Problem, tag_problems
from editor.planfile.messages import (
    CONTEXT,
    REMOVE_LINE,
    Message,
    quoted,
    status_word,
)
from editor.planfile.rules import parse_latlng
from editor.planfile.syntax import GROUP_CLOSE_LINE, GROUP_OPEN_LINE, TEXT, split_lines

Status = Literal["Unfinished", "Complete"]
COUNTRY_MARGIN = 2.0  # degrees around a country's box: small islands, coarse shapes


class Report(BaseModel):
    status: Status = "Complete"
    type: str | None = Field(None, description="the document type ([[type:…]])")
    template: str | None = None
    prompts: int = Field(0, description="the document's non-empty prompts")
    matched: int = Field(0, description="of those, how many the template has")
    problems: list[Problem] = Field(default_factory=list)
    required: int = Field(0, description="required questions and tags in the template")
    answered: int = Field(0, description="of those, how many are answered")
    missing: list[str] = Field(default_factory=list, description="required items left unanswered")

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def summary(self) -> str:
        """The status, the required answers and the counts, in the language of this run."""
        counts = {s: sum(1 for p in self.problems if p.severity == s) for s in ("error", "warning")}
        parts = [status_word(self.status)]
        if self.required:
            parts.append(
                translate(CONTEXT, ANSWERED).format(answered=self.answered, required=self.required)
            )
        parts.append(
            translate(CONTEXT, COUNTS).format(errors=counts["error"], warnings=counts["warning"])
        )
        return ", ".join(parts)


ANSWERED = QT_TRANSLATE_NOOP("Problems", "{answered}/{required} required answered")
COUNTS = QT_TRANSLATE_NOOP("Problems", "errors: {errors}, warnings: {warnings}")  # no plural


def describe(problem: Problem) -> str:
    """A problem's message in the language of this run, tags named as the form labels them."""
    return problem.shown(vocab.tag_label)


def validate(doc: PlanFile, matched: Match | None = None, today: _dt.date | None = None) -> Report:
    matched = matched or match(doc)
    template = matched.template
    doctype = (doc.tag_values("type") or [template.type or ""])[0].strip().lower()
    problems = tag_problems(doc, today, {"sdgs": check_sdg}) + repeated_tags(doc)
    if doctype in form_types():
        problems += _title(doc, template.title_limit)
        problems += _tag_counts(doc, matched, doctype)
    problems += _closed_lists(doc, doctype)
    problems += _near_duplicates(doc)
    problems += _location(doc)
    problems += _answers(doc, matched)
    problems += _groups(doc)
    problems += _sums(doc, matched)
    required, answered, missing = _required(doc, matched)
    problems += missing
    return Report(
        status="Unfinished" if missing else "Complete",
        type=doctype or None,
        template=template.id,
        prompts=len(matched.items) + len(matched.unmatched),
        matched=len(matched.items),
        problems=problems,
        required=required,
        answered=answered,
        missing=[p.params["label"] for p in missing],
    )


def check_sdg(value: str) -> str | None:
    if vocab.normalise_sdg(value) is None:
        return Message("not_sdg", value=quoted(value))
    return None


def repeated_tags(doc: PlanFile) -> list[Problem]:
    """A tag line whose key and value are those of an earlier line of the same run of tag lines
    (lines with only blank lines between them): an error on the repeated line.

    A run of tags is a set: the same term twice says nothing more, counts twice towards a limit
    and shows once in the form, so the repeat is a fault of the data (the platform stored the
    pair twice) and removing the line loses nothing. Two kinds of repeat are not faults:
    locations (several pins in one country are written as the same country and centroid, one
    pair per pin), and the same tag in separate runs, as in a story whose passages each carry
    their own tags.
    """
    keys = vocab.tag_keys()
    blocks = doc.blocks
    first: dict[tuple[str, str], int] = {}
    problems = []
    previous = None
    for n, tag in enumerate(doc.tags):
        index = doc.outline.tags[n]
        if previous is not None and any(b.src.strip() for b in blocks[previous + 1 : index]):
            first = {}  # text between: a new run of tags
        previous = index
        spec = keys.get(tag.key)
        if spec is not None and spec.block == "location":
            continue
        line = doc.line_of(index)
        seen = first.setdefault((tag.key, tag.value), line)
        if seen != line:
            problems.append(
                Problem(
                    field=tag.key,
                    message=Message("repeated_tag", value=quoted(tag.value), seen=seen),
                    suggestion=translate(CONTEXT, REMOVE_LINE).format(line=line),
                    line=line,
                )
            )
    return problems


def _tag_problem(
    doc: PlanFile,
    key: str,
    value: str | None,
    message: Message,
    severity: str = "error",
    suggestion: str | None = None,
) -> Problem:
    """A problem of tag ``key`` (on the line of ``value`` when given)."""
    line = _tag_line(doc, key, value)
    return Problem(field=key, message=message, severity=severity, suggestion=suggestion, line=line)


def _tag_line(doc: PlanFile, key: str, value: str | None = None) -> int | None:
    for n, tag in enumerate(doc.tags):
        if tag.key == key and (value is None or tag.value == value):
            return doc.line_of(doc.outline.tags[n])
    return None


def _title(doc: PlanFile, limit: int) -> list[Problem]:
    title = doc.title
    if title is not None and len(title) > limit:
        return [
            Problem(
                field="title",
                message=Message("title_long", length=len(title), limit=limit),
                severity="error",
                line=1 if doc.outline.title == 0 else None,
            )
        ]
    return []


def _tag_counts(doc: PlanFile, matched: Match, doctype: str) -> list[Problem]:
    """Too many values of a key: an error for a header key (a document has one focal point, one
    year, one type), else a warning: the platform stated those limits but did not enforce them."""
    keys = vocab.tag_keys()
    limits = {spec.key: spec.max for spec in matched.template.tags if spec.max}
    for key, spec in keys.items():
        m = spec.max_for(doctype)
        if m and key not in limits:
            limits[key] = m
    out = []
    for key, limit in limits.items():
        values = doc.tag_values(key)
        if len(values) > limit:
            spec = keys.get(key)
            label = spec.label if spec else key
            if spec is not None and spec.block == "header":
                kind, severity = "too_many", "error"
            else:
                kind, severity = "too_many_for_form", "warning"
            message = Message(kind, count=len(values), label=label, key=key, limit=limit)
            out.append(_tag_problem(doc, key, None, message, severity=severity))
    return out


def _closed_lists(doc: PlanFile, doctype: str) -> list[Problem]:
    out = []
    keys = vocab.tag_keys()
    for tag in doc.tags:
        spec = keys.get(tag.key)
        if spec is None or not spec.vocabulary or not spec.is_closed_for(doctype):
            continue
        if tag.key == "sdgs":
            continue  # the core reports an unknown goal; suggest below
        if tag.key == "country":
            found = vocab.country(tag.value)
            known = found is not None
            if known and vocab.is_region(tag.value):
                message = Message("region", value=quoted(tag.value), country=found.name)
                out.append(
                    _tag_problem(
                        doc, "country", tag.value, message, "warning", suggestion=found.name
                    )
                )
        else:
            known = vocab.is_term(tag.value, spec.vocabulary)
        if not known:
            suggestion = vocab.nearest(tag.value, spec.vocabulary)
            out.append(
                _tag_problem(
                    doc,
                    tag.key,
                    tag.value,
                    Message(
                        "not_in_list",
                        value=quoted(tag.value),
                        label=lower_first(spec.label),
                        key=tag.key,
                    ),
                    severity="warning",
                    suggestion=suggestion,
                )
            )
    for value in doc.tag_values("sdgs"):
        if vocab.normalise_sdg(value) is None:
            suggestion = vocab.nearest(value, "sdgs")
            if suggestion:
                out.append(
                    _tag_problem(
                        doc,
                        "sdgs",
                        value,
                        Message("did_you_mean", suggestion=quoted(suggestion)),
                        severity="info",
                        suggestion=suggestion,
                    )
                )
    return out


def _fold_term(term: str) -> str:
    return re.sub(r"[^0-9a-z]+", "", vocab.fold(term))


def _near_duplicates(doc: PlanFile) -> list[Problem]:
    out = []
    for key in vocab.term_keys():
        values = doc.tag_values(key)
        for a, b in combinations(dict.fromkeys(values), 2):
            same = _fold_term(a) == _fold_term(b)
            if same or (min(len(a), len(b)) > 6 and fuzz.ratio(vocab.fold(a), vocab.fold(b)) >= 92):
                out.append(
                    _tag_problem(
                        doc,
                        key,
                        b,
                        Message("same_term", first=quoted(a), second=quoted(b)),
                        severity="warning",
                        suggestion=a,
                    )
                )
    return out


def _location(doc: PlanFile) -> list[Problem]:
    out = []
    names = doc.tag_values("country")
    points = doc.tag_values("latlng")
    for name, value in zip(names, points, strict=False):
        country = vocab.country(name)
        pair = parse_latlng(value)
        if country is None or pair is None or country.pseudo:
            continue
        lat, lng = pair
        if not (-90 <= lat <= 90 and -180 <= lng <= 180):
            continue  # the core reports the range
        inside = country.contains(lat, lng, COUNTRY_MARGIN)
        near_platform = country.platform_centroid is not None and (
            abs(country.platform_centroid[0] - lat) < 1
            and abs(country.platform_centroid[1] - lng) < 1
        )
        if inside is False and not near_platform:
            fix = f"{country.centroid[0]},{country.centroid[1]}" if country.centroid else None
            out.append(
                _tag_problem(
                    doc,
                    "latlng",
                    value,
                    Message("far_away", value=value, country=country.name),
                    severity="warning",
                    suggestion=fix,
                )
            )
    return out


def _question_problem(
    number: int, line: int, message: Message, severity: str, **more: object
) -> Problem:
    return Problem(
        field=f"question {number}",
        message=message,
        severity=severity,
        question=number,
        line=line,
        **more,
    )


def _answers(doc: PlanFile, matched: Match) -> list[Problem]:
    out = []
    for q in doc.questions:
        item = matched.items.get(q.number)
        checked = q.checked
        line = doc.line_of(doc.outline.questions[q.number - 1].prompt)  # cached: O(1)
        problem = functools.partial(_question_problem, q.number, line)
        if checked is not None and "" in checked:
            out.append(problem(Message("empty_checklist_line"), "warning"))
        if item is None:
            continue
        answer = split_answer(item, q.answer)[1]
        if item.max_chars and len(answer) > item.max_chars:
            out.append(
                problem(
                    Message("answer_long", length=len(answer), limit=item.max_chars),
                    "warning",
                )
            )
        if item.kind in ("checklist", "radio") and checked:
            allowed = _options(item)
            for option in checked:
                if (
                    option
                    and allowed
                    and vocab.fold(option) not in {vocab.fold(o) for o in allowed}
                ):
                    out.append(
                        problem(
                            Message("not_an_option", option=quoted(option)),
                            "info",
                            suggestion=vocab.nearest(option, allowed),
                        )
                    )
            if item.kind == "radio" and len([c for c in checked if c]) > 1:
                out.append(problem(Message("several_options"), "warning"))
    return out


def _options(item: Item) -> list[str]:
    if isinstance(item.options, list):
        return item.options
    try:
        return vocab.options(item.options) if item.options else []
    except KeyError:
        return []


def _groups(doc: PlanFile) -> list[Problem]:
    out = []
    for g in doc.outline.groups:
        if g.close is None:
            out.append(
                Problem(
                    field="groups",
                    message=Message("group_unclosed"),
                    severity="error",
                    line=doc.line_of(g.open),
                )
            )
    for i, block in enumerate(doc.blocks):
        # Group lines the parser left in text: a close with no group open, an open inside one.
        if block.kind != TEXT or ("</div>" not in block.src and "<div" not in block.src):
            continue
        for n, text in enumerate(split_lines(block.src)):
            stripped = text.strip()
            if stripped == GROUP_CLOSE_LINE:
                message, severity = Message("group_stray_close"), "warning"
            elif stripped == GROUP_OPEN_LINE:
                message, severity = Message("group_nested"), "error"
            else:
                continue
            out.append(
                Problem(field="groups", message=message, severity=severity, line=doc.line_of(i) + n)
            )
    return out


def _sums(doc: PlanFile, matched: Match) -> list[Problem]:
    out = []
    by_id = {item.id: n for n, item in matched.items.items()}
    for rule in matched.template.rules:
        if rule.kind != "sum_100" or not all(i in by_id for i in rule.items):
            continue
        values = []
        for item_id in rule.items:
            m = re.search(r"-?\d+(?:[.,]\d+)?", doc.question(by_id[item_id]).answer)
            values.append(float(m.group().replace(",", ".")) if m else None)
        if all(v is None for v in values):
            continue
        total = sum(v or 0 for v in values)
        if abs(total - 100) > 0.5:
            names = " + ".join(matched.template.item(i).prompt.strip() for i in rule.items)
            out.append(
                Problem(
                    field="time shares",
                    message=Message("shares_sum", names=names, total=f"{total:g}"),
                    severity="error",
                    question=by_id[rule.items[0]],
                )
            )
    return out


def _answered(doc: PlanFile, number: int, item: Item) -> bool:
    q = doc.question(number)
    if item.tag and item.kind != "tags" and doc.tag_values(item.tag):
        return True  # the exporter also writes this answer as a metadata tag
    if item.kind == "images":
        return bool(q.images) or bool(q.answer.strip())
    return bool(split_answer(item, q.answer)[1].strip())


def _required(doc: PlanFile, matched: Match) -> tuple[int, int, list[Problem]]:
    """Required tags and answers: how many, how many answered, a problem for each missing.

    Radio lists are not counted: the exporter does not write their answers, so a file from the
    archive cannot show one.
    """
    template = matched.template
    numbers: dict[str, list[int]] = {}
    for number, item in matched.items.items():
        numbers.setdefault(item.id, []).append(number)
    required = answered = 0
    missing: list[Problem] = []
    labels = vocab.tag_keys()
    for spec in template.tags:
        if not spec.required:
            continue
        required += 1
        if any(v.strip() for v in doc.tag_values(spec.key)):
            answered += 1
        else:
            label = labels[spec.key].label if spec.key in labels else spec.key
            missing.append(
                Problem(
                    field=spec.key,
                    message=Message("required_missing", label=label, key=spec.key),
                    severity="warning",
                )
            )
    for item in template.items():
        if not item.required or item.kind in ("tags", "note", "group", "radio"):
            continue
        required += 1
        present = numbers.get(item.id, [])
        if any(_answered(doc, n, item) for n in present):
            answered += 1
            continue
        prompt = " ".join(item.prompt.split())
        missing.append(
            Problem(
                field=f"question {present[0]}" if present else "missing question",
                message=Message("required_missing", label=_shorten(prompt)),
                severity="warning",
                question=present[0] if present else None,
                line=doc.line_of(doc.outline.questions[present[0] - 1].prompt) if present else None,
            )
        )
    return required, answered, missing


def _shorten(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
