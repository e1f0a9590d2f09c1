"""The workspace search index: SQLite FTS5 over titles and answers, with filters on tags.

One database per workspace folder, in the user cache folder (``<cache>/index/<hash>.sqlite3``,
the hash of the folder's absolute path); it is only a cache: when it is missing, cannot be
opened, fails ``PRAGMA integrity_check`` or has another schema version, it is deleted and built
again from the files.

    index = WorkspaceIndex(folder)          # opens or rebuilds the database (may take a moment)
    index.sync()                            # worker thread: index new/changed, drop deleted files
    index.update(path); index.remove(path)  # the watcher's changes, one file at a time
    index.search("agri", country="Kenya")   # any thread; prefix matching as you type

Each file is keyed by its path relative to the folder, with mtime, size and sha256: ``sync``
reads only files whose mtime or size changed, and re-indexes only those whose bytes changed.

Threads: every thread gets its own connection (WAL mode, so a search on the GUI thread reads the
last committed state while a worker writes); writes are serialised by a lock and committed in
batches so results fill in during a long sync.

What is indexed: the title, and the answers (the text after the header that is not a heading,
lead, prompt, group marker or image line; a prompt's continuation lines count as answer text).
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

from editor.planfile.syntax import TEXT, Block
from editor.workspace.scan import (
    PlanSummary,
    header_end,
    is_plan_path,
    iter_plan_files,
    load,
    sdg_number,
    summary_from_tags,
)

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # 2: files.tags, from which the list of a known folder is shown at once
APP_NAME = "plan-editor"
_BATCH_FILES = 200  # commit at least every this many files…
_BATCH_SECONDS = 0.5  # …or this often, so searches see a long sync progress

_SCHEMA = """
CREATE TABLE files(
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    title TEXT,
    type TEXT,
    year INTEGER,
    error TEXT,
    tags TEXT NOT NULL DEFAULT '[]'  -- the header's (key, value) tags, as JSON
);
-- A rowid table: SQLite 3.40's integrity_check wrongly reports NULLs in WITHOUT ROWID tables.
CREATE TABLE facets(
    key TEXT NOT NULL,
    norm TEXT NOT NULL,
    value TEXT NOT NULL,
    file INTEGER NOT NULL
);
CREATE UNIQUE INDEX facets_key ON facets(key, norm, file);
CREATE INDEX facets_file ON facets(file);
CREATE VIRTUAL TABLE fts USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
);
INSERT INTO fts(fts, rank) VALUES('rank', 'bm25(10.0, 1.0)');
"""

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
# Filter keyword -> facet key in the database.
_FILTERS = ("type", "country", "year", "sdg", "method")
_STORED_BATCH = 500  # rows of the files table read per step of stored_summaries


def stored_summaries(
    folder: str | os.PathLike, cache_dir: str | os.PathLike | None = None
) -> Iterator[tuple[str, PlanSummary]]:
    """(absolute path, summary) of every file the search index of ``folder`` holds, as it was
    when the index last saw it (none when there is no usable index): what the list shows at
    once when a folder is opened again, before it looks at the files. The database is read
    (read-only) a few hundred rows per step, each with a connection of its own, so a GUI can
    make them in slices and no connection stays open between them. Never raises."""
    folder = Path(os.path.abspath(os.fspath(folder)))
    db = database_path(folder, cache_dir)
    if not db.exists():
        return
    base = str(folder) + os.sep
    after = None  # the last rowid read; None before the first batch
    while True:
        try:
            conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True, timeout=1.0)
        except sqlite3.Error:
            return
        try:
            if after is None and conn.execute("PRAGMA user_version").fetchone()[0] != (
                SCHEMA_VERSION
            ):
                return
            batch = conn.execute(
                "SELECT rowid, path, mtime_ns, size, sha256, title, error, tags FROM files "
                "WHERE rowid > ? ORDER BY rowid LIMIT ?",
                (after or 0, _STORED_BATCH),
            ).fetchall()
        except sqlite3.Error:
            return
        finally:
            conn.close()
        if not batch:
            return
        after = batch[-1][0]
        for _, rel, mtime_ns, size, sha256, title, error, tags in batch:
            name = base + rel.replace("/", os.sep)
            path = Path(name)
            keys = {"mtime_ns": mtime_ns, "size": size, "sha256": sha256}
            if error is not None:
                yield name, PlanSummary(path=path, error=error, **keys)
                continue
            try:
                pairs = [(k, v) for k, v in json.loads(tags)]
            except (ValueError, TypeError):
                continue  # not as this version writes it: the file is read again
            yield name, summary_from_tags(path, title, pairs, **keys)


def default_cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME))


def database_path(folder: str | os.PathLike, cache_dir: str | os.PathLike | None = None) -> Path:
    """Where the index of ``folder`` lives: one file per absolute folder path."""
    key = os.path.normcase(os.path.abspath(os.fspath(folder)))
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:24]
    base = Path(cache_dir) if cache_dir is not None else default_cache_dir()
    return base / "index" / f"{digest}.sqlite3"


def fts_query(text: str) -> str:
    """User input -> an FTS5 query: every word, as a quoted prefix, all required.

    Quoting every word makes FTS syntax in the input (quotes, ``*``, ``-``, ``NEAR``, ``:``,
    parentheses) plain text; an input with no word gives ``""``.
    """
    return " ".join(f'"{w}"*' for w in _WORD.findall(text))


def answers_text(blocks: list[Block]) -> str:
    """The answer text of a parsed document, HTML entities decoded, for the index."""
    body = "".join(b.src for b in blocks[header_end(blocks) :] if b.kind == TEXT)
    return html.unescape(body) if "&" in body else body


@dataclass(frozen=True, slots=True)
class SearchHit:
    path: Path
    title: str | None
    snippet: str
    rank: float  # lower is better (bm25, negated); 0 when there was no text query
    type: str | None = None
    year: int | None = None
    title_match: bool = False  # every word of the query is in the title: listed first


@dataclass
class SyncReport:
    """What a ``sync`` did, by path (absolute)."""

    added: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    touched: list[Path] = field(default_factory=list)  # stat changed, bytes did not
    unchanged: int = 0
    errors: list[Path] = field(default_factory=list)  # indexed with their error message

    @property
    def reindexed(self) -> list[Path]:
        return self.added + self.updated


class _Stale(Exception):
    pass


class WorkspaceIndex:
    """The search index of one workspace folder (see the module docstring)."""

    def __init__(
        self,
        folder: str | os.PathLike,
        *,
        cache_dir: str | os.PathLike | None = None,
        check: bool = True,
    ) -> None:
        self.folder = Path(os.path.abspath(os.fspath(folder)))
        self.db_path = database_path(self.folder, cache_dir)
        self.rebuilt = False  # True when opening found no usable database
        self.needs_rebuild = False  # set when a search hit a corrupt database
        self._local = threading.local()
        self._generation = 0
        self._connections: list[sqlite3.Connection] = []
        self._conn_lock = threading.Lock()
        self._write_lock = threading.RLock()
        with self._write_lock:
            self._open(check)

    # -- connections ---------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.db_path, timeout=10.0, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA synchronous = NORMAL")
        with self._conn_lock:
            self._connections.append(conn)
        return conn

    def _conn(self) -> sqlite3.Connection:
        local = self._local
        if getattr(local, "generation", None) != self._generation or local.conn is None:
            local.conn = self._connect()
            local.generation = self._generation
        return local.conn

    def _close_all(self) -> None:
        with self._conn_lock:
            conns, self._connections = self._connections, []
        for c in conns:
            try:
                c.close()
            except sqlite3.Error:
                pass
        self._generation += 1

    def close(self) -> None:
        """Close every thread's connection (a later call opens new ones)."""
        self._close_all()

    def __enter__(self) -> WorkspaceIndex:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- opening and rebuilding ----------------------------------------------------------------

    def _open(self, check: bool) -> None:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        if self.db_path.exists():
            try:
                self._validate(check)
                return
            except (sqlite3.DatabaseError, _Stale) as e:
                log.warning("search index %s unusable (%s); rebuilding", self.db_path, e)
                self._close_all()
        self._create()

    def _validate(self, check: bool) -> None:
        conn = self._conn()
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise _Stale(f"schema version {version}, expected {SCHEMA_VERSION}")
        if check:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                raise _Stale(f"integrity check: {result}")
        conn.execute("SELECT count(*) FROM files").fetchone()
        conn.execute("SELECT rowid FROM fts WHERE fts MATCH '\"x\"' LIMIT 1").fetchall()

    def _create(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            try:
                os.unlink(f"{self.db_path}{suffix}")
            except FileNotFoundError:
                pass
        conn = self._conn()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.executescript(_SCHEMA)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.commit()
        self.rebuilt = True
        self.needs_rebuild = False

    def rebuild(self) -> SyncReport:
        """Throw the database away and index the whole folder again."""
        with self._write_lock:
            self._close_all()
            self._create()
            return self.sync()

    # -- writing -------------------------------------------------------------------------------

    def _rel(self, path: str | os.PathLike) -> str:
        return Path(os.path.relpath(os.path.abspath(os.fspath(path)), self.folder)).as_posix()

    def _abs(self, rel: str) -> Path:
        return self.folder / rel

    def _stored(self, conn: sqlite3.Connection) -> dict[str, tuple[int, int, int, str]]:
        rows = conn.execute("SELECT path, id, mtime_ns, size, sha256 FROM files")
        return {r[0]: (r[1], r[2], r[3], r[4]) for r in rows}

    def _put(
        self, conn: sqlite3.Connection, rel: str, s: PlanSummary, blocks: list[Block] | None
    ) -> bool:
        """Insert or replace one file's rows; True when it was new."""
        row = conn.execute("SELECT id FROM files WHERE path = ?", (rel,)).fetchone()
        tags = json.dumps(s.tags, ensure_ascii=False)
        values = (s.mtime_ns, s.size, s.sha256, s.title, s.type, s.year, s.error, tags)
        if row is None:
            cur = conn.execute(
                "INSERT INTO files(path, mtime_ns, size, sha256, title, type, year, error, tags)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rel, *values),
            )
            file_id = cur.lastrowid
        else:
            file_id = row[0]
            conn.execute(
                "UPDATE files SET mtime_ns=?, size=?, sha256=?, title=?, type=?, year=?, error=?,"
                " tags=? WHERE id=?",
                (*values, file_id),
            )
            conn.execute("DELETE FROM fts WHERE rowid = ?", (file_id,))
            conn.execute("DELETE FROM facets WHERE file = ?", (file_id,))
        body = answers_text(blocks) if blocks is not None else ""
        conn.execute(
            "INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)", (file_id, s.title or "", body)
        )
        conn.executemany(
            "INSERT OR IGNORE INTO facets(key, norm, value, file) VALUES (?, ?, ?, ?)",
            [(k, norm, v, file_id) for k, norm, v in _facets(s)],
        )
        return row is None

    def _delete(self, conn: sqlite3.Connection, file_id: int) -> None:
        conn.execute("DELETE FROM fts WHERE rowid = ?", (file_id,))
        conn.execute("DELETE FROM facets WHERE file = ?", (file_id,))
        conn.execute("DELETE FROM files WHERE id = ?", (file_id,))

    def sync(
        self,
        progress: Callable[[int], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncReport:
        """Bring the index up to date with the folder: only new, changed and deleted files.

        ``progress(n)`` is called after each batch with the number of files looked at so far;
        setting ``cancel`` stops early (what was done is kept; the next sync goes on from there).
        """
        steps = self.sync_steps(cancel)
        last = time.monotonic()
        looked = 0
        while True:
            try:
                looked = next(steps)
            except StopIteration as done:
                if progress is not None:
                    progress(looked)
                return done.value
            if progress is not None and time.monotonic() - last >= _BATCH_SECONDS:
                progress(looked)
                last = time.monotonic()

    def sync_steps(self, cancel: threading.Event | None = None) -> Iterator[int]:
        """``sync`` one file at a time: yields the number of files looked at after each, and
        returns the ``SyncReport``. A GUI drives it in short slices from its event loop, so
        no indexing thread competes with the GUI thread for the interpreter."""
        report = SyncReport()
        with self._write_lock:
            conn = self._conn()
            stored = self._stored(conn)
            seen: set[str] = set()
            last_commit = time.monotonic()
            pending = 0
            looked = 0
            try:
                for path in iter_plan_files(self.folder):
                    if cancel is not None and cancel.is_set():
                        conn.commit()
                        return report
                    looked += 1
                    yield looked
                    rel = self._rel(path)
                    try:
                        st = path.stat()
                    except OSError:
                        continue  # vanished since the listing: counted as deleted below
                    seen.add(rel)
                    old = stored.get(rel)
                    if old is not None and old[1] == st.st_mtime_ns and old[2] == st.st_size:
                        report.unchanged += 1
                        continue
                    summary, blocks = load(path)
                    if summary.mtime_ns == 0:  # unreadable: key it by stat all the same
                        summary = replace(summary, mtime_ns=st.st_mtime_ns, size=st.st_size)
                    if old is not None and summary.sha256 == old[3] and summary.error is None:
                        conn.execute(
                            "UPDATE files SET mtime_ns=?, size=? WHERE id=?",
                            (summary.mtime_ns, summary.size, old[0]),
                        )
                        report.touched.append(path)
                    else:
                        new = self._put(conn, rel, summary, blocks)
                        (report.added if new else report.updated).append(path)
                        if summary.error is not None:
                            report.errors.append(path)
                    pending += 1
                    now = time.monotonic()
                    if pending >= _BATCH_FILES or now - last_commit >= _BATCH_SECONDS:
                        conn.commit()
                        pending, last_commit = 0, now
                for rel in stored.keys() - seen:
                    self._delete(conn, stored[rel][0])
                    report.removed.append(self._abs(rel))
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
        return report

    def update(self, path: str | os.PathLike) -> bool:
        """Re-index one file after a change; removes it when it is gone (or not a plan file).

        Returns True when the index changed (bytes differ from what was indexed).
        """
        p = Path(os.path.abspath(os.fspath(path)))
        if not p.is_file() or not is_plan_path(p, self.folder):
            return self.remove(p)
        rel = self._rel(p)
        summary, blocks = load(p)
        with self._write_lock:
            conn = self._conn()
            try:
                row = conn.execute("SELECT id, sha256 FROM files WHERE path = ?", (rel,)).fetchone()
                if row is not None and row[1] == summary.sha256 and summary.error is None:
                    conn.execute(
                        "UPDATE files SET mtime_ns=?, size=? WHERE id=?",
                        (summary.mtime_ns, summary.size, row[0]),
                    )
                    changed = False
                else:
                    self._put(conn, rel, summary, blocks)
                    changed = True
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
        return changed

    def remove(self, path: str | os.PathLike) -> bool:
        """Drop one file from the index; True when it was there."""
        rel = self._rel(path)
        with self._write_lock:
            conn = self._conn()
            row = conn.execute("SELECT id FROM files WHERE path = ?", (rel,)).fetchone()
            if row is None:
                return False
            try:
                self._delete(conn, row[0])
                conn.commit()
            except BaseException:
                conn.rollback()
                raise
        return True

    def move(self, src: str | os.PathLike, dest: str | os.PathLike) -> None:
        """A rename: drop ``src`` and index ``dest``."""
        self.remove(src)
        self.update(dest)

    # -- reading -------------------------------------------------------------------------------

    def __len__(self) -> int:
        return self._conn().execute("SELECT count(*) FROM files").fetchone()[0]

    def paths(self) -> list[Path]:
        rows = self._conn().execute("SELECT path FROM files ORDER BY path")
        return [self._abs(r[0]) for r in rows]

    def entry(self, path: str | os.PathLike) -> dict[str, object] | None:
        """The stored key and summary of one file (for tests and diagnostics)."""
        row = (
            self._conn()
            .execute(
                "SELECT id, mtime_ns, size, sha256, title, type, year, error FROM files"
                " WHERE path = ?",
                (self._rel(path),),
            )
            .fetchone()
        )
        if row is None:
            return None
        keys = ("id", "mtime_ns", "size", "sha256", "title", "type", "year", "error")
        return dict(zip(keys, row, strict=True))

    def facet_values(self, key: str) -> list[tuple[str, int]]:
        """The values of a filter (``type``, ``country``, ``year``, ``sdg``, ``method``) with
        their number of files, most frequent first: what a filter drop-down offers."""
        rows = self._conn().execute(
            "SELECT min(value), count(*) FROM facets WHERE key = ? GROUP BY norm"
            " ORDER BY count(*) DESC, min(value)",
            (key,),
        )
        return [(r[0], r[1]) for r in rows]

    def search(
        self,
        query: str = "",
        *,
        type: str | None = None,
        country: str | None = None,
        year: int | str | None = None,
        sdg: int | str | None = None,
        method: str | None = None,
        limit: int = 200,
        highlight: tuple[str, str] = ("«", "»"),
    ) -> list[SearchHit]:
        """Files whose title or answers hold every word of ``query`` (each as a prefix).

        Filters compare without case; ``sdg`` is a goal number (``13`` or ``"13. Climate…"``).
        With no words in ``query``, the filtered files are listed by title. Never raises for
        what a user types; returns [] and sets ``needs_rebuild`` if the database is damaged.
        """
        filters = dict(zip(_FILTERS, (type, country, year, sdg, method), strict=True))
        where: list[str] = []
        params: list[object] = []
        for key, value in filters.items():
            if value is None or value == "":
                continue
            norm = _filter_norm(key, value)
            if norm is None:
                return []
            where.append("files.id IN (SELECT file FROM facets WHERE key = ? AND norm = ?)")
            params += [key, norm]
        match = fts_query(query)
        try:
            conn = self._conn()
            if match:
                # A plan whose title holds every word comes before one that only mentions
                # them in its answers, however often: the user is most likely looking for it.
                sql = (
                    "SELECT files.path, files.title, snippet(fts, 1, ?, ?, '…', 16), fts.rank,"
                    " files.type, files.year,"
                    " fts.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?) AS in_title"
                    " FROM fts JOIN files ON files.id = fts.rowid"
                    " WHERE fts MATCH ?"
                    + "".join(f" AND {w}" for w in where)
                    + " ORDER BY in_title DESC, fts.rank LIMIT ?"
                )
                title_match = f"title : ({match})"
                rows = conn.execute(
                    sql, [highlight[0], highlight[1], title_match, match, *params, limit]
                )
            else:
                sql = (
                    "SELECT files.path, files.title, '', 0.0, files.type, files.year, 0"
                    " FROM files"
                    + (" WHERE " + " AND ".join(where) if where else "")
                    + " ORDER BY files.title IS NULL, files.title COLLATE NOCASE, files.path"
                    " LIMIT ?"
                )
                rows = conn.execute(sql, [*params, limit])
            return [
                SearchHit(
                    self._abs(r[0]),
                    r[1],
                    _SPACE.sub(" ", r[2]).strip(),
                    r[3],
                    r[4],
                    r[5],
                    bool(r[6]),
                )
                for r in rows
            ]
        except sqlite3.ProgrammingError as e:  # closed under us by a rebuild on another thread
            log.info("search %r interrupted: %s", query, e)
            return []
        except sqlite3.OperationalError as e:
            if "malformed" in str(e) or "corrupt" in str(e):
                self.needs_rebuild = True
            log.warning("search %r failed: %s", query, e)
            return []
        except sqlite3.DatabaseError as e:
            self.needs_rebuild = True
            log.warning("search index %s damaged: %s", self.db_path, e)
            return []


def _norm(value: str) -> str:
    return value.strip().casefold()


def _filter_norm(key: str, value: int | str) -> str | None:
    if key == "sdg":
        n = value if isinstance(value, int) else sdg_number(str(value))
        return None if n is None else str(n)
    if key == "year":
        return str(value).strip()
    return _norm(str(value))


def _facets(s: PlanSummary) -> Iterable[tuple[str, str, str]]:
    """(key, normalised value, value as written) of every filterable tag."""
    if s.type:
        yield "type", _norm(s.type), s.type
    if s.year is not None:
        yield "year", str(s.year), str(s.year)
    for c in s.countries:
        yield "country", _norm(c), c
    for v in s.sdgs:
        n = sdg_number(v)
        if n is not None:
            yield "sdg", str(n), v
    for m in s.methods:
        yield "method", _norm(m), m
