"""Crash recovery in the window: the open plan's unsaved text is kept as a draft a few seconds
after the last edit, with the hash of the file it started from (in the store of
``editor.workspace.drafts``), and removed on a clean close; a draft left by a crash is offered
with its diff against the file now on disk."""

from __future__ import annotations

import difflib
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from editor.planfile import read

DRAFT_DELAY_MS = 3000


class DraftKeeper(QObject):
    """Writes the open plan's unsaved text as a draft a few seconds after the last edit."""

    def __init__(self, store, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DRAFT_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._path: str | None = None
        self._text = None
        self._base: str | None = None
        self._base_text: str | None = None

    def track(self, path: str | None, base_sha256: str | None, base_text: str | None = None):
        """A document is open: its path, and the hash and text it was loaded from."""
        self._timer.stop()
        self._path, self._base, self._base_text, self._text = path, base_sha256, base_text, None

    def edited(self, text_source) -> None:
        """The document changed; ``text_source()`` gives its text when the timer fires."""
        self._text = text_source
        self._timer.start()

    def flush(self) -> None:
        if self._path and self._text is not None:
            self.store.save(self._path, self._text(), self._base, self._base_text)

    def discard(self, path: str | None = None) -> None:
        """The plan was saved or closed without keeping changes: drop its draft."""
        self._timer.stop()
        path = path or self._path
        if path:
            self.store.discard(path)
        self._text = None


def draft_diff(path: str, draft_text: str) -> str:
    """A unified diff of the draft against the file now on disk ('' if the file is gone)."""
    p = Path(path)
    try:
        current = read(p).dumps()
    except Exception:
        return ""
    return "".join(
        difflib.unified_diff(
            current.splitlines(True), draft_text.splitlines(True), "on disk", "unsaved draft", n=2
        )
    )
