"""A sync service left a conflict copy beside the open plan: the window says so, Merge takes the
copy's changes into the buffer next to the user's own, the copy goes when the user says so, and
Ctrl+S writes the merged plan. A copy that appears while the plan is open is noticed too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from paths import SEED
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from editor.planfile import PlanFile, parse

from .conftest import FakeInteraction

WAIT = 5000
COPY_NAME = "plan (Ana's conflicted copy 2025-03-04).txt"
THEIRS = "Ana's handover detail, written on her laptop."


@pytest.fixture
def workspace(qtbot, settings, tmp_path):
    """``workspace(with_copy)`` -> (window, plan, copy): the seed as plan.txt in a watched
    folder, with Ana's Dropbox copy (answer 3 changed) beside it when ``with_copy``."""
    from editor.ui.app import open_window

    folder = tmp_path / "team"
    folder.mkdir()
    plan = folder / "plan.txt"
    shutil.copyfile(SEED, plan)
    copy = folder / COPY_NAME
    interaction = FakeInteraction()
    windows = []

    def make(with_copy: bool = True):
        if with_copy:
            write_copy(plan, copy)
        window = open_window([str(folder), str(plan)], settings=settings, interaction=interaction)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitUntil(lambda: window.form is not None and window.form.is_built(), timeout=WAIT)
        qtbot.waitUntil(lambda: window.link.watcher and window.link.watcher.watching, timeout=WAIT)
        windows.append(window)
        return window, plan, copy

    make.interaction = interaction
    yield make
    for w in windows:
        if w.document is not None:
            w.document.undo_stack.setClean()
        w.link.stop()


def write_copy(plan: Path, copy: Path) -> None:
    theirs = PlanFile(plan.read_text(encoding="utf-8"))
    theirs.set_answer(3, THEIRS)
    copy.write_text(theirs.dumps(), encoding="utf-8")


def type_at_end_of_answer(qtbot, window, number: int, text: str) -> None:
    editor = window.form.fields[f"q:{number}"].focus_widget()
    window.form.ensureWidgetVisible(editor)
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=WAIT)
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)


def test_opening_a_plan_with_a_copy_shows_the_bar_and_merge_keeps_both(qtbot, workspace):
    window, plan, copy = workspace()
    original = plan.read_text(encoding="utf-8")
    bar = window.link.conflict_bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert COPY_NAME in bar.label.text() and "Dropbox" in bar.label.text()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)

    type_at_end_of_answer(qtbot, window, 6, " Mine too.")
    mine6 = window.document.plan.question(6).answer
    assert mine6.endswith(" Mine too.")

    workspace.interaction.remove_conflict_copy = True
    qtbot.mouseClick(bar.merge_button, Qt.MouseButton.LeftButton)
    doc = window.document
    assert doc.plan.question(3).answer == THEIRS
    assert doc.plan.question(6).answer == mine6
    assert not bar.isVisible()
    asked = [a for a in workspace.interaction.asked if a[0] == "remove_conflict_copy"]
    assert asked == [("remove_conflict_copy", (COPY_NAME, "plan.txt", "Dropbox"))]
    assert not copy.exists()
    assert plan.read_text(encoding="utf-8") == original  # nothing written before the save

    # The merge is one step on the undo history: undone, the copy's answer goes again.
    window.undo_group.undo()
    assert doc.plan.question(3).answer == parse(original).question(3).answer
    window.undo_group.redo()

    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    expected = PlanFile(original)
    expected.set_answer(3, THEIRS)
    expected.set_answer(6, mine6)
    assert plan.read_text(encoding="utf-8") == expected.dumps()
    assert not doc.is_modified


def test_a_copy_kept_when_the_user_says_no(qtbot, workspace):
    window, plan, copy = workspace()
    bar = window.link.conflict_bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    workspace.interaction.remove_conflict_copy = False
    qtbot.mouseClick(bar.merge_button, Qt.MouseButton.LeftButton)
    assert window.document.plan.question(3).answer == THEIRS
    assert copy.exists()
    assert not bar.isVisible()


def test_a_copy_appearing_while_the_plan_is_open_is_noticed(qtbot, workspace):
    window, plan, copy = workspace(with_copy=False)
    bar = window.link.conflict_bar
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() >= 1, timeout=WAIT)
    assert not bar.isVisible()
    write_copy(plan, copy)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert COPY_NAME in bar.label.text()
    qtbot.mouseClick(bar.dismiss_button, Qt.MouseButton.LeftButton)
    assert not bar.isVisible()
    assert window.document.plan.question(3).answer != THEIRS  # nothing merged
    # The service removes its copy: nothing is said again.
    copy.unlink()
    qtbot.waitUntil(lambda: window.workspace.model.row_of(str(copy)) < 0, timeout=WAIT)
    assert not bar.isVisible()
