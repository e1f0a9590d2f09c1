"""File ▸ New Follow-up Form: a learning plan's closing form, pre-filled, saved where asked."""

from __future__ import annotations

import shutil

from paths import SEEDS
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from editor.planfile import read

WAIT = 5000


def choose_in_file_menu(qtbot, window, text: str) -> None:
    """Open File with a click on the menu bar, then click the item, as a user does."""
    bar = window.menuBar()
    file_menu = next(a.menu() for a in bar.actions() if a.text().replace("&", "") == "File")
    QTest.mouseClick(
        bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(file_menu.menuAction()).center()
    )
    qtbot.waitUntil(file_menu.isVisible, timeout=WAIT)
    action = next(a for a in file_menu.actions() if a.text().replace("&", "") == text)
    assert action.isEnabled(), f"{text} is disabled"
    QTest.mouseClick(
        file_menu, Qt.MouseButton.LeftButton, pos=file_menu.actionGeometry(action).center()
    )
    qtbot.waitUntil(lambda: not isinstance(QApplication.activePopupWidget(), QMenu), timeout=WAIT)


def test_a_closing_form_from_the_learning_plan_open(qtbot, open_window, tmp_path, interaction):
    plan_path = tmp_path / "plan.txt"
    shutil.copyfile(SEEDS / "learningplan-peru-2025.txt", plan_path)
    original = plan_path.read_bytes()
    window = open_window(plan_path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)

    choose_in_file_menu(qtbot, window, "New Follow-up Form from This Plan")
    qtbot.waitUntil(lambda: window.document.path is None, timeout=WAIT)
    plan = read(plan_path)
    assert window.form.fields["title"].edit.text() == "Closing: " + plan.title
    assert window.document.is_modified  # a new plan, not yet saved

    interaction.save_path = str(tmp_path / "closing.txt")
    QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil((tmp_path / "closing.txt").exists, timeout=WAIT)
    closing = read(tmp_path / "closing.txt")
    assert closing.title == "Closing: " + plan.title
    for key in ("focal_point", "country", "latlng", "methods", "datasources", "sdgs"):
        assert closing.tag_values(key) == plan.tag_values(key)
    assert plan_path.read_bytes() == original  # the learning plan is untouched
