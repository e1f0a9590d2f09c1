"""When the file on disk and the editor disagree: the "Changed on disk" bar and the
field-by-field merge dialog.

The bar never decides for the user: Reload (discard mine), Keep mine (the next save overwrites,
after asking), or Merge (three-way: base = what was loaded, mine = the buffer, theirs = disk).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ChangedOnDiskBar(QFrame):
    """A bar above the form: the open plan changed on disk while it has unsaved edits."""

    reloadRequested = Signal()
    keepRequested = Signal()
    mergeRequested = Signal()
    saveAsRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("changedOnDiskBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#changedOnDiskBar { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
        )
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("&Reload (discard mine)"), self)
        self.keep_button = QPushButton(self.tr("&Keep mine"), self)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setDefault(True)
        self.save_as_button = QPushButton(self.tr("Save &As…"), self)
        for button, signal in (
            (self.reload_button, self.reloadRequested),
            (self.keep_button, self.keepRequested),
            (self.merge_button, self.mergeRequested),
            (self.save_as_button, self.saveAsRequested),
        ):
            button.clicked.connect(signal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.reload_button)
        layout.addWidget(self.save_as_button)
        self.hide()

    def show_changed(self, name: str) -> None:
        self.label.setText(
            self.tr(
                "<b>Changed on disk.</b> “{}” was changed by another program while you "
                "have unsaved edits."
            ).format(name)
        )
        for button in (self.merge_button, self.keep_button, self.reload_button):
            button.show()
        self.save_as_button.hide()
        self.show()

    def show_deleted(self, name: str) -> None:
        self.label.setText(
            self.tr(
                "<b>Deleted on disk.</b> “{}” no longer exists; your text is kept here. "
                "Save As… to keep it."
            ).format(name)
        )
        for button in (self.merge_button, self.keep_button, self.reload_button):
            button.hide()
        self.save_as_button.show()
        self.show()


class MergeDialog(QDialog):
    """Each conflicting tag or answer side by side; the user picks mine or theirs for each."""

    def __init__(self, conflicts: list, notes: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge changes"))
        self.resize(900, 600)
        self.conflicts = conflicts
        self._groups: list[QButtonGroup] = []
        intro = QLabel(
            self.tr(
                "The file changed on disk and here. Changes that do not overlap were merged. "
                "Choose a version for each field changed on both sides."
            ),
            self,
        )
        intro.setWordWrap(True)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addWidget(QLabel(self.tr("<b>Field</b>")), 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Mine (this editor)</b>")), 0, 1)
        grid.addWidget(QLabel(self.tr("<b>Theirs (on disk)</b>")), 0, 2)
        for row, conflict in enumerate(conflicts, start=1):
            grid.addWidget(QLabel(conflict.label), row, 0)
            group = QButtonGroup(self)
            for col, (side, value) in enumerate(
                (("mine", conflict.mine), ("theirs", conflict.theirs)), 1
            ):
                box = QWidget()
                v = QVBoxLayout(box)
                radio = QRadioButton(
                    self.tr("Use mine") if side == "mine" else self.tr("Use theirs")
                )
                radio.setProperty("side", side)
                radio.setAccessibleName(f"{conflict.label}: {side}")
                radio.setChecked(side == "mine")
                group.addButton(radio)
                text = QPlainTextEdit(_show(value))
                text.setReadOnly(True)
                text.setMaximumHeight(120)
                v.addWidget(radio)
                v.addWidget(text)
                grid.addWidget(box, row, col)
            self._groups.append(group)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        if notes:
            note = QLabel("\n".join(notes), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choices(self) -> dict:
        return {
            c.field: g.checkedButton().property("side")
            for c, g in zip(self.conflicts, self._groups, strict=True)
        }


def _show(value) -> str:
    if value is None:
        return "(absent)"
    if isinstance(value, tuple):
        return "\n".join(value)
    return str(value)
