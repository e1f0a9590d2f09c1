"""Every non-blank line of content and every tag value of real files appears in a widget of
the form, editable where it is content. ``make test`` measures a sample of every document type,
``make acceptance`` (PLAN_EDITOR_ACCEPTANCE=1) the whole corpus."""

from __future__ import annotations

import shutil

import pytest

from .coverage import measure
from .roundtrip import LAZY_QUESTIONS, files_to_walk

FILES = files_to_walk()
TOTALS = {"files": 0, "whole": 0, "lines": 0, "covered": 0}


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    if TOTALS["files"]:
        print(
            "\nform coverage: {covered} of {lines} lines ({share:.2%}) in {files} files; "
            "{whole} files shown whole".format(
                share=TOTALS["covered"] / max(1, TOTALS["lines"]), **TOTALS
            )
        )


@pytest.mark.parametrize("src", FILES, ids=lambda p: p.name)
def test_the_form_shows_every_line_of_the_file(open_window, tmp_path, src):
    path = tmp_path / src.name
    shutil.copyfile(src, path)
    window = open_window(path)
    if len(window.document.plan.questions) > LAZY_QUESTIONS:
        pytest.skip("a plan large enough to be built lazily")
    found = measure(window)
    TOTALS["files"] += 1
    TOTALS["lines"] += found.lines
    TOTALS["covered"] += found.covered
    TOTALS["whole"] += not found.missing
    assert not found.missing, "\n".join(found.missing[:10])
