"""Conflict copies that sync services and merge tools leave beside a plan; no Qt here.

    identify(path)         # ConflictCopy(copy, original, service) or None
    original_of(path)      # the plan ``path`` is a conflict copy of, or None
    copies_of(plan)        # the conflict copies beside ``plan``, sorted by name
    conflict_copies(dir)   # every (copy, original) pair under ``dir``, recursively
    merge_base(...)        # the base of a three-way merge of a copy into its plan

A name is a conflict copy only when it follows one of the schemes below **and the plan it
names exists in the same folder** (a file, with a plan name: ``scan.is_plan_name``). The second
condition is what keeps real names apart: ``learningplan-peru-2025.txt`` beside
``learningplan-peru.txt`` is no copy (``2025`` is no computer name), and no file of the
archive sample is taken for a copy of another.

The schemes, as each service documents or shows them:

- **Syncthing**: ``plan.sync-conflict-YYYYMMDD-HHMMSS-XXXXXXX.txt`` (date, time and the first
  7 characters of the device that made the change, before the extension). Syncthing's
  documentation, "Conflicting changes" (docs.syncthing.net/users/syncing.html); the same shape
  in the gist github.com/DavidPesticcio/7abad877260c15052506584e8ee94b1d (its regular
  expression ``(.*?)\\.sync-conflict-([0-9]{8})-([0-9]{6})-(.{7})``) and
  github.com/qubitstream/syncthing_conflict_resolver.
- **Dropbox**: ``plan (Someone's conflicted copy 2024-05-01).txt`` — "the same name but
  appended with 'conflicted copy,' the name of the person or computer responsible, and the
  date" (dropbox.com/help/36, "What's a conflicted copy?"); also seen without the name
  (``plan (conflicted copy 2024-05-01).txt``) or without a date (``document (User B's conflicted
  copy).docx``, cloudprojectsoftware.com/troubleshooting/dropbox-file-conflict-explained), and
  with a number when the copy's name is taken (``… (1).txt``).
- **Nextcloud / ownCloud** desktop clients: ``mydata (conflicted copy 2018-04-10 093612).txt``
  (docs.nextcloud.com/server/latest/user_manual/…/desktop/conflicts.html); other words for it
  inside the brackets (``plan (conflict 2024-05-01 101010).txt``) are taken too; the old ownCloud
  client wrote ``mydata_conflict-20180410-093612.txt``. A bracket holding only a date and a
  six-digit time is Nextcloud's, any other ``conflicted copy`` bracket is Dropbox's.
- **OneDrive / SharePoint**: the sync client keeps both versions by adding the computer's name
  to the copy: ``plan-HOSTNAME.txt``, then ``plan-HOSTNAME-1.txt`` when that name is taken (the
  Linux client github.com/abraunegg/onedrive shows the same scheme: issue #66, ``L01.csv`` and
  ``L01-ip-172-31-41-236.csv``; its v2.0.0 release notes, "keeps on adding the hostname to
  files"; discussion #2551, "the local gets renamed with the machine_name string"). A dash
  and a word are far too common in real names, so the part after the dash must look like a
  Windows computer name — upper case letters, digits and dashes, at least 3 characters, a
  letter among them, no year (``DESKTOP-7KQ2M1P``, ``LAPTOP-1``) — or be this computer's own
  host name. Lower-case host names of other machines (``plan-macbook.txt``) are not recognised.
- **git** and other merge tools: ``plan.txt.orig`` (``git mergetool`` keeps the file as it was
  before the merge there: ``mv -- "$BACKUP" "$MERGED.orig"``, mergetool.keepBackup; Mercurial
  too), and the files an interrupted ``git mergetool`` leaves: ``plan_BACKUP_1234.txt``,
  ``plan_BASE_1234.txt``, ``plan_LOCAL_1234.txt``, ``plan_REMOTE_1234.txt``.

The workspace list still shows a ``.txt``/``.md`` copy as the file it is (``scan`` lists what is
on disk; hiding a file that holds a colleague's edits would be the surest way to lose them);
``.orig`` files are no plan names and are not listed. Either way a copy is never silently
ignored: the window says so when its plan is open (and offers the merge), and ``plan-editor
check DIR`` lists every copy.

The merge base (``merge_base``): the copy and the plan both come from some earlier version of
the plan. When the local history (``editor.workspace.history``) holds a version from which the
two differ by changes to different fields — every field of the version is the copy's value or
the plan's — the newest such version is the base: a field the copy left as it was is then not
taken for a change of the copy. Otherwise the base is the plan as the editor loaded it, so that
every field the copy holds differently is offered as its change.
"""

