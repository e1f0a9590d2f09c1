"""The editor window end to end: type, tick, change a tag, save; undo all; close; screenshot."""

from __future__ import annotations

import difflib
import shutil

import pytest
from paths import CORPUS
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.ui.interaction import Choice


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user; non-ASCII characters go through sendKeyEvent (keyClicks aborts)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def edit_seed(qtbot, window) -> None:
    form = window.form
    answer = form.fields["q:3"].editor
    answer.setFocus()
    answer.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, answer, " Café added.")
    form.fields["q:2"].buttons["Other"].click()
    year = form.fields["tag:year"].edit
    year.setFocus()
    year.selectAll()
    qtbot.keyClicks(year, "2024")


def test_edit_save_only_touches_edited_places(qtbot, open_window, seed_file):
    original = seed_file.read_text(encoding="utf-8")
    window = open_window(seed_file)
    assert window.windowTitle().startswith(seed_file.name)
    assert not window.isWindowModified()
    edit_seed(qtbot, window)
    assert window.isWindowModified()
    # one undo step per field: the answer, the checklist, the year
    assert window.document.undo_stack.count() == 3
    window.preview.render_now()
    assert "Café added." in window.preview.text()
    assert window.save()
    assert not window.isWindowModified()
    saved = seed_file.read_text(encoding="utf-8")
    changes = changed_lines(original, saved)
    assert "-[[year:2023]]" in changes and "+[[year:2024]]" in changes
    assert "+- Other" in changes
    assert any(c.startswith("+") and c.endswith("Café added.") for c in changes)
    assert len(changes) == 5, changes  # year -/+, answer line -/+, the new "- Other" line


def test_undo_all_restores_the_bytes(qtbot, open_window, seed_file):
    original = seed_file.read_bytes()
    window = open_window(seed_file)
    edit_seed(qtbot, window)
    stack = window.document.undo_stack
    while stack.canUndo():
        stack.undo()
    assert window.form.fields["tag:year"].edit.text() == "2023"
    assert "Café" not in window.form.fields["q:3"].editor.text()
    assert not window.isWindowModified()
    window.document.save()
    assert seed_file.read_bytes() == original


def test_undo_shortcut_inside_a_field_reaches_the_document(qtbot, open_window, seed_file):
    window = open_window(seed_file)
    title = window.form.fields["title"].edit
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "xyz")
    assert window.document.plan.title.endswith("xyz")
    QTest.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not window.document.plan.title.endswith("xyz")
    assert window.form.fields["title"].edit.text() == window.document.plan.title


def test_close_with_changes_asks(qtbot, open_window, seed_file, interaction):
    window = open_window(seed_file)
    edit_seed(qtbot, window)
    interaction.save_choice = Choice.CANCEL
    assert not window.close_document()
    assert interaction.asked[-1][0] == "save_changes"
    assert window.document is not None
    interaction.save_choice = Choice.DISCARD
    assert window.close_document()
    assert window.document is None
    assert seed_file.read_text(encoding="utf-8").count("[[year:2023]]") == 1


def test_quit_asks_and_saves(qtbot, open_window, seed_file, interaction):
    window = open_window(seed_file)
    edit_seed(qtbot, window)
    interaction.save_choice = Choice.SAVE
    assert window.close()
    assert "[[year:2024]]" in seed_file.read_text(encoding="utf-8")


def test_source_edits_update_form_and_share_history(qtbot, open_window, seed_file):
    window = open_window(seed_file)
    window.tabs.setCurrentIndex(1)
    source = window.source
    text = source.text()
    assert text == seed_file.read_text(encoding="utf-8")
    source.setPlainText(text.replace("[[year:2023]]", "[[year:2022]]"))
    source.commit()
    qtbot.waitUntil(lambda: window.form.is_built())
    assert window.form.fields["tag:year"].edit.text() == "2022"
    window.tabs.setCurrentIndex(0)
    answer = window.form.fields["q:1"].editor
    answer.setFocus()
    qtbot.keyClicks(answer, "Z")
    window.tabs.setCurrentIndex(1)
    assert source.text().count("Z") > text.count("Z")
    stack = window.document.undo_stack
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert window.document.plan.dumps() == text


