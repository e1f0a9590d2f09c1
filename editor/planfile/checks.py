"""Field checks of the core: focal point, year, latlng (their rules: ``editor.planfile.rules``).
Problems are data, never raised.

A problem never stops a file from opening or saving. ``editor.catalog.validation`` adds the checks that
need a template (required answers, limits, closed lists) on top of these.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from pydantic import BaseModel, Field, model_validator

from editor.planfile.messages import Message, translated
from editor.planfile.rules import Severity, check_focal_point, check_latlng, year_finding

if TYPE_CHECKING:
    from editor.planfile.plan import PlanFile


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


def year_problem(value: str, today: _dt.date | None = None) -> Problem | None:
    """``rules.year_finding`` as a problem of the year tag."""
    found = year_finding(value, today)
    if found is None:
        return None
    message, severity, suggestion = found
    return Problem(field="year", message=message, severity=severity, suggestion=suggestion)


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
