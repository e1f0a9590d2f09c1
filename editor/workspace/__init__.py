"""The workspace: the folder of plan files the editor opens, without Qt.

- ``scan``: list the plan files of a folder and summarise each one cheaply (a generator).
- ``index``: the SQLite FTS5 search index of a folder, kept in the user cache folder.
- ``merge``: field-level three-way merge when the disk and the editor both changed a document.
- ``drafts``: crash-recovery drafts of unsaved documents.
- ``ownwrites``: recognise the app's own writes by content.
- ``watch``: report changes made by other programs, coalesced per path.

No module here imports Qt; the UI layer wires these to the window (worker threads, signals).
"""

from __future__ import annotations

from .drafts import Draft, DraftStatus, DraftStore
from .index import SearchHit, SyncReport, WorkspaceIndex
from .merge import Conflict, MergeResult, merge
from .ownwrites import OwnWrites
from .scan import PlanSummary, iter_plan_files, scan, summarise
from .watch import Change, FolderWatcher

__all__ = [
    "Change",
    "Conflict",
    "Draft",
    "DraftStatus",
    "DraftStore",
    "FolderWatcher",
    "MergeResult",
    "OwnWrites",
    "PlanSummary",
    "SearchHit",
    "SyncReport",
    "WorkspaceIndex",
    "iter_plan_files",
    "merge",
    "scan",
    "summarise",
]
