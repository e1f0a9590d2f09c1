"""The folder in the window: its list and search, and the link between the open plan and disk.

- ``panel``: the list of plans, the search box and the filters.
- ``bridge``: the Qt-free watcher and search index as signals on the GUI thread.
- ``link``: ``WorkspaceLink``, what happens when the folder or the open plan change on disk.
- ``ondisk``: the "Changed on disk" bar and the merge dialog.
- ``keeper``: unsaved edits kept as drafts, offered back after a crash.
"""
