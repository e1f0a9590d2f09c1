"""Chip lists (methods, data sources, thematic areas): what the user picks is what is added.

Driven with real key and mouse events on the entry and its completion popup; the file on disk
is compared line by line with the original so that exactly the expected line is added.
"""

from __future__ import annotations

import difflib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def chips_of(window, key: str):
    return window.form.fields[f"tag:{key}"].chips


def type_into(qtbot, chips, text: str):
    """Focus the entry and type ``text``; returns the completion popup (maybe not shown)."""
    entry = chips.entry
    entry.setFocus()
    qtbot.waitUntil(entry.hasFocus)
    qtbot.keyClicks(entry, text)
    return chips.completer.popup()


def open_popup(qtbot, chips, text: str):
    popup = type_into(qtbot, chips, text)
    qtbot.waitUntil(popup.isVisible)
    return popup


def item_row(popup, text: str) -> int:
    model = popup.model()
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == text]
    assert rows, [model.index(r, 0).data() for r in range(model.rowCount())]
    return rows[0]


def saved_changes(window, seed_file, original: str) -> list[str]:
    assert window.save()
    return changed_lines(original, seed_file.read_text(encoding="utf-8"))


def test_down_enter_adds_the_chosen_item(qtbot, open_window, seed_file):
    original = seed_file.read_text(encoding="utf-8")
    window = open_window(seed_file)
    chips = chips_of(window, "methods")
    popup = open_popup(qtbot, chips, "foresi")
    assert item_row(popup, "Foresight") == 0
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert chips.entry.text() == ""
    assert "Foresight" in chips.values
    assert saved_changes(window, seed_file, original) == ["+[[methods:Foresight]]"]
    assert chips.entry.text() == ""


def test_mouse_click_adds_the_chosen_item_and_clears_the_entry(qtbot, open_window, seed_file):
    original = seed_file.read_text(encoding="utf-8")
    window = open_window(seed_file)
    chips = chips_of(window, "methods")
    popup = open_popup(qtbot, chips, "foresi")
    rect = popup.visualRect(popup.model().index(item_row(popup, "Foresight"), 0))
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert chips.entry.text() == ""
    # the next value starts from an empty entry
    qtbot.keyClicks(chips.entry, "Scenario planning")
    QTest.keyClick(chips.entry, Qt.Key.Key_Escape)  # close a popup if one opened
    if chips.completer.popup().isVisible():
        qtbot.waitUntil(lambda: not chips.completer.popup().isVisible())
    assert chips.entry.text() == "Scenario planning"
    QTest.keyClick(chips.entry, Qt.Key.Key_Return)
    assert chips.entry.text() == ""
    assert saved_changes(window, seed_file, original) == [
        "+[[methods:Foresight]]",
        "+[[methods:Scenario planning]]",
    ]


def test_free_value_with_enter_is_added(qtbot, open_window, seed_file):
    original = seed_file.read_text(encoding="utf-8")
    window = open_window(seed_file)
    chips = chips_of(window, "thematic_areas")
    type_into(qtbot, chips, "Urban heat")
    QTest.keyClick(chips.entry, Qt.Key.Key_Return)
    assert chips.entry.text() == ""
    assert saved_changes(window, seed_file, original) == ["+[[thematic_areas:Urban heat]]"]


def test_enter_with_nothing_highlighted_adds_the_typed_value(qtbot, open_window, seed_file):
    original = seed_file.read_text(encoding="utf-8")
    window = open_window(seed_file)
    chips = chips_of(window, "methods")
    popup = open_popup(qtbot, chips, "Design")  # offers Design Sprints, Design Thinking, ...
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert chips.entry.text() == ""
    assert saved_changes(window, seed_file, original) == ["+[[methods:Design]]"]


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("methods", "ethnography"),
        ("methods", "  Collective   intelligence "),
        ("datasources", "Academic Literature"),
    ],
)
def test_a_value_already_present_is_refused_with_a_notice(
    qtbot, open_window, seed_file, key, typed
):
    original = seed_file.read_text(encoding="utf-8")
    window = open_window(seed_file)
    chips = chips_of(window, key)
    before = list(chips.values)
    type_into(qtbot, chips, typed)
    if chips.completer.popup().isVisible():
        QTest.keyClick(chips.completer.popup(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not chips.completer.popup().isVisible())
    QTest.keyClick(chips.entry, Qt.Key.Key_Return)
    assert chips.values == before
    qtbot.waitUntil(chips.notice.isVisible)
    assert "already" in chips.notice.text()
    assert not window.isWindowModified()
    assert window.document.undo_stack.count() == 0
    assert saved_changes(window, seed_file, original) == []
    # typing again clears the notice
    qtbot.keyClicks(chips.entry, "x")
    assert not chips.notice.isVisible()


def test_a_value_already_present_chosen_in_the_popup_is_refused(qtbot, open_window, seed_file):
    original = seed_file.read_text(encoding="utf-8")
    window = open_window(seed_file)
    chips = chips_of(window, "methods")
    popup = open_popup(qtbot, chips, "ethnog")
    rect = popup.visualRect(popup.model().index(item_row(popup, "Ethnography"), 0))
    QTest.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: not popup.isVisible())
    qtbot.waitUntil(chips.notice.isVisible)
    assert "Ethnography" in chips.notice.text()
    assert chips.values.count("Ethnography") == 1
    assert saved_changes(window, seed_file, original) == []


def test_escape_closes_the_popup_without_adding(qtbot, open_window, seed_file):
    original = seed_file.read_bytes()
    window = open_window(seed_file)
    chips = chips_of(window, "methods")
    before = list(chips.values)
    popup = open_popup(qtbot, chips, "foresi")
    QTest.keyClick(popup, Qt.Key.Key_Down)
    assert chips.entry.text() == "Foresight"  # the highlighted item is previewed
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert chips.entry.text() == "foresi"  # back to what was typed
    assert chips.values == before
    assert not window.isWindowModified()
    assert window.document.undo_stack.count() == 0
    assert window.save()
    assert seed_file.read_bytes() == original


def test_undo_removes_an_added_chip_in_one_step(qtbot, open_window, seed_file):
    original = seed_file.read_bytes()
    window = open_window(seed_file)
    chips = chips_of(window, "methods")
    before = list(chips.values)
    popup = open_popup(qtbot, chips, "foresi")
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Foresight" in chips.values)
    assert window.document.undo_stack.count() == 1
    chips.entry.setFocus()
    QTest.keyClick(chips.entry, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: chips.values == before)
    assert not window.isWindowModified()
    assert window.save()
    assert seed_file.read_bytes() == original
