"""Every question the editor asks the user, behind one interface that tests replace.

``Interaction`` answers like a headless run would (never discards work, never opens a dialog);
``DialogInteraction`` asks with real Qt dialogs. Commands and widgets only ever talk to
``Interaction``; tests give the window a subclass with scripted answers.
"""

from __future__ import annotations

import os
from enum import Enum

from PySide6.QtGui import QImageReader
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from editor.i18n import QT_TRANSLATE_NOOP, translate


class Choice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Interaction:
    """Headless defaults: cancel what could lose work, choose no file, report nothing."""

    def ask_save_changes(self, name: str) -> Choice:
        """The plan ``name`` has unsaved changes: save, discard or cancel?"""
        return Choice.CANCEL

    def ask_yes_no(self, title: str, text: str, default: bool = False) -> bool:
        return default

    def ask_save_as_utf8(self, title: str, text: str) -> bool:
        """The text no longer fits the file's encoding: write it as UTF-8 instead?"""
        return self.ask_yes_no(title, text, default=True)

    def choose_open_path(self, directory: str) -> str | None:
        return None

    def choose_save_path(self, directory: str, suggested: str) -> str | None:
        return None

    def choose_image_path(self, directory: str) -> str | None:
        """An image file to add to the plan, or None (headless: none)."""
        return None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A line of text from the user, or None when cancelled."""
        return None

    def ask_export(self, choices):
        """File ▸ Export: an ``export.ExportChoice`` (format, what, one document) for the
        ``export.ExportChoices`` offered, or None; headless: none."""
        return None

    def choose_export_file(self, directory: str, suggested: str, fmt: str) -> str | None:
        """The file an export in format ``fmt`` is written to, or None."""
        return self.choose_save_path(directory, suggested)

    def choose_folder(self, directory: str) -> str | None:
        """A folder to export into (one file per plan), or None; headless: none."""
        return None

    def print_plan(self, printer, paint) -> bool:
        """File ▸ Print: show the preview of ``printer`` (``paint(printer)`` draws the pages)
        and print if asked; True when printed. Headless: nothing printed."""
        return False

    def show_error(self, title: str, text: str, details: str = "") -> None:
        pass

    def show_info(self, title: str, text: str) -> None:
        pass

    def ask_new_plan(self, choices: list[tuple[str, str]], countries: list[str]) -> dict | None:
        """Template id and the fields ``plan-editor new`` asks for; the first template headless."""
        return {"template": choices[0][0]} if choices else None

    def resolve_conflicts(self, conflicts: list, notes: list[str]) -> dict | None:
        """For each conflicting field, "mine" or "theirs"; None cancels the merge."""
        return None

    def ask_restore_draft(self, name: str, status: str, diff: str) -> str:
        """Unsaved work from a session that ended badly: "restore", "discard" or "later"."""
        return "later"

    def ask_remove_conflict_copy(self, copy: str, original: str, service: str) -> bool:
        """The conflict copy ``copy`` (of ``original``, left by ``service``) was merged: remove
        it? (Headless: keep it.)"""
        return False

    def show_history(self, dialog) -> None:
        """File ▸ History: show ``dialog`` (its restores act on the document as they are
        clicked); headless: not shown."""

    def choose_version(self, title: str, text: str, versions: list[str]) -> int | None:
        """Review ▸ Compare with a Version: the index of one of ``versions`` (as the lists
        show them, newest first), or None; headless: none."""
        return None

    def ask_reviewer(self, current: str) -> str | None:
        """Review ▸ Start Review: the reviewer's e-mail (``current``: the last one given)."""
        return None

    def ask_note(self, label: str) -> str | None:
        """The text of a review note on the field labelled ``label``; None cancels."""
        return None

    def ask_reply(self, note: str) -> str | None:
        """The text of a reply to the review note ``note``; None cancels."""
        return None

    def ask_revision_reason(self, current: str) -> str | None:
        """Review ▸ Needs Revision: why the plan needs revision; None cancels."""
        return None


