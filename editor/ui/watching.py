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
        if self._watcher is None and self.folder.is_dir():
            from editor.workspace.watch import FolderWatcher

            self._watcher = FolderWatcher(self.folder, self._forward, own_writes=self.own_writes)
            self._watcher.start()

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None

    def _forward(self, change: Change) -> None:
        self.changed.emit(change)  # queued: the receivers live in the GUI thread


class SearchIndex(QObject):
    """The workspace's full-text index, built and kept in sync off the GUI thread."""

    progress = Signal(int, int)  # files done, total (0 while unknown)
    ready = Signal(object)  # SyncReport
    failed = Signal(str)

    def __init__(self, folder: str | Path, cache_dir: str | Path | None = None, parent=None):
        super().__init__(parent)
        self.folder = Path(folder)
        self.cache_dir = cache_dir
        self._index = None
        self._lock = threading.Lock()
        self._cancel = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def available(self) -> bool:
        return self._index is not None

    def start(self) -> None:
        """Open (or rebuild) and sync the index on a worker thread."""
        self._thread = threading.Thread(target=self._run, name="search-index", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            from editor.workspace.index import WorkspaceIndex

            index = WorkspaceIndex(self.folder, cache_dir=self.cache_dir)
            if index.needs_rebuild:
                index.rebuild()
            with self._lock:
                self._index = index
            report = index.sync(
                progress=lambda done: self.progress.emit(done, 0), cancel=self._cancel
            )
            self.ready.emit(report)
        except Exception as e:  # a broken cache must never stop the editor
            self.failed.emit(str(e))

    def stop(self) -> None:
        self._cancel.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self._index is not None:
            self._index.close()

    def search(self, query: str, **filters) -> list:
        if self._index is None:
            return []
        return self._index.search(query, **{k: v for k, v in filters.items() if v})

    def facet_values(self, key: str) -> list[tuple[str, int]]:
        return [] if self._index is None else self._index.facet_values(key)

    def apply(self, change: Change) -> None:
        """Keep the index in step with a change the watcher saw (cheap: one file)."""
        if self._index is None:
            return
        threading.Thread(target=self._apply, args=(change,), daemon=True).start()

    def _apply(self, change: Change) -> None:
        try:
            if change.kind == "deleted":
                self._index.remove(change.path)
            elif change.kind == "moved":
                self._index.move(change.path, change.dest_path)
            else:
                self._index.update(change.path)
        except Exception:
            pass  # the next sync catches up
