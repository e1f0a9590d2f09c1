"""The workspace seen from the GUI thread: folder changes as signals, the search index on a worker.

``FolderWatcher`` (Qt-free) calls back on its own thread; ``WorkspaceWatcher`` turns each call
into a queued signal, so no widget is ever touched from the observer thread. ``SearchIndex``
opens and syncs the SQLite index on a worker thread and reports progress; searches run on the
GUI thread with their own connection (the index uses WAL, one connection per thread).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from editor.ui.slices import Slices

if TYPE_CHECKING:  # watchdog and sqlite3 load when a workspace opens, after the first paint
    from editor.workspace.ownwrites import OwnWrites
    from editor.workspace.watch import Change


class WorkspaceWatcher(QObject):
    """One watchdog observer on the workspace folder; ``changed(Change)`` in the GUI thread."""

    changed = Signal(object)

    def __init__(self, folder: str | Path, own_writes: OwnWrites, parent: QObject | None = None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.own_writes = own_writes
        self._watcher = None

    def start(self) -> None:
        """Start watching; setting up the watches of a big folder takes a while, so a thread
        does it (it runs in C and leaves the GUI thread free)."""
        if self._watcher is None and self.folder.is_dir():
            from editor.workspace.watch import FolderWatcher

            self._watcher = FolderWatcher(self.folder, self._forward, own_writes=self.own_writes)
            self._starting = threading.Thread(target=self._watcher.start, daemon=True)
            self._starting.start()

    @property
    def watching(self) -> bool:
        """True once the watches are set: a change made from then on is seen."""
        return self._watcher is not None and not self._starting.is_alive()

    def stop(self) -> None:
        if self._watcher is not None:
            self._starting.join(timeout=10)
            self._watcher.stop()
            self._watcher = None

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)  # queued: the receivers live in the GUI thread


class SearchIndex(QObject):
    """The workspace's full-text index: opened on a worker thread (SQLite's integrity check runs
    in C, without the interpreter lock), then synced in short slices from the GUI event loop.

    A Python thread parsing thousands of files would hold the interpreter lock most of the time,
    and every call the GUI thread makes into Qt gives the lock up and waits up to the switch
    interval to get it back: the window would stall for hundreds of milliseconds at a time.
    """

    progress = Signal(int, int)  # files looked at so far, total (0 while unknown)
    ready = Signal(object)  # SyncReport
    facets = Signal(object)  # {filter key: [(value, count), ...]} once the index is synced
    failed = Signal(str)
    _opened = Signal(object)

    SLICE = 0.012  # seconds of indexing per turn of the event loop

    def __init__(self, folder: str | Path, cache_dir: str | Path | None = None, parent=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.cache_dir = cache_dir
        self._index = None
        self._sync: Slices | None = None
        self._thread: threading.Thread | None = None
        self._counting: threading.Thread | None = None  # counts the filter values
        self._stopped = False
        self._opened.connect(self._start_sync)

    def start(self) -> None:
        self._thread = threading.Thread(target=self._open, name="search-index", daemon=True)
        self._thread.start()

    def _open(self) -> None:
        try:
            from editor.workspace.index import WorkspaceIndex

            self._opened.emit(WorkspaceIndex(self.folder, cache_dir=self.cache_dir))
        except Exception as e:  # a broken cache must never stop the editor
            self.failed.emit(str(e))

    def _start_sync(self, index) -> None:
        if self._stopped:  # stopped while the index was being opened
            index.close()
            return
        self._index = index
        self._sync = Slices(
            index.sync_steps(),
            self.SLICE,
            self,
            on_slice=lambda looked: self.progress.emit(looked, 0),
            on_done=self._synced,
            on_error=lambda e: self.failed.emit(str(e)),
            background=True,
        )
        self._sync.start()

    def _synced(self, report) -> None:
        self.ready.emit(report)
        self._counting = threading.Thread(target=self._count_facets, daemon=True)
        self._counting.start()

    def stop(self) -> None:
        self._stopped = True
        if self._sync is not None and self._sync.running:
            self._sync.steps.close()  # commits nothing more, releases the index's write lock
            self._sync.cancel()
        # Closing the index closes every thread's connection: no thread may be using one.
        for thread in (self._thread, self._counting):
            if thread is not None:
                thread.join(timeout=30)
        if self._index is not None:
            self._index.close()

    def search(self, query: str, **filters) -> list:
        if self._index is None:
            return []
        return self._index.search(query, **{k: v for k, v in filters.items() if v})

    FACET_KEYS = ("type", "country", "year", "sdg", "method")

    def _count_facets(self) -> None:
        """The filter values with their counts, grouped by SQLite on a worker thread."""
        try:
            self.facets.emit({k: self._index.facet_values(k) for k in self.FACET_KEYS})
        except Exception:
            pass  # the filters stay empty; searching still works

    def apply(self, change: Change) -> None:
        """Keep the index in step with a change the watcher saw (one file, on the GUI thread)."""
        if self._index is None:
            return
        if self._sync is not None and self._sync.running:
            return  # the running sync will see it
        try:
            if change.kind == "deleted":
                self._index.remove(change.path)
            elif change.kind == "moved":
                self._index.move(change.path, change.dest_path)
            else:
                self._index.update(change.path)
        except Exception:
            pass  # the next sync catches up
