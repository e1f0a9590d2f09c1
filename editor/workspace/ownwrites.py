"""Recognise the app's own writes by their content, not by their timing.

After every save the app calls ``remember(path, bytes_written)``; when the watcher then reports
a change of that path, ``is_own(path, bytes_on_disk)`` says whether the disk holds bytes we wrote,
so the change needs no reload and no question to the user. A few recent writes are kept per path,
because two quick saves can be reported after the second one landed.

The watcher then reports nothing at all, so whoever saves must also bring the workspace list and
the search index up to date itself (the window does it in ``WorkspaceLink.saved``).
"""

from __future__ import annotations

import os
import threading
from collections import deque

from editor.planfile.source import content_hash

_KEEP = 4  # recent writes remembered per path


def _key(path: str | os.PathLike) -> str:
    return os.path.normcase(os.path.abspath(os.fspath(path)))


class OwnWrites:
    """The sha256 of the bytes we wrote, per path; safe to use from several threads."""

    def __init__(self) -> None:
        self._hashes: dict[str, deque[str]] = {}
        self._lock = threading.Lock()

    def remember(self, path: str | os.PathLike, data: bytes) -> None:
        digest = content_hash(data)
        with self._lock:
            recent = self._hashes.setdefault(_key(path), deque(maxlen=_KEEP))
            if digest in recent:
                recent.remove(digest)
            recent.append(digest)

    def is_own(self, path: str | os.PathLike, bytes_on_disk: bytes | None) -> bool:
        """True when ``bytes_on_disk`` are bytes we wrote to ``path`` (None: file missing)."""
        if bytes_on_disk is None:
            return False
        digest = content_hash(bytes_on_disk)
        with self._lock:
            return digest in self._hashes.get(_key(path), ())

    def is_own_file(self, path: str | os.PathLike) -> bool:
        """``is_own`` for what is on disk now."""
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            return False
        return self.is_own(path, data)

    def moved(self, src: str | os.PathLike, dest: str | os.PathLike) -> None:
        """Our own rename (Save As moving a file): the writes follow the path."""
        with self._lock:
            recent = self._hashes.pop(_key(src), None)
            if recent is not None:
                self._hashes[_key(dest)] = recent

    def forget(self, path: str | os.PathLike) -> None:
        with self._lock:
            self._hashes.pop(_key(path), None)
