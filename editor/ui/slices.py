"""Long work on the GUI thread, a slice of time at a time, so the window keeps answering.

Building a big form, listing a folder and syncing the search index are Python loops that would
hold the interpreter lock if run on a thread (see ``workspace.bridge``). Instead each is an
iterator, and ``Slices`` advances it from the event loop for ``budget`` seconds per turn.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer


class Slices(QObject):
    """Advance ``steps`` for ``budget`` seconds per turn of the event loop until it ends.

    ``on_slice(last)`` runs after each slice with the last value yielded; ``on_done(result)``
    once, with the iterator's return value; ``on_error(exc)`` if it raises. ``cancel`` stops it
    (a new listing or build replaces the old one); a cancelled run calls nothing more.
    """

    def __init__(
        self,
        steps: Iterator,
        budget: float,
        parent: QObject,
        *,
        on_slice: Callable[[object], None] | None = None,
        on_done: Callable[[object], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.steps: Iterator | None = steps
        self.budget = budget
        self.on_slice, self.on_done, self.on_error = on_slice, on_done, on_error

    @property
    def running(self) -> bool:
        return self.steps is not None

    def start(self, first: float | None = None) -> None:
        """Run the first slice now for ``first`` seconds when given, else on the next turn."""
        if first is None:
            self._next()
        else:
            self.run_slice(first)

    def cancel(self) -> None:
        self.steps = None

    def _next(self) -> None:
        # Posted for the next turn of the event loop, in order with the other calls posted
        # meanwhile (a scroll put back, a focus given after a rebuild).
        QTimer.singleShot(0, self, self.run_slice)

    def run_slice(self, budget: float | None = None) -> None:
        steps = self.steps
        if steps is None:
            return
        deadline = time.perf_counter() + (self.budget if budget is None else budget)
        last = None
        try:
            while True:
                last = next(steps)
                if time.perf_counter() >= deadline:
                    break
        except StopIteration as done:
            self.steps = None
            if self.on_done is not None:
                self.on_done(done.value)
            return
        except Exception as e:
            self.steps = None
            if self.on_error is None:
                raise
            self.on_error(e)
            return
        if self.on_slice is not None:
            self.on_slice(last)
        if self.steps is steps:  # not cancelled by on_slice
            self._next()
