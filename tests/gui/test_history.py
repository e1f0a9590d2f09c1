"""File ▸ History as a user works it: save twice with real keys, open the history, pick the
older version, restore one field by clicking (Ctrl+Z undoes it), restore the whole version, and
judge the file on disk after Ctrl+S. A change another program makes is kept as a version too.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from editor.ui.actions import ActionId
from editor.workspace import history

from .test_window import type_text

WAIT = 5000


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    return tmp_path / "data-home"


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)


def ctrl(qtbot, window, key) -> None:
    """A shortcut pressed in the window, where the focus is."""
    activate(qtbot, window)
    target = window.focusWidget() or window
    QTest.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def retitle(qtbot, window, title: str) -> None:
    edit = window.form.fields["title"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, title)


def click_row(qtbot, tree, row: int) -> None:
    item = tree.topLevelItem(row)
    rect = tree.visualItemRect(item)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert tree.currentItem() is item


def rows(tree) -> list[list[str]]:
    return [
        [tree.topLevelItem(r).text(c) for c in range(tree.columnCount())]
        for r in range(tree.topLevelItemCount())
    ]


def open_history(qtbot, window, interaction):
    file_menu = window.menuBar().actions()[0].menu()
    action = window.actions[ActionId.HISTORY]
    assert action in file_menu.actions() and action.isEnabled()
    action.trigger()  # File ▸ History…
    dialog = interaction.history_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    return dialog


def test_history_restores_a_field_and_the_whole_version(qtbot, open_window, seed_file, interaction):
    original = seed_file.read_bytes()
    original_title = original.decode("utf-8").splitlines()[0][2:]
    window = open_window(seed_file)
    retitle(qtbot, window, "First title")
    ctrl(qtbot, window, Qt.Key.Key_S)
    assert seed_file.read_bytes().startswith(b"# First title\n")
    retitle(qtbot, window, "Second title")
    answer = window.form.fields["q:3"].editor
    answer.setFocus()
    answer.moveCursor(answer.textCursor().MoveOperation.End)
    type_text(qtbot, answer, " Añadido.")
    ctrl(qtbot, window, Qt.Key.Key_S)
    second = seed_file.read_bytes()
    assert second.startswith(b"# Second title\n") and "Añadido.".encode() in second

    dialog = open_history(qtbot, window, interaction)
    listed = rows(dialog.versions)
    assert len(listed) == 2
    assert "This editor" in listed[0][2] and "Another program" in listed[1][2]
    assert "bytes" in listed[1][1]
    assert int("".join(ch for ch in listed[1][1] if ch.isdigit())) == len(original)
    click_row(qtbot, dialog.versions, 1)  # the file as it was opened
    changes = rows(dialog.changes)
    assert [c[0] for c in changes][0] == "Title" and len(changes) == 2, changes
    assert changes[0][2] == original_title and changes[0][3] == "Second title"
    click_row(qtbot, dialog.changes, 0)
    qtbot.mouseClick(dialog.restore_field, Qt.MouseButton.LeftButton)
    assert window.document.plan.title == original_title
    assert window.form.fields["title"].edit.text() == original_title
    assert "Añadido." in window.document.plan.question(3).answer  # the other field stays
    assert len(rows(dialog.changes)) == 1  # the comparison follows
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    ctrl(qtbot, window, Qt.Key.Key_Z)  # one undoable step
    assert window.document.plan.title == "Second title"
    assert window.form.fields["title"].edit.text() == "Second title"

    dialog = open_history(qtbot, window, interaction)
    click_row(qtbot, dialog.versions, 1)
    qtbot.mouseClick(dialog.restore_all, Qt.MouseButton.LeftButton)
    assert rows(dialog.changes) == []
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert window.form.fields["title"].edit.text() == original_title
    assert window.isWindowModified()
    window.form.fields["title"].edit.setFocus()
    ctrl(qtbot, window, Qt.Key.Key_S)
    assert seed_file.read_bytes() == original  # the version, byte for byte
    assert history.read(seed_file, 1) == second  # and the save kept what it replaced
    assert [v.source for v in history.versions(seed_file)] == ["editor", "editor", "external"]

    ctrl(qtbot, window, Qt.Key.Key_Z)  # the whole version was one step too
    assert window.document.plan.title == "Second title"
    assert "Añadido." in window.document.plan.question(3).answer


def test_history_of_a_plan_never_saved_says_so(qtbot, open_window, seed_file, interaction):
    window = open_window(seed_file)
    dialog = open_history(qtbot, window, interaction)
    assert rows(dialog.versions) == []
    assert not dialog.restore_all.isEnabled() and not dialog.restore_field.isEnabled()
    assert "No versions" in dialog.status.text()


def test_a_change_seen_on_disk_is_kept_as_another_programs(qtbot, settings, seed_file, interaction):
    from editor.ui.app import open_window as make

    window = make(
        [str(seed_file.parent), str(seed_file)], settings=settings, interaction=interaction
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.form is not None and window.form.is_built(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.link.watcher and window.link.watcher.watching, timeout=WAIT)
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() >= 1, timeout=WAIT)
    theirs = seed_file.read_bytes().replace(b"[[year:2023]]", b"[[year:2020]]")
    seed_file.write_bytes(theirs)
    qtbot.waitUntil(lambda: "[[year:2020]]" in window.document.plan.dumps(), timeout=WAIT)
    found = history.versions(seed_file)
    assert [v.source for v in found] == ["external"] and history.read(seed_file, 1) == theirs
    dialog = open_history(qtbot, window, interaction)
    assert "Another program" in rows(dialog.versions)[0][2]
    window.link.stop()
