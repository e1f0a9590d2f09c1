"""The rules of one tag value (editor/planfile/rules.py), which the form applies as a value is
typed and the checks apply to a file, without pydantic: the focal point's address gets the
verdict pydantic's EmailStr gave it (the rule the checks used before), on every value the
archive sample holds and on the awkward ones."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from paths import CORPUS
from pydantic import EmailStr, TypeAdapter, ValidationError

from editor.planfile.rules import check_focal_point, check_latlng, check_year

AWKWARD = [
    "gabriela.rios@undp.org",
    "  padded@undp.org  ",
    "Jane Doe <jane@undp.org>",
    "<jane@undp.org>",
    '"Doe, Jane" <jane@undp.org>',
    "Jane <not an address>",
    "someone@",
    "@undp.org",
    "two@at@undp.org",
    "name@undp",
    "a@b.co",
    "ünïcode@undp.org",
    "jane@exämple.org",
    "jane@example.com",
    "jane@localhost",
    "jane.@undp.org",
    "x" * 2050 + "@undp.org",
    "",
    "a@b.c, d@e.f",
]


def _pydantic_says(value: str) -> bool:
    try:
        TypeAdapter(EmailStr).validate_python(value.strip())
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("value", AWKWARD)
def test_an_address_gets_the_verdict_pydantic_gave_it(value):
    assert (check_focal_point(value) is None) == _pydantic_says(value)


def test_every_focal_point_of_the_archive_sample_gets_pydantic_s_verdict():
    values = {
        m.group(1)
        for path in CORPUS.rglob("*")
        if path.suffix in (".txt", ".md")
        for m in re.finditer(r"\[\[focal_point:([^\]]*)\]\]", path.read_text(errors="replace"))
    }
    assert len(values) > 100
    assert {v: check_focal_point(v) is None for v in values} == {
        v: _pydantic_says(v) for v in values
    }


def test_a_bad_address_is_said_with_its_value():
    message = check_focal_point("someone@")
    assert message == "'someone@' is not an email address" and message.kind == "not_email"


def test_years():
    today = dt.date(2026, 12, 1)
    assert check_year("2024", today) is None
    assert check_year("1999", today) == "1999 is before the Accelerator Labs began"
    assert check_year("2027", today) == "2027 is in the future"
    assert check_year("twenty", today).kind == "not_year"


def test_latitude_and_longitude():
    assert check_latlng("23.9,-102.5") is None
    assert check_latlng("91,0").kind == "latlng_range"
    assert check_latlng("north").kind == "not_latlng"
