"""Text that belongs to no question is a markdown field like an answer: an article body, a
description before the first section, long text at section level; entities show as characters
and are written back as they were."""

from __future__ import annotations

import shutil

import pytest
from paths import CORPUS
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

SIC = CORPUS / "sic"


def opened(open_window, tmp_path, src):
    if not src.exists():
        pytest.skip("shared corpus not present")
    path = tmp_path / src.name
    shutil.copyfile(src, path)
    return path, open_window(path)


def type_at(editor, position: int, text: str) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)
    editor.setFocus()
    for ch in text:
        QTest.keyClick(editor, ch)


def texts(window):
    return [f for fid, f in window.form.fields.items() if fid.startswith("text:")]


def test_a_blog_article_is_shown_whole_and_an_edit_in_it_is_saved(qtbot, open_window, tmp_path):
    src = CORPUS / "blog-tanzania-2023.txt"
    path, window = opened(open_window, tmp_path, src)
    original = src.read_text(encoding="utf-8")
    article = texts(window)[-1]
    assert article.label.text() == "Article"
    body = article.editor.text()
    assert "Digital technology has transformed the way we live" in body
    assert len(body) > 3000  # nothing cut short
    at = body.index("Digital technology")
    type_at(article.editor, at, "Q")
    qtbot.waitUntil(lambda: "QDigital technology" in window.preview.text(), timeout=3000)
    window.save()
    assert path.read_text(encoding="utf-8") == original.replace(
        "Digital technology has", "QDigital technology has", 1
    )


def test_a_description_before_the_first_section_is_editable(qtbot, open_window, tmp_path):
    src = SIC / "aquaponic_drip_system.md"
    path, window = opened(open_window, tmp_path, src)
    description = texts(window)[0]
    assert description.label.text() == "Description"
    assert description.editor.text() and description.editor.text() in src.read_text("utf-8")
    description.editor.setFocus()
    description.editor.moveCursor(QTextCursor.MoveOperation.End)
    QTest.keyClick(description.editor, Qt.Key.Key_X)
    QTest.keyClick(description.editor, Qt.Key.Key_Backspace)
    window.save()
    assert path.read_bytes() == src.read_bytes()


def test_long_text_at_section_level_is_a_field_not_a_cut_label(qtbot, open_window, tmp_path):
    src = SIC / "aero_savonius.md"
    path, window = opened(open_window, tmp_path, src)
    plan = window.document.plan
    long = max(range(len(plan.free_texts())), key=lambda k: len(plan.free_text(k)))
    field = window.form.fields[f"text:{long}"]
    assert field.editor.text() == plan.free_text(long) and len(field.editor.text()) > 3000
    type_at(field.editor, len(field.editor.text()), " Z")
    window.save()
    assert path.read_text(encoding="utf-8").count(plan.free_text(long)) == 1
    assert path.read_text(encoding="utf-8") != src.read_text(encoding="utf-8")


def test_entities_show_as_characters_and_are_written_back_as_they_were(
    qtbot, open_window, tmp_path
):
    src = CORPUS / "learningplan-mongolia-2025.txt"
    path, window = opened(open_window, tmp_path, src)
    original = src.read_text(encoding="utf-8")
    field = window.form.fields["q:11"]
    raw = window.document.plan.question(11).answer
    assert "&amp;" in raw
    shown = field.editor.text()
    assert "&amp;" not in shown and "&" in shown
    type_at(field.editor, len(shown), " & more")
    window.save()
    saved = path.read_text(encoding="utf-8")
    assert saved == original.replace(raw, raw + " &amp; more", 1)


def test_a_prompt_written_with_entities_reads_as_characters(qtbot, open_window, tmp_path):
    src = CORPUS / "learningplan-mongolia-2025.txt"
    path, window = opened(open_window, tmp_path, src)
    fields = [f for f in window.form.fields.values() if "methods & tools" in f.label.text()]
    assert fields and not [f for f in window.form.fields.values() if "&amp;" in f.label.text()]
    qtbot.waitUntil(lambda: "methods & tools" in window.preview.text(), timeout=3000)
    assert "&amp;" not in window.preview.text()