from __future__ import annotations

import os
import re
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from editor.workspace.scan import is_plan_name

ONEDRIVE = "OneDrive"
DROPBOX = "Dropbox"
NEXTCLOUD = "Nextcloud/ownCloud"
SYNCTHING = "Syncthing"
GIT = "git"

_SYNCTHING = re.compile(
    r"^(?P<stem>.+)\.sync-conflict-\d{8}-\d{6}-[A-Za-z0-9]{7}(?P<ext>\.[^.]*)?$"
)
# "plan (Jane's conflicted copy 2024-05-01).txt", "plan (conflicted copy 2018-04-10 093612).txt",
# "plan (conflict 2024-05-01 101010) (1).txt": the last bracket before the extension.
_BRACKET = re.compile(
    r"^(?P<stem>.+?) \((?P<inner>[^()]*\bconflict(?:ed)?\b[^()]*)\)(?: \(\d+\))?(?P<ext>\.[^.]*)?$",
    re.IGNORECASE,
)
_NEXTCLOUD_INNER = re.compile(r"^conflicted copy \d{4}-\d{2}-\d{2} \d{6}$", re.IGNORECASE)
_CONFLICTED_COPY = re.compile(r"\bconflicted copy\b", re.IGNORECASE)
_OWNCLOUD_OLD = re.compile(r"^(?P<stem>.+)_conflict-\d{8}-\d{6}(?P<ext>\.[^.]*)?$")
_MERGETOOL = re.compile(r"^(?P<stem>.+)_(?:BACKUP|BASE|LOCAL|REMOTE)_\d+(?P<ext>\.[^.]*)?$")
_HOST = re.compile(r"^[A-Z0-9]+(?:-[A-Z0-9]+)*$")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_NUMBERED = re.compile(r"^(?P<host>.+)-\d{1,3}$")  # "-1", "-2": a small count


@dataclass(frozen=True)
class ConflictCopy:
    copy: Path
    original: Path
    service: str  # ONEDRIVE, DROPBOX, NEXTCLOUD, SYNCTHING or GIT


def _local_host() -> str:
    try:
        return socket.gethostname().split(".")[0]
    except OSError:
        return ""


def _looks_like_host(host: str) -> bool:
    """A computer name as OneDrive adds it (see the module docstring)."""
    if not host or len(host) > 63:
        return False
    local = _local_host()
    if local and host.casefold() == local.casefold():
        return True
    if len(host) < 3 or not _HOST.match(host) or not any(c.isalpha() for c in host):
        return False
    return not any(_YEAR.match(part) for part in host.split("-"))


