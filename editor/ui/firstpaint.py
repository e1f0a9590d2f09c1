"""Run work right after the window's first frame: what the first paint does not need waits.

``after_first_paint(widget, callback)`` calls ``callback`` on the turn of the event loop after
the first paint of ``widget``'s window (at once, on the next turn, when it has been painted).
A 0 ms timer is not enough: timers and posted calls queued while the window is built run before
the paint. A window that is never shown still gets its callbacks, after ``FALLBACK_MS``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from shiboken6 import Shiboken

FALLBACK_MS = 1000
# How long after the window's first frame the form's sections and the first preview wait for
# what the checks' process sends (the template; the first page's markdown converted), before
# going on without it.
FIRST_CHECK_WAIT_MS = 500
# After the first frame, the housekeeping a first look at the plan does not wait for
# (python-markdown for the preview's later renders, the garbage collection once a folder is
# listed) waits this long more.
HOUSEKEEPING_MS = 500


class _FirstPaint(QObject):
    """Watches one window for its first paint, then runs the callbacks queued on it."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.painted = False
        self.callbacks: list[tuple[QObject, Callable[[], None]]] = []
        window.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self, self._run)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # after the whole frame is flushed
        return False

    def _run(self) -> None:
        self.painted = True
        callbacks, self.callbacks = self.callbacks, []
        for owner, callback in callbacks:
            if Shiboken.isValid(owner):  # the widget may be gone (another plan opened)
                callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call ``callback`` once ``widget``'s window has shown its first frame."""
    window = widget.window()
    watch = getattr(window, "_first_paint", None)
    if watch is None:
        watch = window._first_paint = _FirstPaint(window)
    if watch.painted and not watch.callbacks:
        QTimer.singleShot(0, widget, callback)
    else:
        watch.callbacks.append((widget, callback))
