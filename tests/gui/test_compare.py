"""Review ▸ Compare as a user works it: open a copy of a seed, compare it with another file that
differs in the title, one tag and one answer, and decide each change by clicking its Accept or
Reject; judged on what the panel and the form show and on the file on disk after Ctrl+S.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton

from editor.planfile import PlanFile
from editor.ui.actions import ActionId

from .test_window import type_text

WAIT = 5000
ANSWER_START = "Generative AI for development (and specifically for public services)"
BASE_ANSWER = "The base's own handover: the municipality keeps the sensors."


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    return tmp_path / "data-home"


@pytest.fixture
def base_file(seed_file, tmp_path) -> Path:
    """Another file: the seed with another title, another year and another answer 3."""
    text = seed_file.read_bytes().decode("utf-8")
    lines = text.split("\n")
    assert lines[0].startswith("# Closing: ")
    lines[0] = "# Closing: Generative AI as a driver of development"
    text = "\n".join(lines).replace("[[year:2023]]", "[[year:2022]]", 1)
    start = text.index(ANSWER_START)
    end = text.index("\n", start)
    text = text[:start] + BASE_ANSWER + text[end:]
    path = tmp_path / "base.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)


def ctrl(qtbot, window, key) -> None:
    activate(qtbot, window)
    target = window.focusWidget() or window
    QTest.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def review_menu(window):
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == "Review":
            return action.menu()
    raise AssertionError("no Review menu")


def trigger(window, aid: ActionId) -> None:
    action = window.actions[aid]
    assert action in review_menu(window).actions()
    assert action.isEnabled()
    action.trigger()


def rows(panel) -> list[tuple[str, str, str]]:
    tree = panel.tree
    return [
        tuple(tree.topLevelItem(r).text(c) for c in range(3))
        for r in range(tree.topLevelItemCount())
    ]


def labels(panel) -> list[str]:
    return [r[0] for r in rows(panel)]


def form_label(window, field_id: str) -> str:
    return window.form.field(field_id).label.text().removesuffix(" *")


def row_button(panel, label: str, name: str):
    tree = panel.tree
    for r in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(r)
        if item.text(0) == label:
            holder = tree.itemWidget(item, 3)
            button = holder.findChild(QAbstractButton, name)
            assert button is not None and button.isVisible()
            return button
    raise AssertionError(f"no row {label!r} in {labels(panel)}")


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def marked(window) -> set[str]:
    return {fid for fid, f in window.form.fields.items() if f.property("changed") is True}


def compare_with_file(qtbot, window, interaction, path: Path):
    interaction.open_path = str(path)
    trigger(window, ActionId.COMPARE_FILE)
    panel = window.changes
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    return panel


def test_compare_with_a_file_accept_and_reject(
    qtbot, open_window, seed_file, base_file, interaction
):
    original = seed_file.read_bytes()
    window = open_window(seed_file)
    panel = compare_with_file(qtbot, window, interaction, base_file)
    assert interaction.asked[-1][0] == "open_path"
    title, year, answer = (form_label(window, f) for f in ("title", "tag:year", "q:3"))
    assert title == "Title" and year == "Year" and answer.startswith("Can you provide more")
    listed = rows(panel)
    assert [r[0] for r in listed] == [title, year, answer], listed
    assert all(r[1] == "changed" for r in listed)
    assert "[-2022-]{+2023+}" in listed[1][2]
    assert marked(window) == {"title", "tag:year", "q:3"}
    assert "base.txt" in panel.heading.text()

    # The selected row shows its whole word diff.
    tree = panel.tree
    rect = tree.visualItemRect(tree.topLevelItem(2))
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = panel.detail.toPlainText()
    assert "municipality keeps the" in shown and "trusted partner for digital matters" in shown

    # Reject the answer: the base text comes back, one undoable step.
    click(qtbot, row_button(panel, answer, "reject"))
    editor = window.form.fields["q:3"].editor
    qtbot.waitUntil(lambda: editor.toPlainText() == BASE_ANSWER, timeout=WAIT)
    assert labels(panel) == [title, year]
    assert "q:3" not in marked(window)
    ctrl(qtbot, window, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: window.form.fields["q:3"].editor.toPlainText().startswith(ANSWER_START))
    qtbot.waitUntil(lambda: labels(panel) == [title, year, answer], timeout=WAIT)
    assert "q:3" in marked(window)

    # Accept the title: the row goes, the title stays as it is.
    mine = window.form.fields["title"].edit.text()
    click(qtbot, row_button(panel, title, "accept"))
    assert labels(panel) == [year, answer]
    assert window.form.fields["title"].edit.text() == mine
    assert "title" not in marked(window)
    assert not window.isWindowModified()  # accepting changes nothing in the plan

    # Typing in another field: a new row after the pause; the accepted title stays accepted.
    first = window.form.fields["q:1"].editor
    first.setFocus()
    first.moveCursor(first.textCursor().MoveOperation.End)
    type_text(qtbot, first, " Añadido.")
    first_label = form_label(window, "q:1")
    qtbot.waitUntil(lambda: first_label in labels(panel), timeout=WAIT)
    assert labels(panel) == [year, first_label, answer]
    assert "{+ Añadido.+}" in rows(panel)[1][2]
    assert marked(window) == {"tag:year", "q:1", "q:3"}

    # Activating a row (Return on it) goes to its field.
    activate(qtbot, window)
    rect = tree.visualItemRect(tree.topLevelItem(0))
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tree.hasFocus()
    QTest.keyClick(tree, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.form.current_field() == "tag:year", timeout=WAIT)

    # Stop comparing: the panel and the marks go; the file was never written.
    trigger(window, ActionId.STOP_COMPARE)
    assert not panel.isVisible()
    assert marked(window) == set()
    assert seed_file.read_bytes() == original


def test_reject_all_gives_the_base_back_byte_for_byte(
    qtbot, open_window, seed_file, base_file, interaction
):
    window = open_window(seed_file)
    panel = compare_with_file(qtbot, window, interaction, base_file)
    assert len(rows(panel)) == 3
    click(qtbot, panel.reject_all)
    assert rows(panel) == []
    assert marked(window) == set()
    assert "No changes" in panel.status.text()
    window.form.fields["title"].edit.setFocus()
    ctrl(qtbot, window, Qt.Key.Key_S)
    assert seed_file.read_bytes() == base_file.read_bytes()

    ctrl(qtbot, window, Qt.Key.Key_Z)  # Reject all was one step
    qtbot.waitUntil(lambda: len(rows(panel)) == 3, timeout=WAIT)
    assert marked(window) == {"title", "tag:year", "q:3"}


def test_accept_all_empties_the_list_and_changes_nothing(
    qtbot, open_window, seed_file, base_file, interaction
):
    original = seed_file.read_bytes()
    window = open_window(seed_file)
    panel = compare_with_file(qtbot, window, interaction, base_file)
    click(qtbot, panel.accept_all)
    assert rows(panel) == [] and marked(window) == set()
    assert window.document.plan.dumps().encode("utf-8") == original


def test_compare_with_a_version_and_from_code(qtbot, open_window, seed_file, interaction):
    original = seed_file.read_bytes()
    window = open_window(seed_file)
    edit = window.form.fields["title"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "A saved title")
    ctrl(qtbot, window, Qt.Key.Key_S)  # the version it replaces is kept
    interaction.version_choice = 0
    trigger(window, ActionId.COMPARE_VERSION)
    asked = [a for a in interaction.asked if a[0] == "version"]
    assert len(asked) == 1 and len(asked[0][1][2]) == 1  # one version listed
    panel = window.changes
    qtbot.waitUntil(panel.isVisible, timeout=WAIT)
    assert labels(panel) == ["Title"] and marked(window) == {"title"}
    click(qtbot, row_button(panel, "Title", "reject"))
    edit.setFocus()
    ctrl(qtbot, window, Qt.Key.Key_S)
    assert seed_file.read_bytes() == original

    # What the review will call: a base given by the code, under its own label.
    base = PlanFile(original.decode("utf-8").replace("[[year:2023]]", "[[year:1999]]"))
    window.compare_with(base, "the review's base")
    assert labels(panel) == ["Year"] and "the review's base" in panel.heading.text()
    assert marked(window) == {"tag:year"}


def test_compare_with_nothing_chosen_shows_nothing(qtbot, open_window, seed_file, interaction):
    window = open_window(seed_file)
    interaction.open_path = None
    trigger(window, ActionId.COMPARE_FILE)
    assert not window.changes.isVisible()
    assert not window.actions[ActionId.STOP_COMPARE].isEnabled()
