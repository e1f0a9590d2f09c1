"""The checks' process: one ``concurrent.futures.ProcessPoolExecutor`` worker that imports the
templates, matching and validation (pydantic) and checks plans for every window of the editor.

No Qt here: ``editor.cli`` starts it first thing for the window, before Qt is imported, so that
the worker's imports overlap the window's on the second core (elsewhere, the first check starts
it); the worker imports only what a check needs. Started that early on Linux, it is a fork of
the interpreter (``_start_method``). ``editor.cli`` ends it when the window closes (and at exit,
for a process that did not, such as the tests'); it ends on its own as soon as the editor's
process is gone, however it ended.
``PLAN_EDITOR_CHECKS_IN_PROCESS=1`` runs the checks on the GUI thread.
"""

from __future__ import annotations

import atexit
import os
import sys
from concurrent.futures import Executor, Future

_DISABLE = "PLAN_EDITOR_CHECKS_IN_PROCESS"  # set (to 1) to run the checks on the GUI thread
_pool: Executor | None = None
_broken = False
_prefetched: Future | None = None  # the first plan's check, asked for before the window exists


def _end_with_the_editor() -> None:
    """The worker's initializer: a thread that ends the worker as soon as the editor's process
    is gone, killed included (the worker would otherwise wait for work forever, for it holds
    an end of its own queue)."""
    import multiprocessing
    import threading

    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()  # its sentinel: ready when the editor's process ends, however it ends
        os._exit(0)

    threading.Thread(target=watch, name="end-with-the-editor", daemon=True).start()


def _warm() -> None:
    """What the process does first, before any plan arrives: its imports and the templates
    (this process imports the form's model only once the worker has started)."""
    from editor.ui.form import model

    model.warm()


def _check_file(path: str):
    """``model.check_file`` in the checks' process (this process imports the form's model only
    once the worker has started; its ``Prefetched``, read back on the pool's thread, imports it
    there if the window has not yet: Python's module locks keep the two imports apart)."""
    from editor.ui.form import model

    return model.check_file(path)


def _start_method() -> str:
    """fork while this process is still only an interpreter (on Linux, before Qt is imported and
    before any thread starts, as ``editor.cli`` starts it): the worker begins with this process's
    few modules and no interpreter of its own to start, and no resource tracker (a third
    interpreter) competes with the window for the machine's cores. Otherwise spawn: a fresh
    interpreter, never a fork of a process that runs Qt or threads."""
    import threading

    alone = threading.active_count() == 1 and not any(m.startswith("PySide6") for m in sys.modules)
    return "fork" if sys.platform.startswith("linux") and alone else "spawn"


def start_process() -> Executor | None:
    """Start the checks' process (once); None when checks run on the GUI thread."""
    global _pool, _broken
    if _pool is not None or _broken:
        return _pool
    if os.environ.get(_DISABLE):
        _broken = True
        return None
    try:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        _pool = ProcessPoolExecutor(
            1,
            mp_context=multiprocessing.get_context(_start_method()),
            initializer=_end_with_the_editor,
        )
        _pool.submit(_warm)  # its imports, before any plan arrives
    except Exception:  # no process here (a sandbox without semaphores, say): checks in process
        _pool, _broken = None, True
    else:
        # Ended, at the latest, before the interpreter takes its modules down (where the
        # executor's own clean-up fails noisily once its modules are gone).
        atexit.register(stop_process)
    return _pool


def prefetch(path: str) -> None:
    """Have the checks' process read, check and convert the plan file the window is about to
    open, while the window starts (``editor.cli`` asks as soon as it has started the process):
    the window's first check takes it (``take_prefetched``) when it opened the same plan."""
    global _prefetched
    pool = start_process()
    if pool is None:
        return
    try:
        _prefetched = pool.submit(_check_file, os.path.abspath(path))
    except Exception:  # the process is gone: the window's first check finds it
        _prefetched = None


def take_prefetched() -> Future | None:
    """The future of ``prefetch``'s ``model.Prefetched``, once (None when there is none)."""
    global _prefetched
    future, _prefetched = _prefetched, None
    return future


def stop_process() -> None:
    """End the checks' process (the application quits, or the process died): later checks
    run on the GUI thread."""
    global _pool, _broken, _prefetched
    pool, _pool, _broken, _prefetched = _pool, None, True, None
    if pool is None:
        return
    # It holds nothing to save: ended at once, not after its interpreter's own clean-up, which
    # the editor's exit would wait for (``terminate_workers`` from Python 3.14 does the same).
    for worker in list((getattr(pool, "_processes", None) or {}).values()):
        worker.terminate()
    pool.shutdown(wait=False, cancel_futures=True)


def check_pid() -> int | None:
    """The process id of the checks' process (None when they run on the GUI thread)."""
    pool = start_process()
    if pool is None:
        return None
    try:
        return pool.submit(os.getpid).result(timeout=30)
    except Exception:
        return None
