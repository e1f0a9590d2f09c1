"""GUI test set-up: Qt offscreen before any Qt import, a window with a scripted Interaction.

Harmless next to the top-level conftest (which sets the same variable).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from paths import SEED  # noqa: E402

from editor.ui.interaction import Choice, Interaction  # noqa: E402


class FakeInteraction(Interaction):
    """Answers from a script and records every question asked."""

    def __init__(self) -> None:
        self.asked: list[tuple[str, tuple]] = []
        self.save_choice = Choice.CANCEL
        self.yes_no = False
        self.save_path: str | None = None
        self.errors: list[tuple[str, str]] = []
        self.remove_conflict_copy = False
        self.open_path: str | None = None  # what choose_open_path answers
        self.version_choice: int | None = None  # what choose_version answers
        self.infos: list[tuple[str, str]] = []
        self.export_choice = None  # what ask_export answers (an export.ExportChoice)
        self.folder: str | None = None  # what choose_folder answers
        self.print_to: str | None = None  # Print: the PDF file the printer writes, else cancel

    def ask_save_changes(self, name: str) -> Choice:
        self.asked.append(("save_changes", (name,)))
        return self.save_choice

    def ask_yes_no(self, title: str, text: str, default: bool = False) -> bool:
        self.asked.append(("yes_no", (title, text)))
        return self.yes_no

    def choose_save_path(self, directory: str, suggested: str) -> str | None:
        self.asked.append(("save_path", (directory, suggested)))
        return self.save_path

    def show_error(self, title: str, text: str, details: str = "") -> None:
        self.errors.append((title, text))

    def choose_open_path(self, directory: str) -> str | None:
        self.asked.append(("open_path", (directory,)))
        return self.open_path

    def choose_version(self, title: str, text: str, versions: list[str]) -> int | None:
        self.asked.append(("version", (title, text, versions)))
        return self.version_choice

    def ask_remove_conflict_copy(self, copy: str, original: str, service: str) -> bool:
        self.asked.append(("remove_conflict_copy", (copy, original, service)))
        return self.remove_conflict_copy

    def show_info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def ask_export(self, choices):
        self.asked.append(("export", (choices,)))
        return self.export_choice

    def choose_folder(self, directory: str) -> str | None:
        self.asked.append(("folder", (directory,)))
        return self.folder

    def print_plan(self, printer, paint) -> bool:
        """The printer set to PDF output into ``print_to``; the pages painted as the preview
        would."""
        self.asked.append(("print", ()))
        if self.print_to is None:
            return False
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(self.print_to)
        paint(printer)
        return True

    def show_history(self, dialog) -> None:
        """Shown without blocking, for the test to click in (``history_dialog``)."""
        self.asked.append(("history", ()))
        self.history_dialog = dialog
        dialog.show()


@pytest.fixture
def interaction() -> FakeInteraction:
    return FakeInteraction()


@pytest.fixture
def settings(tmp_path):
    from PySide6.QtCore import QSettings

    from editor.ui.settings import Settings

    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def seed_file(tmp_path) -> Path:
    dest = tmp_path / "plans" / SEED.name
    dest.parent.mkdir()
    shutil.copyfile(SEED, dest)
    return dest


@pytest.fixture
def open_window(qtbot, settings, interaction):
    """``open_window(path)`` -> a shown window with ``path`` open, template and checks applied."""
    from editor.ui.app import open_window as make
    from editor.ui.app import settle

    windows = []

    def opener(path: Path):
        window = make([str(path)], settings=settings, interaction=interaction)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitUntil(lambda: window.report is not None and window.form.is_built(), timeout=10000)
        settle(window)  # laid out as a user sees it: clicks land where the widgets show
        windows.append(window)
        return window

    yield opener
    for w in windows:
        if w.document is not None:
            w.document.undo_stack.setClean()
