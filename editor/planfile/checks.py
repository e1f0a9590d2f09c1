"""Field checks of the core: focal point, year, latlng, SDGs, repeated tags. Problems are data,
never raised.

A problem never stops a file from opening or saving. ``editor.catalog.validation`` adds the checks that
need a template (required answers, limits, closed lists) on top of these.
"""

from __future__ import annotations

import datetime as _dt
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, EmailStr, Field, TypeAdapter, ValidationError

if TYPE_CHECKING:
    from editor.planfile.plan import PlanFile

Severity = Literal["error", "warning", "info"]
FIRST_YEAR = 2015  # the platform and its oldest plans; older years are typos


class Problem(BaseModel):
    """One finding: where (field, question number, line), what, how bad, and a fix if known."""

    field: str = Field(description="tag key, 'title', or 'question N'")
    message: str
    severity: Severity = "error"
    suggestion: str | None = None
    question: int | None = None
    line: int | None = None


_EMAIL = TypeAdapter(EmailStr)


def check_focal_point(value: str) -> str | None:
    try:
        _EMAIL.validate_python(value.strip())
    except ValidationError:
        return f"{value!r} is not an email address"
    return None


def year_problem(value: str, today: _dt.date | None = None) -> Problem | None:
    """The one rule for a year: a number, not before the Accelerator Labs began (an error), not
    in the future (a warning that suggests this year)."""
    today = today or _dt.date.today()
    try:
        year = int(value.strip())
    except ValueError:
        return Problem(field="year", message=f"{value!r} is not a year")
    if year > today.year:
        return Problem(
            field="year",
            message=f"{year} is in the future",
            severity="warning",
            suggestion=str(today.year),
        )
    if year < FIRST_YEAR:
        return Problem(field="year", message=f"{year} is before the Accelerator Labs began")
    return None


def check_year(value: str, today: _dt.date | None = None) -> str | None:
    """The message of ``year_problem`` (what a form shows under the field)."""
    found = year_problem(value, today)
    return found.message if found else None


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
        return f"{value!r} is not two numbers 'latitude,longitude'"
    lat, lng = pair
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        return f"{value!r} is out of range (latitude −90…90, longitude −180…180)"
    return None


def check_sdg(value: str) -> str | None:
    from editor.catalog.vocabularies import normalise_sdg

    if normalise_sdg(value) is None:
        return f"{value!r} is not one of the 17 Sustainable Development Goals"
    return None


_CHECKS = {
    "focal_point": check_focal_point,
    "latlng": check_latlng,
    "sdgs": check_sdg,
}


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
    from editor.catalog.vocabularies import tag_keys

    keys = tag_keys()
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
                    message=f"{tag.value!r} is repeated: the same tag is on line {seen}",
                    suggestion=f"remove line {line}",
                    line=line,
                )
            )
    return problems


def tag_problems(doc: PlanFile, today: _dt.date | None = None) -> list[Problem]:
    """The field checks of every tag, then the repeated tags."""
    problems = []
    for n, tag in enumerate(doc.tags):
        if tag.key == "year":
            found = year_problem(tag.value, today)
            if found is not None:
                problems.append(found.model_copy(update={"line": doc.line_of(doc.outline.tags[n])}))
            continue
        check = _CHECKS.get(tag.key)
        message = check(tag.value) if check else None
        if message:
            problems.append(
                Problem(field=tag.key, message=message, line=doc.line_of(doc.outline.tags[n]))
            )
    return problems + repeated_tags(doc)
