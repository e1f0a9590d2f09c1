"""Watch a workspace folder for changes made by other programs; no Qt here.

    watcher = FolderWatcher(folder, on_change)   # on_change(Change) runs on a watcher thread
    watcher.start(); ...; watcher.stop()

One watchdog observer watches the folder recursively. Its raw events come in bursts: an atomic
save is "create temp file, write it, rename it over the file", an editor may write a file in
several pieces. Events are gathered per path and reported once the path has been quiet for
``quiet`` seconds (0.1 by default; at the latest ``max_delay`` after the first event) as one
``Change`` per path, computed from what the burst did to the path and whether it exists now:

- ``created`` / ``modified`` / ``deleted``: the file's content is new / changed / gone;
- ``moved`` (``path`` -> ``dest_path``): renamed inside the folder (a chain a -> b -> c in one
  burst is one move a -> c); a rename to a name outside the workspace is ``deleted``, from
  outside ``created``.

Only plan files count (``scan.is_plan_path``): temporary files of atomic saves, hidden files
and other extensions never show, but a temporary file renamed onto a plan file is a change of
that file. With ``own_writes`` given, a created or modified file whose bytes are ones the app
wrote itself is not reported.

The callback runs on the watcher's own thread, one change at a time; a Qt layer forwards it to
the GUI thread with a signal. An exception in the callback is logged and does not stop the
watcher.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from watchdog.events import (
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

from editor.workspace.ownwrites import OwnWrites
from editor.workspace.scan import is_plan_path, iter_plan_files

log = logging.getLogger(__name__)

ChangeKind = Literal["created", "modified", "deleted", "moved"]
_EVENTS = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    FileClosedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    path: Path
    dest_path: Path | None = None  # only for "moved"


@dataclass
class _Pending:
    """What one burst did to one path."""

    before: bool  # the file existed when the burst began
    first: float
    deadline: float
    touched: bool = False  # its content was written, replaced or deleted
    moved_to: str | None = None
    moved_from: str | None = None


def _is_within(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


class _Handler(FileSystemEventHandler):
    def __init__(self, watcher: FolderWatcher) -> None:
        self._watcher = watcher

    def on_any_event(self, event: FileSystemEvent) -> None:
        self._watcher._on_event(event)


class FolderWatcher:
    """Report changes of the plan files under ``folder`` (see the module docstring)."""

    def __init__(
        self,
        folder: str | os.PathLike,
        callback: Callable[[Change], None],
        *,
        quiet: float = 0.1,
        max_delay: float = 2.0,
        own_writes: OwnWrites | None = None,
    ) -> None:
        self.folder = os.path.abspath(os.fspath(folder))
        self.callback = callback
        self.quiet = quiet
        self.max_delay = max_delay
        self.own_writes = own_writes
        self._known: set[str] = set()
        self._pending: dict[str, _Pending] = {}
        self._cond = threading.Condition()
        self._stopping = False
        self._observer: BaseObserver | None = None
        self._thread: threading.Thread | None = None

    # -- life cycle ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._known = {str(p) for p in iter_plan_files(self.folder)}
        self._stopping = False
        observer = Observer()
        observer.schedule(_Handler(self), self.folder, recursive=True, event_filter=_EVENTS)
        observer.daemon = True
        self._thread = threading.Thread(target=self._run, name="FolderWatcher", daemon=True)
        self._thread.start()
        observer.start()
        self._observer = observer

    def stop(self) -> None:
        """Stop watching; changes still waiting for their quiet period are dropped."""
        if self._thread is None:
            return
        observer, self._observer = self._observer, None
        if observer is not None:
            observer.stop()
            observer.join(timeout=5)
        with self._cond:
            self._stopping = True
            self._pending.clear()
            self._cond.notify_all()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5)
        self._thread = None

    def __enter__(self) -> FolderWatcher:
        self.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # -- raw events (observer thread) ----------------------------------------------------------

    def _is_plan(self, path: str) -> bool:
        return bool(path) and is_plan_path(path, self.folder)

    def _entry(self, path: str, now: float) -> _Pending:
        e = self._pending.get(path)
        if e is None:
            e = _Pending(before=path in self._known, first=now, deadline=now)
            self._pending[path] = e
        e.deadline = min(now + self.quiet, e.first + self.max_delay)
        return e

    def _on_event(self, event: FileSystemEvent) -> None:
        src = os.fsdecode(event.src_path)
        dest = os.fsdecode(getattr(event, "dest_path", "") or "")
        now = time.monotonic()
        with self._cond:
            if event.is_directory:
                # A folder moved within the tree comes with a move event for each file in it.
                inside = bool(dest) and _is_within(dest, self.folder)
                if event.event_type == "deleted" or (event.event_type == "moved" and not inside):
                    self._dir_gone(src, now)
            elif event.event_type == "moved":
                self._moved(src, dest, now)
            elif event.event_type == "deleted":
                if self._is_plan(src):
                    self._entry(src, now).touched = True
                    self._known.discard(src)
            elif event.event_type in ("created", "modified", "closed"):
                if self._is_plan(src):
                    self._entry(src, now).touched = True
                    self._known.add(src)
            else:
                return
            self._cond.notify_all()

    def _dir_gone(self, folder: str, now: float) -> None:
        prefix = folder.rstrip(os.sep) + os.sep
        for path in [p for p in self._known if p.startswith(prefix)]:
            if not os.path.exists(path):
                self._entry(path, now).touched = True
                self._known.discard(path)

    def _moved(self, src: str, dest: str, now: float) -> None:
        src_plan, dest_plan = self._is_plan(src), self._is_plan(dest)
        if src_plan and not dest_plan:  # renamed away (to a backup name, out of the folder)
            self._entry(src, now).touched = True
            self._known.discard(src)
            return
        if dest_plan and not src_plan:  # a temporary file renamed onto the file: a save
            self._entry(dest, now).touched = True
            self._known.add(dest)
            return
        if not src_plan:
            return
        es, ed = self._entry(src, now), self._entry(dest, now)
        self._known.discard(src)
        self._known.add(dest)
        if es.moved_from is not None and not es.touched:  # a -> src -> dest is a -> dest
            origin = es.moved_from
            es.moved_from = None
            if origin in self._pending:
                self._pending[origin].moved_to = dest
            ed.moved_from = origin
        elif not es.before and es.moved_from is None:  # made in this burst, then renamed
            ed.touched = True
        else:
            es.moved_to, ed.moved_from = dest, src
            if es.touched:
                ed.touched = True

    # -- reporting (watcher thread) ------------------------------------------------------------

    def _due(self, now: float) -> list[tuple[str, _Pending]]:
        due = []
        for path, e in self._pending.items():
            if e.deadline > now:
                continue
            origin = self._pending.get(e.moved_from) if e.moved_from else None
            if origin is not None and origin.moved_to == path:
                continue  # report the move before what happened to its destination
            due.append((path, e))
        for path, _ in due:
            del self._pending[path]
        return due

    def _run(self) -> None:
        while True:
            with self._cond:
                if self._stopping:
                    return
                now = time.monotonic()
                due = self._due(now)
                if not due:
                    wait = min((e.deadline for e in self._pending.values()), default=now + 60) - now
                    self._cond.wait(timeout=max(wait, 0.005))
                    continue
            for path, e in due:
                for change in self._changes(path, e):
                    if self._stopping:
                        return
                    try:
                        self.callback(change)
                    except Exception:
                        log.exception("folder watcher callback failed on %s", change)

    def _changes(self, path: str, e: _Pending) -> list[Change]:
        exists = os.path.exists(path)
        p = Path(path)
        if e.moved_to is not None:
            out = [Change("moved", p, Path(e.moved_to))]
            return out + ([Change("created", p)] if exists else [])
        if e.moved_from is not None or e.before:
            if not e.touched:
                return []
            kind: ChangeKind = "modified" if exists else "deleted"
        elif exists and e.touched:
            kind = "created"
        else:
            return []
        if kind != "deleted" and self.own_writes is not None and self.own_writes.is_own_file(p):
            return []
        return [Change(kind, p)]
