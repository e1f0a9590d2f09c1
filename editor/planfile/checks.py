"""Field checks of the core: focal point, year, latlng. Problems are data, never raised.

A problem never stops a file from opening or saving. ``editor.catalog.validation`` adds the checks that
need a template (required answers, limits, closed lists) on top of these.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, EmailStr, Field, TypeAdapter, ValidationError, model_validator

from editor.planfile.messages import Message, quoted, translated

if TYPE_CHECKING:
    from editor.planfile.plan import PlanFile

Severity = Literal["error", "warning", "info"]
FIRST_YEAR = 2015  # the platform and its oldest plans; older years are typos


class Problem(BaseModel):
    """One finding: where (field, question number, line), what, how bad, and a fix if known."""

    field: str = Field(description="tag key, 'title', or 'question N'")
    message: str = Field(description="in English; ``shown`` in the language of the run")
    severity: Severity = "error"
    suggestion: str | None = None
    question: int | None = None
    line: int | None = None
    kind: str = Field("", description="what was found (editor/planfile/messages.py)")
    params: dict[str, str] = Field(default_factory=dict, description="the message's values")

    @model_validator(mode="before")
    @classmethod
    def _kind_of_message(cls, data):
        """A ``Message`` given as the message brings its kind and parameters."""
        if isinstance(data, dict) and isinstance(data.get("message"), Message):
            message = data["message"]
            data = {**data, "message": str(message)}
            data.setdefault("kind", message.kind)
            data.setdefault("params", message.params)
        return data

    def shown(self, label=None) -> str:
        """The message in the language of this run (``label(key)``: a tag's label in it)."""
        return translated(self.kind, self.params, self.message, label)


_EMAIL = TypeAdapter(EmailStr)


def check_focal_point(value: str) -> str | None:
    try:
        _EMAIL.validate_python(value.strip())
    except ValidationError:
        return Message("not_email", value=quoted(value))
    return None


def year_problem(value: str, today: _dt.date | None = None) -> Problem | None:
    """The one rule for a year: a number, not before the Accelerator Labs began (an error), not
    in the future (a warning that suggests this year)."""
    today = today or _dt.date.today()
    try:
        year = int(value.strip())
    except ValueError:
        return Problem(field="year", message=Message("not_year", value=quoted(value)))
    if year > today.year:
        return Problem(
            field="year",
            message=Message("future_year", year=year),
            severity="warning",
            suggestion=str(today.year),
        )
    if year < FIRST_YEAR:
        return Problem(field="year", message=Message("early_year", year=year))
    return None


def check_year(value: str, today: _dt.date | None = None) -> Message | None:
    """The message of ``year_problem`` (what a form shows under the field)."""
    found = year_problem(value, today)
    return Message(found.kind, **found.params) if found else None


def parse_latlng(value: str) -> tuple[float, float] | None:
    parts = value.split(",")
    if len(parts) != 2:
        return None
    try:
        lat, lng = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    return lat, lng


def check_latlng(value: str) -> str | None:
    pair = parse_latlng(value)
    if pair is None:
        return Message("not_latlng", value=quoted(value))
    lat, lng = pair
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        return Message("latlng_range", value=quoted(value))
    return None


_CHECKS = {
    "focal_point": check_focal_point,
    "latlng": check_latlng,
}


def tag_problems(
    doc: PlanFile,
    today: _dt.date | None = None,
    checks: dict[str, Callable[[str], str | None]] | None = None,
) -> list[Problem]:
    """The problems of every tag in file order: the year's, and each value's check (focal point,
    latlng, and those ``checks`` adds, as the catalogue adds the SDGs') - a message or None."""
    checks = {**_CHECKS, **(checks or {})}
    problems = []
    for n, tag in enumerate(doc.tags):
        if tag.key == "year":
            found = year_problem(tag.value, today)
            if found is not None:
                problems.append(found.model_copy(update={"line": doc.line_of(doc.outline.tags[n])}))
            continue
        check = checks.get(tag.key)
        message = check(tag.value) if check else None
        if message:
            problems.append(
                Problem(field=tag.key, message=message, line=doc.line_of(doc.outline.tags[n]))
            )
    return problems
