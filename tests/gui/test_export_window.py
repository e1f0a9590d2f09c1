"""File ▸ Export… and File ▸ Print… in the window, read back from what they write.

The open plan with an unsaved edit to Word (the edit is in it), the plans a search leaves in the
workspace list to Excel (one row each), a folder of plans to HTML with one unreadable plan (named,
the rest written), Cancel in the progress dialog, Print to a PDF printer (its text holds the
title), and the real dialog's widgets once, by mouse and mnemonic.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from paths import SEED, SEEDS
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProgressDialog

from editor.ui.actions import ActionId
from editor.ui.export import SHOWN, ExportChoice, ExportChoices, ExportDialog

from .test_window import type_text

WAIT = 10000


def click_menu(qtbot, window, menu_text: str, aid: ActionId) -> None:
    """Open the File menu with Alt+F and trigger the item ``aid`` by its mnemonic letter."""
    action = window.actions[aid]
    menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == menu_text
    )
    window.activateWindow()
    window.menuBar().setActiveAction(menu.menuAction())
    qtbot.waitUntil(menu.isVisible, timeout=WAIT)
    text = action.text()
    letter = text[text.index("&") + 1]
    QTest.keyClick(menu, letter.lower())


@pytest.fixture
def workspace_window(qtbot, settings, interaction):
    """``workspace_window(folder, path)`` -> a window with the workspace ``folder`` listed."""
    from editor.ui.app import open_window

    windows = []

    def make(folder: Path, path: Path | None = None):
        args = [str(folder)] + ([str(path)] if path else [])
        window = open_window(args, settings=settings, interaction=interaction)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitUntil(lambda: window.workspace.model.rowCount() >= 1, timeout=WAIT)
        windows.append(window)
        return window

    yield make
    for w in windows:
        if w.document is not None:
            w.document.undo_stack.setClean()
        w.link.stop()


def test_export_the_open_plan_with_an_unsaved_edit_to_word(
    qtbot, open_window, seed_file, interaction, tmp_path
):
    docx = pytest.importorskip("docx")
    window = open_window(seed_file)
    answer = window.form.fields["q:3"].editor
    answer.setFocus()
    answer.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, answer, " Exported unsaved words.")
    assert window.isWindowModified()
    out = tmp_path / "out" / "plan.docx"
    out.parent.mkdir()
    interaction.export_choice = ExportChoice("docx", "plan")
    interaction.save_path = str(out)
    click_menu(qtbot, window, "File", ActionId.EXPORT)
    qtbot.waitUntil(out.exists, timeout=WAIT)
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Exported unsaved words." in text
    assert "Exported unsaved words." not in seed_file.read_text(encoding="utf-8")
    assert window.isWindowModified()  # exporting is not saving
    said = [text for _, text in interaction.infos + interaction.errors]
    assert said and said[-1].startswith("1 file written")  # (and the remote image not embedded)
    assert str(out) in window.statusBar().currentMessage()


def test_export_the_plans_a_search_shows_to_excel(qtbot, workspace_window, interaction, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    folder = tmp_path / "ws"
    shutil.copytree(SEEDS, folder)
    window = workspace_window(folder)
    panel = window.workspace
    qtbot.waitUntil(lambda: panel.facet_boxes["country"].count() > 1, timeout=WAIT * 2)
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "river")
    qtbot.waitUntil(lambda: panel.results.isVisible() and panel.results.count() >= 1, timeout=WAIT)
    shown = {
        panel.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.results.count())
    }
    total = len(list(folder.glob("*.txt")))
    assert 1 < len(shown) < total
    out = tmp_path / "shown.xlsx"
    interaction.export_choice = ExportChoice("xlsx", SHOWN)
    interaction.save_path = str(out)
    click_menu(qtbot, window, "File", ActionId.EXPORT)
    qtbot.waitUntil(out.exists, timeout=WAIT)
    book = openpyxl.load_workbook(out)
    paths = set()
    for sheet in book.worksheets:
        rows = list(sheet.iter_rows(values_only=True))
        col = rows[0].index("path")
        paths |= {Path(r[col]).name for r in rows[1:] if r[col]}
    assert paths == {Path(p).name for p in shown}


def test_folder_export_to_html_names_the_unreadable_plan(
    qtbot, workspace_window, interaction, tmp_path
):
    folder = tmp_path / "ws"
    shutil.copytree(SEEDS, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01 not a plan \x00" * 8)
    window = workspace_window(folder)
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() == 5, timeout=WAIT)
    out = tmp_path / "html"
    interaction.export_choice = ExportChoice("html", SHOWN)
    interaction.folder = str(out)
    click_menu(qtbot, window, "File", ActionId.EXPORT)
    qtbot.waitUntil(lambda: bool(interaction.errors), timeout=WAIT)
    written = sorted(p.name for p in out.glob("*.html"))
    assert written == sorted(p.stem + ".html" for p in SEEDS.glob("*.txt"))
    title, text = interaction.errors[-1]
    assert "broken.txt" in text and "4 files written" in text
    assert str(out) in window.statusBar().currentMessage()


def test_cancel_in_the_progress_dialog_stops_the_export(
    qtbot, workspace_window, interaction, tmp_path
):
    folder = tmp_path / "ws"
    folder.mkdir()
    for i in range(12):
        shutil.copyfile(SEED, folder / f"plan-{i:02}.txt")
    window = workspace_window(folder)
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() == 12, timeout=WAIT)
    out = tmp_path / "json"
    interaction.export_choice = ExportChoice("json", SHOWN)
    interaction.folder = str(out)
    clicked = []

    def poll() -> None:
        dialog = window.findChild(QProgressDialog)
        if clicked or dialog is None or not dialog.isVisible() or dialog.value() < 1:
            return
        from PySide6.QtWidgets import QPushButton

        button = dialog.findChild(QPushButton)
        clicked.append(dialog.value())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    timer = QTimer(window, interval=0)
    timer.timeout.connect(poll)
    timer.start()
    click_menu(qtbot, window, "File", ActionId.EXPORT)
    qtbot.waitUntil(lambda: bool(interaction.errors), timeout=WAIT)
    timer.stop()
    assert clicked
    written = list(out.glob("*.json")) if out.exists() else []
    assert len(written) < 12
    assert "cancelled" in interaction.errors[-1][1]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is not installed")
def test_print_to_a_pdf_printer_holds_the_title(
    qtbot, open_window, seed_file, interaction, tmp_path
):
    window = open_window(seed_file)
    assert window.actions[ActionId.PRINT].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    out = tmp_path / "printed.pdf"
    interaction.print_to = str(out)
    window.form.fields["title"].edit.setFocus()
    QTest.keyClick(
        window.form.fields["title"].edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(out.exists, timeout=WAIT)
    text = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    title = window.document.plan.title
    assert " ".join(title.split()[:4]) in " ".join(text.split())
    assert "Page 1 of" in text


def test_the_export_dialog_by_mouse_and_mnemonic(qtbot):
    dialog = ExportDialog(ExportChoices(has_plan=True, shown=3))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=WAIT)  # for mnemonics
    assert dialog.this_plan.isChecked() and not dialog.combine.isEnabled()
    qtbot.mouseClick(dialog.shown, Qt.MouseButton.LeftButton)
    assert dialog.combine.isEnabled()
    QTest.keyClick(
        dialog.focusWidget(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier
    )  # &One document
    qtbot.waitUntil(dialog.combine.isChecked, timeout=WAIT)  # a mnemonic clicks after a beat
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)  # &Format:
    assert dialog.focusWidget() is dialog.format
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    assert not dialog.combine.isEnabled()  # a workbook is always one file
    dialog.format.setCurrentIndex(dialog.format.findData("pdf"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(
            dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert dialog.choice() == ExportChoice("pdf", SHOWN, True)