def test_write_error_keeps_buffer_and_offers_save_as(qtbot, open_window, tmp_path, interaction):
    path = tmp_path / "legacy.txt"
    path.write_bytes("# Caf\xe9 plan\n\n[[year:2023]]\n\n".encode("cp1252"))
    window = open_window(path)
    assert window.document.plan.encoding.lower().replace("-", "") in ("cp1252", "windows1252")
    title = window.form.fields["title"].edit
    title.setFocus()
    title.end(False)
    type_text(qtbot, title, " ✓")
    interaction.yes_no = False
    assert not window.save()
    assert any(k == "yes_no" and "UTF-8" in a[0] for k, a in interaction.asked), "UTF-8 offered"
    assert "✓" in window.document.plan.title
    assert window.isWindowModified()
    assert path.read_bytes().startswith(b"# Caf\xe9 plan")


def test_country_offers_centre(qtbot, open_window, seed_file, interaction):
    window = open_window(seed_file)
    field = window.form.fields["tag:country"]
    interaction.yes_no = True
    field.combo.setEditText("Peru")
    field._commit()
    plan = window.document.plan
    assert plan.tag_values("country") == ["Peru"]
    lat, lng = (float(x) for x in plan.tag_values("latlng")[0].split(","))
    assert -20 < lat < 0 and -80 < lng < -70
    window.document.undo_stack.undo()
    assert plan.tag_values("country") == ["Mexico"]


def test_sdgs_write_stored_labels(qtbot, open_window, seed_file):
    window = open_window(seed_file)
    field = window.form.fields["tag:sdgs"]
    field.boxes[10].click()
    assert window.document.plan.tag_values("sdgs") == ["10. Reduced innequalities"]
    for n in (1, 2, 3, 4):
        field.boxes[n].click()
    assert not field.boxes[5].isEnabled()


def test_problems_list_jumps_to_field(qtbot, open_window, seed_file):
    window = open_window(seed_file)
    title = window.form.fields["title"].edit
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, "x" * 40)
    window.validate_now()
    qtbot.waitUntil(lambda: any(p.field == "title" for p in window.report.problems))
    row = next(
        i for i in range(window.problems.count()) if "Title" in window.problems.item(i).text()
    )
    window.jump_to("q:5")
    window.problems.itemActivated.emit(window.problems.item(row))
    assert window.form.current_field() == "title"


def test_every_input_has_an_accessible_name(open_window, seed_file):
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit

    window = open_window(seed_file)
    inputs = [
        w
        for kind in (QLineEdit, QPlainTextEdit, QAbstractButton, QComboBox)
        for w in window.form.body.findChildren(kind)
        if w.isVisibleTo(window.form.body) and not isinstance(w.parent(), QComboBox)
    ]
    unnamed = [w for w in inputs if not w.accessibleName() and not getattr(w, "text", str)()]
    assert not unnamed


def test_screenshot_writes_png(tmp_path, seed_file):
    from editor.ui.app import screenshot

    png = tmp_path / "shot.png"
    assert screenshot(str(png), [str(seed_file)]) == 0
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG") and len(data) > 10_000


@pytest.mark.parametrize(
    "name", ["learningplan-mongolia-2025.txt", "blog-tanzania-2023.txt", "solution-zambia-2025.txt"]
)
def test_corpus_files_open_and_save_unchanged(open_window, tmp_path, name):
    src = CORPUS / name
    if not src.exists():
        pytest.skip("shared corpus not present")
    path = tmp_path / name
    shutil.copyfile(src, path)
    window = open_window(path)
    assert window.form.fields
    assert window.preview.render_count
    window.document.save()
    assert path.read_bytes() == src.read_bytes()
