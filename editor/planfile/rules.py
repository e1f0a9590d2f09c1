"""The rules for one tag value: a year, a focal point's e-mail address, a latitude and longitude.

The checks (``editor.planfile.checks``) apply them to a file; the form applies them to a value
as it is typed, so they load without pydantic: the form's process never imports it (the checks
run in a process of their own, ``editor.ui.checker``). Messages are data, never raised.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Literal

from editor.planfile.messages import Message, quoted

Severity = Literal["error", "warning", "info"]
FIRST_YEAR = 2015  # the platform and its oldest plans; older years are typos
MAX_EMAIL = 2048  # characters, as pydantic's e-mail type allows
# "Name <address>" and "<address>", which pydantic's e-mail type accepts as the address inside.
_NAME_CHARS = r"[\w!#$%&'*+\-/=?^_`{|}~]"
_NAMED = re.compile(rf'\s*(?:(?:{_NAME_CHARS}+\s+)*{_NAME_CHARS}+|"(?:[^"]|\\")+")?\s*<(.+)>\s*')


def year_finding(
    value: str, today: _dt.date | None = None
) -> tuple[Message, Severity, str | None] | None:
    """The one rule for a year: a number, not before the Accelerator Labs began (an error), not
    in the future (a warning that suggests this year). (message, severity, suggestion)."""
    today = today or _dt.date.today()
    try:
        year = int(value.strip())
    except ValueError:
        return Message("not_year", value=quoted(value)), "error", None
    if year > today.year:
        return Message("future_year", year=year), "warning", str(today.year)
    if year < FIRST_YEAR:
        return Message("early_year", year=year), "error", None
    return None


def check_year(value: str, today: _dt.date | None = None) -> Message | None:
    """The message of ``year_finding`` (what a form shows under the field)."""
    found = year_finding(value, today)
    return found[0] if found else None


def check_focal_point(value: str) -> Message | None:
    """An e-mail address as pydantic's ``EmailStr`` takes one: python-email-validator's test
    (no look-up of the domain) of the value, or of the address in "Name <address>"."""
    from email_validator import EmailNotValidError, validate_email  # ~30 ms, on first use

    address = value.strip()
    try:
        if len(address) > MAX_EMAIL:
            raise EmailNotValidError(address)
        named = _NAMED.fullmatch(address)
        validate_email(named.group(1).strip() if named else address, check_deliverability=False)
    except EmailNotValidError:
        return Message("not_email", value=quoted(value))
    return None


def parse_latlng(value: str) -> tuple[float, float] | None:
    parts = value.split(",")
    if len(parts) != 2:
        return None
    try:
        lat, lng = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    return lat, lng


def check_latlng(value: str) -> Message | None:
    pair = parse_latlng(value)
    if pair is None:
        return Message("not_latlng", value=quoted(value))
    lat, lng = pair
    if not (-90 <= lat <= 90 and -180 <= lng <= 180):
        return Message("latlng_range", value=quoted(value))
    return None
