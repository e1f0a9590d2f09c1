"""Template matching and validation of the open plan, in a process of their own.

The checks import pydantic and the templates (a few hundred milliseconds) and take up to ~60 ms
on a 3 MB plan: Python work that holds the interpreter lock, so it belongs in a process, not a
thread (``editor.ui.checkprocess``, started before Qt is imported, so that its imports run on
the second core while the window is built). The window's first check is asked for as soon as
its plan is open.

``Checker.request(plan)`` sends the plan's text to the process; ``finished(plan, template,
report, conversions)`` follows on the GUI thread (``conversions``: the markdown of the plan's
first page converted there, when asked for with ``preview=True``; else None). Requests made while a check runs are coalesced: the latest
state is checked next, and the result of a state edited since is dropped when a newer check is
already waiting. Where the process cannot start, or has died, the checks run on the GUI thread
from the event loop.
"""

from __future__ import annotations

from concurrent.futures import BrokenExecutor, Future

from PySide6.QtCore import QObject, QTimer, Signal

from editor.ui.checkprocess import start_process, stop_process
from editor.ui.form import model

# How long after the window's first frame the form's sections and the first preview wait for the
# first check (its template, the first page's markdown converted), before going on without it.
FIRST_CHECK_WAIT_MS = 500


class Checker(QObject):
    """``request(plan)``; ``finished(plan, template, report, conversions)`` follows from the
    event loop."""

    finished = Signal(object, object, object, object)
    _done = Signal(object)  # a Checked, or the exception, from the pool's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = None
        self._preview = False  # the next check also converts the first page's markdown
        self._sent = None  # (plan, its version) being checked in the checks' process
        self._running: Future | None = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._run_here)
        self._done.connect(self._arrived)  # queued: emitted from another thread

    @property
    def in_own_process(self) -> bool:
        """True when the checks run in their own process (else on the GUI thread, where the
        window asks for the first one after its first frame)."""
        return start_process() is not None

    def request(self, plan, preview: bool = False) -> None:
        self._pending = plan
        self._preview = self._preview or preview
        if self._running is None:
            self._send()

    def _send(self) -> None:
        plan, self._pending = self._pending, None
        if plan is None:
            return
        pool = start_process()
        if pool is None:
            self._check_here(plan)
            return
        encoding, bom, newline = plan.written_as
        preview, self._preview = self._preview, False
        try:
            future = pool.submit(model.check_text, plan.dumps(), encoding, bom, newline, preview)
        except Exception:  # the process is gone: check here
            stop_process()
            self._check_here(plan)
            return
        self._running, self._sent = future, (plan, plan.version)
        future.add_done_callback(self._finished_there)

    def _finished_there(self, future: Future) -> None:  # on the pool's thread
        if future.cancelled():  # the process was ended
            result = BrokenExecutor("the checks' process was ended")
        else:
            result = future.exception() or future.result()
        try:
            self._done.emit(result)
        except RuntimeError:  # the checker was deleted meanwhile
            pass

    def _arrived(self, result) -> None:
        (sent, version), self._running, self._sent = self._sent, None, None
        if isinstance(result, model.Checked):
            if sent.version == version or self._pending is None:
                self._emit(sent, result)  # (an older state's only when no newer check waits)
        elif isinstance(result, BrokenExecutor):  # the process died or was ended
            stop_process()
            self._check_here(self._pending or sent)  # the latest state
            return
        else:
            self._emit(sent, model.failed(result))
        if self._pending is not None:
            self._send()

    def _check_here(self, plan) -> None:
        """Check ``plan`` on the GUI thread, from the event loop."""
        self._pending = plan
        self._timer.start()

    def _run_here(self) -> None:
        plan, self._pending = self._pending, None
        self._preview = False  # (converted here, when the preview renders)
        if plan is None:
            return
        try:
            checked = model.check(plan)
        except Exception as e:  # a checker failure must never take the editor down
            checked = model.failed(e)
        self._emit(plan, checked)

    def _emit(self, plan, checked: model.Checked) -> None:
        self.finished.emit(plan, checked.template, checked.report(), checked.conversions)
