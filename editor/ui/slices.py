"""Long work on the GUI thread, a slice of time at a time, so the window keeps answering.

Building a big form, listing a folder and syncing the search index are Python loops that would
hold the interpreter lock if run on a thread (see ``workspace.bridge``). Instead each is an
iterator, and ``Slices`` advances it from the event loop for ``budget`` seconds per turn.

The form's build is in the foreground: its next slice is posted like any queued call, in order
with the calls queued meanwhile. Background work (the list, the index) shares one budget per turn
of the event loop, ``TURN``: a slice that follows another background slice with nothing between
them (they were queued for the same turn) gets what is left of the turn's budget, and when
nothing is left it waits for the next turn, after the input and the painting queued meanwhile.
A background job waits, too, while one of a higher ``priority`` runs: the list of a folder
fills before its search index is brought up to date.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer
from shiboken6 import Shiboken

TURN = 0.025  # seconds of background slices per turn of the event loop, all of them together
_SAME_TURN = 0.001  # a slice starting this soon after the last one ended runs in the same turn
_turn = {"start": 0.0, "end": 0.0}  # when this turn's background slices began and last ended
_background: weakref.WeakSet[Slices] = weakref.WeakSet()  # the background jobs running


def _running_jobs() -> list[Slices]:
    """The background jobs still running (a job whose owner was deleted runs no more)."""
    return [job for job in list(_background) if job.running and Shiboken.isValid(job)]


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
        background: bool = False,
        priority: int = 0,
    ) -> None:
        super().__init__(parent)
        self.steps: Iterator | None = steps
        self.budget = budget
        self.background, self.priority = background, priority
        if background:
            _background.add(self)
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
        self._end()

    def _end(self) -> None:
        self.steps = None
        _background.discard(self)

    def _next(self) -> None:
        if self.background:
            # A timer, not a posted call: posted calls queued by a slice run in the same turn.
            QTimer.singleShot(1, self, self.run_slice)
        else:
            # Posted for the next turn of the event loop, in order with the other calls posted
            # meanwhile (a scroll put back, a focus given after a rebuild).
            QTimer.singleShot(0, self, self.run_slice)

    def run_slice(self, budget: float | None = None) -> None:
        steps = self.steps
        if steps is None:
            return
        now = time.perf_counter()
        budget = self.budget if budget is None else budget
        if self.background:
            if any(job.priority > self.priority for job in _running_jobs()):
                self._next()  # a job that comes first is running
                return
            if now - _turn["end"] > _SAME_TURN:
                _turn["start"] = now  # the first background slice of this turn
            budget = min(budget, _turn["start"] + TURN - now)
            if budget <= 0:
                self._next()  # this turn's budget is spent: the next turn
                return
        deadline = now + budget
        try:
            self._advance(steps, deadline)
        finally:
            if self.background:
                _turn["end"] = time.perf_counter()

    def _advance(self, steps: Iterator, deadline: float) -> None:
        last = None
        try:
            while True:
                last = next(steps)
                if time.perf_counter() >= deadline:
                    break
        except StopIteration as done:
            self._end()
            if self.on_done is not None:
                self.on_done(done.value)
            return
        except Exception as e:
            self._end()
            if self.on_error is None:
                raise
            self.on_error(e)
            return
        if self.on_slice is not None:
            try:
                self.on_slice(last)
            except Exception as e:  # ended, so that no job waits behind it for ever
                self._end()
                if self.on_error is None:
                    raise
                self.on_error(e)
                return
        if self.steps is steps:  # not cancelled by on_slice
            self._next()