class DialogInteraction(Interaction):
    """Asks with message boxes and file dialogs parented to ``parent``."""

    FILTER = QT_TRANSLATE_NOOP("Interaction", "Plan files (*.txt *.md);;All files (*)")

    def __init__(self, parent=None) -> None:
        self.parent = parent

    def ask_save_changes(self, name: str) -> Choice:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Interaction", "Unsaved changes"))
        box.setText(
            translate("Interaction", "Save the changes to “{}” before closing?").format(name)
        )
        box.setInformativeText(
            translate("Interaction", "Your changes will be lost if you don't save them.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: Choice.SAVE,
            QMessageBox.StandardButton.Discard: Choice.DISCARD,
        }.get(QMessageBox.StandardButton(answer), Choice.CANCEL)

    def ask_yes_no(self, title: str, text: str, default: bool = False) -> bool:
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default_button = (
            QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No
        )
        answer = QMessageBox.question(self.parent, title, text, buttons, default_button)
        return answer == QMessageBox.StandardButton.Yes

    def ask_save_as_utf8(self, title: str, text: str) -> bool:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        convert = box.addButton(
            translate("Interaction", "Save as UTF-8"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(convert)
        box.exec()
        return box.clickedButton() is convert

    def choose_open_path(self, directory: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            translate("Interaction", "Open plan"),
            directory,
            translate("Interaction", self.FILTER),
        )
        return path or None

    def choose_save_path(self, directory: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            translate("Interaction", "Save plan as"),
            os.path.join(directory, suggested),
            translate("Interaction", self.FILTER),
        )
        return path or None

    def choose_image_path(self, directory: str) -> str | None:
        formats = sorted(
            {bytes(f.data()).decode().lower() for f in QImageReader.supportedImageFormats()}
        )
        patterns = " ".join(f"*.{f}" for f in formats) or "*.png *.jpg *.jpeg *.gif"
        path, _ = QFileDialog.getOpenFileName(
            self.parent,
            translate("Interaction", "Add image"),
            directory,
            translate("Interaction", "Images ({})").format(patterns)
            + ";;"
            + translate("Interaction", "All files (*)"),
        )
        return path or None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def ask_export(self, choices):
        from editor.ui.export import ExportDialog

        dialog = ExportDialog(choices, self.parent)
        return dialog.choice() if dialog.exec() else None

    def choose_export_file(self, directory: str, suggested: str, fmt: str) -> str | None:
        from editor.ui.export import file_filter

        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            translate("Interaction", "Export to"),
            os.path.join(directory, suggested),
            file_filter(fmt),
        )
        return path or None

    def choose_folder(self, directory: str) -> str | None:
        path = QFileDialog.getExistingDirectory(
            self.parent, translate("Interaction", "Export into folder"), directory
        )
        return path or None

    def print_plan(self, printer, paint) -> bool:
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        dialog = QPrintPreviewDialog(printer, self.parent)
        dialog.paintRequested.connect(paint)
        return bool(dialog.exec())

    def show_error(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def show_info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def ask_new_plan(self, choices: list[tuple[str, str]], countries: list[str]) -> dict | None:
        from editor.ui.dialogs import NewPlanDialog

        dialog = NewPlanDialog(choices, countries, self.parent)
        return dialog.values() if dialog.exec() else None

    def resolve_conflicts(self, conflicts: list, notes: list[str]) -> dict | None:
        from editor.ui.workspace.ondisk import MergeDialog

        dialog = MergeDialog(conflicts, notes, self.parent)
        return dialog.choices() if dialog.exec() else None

    def ask_remove_conflict_copy(self, copy: str, original: str, service: str) -> bool:
        text = translate(
            "Interaction",
            "“{}” is merged into “{}”. Remove the conflict copy {} left? Its text is kept in "
            "the plan's history.",
        ).format(copy, original, service)
        return self.ask_yes_no(
            translate("Interaction", "Remove the conflict copy"), text, default=True
        )

    def ask_restore_draft(self, name: str, status: str, diff: str) -> str:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("Interaction", "Recover unsaved changes"))
        box.setText(
            translate("Interaction", "Plan Editor closed with unsaved changes to “{}”.").format(
                name
            )
        )
        box.setInformativeText(status)
        if diff:
            box.setDetailedText(diff)
        restore = box.addButton(
            translate("Interaction", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            translate("Interaction", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(translate("Interaction", "Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"

    def show_history(self, dialog) -> None:
        dialog.exec()

    def choose_version(self, title: str, text: str, versions: list[str]) -> int | None:
        if not versions:
            return None
        value, ok = QInputDialog.getItem(self.parent, title, text, versions, 0, False)
        return versions.index(value) if ok and value in versions else None

    def _multi_line(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getMultiLineText(self.parent, title, label, text)
        return value.strip() or None if ok else None

    def ask_reviewer(self, current: str) -> str | None:
        value, ok = QInputDialog.getText(
            self.parent,
            translate("Interaction", "Start Review"),
            translate("Interaction", "Your e-mail:"),
            text=current,
        )
        return value.strip() or None if ok else None

    def ask_note(self, label: str) -> str | None:
        return self._multi_line(
            translate("Interaction", "Add Note"),
            translate("Interaction", "Note on “{}”:").format(label),
        )

    def ask_reply(self, note: str) -> str | None:
        return self._multi_line(
            translate("Interaction", "Reply"),
            translate("Interaction", "Reply to “{}”:").format(note),
        )

    def ask_revision_reason(self, current: str) -> str | None:
        return self._multi_line(
            translate("Interaction", "Needs Revision"),
            translate("Interaction", "What should the author change?"),
            current,
        )
