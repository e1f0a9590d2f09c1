"""List the plan files of a workspace folder and summarise each one cheaply.

``scan(folder)`` is a generator: a UI runs it on a worker thread and fills its list as summaries
arrive. A summary reads only the file's header (title and tags) through the plan-file parser, so
a 3 MB answer costs one regular-expression search, and never builds the pydantic model. A file
that cannot be read gives a summary whose ``error`` says why, instead of raising.

Which files belong to a workspace is decided here once (``is_plan_name``) and shared with the
index and the watcher: ``.txt`` and ``.md`` files, not hidden, not in hidden folders, and never
the temporary files of an atomic save (``.NAME.XXXXXXXX.tmp``, hidden anyway).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from editor.catalog.review import SUFFIX as REVIEW_SUFFIX
from editor.catalog.vocabularies import normalise_sdg
from editor.planfile import ReadError
from editor.planfile.source import content_hash, decode, read_file
from editor.planfile.syntax import TAG, TEXT, TITLE, Block, parse_blocks, tag_parts, title_text

PLAN_SUFFIXES = (".txt", ".md")
# What ``editor.planfile.source.atomic_write`` leaves behind for a moment: ``.<name>.<random>.tmp``.
_TEMP_NAME = re.compile(r"^\..+\.[^.]+\.tmp$")
# Where the header ends at the latest: the first section heading or '>' line.
_HEADER_END = re.compile(r"^(?:##(?:[ \t]|\r|\n|$)|>)", re.M)
# Control characters that make a UTF-8 file binary (see editor.planfile.source._is_text).
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def is_temp_name(name: str) -> bool:
    """True for the temporary file of an atomic save (ours or any ``.x.y.tmp`` file)."""
    return bool(_TEMP_NAME.match(name))


def is_plan_name(name: str) -> bool:
    """True when a file of this name is a plan file: ``.txt``/``.md``, not hidden, and not the
    review kept beside a plan (``plan.review.txt``, ``editor.catalog.review``)."""
    lower = name.lower()
    return (
        not name.startswith(".")
        and lower.endswith(PLAN_SUFFIXES)
        and not lower.endswith(REVIEW_SUFFIX)
    )


def is_plan_path(path: str | os.PathLike, root: str | os.PathLike) -> bool:
    """True when ``path`` is a plan file of the workspace ``root`` (no hidden part below root)."""
    try:
        rel = os.path.relpath(os.fspath(path), os.fspath(root))
    except ValueError:  # another drive on Windows
        return False
    parts = Path(rel).parts
    if not parts or parts[0] == os.pardir:
        return False
    return is_plan_name(parts[-1]) and not any(p.startswith(".") for p in parts[:-1])


def iter_plan_files(folder: str | os.PathLike) -> Iterator[Path]:
    """The plan files under ``folder``, recursively, sorted by name within each folder.

    Hidden files and folders are skipped, and symbolic links to folders are not followed (a
    link loop would never end). An unreadable sub-folder is skipped silently.
    """
    stack = [os.fspath(folder)]
    while stack:
        top = stack.pop()
        try:
            with os.scandir(top) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError:
            continue
        subdirs = []
        for e in entries:
            if e.name.startswith("."):
                continue
            try:
                if e.is_dir(follow_symlinks=False):
                    subdirs.append(e.path)
                elif is_plan_name(e.name) and e.is_file():
                    yield Path(e.path)
            except OSError:
                continue
        stack.extend(reversed(subdirs))


@dataclass(frozen=True, slots=True)
class PlanSummary:
    """What a workspace list shows of one file, and what the index keys it by."""

    path: Path
    title: str | None = None
    type: str | None = None
    countries: tuple[str, ...] = ()
    year: int | None = None
    sdgs: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    mtime_ns: int = 0
    size: int = 0
    sha256: str = ""
    error: str | None = None
    tags: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    @property
    def country(self) -> str | None:
        return self.countries[0] if self.countries else None

    @property
    def sdg_numbers(self) -> tuple[int, ...]:
        """The goal numbers of the ``sdgs`` tags (``"13. Climate action"`` -> 13)."""
        return tuple(n for n in (sdg_number(v) for v in self.sdgs) if n is not None)


def sdg_number(value: str) -> int | None:
    """The goal an ``sdgs`` value names (1-17), or None: ``vocabularies.normalise_sdg``."""
    return normalise_sdg(value)


def decode_fast(data: bytes, path: str | os.PathLike | None = None) -> str:
    """Bytes to text as ``editor.planfile.read`` would, with a fast path for plain UTF-8.

    Raises ReadError for what ``read`` would refuse.
    """
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")) and b"\x00" not in data:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            sample = text[:65536]
            if len(_CONTROL.findall(sample)) <= 2 + len(sample) // 100:
                return text
    return decode(data, path)[0]


def header_blocks(text: str) -> list[Block]:
    """The blocks of the header part of ``text`` only (title, tags and what lies between)."""
    m = _HEADER_END.search(text)
    return parse_blocks(text if m is None else text[: m.start()])


def header_end(blocks: list[Block]) -> int:
    """Index of the first block after the header (as ``editor.planfile.outline`` finds it)."""
    i = 0
    while i < len(blocks) and blocks[i].kind in (TITLE, TAG, TEXT):
        i += 1
    return i


def summary_from_blocks(
    path: Path, blocks: list[Block], *, mtime_ns: int = 0, size: int = 0, sha256: str = ""
) -> PlanSummary:
    title = None
    tags = []
    for b in blocks[: header_end(blocks)]:
        if b.kind == TITLE and title is None:
            title = title_text(b)
        elif b.kind == TAG:
            tags.append(tag_parts(b))
    return summary_from_tags(path, title, tags, mtime_ns=mtime_ns, size=size, sha256=sha256)


_LISTED = ("year", "type", "country", "sdgs", "methods")  # the tags a summary picks out


def summary_from_tags(
    path: Path,
    title: str | None,
    tags: Iterable[tuple[str, str]],
    *,
    mtime_ns: int = 0,
    size: int = 0,
    sha256: str = "",
) -> PlanSummary:
    """The summary of a file whose header holds ``title`` and the (key, value) ``tags``: read
    from the file, or from the search index that keeps them (the list of a known folder)."""
    tags = tuple(tags)
    shown: dict[str, list[str]] = {key: [] for key in _LISTED}
    for key, value in tags:  # one pass: a folder of 10,000 plans is listed from the index
        if key in shown:
            shown[key].append(value.strip())
    years, types = shown["year"], shown["type"]
    year = int(years[0]) if years and years[0].isdigit() else None
    return PlanSummary(
        path=path,
        title=title,
        type=types[0] if types else None,
        countries=tuple(shown["country"]),
        year=year,
        sdgs=tuple(shown["sdgs"]),
        methods=tuple(shown["methods"]),
        mtime_ns=mtime_ns,
        size=size,
        sha256=sha256,
        tags=tags,
    )


def summarise(path: str | os.PathLike) -> PlanSummary:
    """Summarise one file; never raises for an unreadable file (see ``PlanSummary.error``)."""
    return load(path, full=False)[0]


def load(path: str | os.PathLike, *, full: bool = True) -> tuple[PlanSummary, list[Block] | None]:
    """The summary and the parsed blocks (all of them when ``full``, else the header's).

    The blocks are None when the file could not be read, decoded or parsed.
    """
    p = Path(path)
    try:
        data, st = read_file(p)
    except ReadError as e:
        return PlanSummary(path=p, error=e.reason), None
    digest = content_hash(data)
    keys = {"mtime_ns": st.st_mtime_ns, "size": st.st_size, "sha256": digest}
    try:
        text = decode_fast(data, p)
    except ReadError as e:
        return PlanSummary(path=p, error=e.reason, **keys), None
    try:
        blocks = parse_blocks(text) if full else header_blocks(text)
        return summary_from_blocks(p, blocks, **keys), blocks
    except Exception as e:  # a parser bug must not stop a scan of 10,000 files
        return PlanSummary(path=p, error=f"cannot be parsed: {e!r}", **keys), None


def scan(folder: str | os.PathLike) -> Iterator[PlanSummary]:
    """Summaries of every plan file under ``folder``, one at a time, in listing order."""
    for path in iter_plan_files(folder):
        yield summarise(path)
