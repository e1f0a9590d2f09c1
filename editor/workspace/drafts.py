"""Crash-recovery drafts: the unsaved text of open documents, kept outside the workspace.

    store = DraftStore()                          # <user data>/plan-editor/drafts
    store.save(path, text, base_sha256)           # every few seconds while a document is dirty
    store.discard(path)                           # after a save, or when the user closes it
    for draft in store.load_all():                # at start-up, after a crash
        draft.status(current_bytes_or_None)       # what restoring it means

One JSON file per document path (named by the hash of the absolute path), written atomically,
so a crash while saving a draft leaves the previous draft. ``base_sha256`` is the sha256 of the
bytes on disk the editing started from; it tells whether the file changed since (then the draft
needs a three-way merge, see ``merge.py``) or was deleted.
"""

from __future__ import annotations

import enum
import hashlib
import json
import logging
import os
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from editor.planfile.source import atomic_write, content_hash

log = logging.getLogger(__name__)

APP_NAME = "plan-editor"
DRAFT_VERSION = 1


def default_drafts_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "drafts"


class DraftStatus(enum.StrEnum):
    UNCHANGED_BASE = "unchanged base"  # disk still holds the base: restoring replaces the buffer
    DISK_CHANGED = "disk changed"  # the file changed since: restoring needs a merge
    FILE_DELETED = "file deleted"  # the file is gone: restoring re-creates it


@dataclass(frozen=True)
class Draft:
    path: Path
    text: str
    base_sha256: str | None  # None: the document had no file on disk when editing began
    saved_at: float  # seconds since the epoch
    base_text: str | None = None  # the text editing began from: the base of a merge

    def status(self, current_bytes: bytes | None) -> DraftStatus:
        """Compare with the file's bytes now (None when the file does not exist)."""
        if current_bytes is None:
            return (
                DraftStatus.UNCHANGED_BASE if self.base_sha256 is None else DraftStatus.FILE_DELETED
            )
        if self.base_sha256 is not None and content_hash(current_bytes) == self.base_sha256:
            return DraftStatus.UNCHANGED_BASE
        return DraftStatus.DISK_CHANGED

    def check(self) -> DraftStatus:
        """``status`` of the file as it is on disk now."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            data = None
        return self.status(data)


def _key(path: str | os.PathLike) -> str:
    absolute = os.path.normcase(os.path.abspath(os.fspath(path)))
    return hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class DraftStore:
    """The drafts folder; every method is safe to call from any one thread at a time."""

    def __init__(self, folder: str | os.PathLike | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_drafts_dir()

    def file_for(self, path: str | os.PathLike) -> Path:
        return self.folder / f"{_key(path)}.json"

    def save(
        self,
        path: str | os.PathLike,
        text: str,
        base_sha256: str | None,
        base_text: str | None = None,
    ) -> Draft:
        """Keep ``text`` as the draft of ``path``, replacing any earlier draft of it."""
        draft = Draft(
            Path(os.path.abspath(os.fspath(path))), text, base_sha256, time.time(), base_text
        )
        record = {
            "version": DRAFT_VERSION,
            "path": os.fspath(draft.path),
            "base_sha256": base_sha256,
            "saved_at": draft.saved_at,
            "text": text,
            "base_text": base_text,
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        # ensure_ascii: any str (even a lone surrogate from a paste) becomes valid JSON bytes.
        atomic_write(self.file_for(path), json.dumps(record).encode("ascii"))
        return draft

    def load(self, path: str | os.PathLike) -> Draft | None:
        return self._read(self.file_for(path))

    def load_all(self) -> list[Draft]:
        """Every readable draft, oldest first; unreadable draft files are skipped (and logged)."""
        try:
            files = sorted(self.folder.glob("*.json"))
        except OSError:
            return []
        drafts = [d for d in (self._read(f) for f in files) if d is not None]
        return sorted(drafts, key=lambda d: d.saved_at)

    def discard(self, path: str | os.PathLike) -> bool:
        """Forget the draft of ``path``; True when there was one."""
        try:
            self.file_for(path).unlink()
            return True
        except FileNotFoundError:
            return False

    def _read(self, file: Path) -> Draft | None:
        try:
            record = json.loads(file.read_bytes())
            if record.get("version") != DRAFT_VERSION:
                raise ValueError(f"draft version {record.get('version')!r}")
            base = record["base_sha256"]
            return Draft(
                path=Path(record["path"]),
                text=str(record["text"]),
                base_sha256=None if base is None else str(base),
                saved_at=float(record["saved_at"]),
                base_text=record.get("base_text"),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            log.warning("skipping unreadable draft %s: %s", file, e)
            return None
