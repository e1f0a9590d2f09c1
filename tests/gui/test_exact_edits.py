"""What the window writes is exactly what the user did: the Source tab's typing is kept, ticking
an option changes only that option's line, a character typed and deleted changes nothing."""

from __future__ import annotations

import difflib
import shutil

import pytest
from paths import CORPUS
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest

from editor.ui.actions import ActionId
from editor.ui.interaction import Choice

BIG_BET = CORPUS / "sic" / "finding_positive_deviants_among_pastoral_communities_in_somalia_.md"


def press(widget, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(widget, key, modifier)


def shortcut(widget, sequence: QKeySequence.StandardKey) -> None:
    """Press a standard shortcut in ``widget``, as a user would."""
    combo = QKeySequence(sequence)[0]
    QTest.keyClick(widget, combo.key(), combo.keyboardModifiers())


def active(qtbot, window):
    """The window as a user has it: active, so that its shortcuts work."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def source_tab_at_end(qtbot, window):
    """View ▸ Source (Ctrl+2), the cursor at the end of the text."""
    QTest.keyClick(
        window.form.fields["title"].edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
    )
    source = window.source
    qtbot.waitUntil(source.isVisible)
    source.setFocus()
    source.moveCursor(QTextCursor.MoveOperation.End)
    return source


def copy(src, tmp_path):
    if not src.exists():
        pytest.skip("shared corpus not present")
    dest = tmp_path / src.name
    shutil.copyfile(src, dest)
    return dest


def added_and_removed(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


# -- the Source tab ------------------------------------------------------------------------------


def test_typing_in_the_source_tab_is_saved_undoable_previewed_and_asked_about(
    qtbot, open_window, seed_file, interaction
):
    original = seed_file.read_text(encoding="utf-8")
    window = active(qtbot, open_window(seed_file))
    source = source_tab_at_end(qtbot, window)
    qtbot.keyClicks(source, "Zanzibar typed in source")
    # after the pause: modified, on the shared history, in the preview
    qtbot.waitUntil(window.isWindowModified, timeout=3000)
    assert window.document.undo_stack.canUndo()
    qtbot.waitUntil(lambda: "Zanzibar typed in source" in window.preview.text(), timeout=3000)
    shortcut(source, QKeySequence.StandardKey.Save)
    assert seed_file.read_text(encoding="utf-8") == original + "Zanzibar typed in source"
    # Undo takes it back, in the source view too
    shortcut(source, QKeySequence.StandardKey.Undo)
    assert "Zanzibar" not in source.text()
    assert window.isWindowModified()
    interaction.save_choice = Choice.CANCEL
    assert not window.close()
    assert ("save_changes", (seed_file.name,)) in interaction.asked


def test_source_typing_saved_at_once_without_waiting_for_the_pause(qtbot, open_window, seed_file):
    original = seed_file.read_text(encoding="utf-8")
    window = active(qtbot, open_window(seed_file))
    source = source_tab_at_end(qtbot, window)
    qtbot.keyClicks(source, "quick")
    shortcut(source, QKeySequence.StandardKey.Save)  # before the pause has passed
    assert seed_file.read_text(encoding="utf-8") == original + "quick"
    assert not window.isWindowModified()


def test_source_typing_applies_when_going_back_to_the_form(qtbot, open_window, seed_file):
    window = active(qtbot, open_window(seed_file))
    window.tabs.setCurrentIndex(1)
    source = window.source
    qtbot.waitUntil(source.isVisible)
    cursor = source.document().find("[[year:2023]]")
    cursor.setPosition(cursor.position() - 3)
    cursor.setPosition(cursor.position() + 1, QTextCursor.MoveMode.KeepAnchor)
    source.setTextCursor(cursor)
    source.setFocus()
    qtbot.keyClicks(source, "1")
    window.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.form.fields["tag:year"].edit.text() == "2021", timeout=3000)
    assert window.isWindowModified()


# -- checklists ----------------------------------------------------------------------------------


def test_ticking_big_bet_adds_its_line_and_keeps_the_prompt_s_continuation(
    qtbot, open_window, tmp_path
):
    path = copy(BIG_BET, tmp_path)
    original = path.read_text(encoding="utf-8")
    window = open_window(path)
    field = next(
        f
        for f in window.form.fields.values()
        if getattr(f, "buttons", None) and "Big bet" in f.buttons
    )
    window.form.ensureWidgetVisible(field.buttons["Big bet"])
    qtbot.waitUntil(field.buttons["Big bet"].isVisible)
    qtbot.mouseClick(field.buttons["Big bet"], Qt.MouseButton.LeftButton)
    window.save()
    ticked = path.read_text(encoding="utf-8")
    assert sorted(added_and_removed(original, ticked)) == ["+", "+- Big bet"]
    assert "Please note: we ask you to only submit" in ticked
    # a radio list: choosing the other option replaces the line; undo gives the file back
    qtbot.mouseClick(field.buttons["Exploratory"], Qt.MouseButton.LeftButton)
    window.save()
    chosen = path.read_text(encoding="utf-8")
    assert added_and_removed(ticked, chosen) == ["-- Big bet", "+- Exploratory"]
    undo = window.actions[ActionId.UNDO]
    undo.trigger()
    undo.trigger()
    window.save()
    assert path.read_bytes() == BIG_BET.read_bytes()


def test_an_answer_with_text_beside_its_options_shows_all_of_it(qtbot, open_window, tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_text(
        "# Mixed\n\n[[type:learningplan]]\n\n## Challenge statement\n****\n\n"
        "> Challenge type: If you are working on multiple challenges, please indicate if this "
        'is your "big bet" or "exploratory" challenge. \n\n'
        "- Big bet\n\nWe changed our minds in March.\n",
        encoding="utf-8",
    )
    window = open_window(path)
    field = window.form.fields["q:1"]
    assert "We changed our minds in March." in field.editor.text()
    assert "- Big bet" in field.editor.text()


# -- a character typed and deleted ---------------------------------------------------------------


def test_a_character_typed_and_deleted_in_a_crlf_answer_and_the_title_changes_nothing(
    qtbot, open_window, tmp_path
):
    path = tmp_path / "crlf.txt"
    data = (
        "# A plan with a no-break space\u00a0\r\n\r\n[[year:2023]]\r\n\r\n[[type:solution]]\r\n"
        "\r\n## Section\r\n****\r\n\r\n> First question\r\n\r\nline one\r\nline two\r\n\r\n\r\n"
        "> Second question\r\n\r\nshort\r\n"
    ).encode("utf-8")
    path.write_bytes(data)
    window = open_window(path)
    title = window.form.fields["title"].edit
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "x")
    press(title, Qt.Key.Key_Backspace)
    answer = window.form.fields["q:1"].editor
    answer.setFocus()
    answer.moveCursor(QTextCursor.MoveOperation.End)
    press(answer, Qt.Key.Key_Return)
    qtbot.keyClicks(answer, "y")
    press(answer, Qt.Key.Key_Backspace)
    press(answer, Qt.Key.Key_Backspace)
    answer.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClicks(answer, "z")
    press(answer, Qt.Key.Key_Backspace)
    window.save()
    assert path.read_bytes() == data


# -- the screenshot ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["learningplan-mongolia-2025.txt", "blog-tanzania-2023.txt", "solution-zambia-2025.txt"]
)
def test_a_settled_window_shows_every_part_of_the_form(qtbot, settings, interaction, name):
    from editor.ui.app import open_window as make
    from editor.ui.app import settle

    src = CORPUS / name
    if not src.exists():
        pytest.skip("shared corpus not present")
    window = make([str(src)], settings=settings, interaction=interaction)
    qtbot.addWidget(window)
    window.resize(1500, 900)
    window.show()
    assert settle(window)
    form = window.form
    assert form.header.isVisible() and form.header.height() > 100
    assert all(part.isVisible() for part in form.slots)
    editors = [f.editor for f in form.fields.values() if hasattr(f, "editor")]
    assert all(e.height() >= e.fontMetrics().lineSpacing() * 2 for e in editors if e.isVisible())
    assert window.preview.render_count and window.report is not None


def test_typing_a_title_with_spaces_writes_exactly_what_was_typed(qtbot, open_window, tmp_path):
    path = tmp_path / "title.txt"
    path.write_bytes(b"# Old title\xc2\xa0\r\n\r\n[[year:2023]]\r\n")
    window = open_window(path)
    title = window.form.fields["title"].edit
    assert title.text() == "Old title\u00a0"  # the line as written, no-break space included
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "a b c d")
    title.end(False)
    qtbot.keyClicks(title, " ef")
    window.save()
    assert path.read_bytes() == b"# a b c d ef\r\n\r\n[[year:2023]]\r\n"
