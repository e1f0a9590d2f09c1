"""The "Conflict copy" bar: a sync service left a copy of the open plan beside it.

It names the service and the copy and offers Merge… (the field-by-field merge of the copy into
the buffer, see ``WorkspaceLink.merge_conflict_copy``) or Dismiss (nothing changes; the bar
comes back the next time the plan is opened while the copy is there).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ConflictCopyBar(QFrame):
    """A bar above the form, like the "Changed on disk" bar."""

    mergeRequested = Signal()
    dismissRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictCopyBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#conflictCopyBar { background: #fff4ce; border: 1px solid #e0c060; border-radius: 4px; }"
        )
        self.copy = None  # the ConflictCopy shown
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setDefault(True)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"), self)
        self.merge_button.clicked.connect(self.mergeRequested)
        self.dismiss_button.clicked.connect(self.dismissRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.dismiss_button)
        self.hide()

    def show_copy(self, found, more: int = 0) -> None:
        """Show ``found`` (an ``editor.workspace.conflicts.ConflictCopy``); ``more`` other
        copies wait behind it."""
        self.copy = found
        text = self.tr(
            "<b>Conflict copy.</b> {service} left “{copy}” beside “{plan}”: someone changed the "
            "plan elsewhere at the same time. Merge it to take their changes next to yours."
        ).format(
            service=html.escape(found.service, quote=False),
            copy=html.escape(found.copy.name, quote=False),
            plan=html.escape(found.original.name, quote=False),
        )
        if more:
            text += " " + self.tr("(%n more copies after this one.)", "", more)
        self.label.setText(text)
        self.show()

    def clear(self) -> None:
        self.copy = None
        self.hide()