def _candidates(name: str) -> Iterable[tuple[str, str]]:
    """(original name, service) for each scheme the name follows, most specific first."""
    m = _SYNCTHING.match(name)
    if m:
        yield m["stem"] + (m["ext"] or ""), SYNCTHING
    m = _BRACKET.match(name)
    if m:
        inner = m["inner"].strip()
        if inner.lower() in ("case conflict", "unicode encoding conflict"):
            service = DROPBOX  # names that clash on this disk only (Dropbox's help)
        elif _NEXTCLOUD_INNER.match(inner) or not _CONFLICTED_COPY.search(inner):
            service = NEXTCLOUD
        else:
            service = DROPBOX
        yield m["stem"] + (m["ext"] or ""), service
    m = _OWNCLOUD_OLD.match(name)
    if m:
        yield m["stem"] + (m["ext"] or ""), NEXTCLOUD
    if name.lower().endswith(".orig") and len(name) > 5:
        yield name[:-5], GIT
    m = _MERGETOOL.match(name)
    if m:
        yield m["stem"] + (m["ext"] or ""), GIT
    stem, ext = os.path.splitext(name)
    for i, c in enumerate(stem):
        if c != "-" or i == 0:
            continue
        rest = stem[i + 1 :]
        numbered = _NUMBERED.match(rest)
        hosts = [rest, numbered["host"]] if numbered else [rest]
        if any(_looks_like_host(h) for h in hosts):
            yield stem[:i] + ext, ONEDRIVE


def identify(path: str | os.PathLike) -> ConflictCopy | None:
    """What ``path`` is a conflict copy of, when its plan exists beside it; else None."""
    p = Path(path)
    name = p.name
    if name.startswith("."):
        return None
    for original_name, service in _candidates(name):
        if original_name == name or not is_plan_name(original_name):
            continue
        original = p.with_name(original_name)
        if original.is_file():
            return ConflictCopy(p, original, service)
    return None


def original_of(path: str | os.PathLike) -> Path | None:
    """The plan ``path`` is a conflict copy of (it exists in the same folder), or None."""
    found = identify(path)
    return found.original if found is not None else None


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def copies_of(plan_path: str | os.PathLike) -> list[Path]:
    """The conflict copies of ``plan_path`` in its folder, sorted by name."""
    plan = Path(plan_path)
    return [c.copy for c in _found_in(plan.parent) if _same(c.original, plan)]


def identify_all(plan_path: str | os.PathLike) -> list[ConflictCopy]:
    """``copies_of`` with the service of each copy."""
    plan = Path(plan_path)
    return [c for c in _found_in(plan.parent) if _same(c.original, plan)]


def _found_in(folder: Path) -> list[ConflictCopy]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return []
    out = []
    for e in entries:
        try:
            if e.name.startswith(".") or not e.is_file():
                continue
        except OSError:
            continue
        found = identify(e.path)
        if found is not None:
            out.append(found)
    return out


def found_under(folder: str | os.PathLike) -> list[ConflictCopy]:
    """Every conflict copy under ``folder``, recursively (hidden files and folders skipped,
    links to folders not followed, as ``scan.iter_plan_files``), in listing order."""
    out: list[ConflictCopy] = []
    stack = [Path(folder)]
    while stack:
        top = stack.pop()
        out.extend(_found_in(top))
        try:
            with os.scandir(top) as it:
                subdirs = sorted(
                    Path(e.path)
                    for e in it
                    if not e.name.startswith(".") and e.is_dir(follow_symlinks=False)
                )
        except OSError:
            continue
        stack.extend(reversed(subdirs))
    return out


def conflict_copies(folder: str | os.PathLike) -> list[tuple[Path, Path]]:
    """(copy, original) for every conflict copy under ``folder``, recursively."""
    return [(c.copy, c.original) for c in found_under(folder)]


def merge_base(theirs, plan, versions: Iterable) -> object | None:
    """The newest of ``versions`` (PlanFiles, newest first) from which ``theirs`` (the copy) and
    ``plan`` (the plan as on disk) differ in different fields only; None when there is none.

    A version whose fields all equal one side's is no base (it would take that side for the
    whole truth): only a version both sides changed qualifies.
    """
    from editor.workspace.merge import fields

    ft, fp = fields(theirs), fields(plan)
    for version in versions:
        fv = fields(version)
        keys = set(fv) | set(ft) | set(fp)
        if all(fv.get(k) == ft.get(k) for k in keys) or all(fv.get(k) == fp.get(k) for k in keys):
            continue
        if all(fv.get(k) in (ft.get(k), fp.get(k)) for k in keys):
            return version
    return None
