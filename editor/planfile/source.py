"""Bytes on disk to text and back: encoding, byte-order mark, and atomic writes.

``decode`` accepts UTF-8 (with or without BOM), UTF-16 with a BOM, Windows-1252 and what
charset-normalizer recognises, and only when the text encodes back to the very same bytes, so a
file opened and saved without an edit is identical. ``atomic_write`` goes through a temporary
file in the same folder, fsync and rename, and keeps the file's permissions.
"""

from __future__ import annotations

import codecs
import errno
import hashlib
import os
import re
import stat
import tempfile
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Control characters that a text file does not hold (tab, line feed, VT, form feed, CR aside).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_OTHER_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)


class PlanFileError(Exception):
    """A file that cannot be read or written; the message names the file and the cause."""

    def __init__(self, path: str | os.PathLike | None, reason: str) -> None:
        self.path = None if path is None else str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}" if self.path else reason)


class ReadError(PlanFileError):
    pass


class WriteError(PlanFileError):
    pass


_ENCODING_NAMES = {
    "cp1252": "Windows-1252",
    "utf-8": "UTF-8",
    "utf-16-le": "UTF-16",
    "utf-16-be": "UTF-16",
}


def encoding_name(encoding: str) -> str:
    """The name users know an encoding by (``cp1252`` is "Windows-1252")."""
    return _ENCODING_NAMES.get(encoding.lower(), encoding)


class EncodeError(WriteError):
    """The text holds a character the file's encoding cannot: nothing was written.

    ``char`` is the first such character, at ``line`` and ``column`` (both from 1) of the text;
    ``code_point`` is its "U+XXXX". UTF-8 holds any text, so ``to_utf8`` is the way out.
    """

    def __init__(
        self, path: str | os.PathLike | None, char: str, line: int, column: int, encoding: str
    ) -> None:
        self.char, self.line, self.column, self.encoding = char, line, column, encoding
        self.code_point = f"U+{ord(char):04X}"
        name = encoding_name(encoding)
        known_as = f" ({name})" if name != encoding else ""
        super().__init__(
            path,
            f"the character {self.shown} ({self.code_point}) on line {line}, column {column} "
            f"cannot be written in the file's encoding {encoding}{known_as}; it needs UTF-8",
        )

    @property
    def shown(self) -> str:
        """The character quoted, or escaped when it is invisible (a control or format code)."""
        return f"“{self.char}”" if self.char.isprintable() else repr(self.char)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _position(text: str, at: int) -> tuple[int, int]:
    """(line, column), both from 1, of ``text[at]``; CR LF, LF and a lone CR end a line."""
    line, start = 1, 0
    for m in _LINE_BREAK.finditer(text, 0, at):
        line, start = line + 1, m.end()
    return line, at - start + 1


def to_utf8(doc) -> tuple[str, bool, str]:
    """Make ``doc`` (a PlanFile) write as UTF-8 from now on, its line endings kept; returns how
    it was written (``written_as``), to put back with ``write_as`` if the write fails. A UTF-8
    BOM stays; any other goes."""
    was = doc.written_as
    doc.write_as("utf-8", doc.bom and doc.encoding == "utf-8", doc.newline)
    return was


def _is_text(data: bytes) -> bool:
    # A stray control character pasted into an answer is text; a run of them is binary.
    sample = data[:65536]
    return len(sample.translate(None, _OTHER_BYTES)) <= 2 + len(sample) // 100


def decode(data: bytes, path: str | os.PathLike | None = None) -> tuple[str, str, bool]:
    """Return (text, encoding, bom) or raise ReadError naming ``path``."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(name)
            except UnicodeDecodeError as e:
                raise ReadError(
                    path,
                    f"starts with a {name} byte-order mark but is not {name}: {e.reason} at byte {e.start}",
                ) from None
            return text, name, True
    if b"\x00" in data:
        raise ReadError(path, "is a binary file (it contains NUL bytes), not a text plan file")
    candidates = ["utf-8", "cp1252"]
    for name in candidates:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _is_text(data):
            return text, name, False
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        name = best.encoding
        try:
            text = data.decode(name)
            if _is_text(data) and text.encode(name) == data:
                return text, name, False
        except (UnicodeError, LookupError):
            pass
    raise ReadError(
        path, "is not text in any encoding this editor knows (UTF-8, UTF-16, Windows-1252, …)"
    )


def encode(text: str, encoding: str, bom: bool, path: str | os.PathLike | None = None) -> bytes:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError as e:
        raise EncodeError(path, text[e.start], *_position(text, e.start), encoding) from None
    if bom:
        data = dict((n, b) for b, n in _BOMS)[encoding] + data
    return data


def content_hash(data: bytes) -> str:
    """The one hash of a file's contents (hex sha-256): how the editor tells its own writes,
    its drafts' base and a changed file from each other."""
    return hashlib.sha256(data).hexdigest()


def read_file(path: str | os.PathLike) -> tuple[bytes, os.stat_result]:
    """The file's bytes and its stat (taken before reading), or ReadError saying why not."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if stat.S_ISDIR(st.st_mode):
                raise ReadError(path, "is a folder, not a plan file")
            if st.st_size > MAX_BYTES:
                raise ReadError(
                    path,
                    f"is too large to open ({st.st_size / 2**20:.1f} MB; "
                    f"the limit is {MAX_BYTES // 2**20} MB)",
                )
            return f.read(), st
    except FileNotFoundError:
        raise ReadError(path, "does not exist (was it moved or deleted?)") from None
    except PermissionError:
        raise ReadError(path, "cannot be read: permission denied") from None
    except IsADirectoryError:
        raise ReadError(path, "is a folder, not a plan file") from None
    except OSError as e:
        raise ReadError(path, f"cannot be read: {e.strerror or e}") from None


def read_bytes(path: str | os.PathLike) -> bytes:
    return read_file(path)[0]


def atomic_write(path: str | os.PathLike, data: bytes) -> None:
    """Replace ``path`` with ``data`` all at once; on any failure the old file is untouched."""
    p = Path(path)
    folder = p.parent if str(p.parent) else Path(".")
    try:
        st = p.stat()
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise WriteError(path, f"cannot be saved: {e.strerror or e}") from None
    if st is not None and not st.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise WriteError(path, "cannot be saved: the file is read-only")
    if not os.access(folder, os.W_OK) or (
        folder.exists() and not folder.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    ):
        raise WriteError(path, f"cannot be saved: the folder {folder} is read-only")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, p)
        tmp = None
        _fsync_dir(folder)
    except OSError as e:
        raise WriteError(path, f"cannot be saved: {_describe(e)}") from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def _describe(e: OSError) -> str:
    causes = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is exceeded",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.EROFS: "the disk is read-only",
        errno.ENOENT: "the folder no longer exists",
        errno.EBUSY: "the file is locked by another program",
    }
    return causes.get(e.errno, e.strerror or str(e))


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
