"""The local history of every plan file: each version a write replaced or the window saw.

    keep(path, data, "external")       # a version (no-op when the newest already holds data)
    versions(path)                     # [Version], newest first, numbered 1..n as the CLI shows
    read(path, n)                      # the bytes of version n (HistoryError if there is none)
    write_keeping(doc, path)           # editor.planfile.write, keeping what it replaces first
    write_bytes_keeping(path, data)    # the same for bytes (``history --restore``)

Every writer of the editor (the window's save, ``set``, ``format``, ``new --force``,
``history --restore``) goes through ``write_keeping`` / ``write_bytes_keeping``: the bytes on
disk just before the write are kept, then the file is written, then the hash of what was written
is noted. The window also keeps every change of the open plan it sees on disk (``keep(...,
EXTERNAL)``).

**Source** of a version: who produced those bytes. ``editor`` when this editor wrote them (their
hash is one it noted after a write of that path, by the window or the command line), else
``external`` (another program, or a file that was there before the editor ever wrote it).

**Layout** (``<user data dir>/plan-editor/history/``): one folder per file, named by the hash of
its absolute path, holding ``path.txt`` (the path, for people), ``written`` (hashes of the
editor's recent writes) and one zlib-compressed file per version, named
``<time_ns>.<size>.<source>.<sha256>.z``. Every file is written with ``atomic_write`` and no
version file is ever rewritten, so a version cannot be lost because a later write failed, and
two processes keeping versions at once cannot lose each other's. The time is when the version
was kept (replaced by a write, or seen on disk).

**Pruning**, after each successful keep: a version goes when it is older than ``KEEP_DAYS`` and
not among the newest ``KEEP_LAST`` of its file.

A failing history write never stops a save: ``write_keeping`` logs it and writes the file.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs

from editor.planfile.source import atomic_write, content_hash

log = logging.getLogger(__name__)

APP_NAME = "plan-editor"
KEEP_DAYS = 90
KEEP_LAST = 100
EDITOR = "editor"
EXTERNAL = "external"
SOURCES = (EDITOR, EXTERNAL)
_WRITTEN_KEEP = 8  # hashes of recent editor writes remembered per file
_SUFFIX = ".z"


class HistoryError(LookupError):
    """No such version, or a version file that cannot be read back."""


def default_history_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "history"


def _absolute(path: str | os.PathLike) -> str:
    return os.path.normcase(os.path.abspath(os.fspath(path)))


@dataclass(frozen=True)
class Version:
    number: int  # 1 = the newest
    time: float  # seconds since the epoch, when the version was kept
    size: int  # bytes
    source: str  # "editor" | "external"
    sha256: str
    file: Path  # where the store holds it

    @property
    def local_time(self) -> str:
        """The time in local ISO format, to the second (``2025-03-04T10:05:00+01:00``)."""
        return datetime.fromtimestamp(self.time).astimezone().isoformat(timespec="seconds")

    def as_json(self) -> dict:
        return {
            "number": self.number,
            "time": self.local_time,
            "size": self.size,
            "source": self.source,
            "sha256": self.sha256,
        }


def _parse_name(name: str) -> tuple[int, int, str, str] | None:
    if not name.endswith(_SUFFIX):
        return None
    parts = name[: -len(_SUFFIX)].split(".")
    if len(parts) != 4 or parts[2] not in SOURCES:
        return None
    stamp, size, source, digest = parts
    if not (stamp.isdigit() and size.isdigit()) or len(digest) != 64:
        return None
    return int(stamp), int(size), source, digest


class History:
    """The history folder; ``clock`` (seconds since the epoch) is for tests of pruning."""

    def __init__(
        self,
        folder: str | os.PathLike | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.folder = Path(folder) if folder is not None else default_history_dir()
        self.clock = clock

    def folder_for(self, path: str | os.PathLike) -> Path:
        key = hashlib.sha256(_absolute(path).encode("utf-8", "surrogatepass")).hexdigest()[:32]
        return self.folder / key

    # -- reading -------------------------------------------------------------------------------

    def _entries(self, where: Path) -> list[tuple[tuple[int, int, str, str], str]]:
        """(parsed name, name) of every version file in ``where``, newest first."""
        try:
            names = os.listdir(where)
        except OSError:
            return []
        return sorted(
            ((p, name) for name in names if (p := _parse_name(name)) is not None), reverse=True
        )

    def versions(self, path: str | os.PathLike) -> list[Version]:
        """The versions of ``path``, newest first, numbered from 1."""
        where = self.folder_for(path)
        return [
            Version(i, stamp / 1e9, size, source, digest, where / name)
            for i, ((stamp, size, source, digest), name) in enumerate(self._entries(where), 1)
        ]

    def read(self, path: str | os.PathLike, number: int) -> bytes:
        """The bytes of version ``number`` (1 = the newest); HistoryError when there is none."""
        found = self.versions(path)
        if not 1 <= number <= len(found):
            count = len(found)
            have = f"versions 1 to {count}" if count > 1 else "version 1" if count else "none"
            raise HistoryError(f"{path}: no version {number} in the history ({have})")
        version = found[number - 1]
        try:
            data = zlib.decompress(version.file.read_bytes())
        except (OSError, zlib.error) as e:
            raise HistoryError(f"{path}: version {number} cannot be read: {e}") from None
        if content_hash(data) != version.sha256:
            raise HistoryError(f"{path}: version {number} is damaged (its hash does not match)")
        return data

    # -- keeping -------------------------------------------------------------------------------

    def keep(self, path: str | os.PathLike, data: bytes, source: str) -> Version | None:
        """Keep ``data`` as the newest version of ``path``; None when the newest version
        already holds these bytes. Raises OSError / WriteError when the store cannot be written."""
        if source not in SOURCES:
            raise ValueError(f"source must be one of {SOURCES}, not {source!r}")
        digest = content_hash(data)
        where = self.folder_for(path)
        entries = self._entries(where)
        if entries and entries[0][0][3] == digest:
            return None
        if not entries:
            where.mkdir(parents=True, exist_ok=True)
            label = os.fspath(os.path.abspath(path)).encode("utf-8", "replace")
            atomic_write(where / "path.txt", label)
        stamp = int(self.clock() * 1e9)
        if entries:  # strictly after the newest, so the order is the order of keeping
            stamp = max(stamp, entries[0][0][0] + 1)
        file = where / f"{stamp:019d}.{len(data)}.{source}.{digest}{_SUFFIX}"
        atomic_write(file, zlib.compress(data, 1))  # fast: a save waits for it
        if len(entries) >= KEEP_LAST:
            self.prune(path)
        return Version(1, stamp / 1e9, len(data), source, digest, file)

    def prune(self, path: str | os.PathLike) -> int:
        """Remove the versions older than KEEP_DAYS beyond the newest KEEP_LAST; how many."""
        limit = self.clock() - KEEP_DAYS * 86400
        removed = 0
        for version in self.versions(path)[KEEP_LAST:]:
            if version.time < limit:
                try:
                    version.file.unlink()
                    removed += 1
                except OSError as e:
                    log.warning("cannot prune %s: %s", version.file, e)
        return removed

    # -- the editor's own writes ---------------------------------------------------------------

    def _written_file(self, path: str | os.PathLike) -> Path:
        return self.folder_for(path) / "written"

    def written(self, path: str | os.PathLike) -> list[str]:
        """The hashes of the editor's recent writes of ``path``, oldest first."""
        try:
            text = self._written_file(path).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            return []
        return [h for h in text.split() if len(h) == 64]

    def note_written(self, path: str | os.PathLike, data: bytes) -> None:
        """The editor wrote ``data`` to ``path``: a later version with that hash is its own."""
        digest = content_hash(data)
        recent = [h for h in self.written(path) if h != digest][-(_WRITTEN_KEEP - 1) :]
        recent.append(digest)
        self.folder_for(path).mkdir(parents=True, exist_ok=True)
        atomic_write(self._written_file(path), "\n".join(recent).encode("ascii"))

    def source_of(self, path: str | os.PathLike, data: bytes) -> str:
        """Who produced ``data`` in ``path``: this editor, or another program."""
        return EDITOR if content_hash(data) in self.written(path) else EXTERNAL

    def keep_before_write(
        self, path: str | os.PathLike, replacing: bytes | None = None
    ) -> Version | None:
        """Keep what ``path`` holds now (if anything), before a write of ``replacing`` replaces
        it (a write of the same bytes replaces nothing and keeps nothing). Never raises: a
        history that cannot be written is logged, and the write goes ahead."""
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError:
            return None  # a new file (or an unreadable one: the write will say why)
        if data == replacing:
            return None
        try:
            return self.keep(path, data, self.source_of(path, data))
        except Exception as e:  # noqa: BLE001 - the user's save must never fail for the history
            log.warning("cannot keep the version of %s replaced by a save: %s", path, e)
            return None

    def after_write(self, path: str | os.PathLike, data: bytes) -> None:
        """``note_written``, logged instead of raised."""
        try:
            self.note_written(path, data)
        except Exception as e:  # noqa: BLE001 - as in keep_before_write
            log.warning("cannot note the save of %s in the history: %s", path, e)

    def write_bytes_keeping(self, path: str | os.PathLike, data: bytes) -> bytes:
        """``atomic_write(path, data)``, keeping the version it replaces first."""
        self.keep_before_write(path, data)
        atomic_write(path, data)
        self.after_write(path, data)
        return data

    def write_keeping(self, doc, path: str | os.PathLike) -> bytes:
        """``editor.planfile.write(doc, path)``, keeping the version it replaces first."""
        from editor.planfile import encode_document

        return self.write_bytes_keeping(path, encode_document(doc, path))


# The store in the user's data folder (looked up on each call: tests point it elsewhere).


def store() -> History:
    return History()


def keep(path: str | os.PathLike, data: bytes, source: str) -> Version | None:
    return store().keep(path, data, source)


def versions(path: str | os.PathLike) -> list[Version]:
    return store().versions(path)


def read(path: str | os.PathLike, number: int) -> bytes:
    return store().read(path, number)


def keep_seen(path: str | os.PathLike, data: bytes) -> Version | None:
    """A change of ``path`` another program made, seen by the window: kept as ``external``
    (as ``editor`` if the bytes are the editor's own). Never raises."""
    try:
        history = store()
        return history.keep(path, data, history.source_of(path, data))
    except Exception as e:  # noqa: BLE001 - seeing a change must not fail for the history
        log.warning("cannot keep the version of %s seen on disk: %s", path, e)
        return None


def write_keeping(doc, path: str | os.PathLike) -> bytes:
    return store().write_keeping(doc, path)


def write_bytes_keeping(path: str | os.PathLike, data: bytes) -> bytes:
    return store().write_bytes_keeping(path, data)
