"""Every question the editor asks the user, behind one interface that tests replace.

``Interaction`` answers like a headless run would (never discards work, never opens a dialog);
``DialogInteraction`` asks with real Qt dialogs. Commands and widgets only ever talk to
``Interaction``; tests give the window a subclass with scripted answers.
"""

from __future__ import annotations

from enum import Enum


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

    def choose_open_path(self, directory: str) -> str | None:
        return None

    def choose_save_path(self, directory: str, suggested: str) -> str | None:
        return None

    def choose_template(self, choices: list[tuple[str, str]]) -> str | None:
        """One of ``choices`` (id, label) or None; the first when running headless."""
        return choices[0][0] if choices else None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A line of text from the user, or None when cancelled."""
        return None

    def show_error(self, title: str, text: str, details: str = "") -> None:
        pass

    def show_info(self, title: str, text: str) -> None:
        pass


class DialogInteraction(Interaction):
    """Asks with message boxes and file dialogs parented to ``parent``."""

    FILTER = "Plan files (*.txt *.md);;All files (*)"

    def __init__(self, parent=None) -> None:
        self.parent = parent

    def _tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("Interaction", text)

    def ask_save_changes(self, name: str) -> Choice:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self._tr("Unsaved changes"))
        box.setText(self._tr("Save the changes to “{}” before closing?").format(name))
        box.setInformativeText(self._tr("Your changes will be lost if you don't save them."))
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
        from PySide6.QtWidgets import QMessageBox

        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        default_button = (
            QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No
        )
        answer = QMessageBox.question(self.parent, title, text, buttons, default_button)
        return answer == QMessageBox.StandardButton.Yes

    def choose_open_path(self, directory: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.parent, self._tr("Open plan"), directory, self._tr(self.FILTER)
        )
        return path or None

    def choose_save_path(self, directory: str, suggested: str) -> str | None:
        import os

        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(
            self.parent,
            self._tr("Save plan as"),
            os.path.join(directory, suggested),
            self._tr(self.FILTER),
        )
        return path or None

    def choose_template(self, choices: list[tuple[str, str]]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        if not choices:
            return None
        labels = [label for _, label in choices]
        label, ok = QInputDialog.getItem(
            self.parent, self._tr("New plan"), self._tr("Template:"), labels, 0, False
        )
        return choices[labels.index(label)][0] if ok else None

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        from PySide6.QtWidgets import QInputDialog

        value, ok = QInputDialog.getText(self.parent, title, label, text=text)
        return value if ok else None

    def show_error(self, title: str, text: str, details: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=self.parent)
        if details:
            box.setDetailedText(details)
        box.exec()

    def show_info(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(self.parent, title, text)
