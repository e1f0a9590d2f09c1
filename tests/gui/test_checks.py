"""The form checks a value as the core does: the message under a field while typing is the one
the problem list gives once the checks have run."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def retype(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_a_year_and_an_email_are_checked_at_once_with_the_core_s_message(
    qtbot, open_window, seed_file
):
    window = open_window(seed_file)
    year = window.form.fields["tag:year"]
    retype(qtbot, year.edit, "1999")
    at_once = year.problem.text()
    assert "1999 is before the Accelerator Labs began" in at_once and year.problem.isVisible()
    qtbot.waitUntil(
        lambda: any(
            "1999 is before the Accelerator Labs began" in p.message for p in window.report.problems
        ),
        timeout=3000,
    )
    focal = window.form.fields["tag:focal_point"]
    retype(qtbot, focal.edit, "someone@")
    assert "is not an email address" in focal.problem.text()
    retype(qtbot, focal.edit, "someone@undp.org")
    assert not focal.problem.isVisible()
