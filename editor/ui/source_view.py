"""The Source tab: the file's text exactly as it will be written, editable.

Edits are re-parsed (``parse(text)``) after a short pause and become one undo step on the same
history as the form; form edits refresh the text when the tab is shown. Line endings show as
``\\n`` and are written back in the file's own style.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QPlainTextEdit

from editor.ui.document import Document
from editor.ui.form.fields import FieldWatcher

PAUSE_MS = 300


class SourceView(QPlainTextEdit):
    def __init__(self, document: Document, watcher: FieldWatcher | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("source")
        self.setAccessibleName(self.tr("Source text"))
        self.setUndoRedoEnabled(False)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        if watcher is not None:
            watcher.watch(self, "source")
        self.document_ = document
        self._stale = True
        self._loading = False
        self._font_set = False
        self._pending = False  # typed text not yet applied to the document
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.commit)
        self.textChanged.connect(self._typed)
        document.changed.connect(self._document_changed)

    def _shown_text(self) -> str:
        return self.document_.plan.dumps().replace("\r\n", "\n").replace("\r", "\n")

    def _document_changed(self, origin, _structural) -> None:
        if origin == "source":
            return
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        if not self._font_set:  # the tab is hidden at start-up: its font waits until shown
            self._font_set = True

            font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
            font.setStyleHint(QFont.StyleHint.Monospace)
            self.setFont(font)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def text(self) -> str:
        """The text as typed (``toPlainText`` would turn non-breaking spaces into spaces)."""
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def refresh(self) -> None:
        text = self._shown_text()
        self._stale = False
        if text == self.text():
            return
        self._loading = True
        try:
            pos = self.textCursor().position()
            scroll = self.verticalScrollBar().value()
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(pos, len(text)))
            self.setTextCursor(cursor)
            self.verticalScrollBar().setValue(scroll)
        finally:
            self._loading = False

    def _typed(self) -> None:
        if not self._loading:
            self._pending = True
            self._timer.start()

    def commit(self) -> None:
        """Apply what was typed since the last pause: the timer's slot, and called before
        saving, closing, reverting or leaving the tab."""
        self._timer.stop()
        if not self._pending:
            return
        self._pending = False
        text = self.text()
        if text != self._shown_text():
            self.document_.replace_text(text, origin="source")
