"""The workspace: the folder of plan files the editor opens, without Qt.

- ``scan``: list the plan files of a folder and summarise each one cheaply (a generator).
- ``index``: the SQLite FTS5 search index of a folder, kept in the user cache folder.
- ``merge``: field-level three-way merge when the disk and the editor both changed a document.
- ``drafts``: crash-recovery drafts of unsaved documents.
- ``ownwrites``: recognise the app's own writes by content.
- ``watch``: report changes made by other programs, coalesced per path.

No module here imports Qt; the UI layer wires these to the window (worker threads, signals).
Import the submodule you need (``from editor.workspace.scan import summarise``): the package
itself imports nothing, so the editor loads watchdog and sqlite3 only once a workspace opens.
"""
