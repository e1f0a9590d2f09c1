"""Template matching and validation of the open plan, in a process of their own.

The checks import pydantic and the templates (a few hundred milliseconds) and take up to ~60 ms
on a 3 MB plan: Python work that holds the interpreter lock, so it belongs in a process, not a
thread (``editor.ui.checkprocess``, started before Qt is imported, so that its imports run on
the second core while the window is built). The window's first check is asked for as soon as
its plan is open.

``Checker.request(plan)`` sends the plan's text to the process; ``finished(plan, template,
report)`` follows on the GUI thread. Requests made while a check runs are coalesced: the latest
state is checked next, and the result of a state edited since is dropped when a newer check is
already waiting. Where the process cannot start, or has died, the checks run on the GUI thread
from the event loop.

``Checker.convert(plan)`` has the process convert the markdown of the plan's first page, after
the checks asked for so far: ``converted(conversions)`` follows (None when it could not), for
the window's first preview.

The file the command line opens is read, checked and converted there before the window exists
(``checkprocess.prefetch``): the first check takes that result when the plan the window opened
is the one the file held (``model.check_key``), and checks the plan it has otherwise.
"""

from __future__ import annotations

from concurrent.futures import BrokenExecutor, Future

from PySide6.QtCore import QObject, QTimer, Signal

from editor.ui.checkprocess import start_process, stop_process, take_prefetched
from editor.ui.form import model


class Checker(QObject):
    """``request(plan)``; ``finished(plan, template, report)`` follows from the event loop.
    ``convert(plan)``; ``converted(conversions)`` follows."""

    finished = Signal(object, object, object)
    converted = Signal(object)  # dict of markdown text -> HTML, or None
    _done = Signal(object)  # a Checked, or the exception, from the pool's thread
    _converted_there = Signal(object)  # from the pool's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = None
        # (plan, its version, None) being checked in the checks' process; for the first check
        # taken from the file the window opened (``checkprocess.prefetch``), (plan, its version,
        # its ``model.check_key``), to know whether that file is still the same plan.
        self._sent = None
        self._running: Future | None = None
        self._prefetched: Future | None = None  # that first check, for ``convert``
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._run_here)
        # Queued when emitted from the pool's thread; called at once when the future was done
        # already (the file's first check, prefetched): ``request`` may then report before it
        # returns.
        self._done.connect(self._arrived)
        self._converted_there.connect(self.converted)

    @property
    def in_own_process(self) -> bool:
        """True when the checks run in their own process (else on the GUI thread, where the
        window asks for the first one after its first frame)."""
        return start_process() is not None

    def request(self, plan) -> None:
        self._pending = plan
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
        prefetched = take_prefetched()
        if prefetched is not None:
            self._running, self._sent = prefetched, (plan, plan.version, model.check_key(plan))
            self._prefetched = prefetched
            prefetched.add_done_callback(self._finished_there)
            return
        encoding, bom, newline = plan.written_as
        try:
            future = pool.submit(model.check_text, plan.dumps(), encoding, bom, newline)
        except Exception:  # the process is gone: check here
            stop_process()
            self._check_here(plan)
            return
        self._running, self._sent = future, (plan, plan.version, None)
        future.add_done_callback(self._finished_there)

    def convert(self, plan) -> None:
        """Have the checks' process convert the markdown of ``plan``'s first page, after the
        checks asked for so far (the form's template comes first); ``converted`` follows."""
        prefetched, self._prefetched = self._prefetched, None
        failed = prefetched is not None and prefetched.done() and _failed(prefetched)
        if prefetched is not None and not failed:  # the first page, converted with the check
            prefetched.add_done_callback(self._prefetch_converted_there)
            return
        pool, future = start_process(), None
        if pool is not None:
            try:
                future = pool.submit(model.convert_text, plan.dumps(), *plan.written_as)
            except Exception:  # the process is gone (the next check finds it and checks here)
                future = None
        if future is None:  # nothing converted there
            QTimer.singleShot(0, self, lambda: self.converted.emit(None))
            return
        future.add_done_callback(self._convert_finished_there)

    def _convert_finished_there(self, future: Future) -> None:  # on the pool's thread
        try:
            self._converted_there.emit(None if _failed(future) else future.result())
        except RuntimeError:  # the checker was deleted meanwhile
            pass

    def _prefetch_converted_there(self, future: Future) -> None:  # on the pool's thread
        try:
            self._converted_there.emit(None if _failed(future) else future.result().conversions)
        except RuntimeError:  # the checker was deleted meanwhile
            pass

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
        (sent, version, key), self._running, self._sent = self._sent, None, None
        if key is not None and not isinstance(result, BrokenExecutor):  # the file's first check
            if isinstance(result, model.Prefetched) and result.key == key:
                result = result.checked
            else:  # another plan than the file holds, or it could not be read there: check it
                self._pending = self._pending or sent
                self._send()
                return
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
        if plan is None:
            return
        try:
            checked = model.check(plan)
        except Exception as e:  # a checker failure must never take the editor down
            checked = model.failed(e)
        self._emit(plan, checked)

    def _emit(self, plan, checked: model.Checked) -> None:
        self.finished.emit(plan, checked.template, checked.report())


def _failed(future: Future) -> bool:
    return future.cancelled() or future.exception() is not None
