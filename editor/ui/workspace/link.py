"""The window's link to the folder on disk: watching, the search index, drafts, and conflicts.

- Every change another program makes in the workspace reaches the list (and the index) at once,
  and so does every save the editor makes (``saved``): the watcher leaves those out.
- The open plan changed on disk: reloaded in place when it has no unsaved edits (scroll and
  focus kept, a notice in the status bar); otherwise the "Changed on disk" bar offers Reload,
  Keep mine and Merge. Deleted: the buffer is kept and Save As offered. Renamed: followed.
- The app's own saves are recognised by the hash of what was written, never by timing.
- Unsaved edits are kept as drafts a few seconds after the last edit, removed on a clean close,
  and offered back on the next start after a crash.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from editor.planfile import PlanFile, ReadError, content_hash, decode
from editor.ui.document import Document
from editor.ui.workspace.bridge import SearchIndex, WorkspaceWatcher
from editor.ui.workspace.conflicts import ConflictCopyBar
from editor.ui.workspace.keeper import DraftKeeper, draft_diff
from editor.ui.workspace.ondisk import ChangedOnDiskBar


def _same(a: str | os.PathLike | None, b: str | os.PathLike | None) -> bool:
    return a is not None and b is not None and os.path.abspath(a) == os.path.abspath(b)


class WorkspaceLink(QObject):
    """Between the open plan, the folder's panel and the disk. It reaches the window only by
    its signals: ``notice`` for the status bar, ``openRequested`` and ``recovered`` to show a
    plan; the open document comes from ``current``, the questions go through ``interaction``."""

    notice = Signal(str, int)  # text, milliseconds to show it (0: until the next)
    openRequested = Signal(str)  # open this plan (the window asks to save the open one first)
    recovered = Signal(object)  # show this Document: a draft whose file was deleted

    def __init__(
        self,
        panel,
        interaction,
        current: Callable[[], Document | None],
        parent: QWidget,
        drafts=None,
        cache_dir=None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.interaction = interaction
        self.current = current
        self.own_writes = None  # made with the watcher, when a workspace opens
        self.watcher: WorkspaceWatcher | None = None
        self.index: SearchIndex | None = None
        self.cache_dir = cache_dir
        self._drafts = drafts
        self._keeper: DraftKeeper | None = None
        self._tracked: tuple = (None, None, None)
        self.bar = ChangedOnDiskBar(parent)  # its Save As is the window's
        self.bar.reloadRequested.connect(self.reload_mine_away)
        self.bar.keepRequested.connect(self.keep_mine)
        self.bar.mergeRequested.connect(self.merge)
        self.conflict_bar = ConflictCopyBar(parent)  # a sync service's copy of the open plan
        self.conflict_bar.mergeRequested.connect(self.merge_conflict_copy)
        self.conflict_bar.dismissRequested.connect(self.dismiss_conflict_copy)
        self._dismissed: set[str] = set()
        # A burst of changes runs the search shown once, after the last of them.
        self._research = QTimer(self, singleShot=True, interval=120)
        self._research.timeout.connect(panel.run_search)

    @property
    def drafts(self):
        if self._drafts is None:
            from editor.workspace.drafts import DraftStore

            self._drafts = DraftStore()
        return self._drafts

    @drafts.setter
    def drafts(self, store) -> None:
        self._drafts = store
        if self._keeper is not None:
            self._keeper.store = store

    @property
    def keeper(self) -> DraftKeeper:
        if self._keeper is None:
            self._keeper = DraftKeeper(self.drafts, self)
            self._keeper.track(*self._tracked)
        return self._keeper

    def _track(self, *args) -> None:
        """What the draft keeper should follow; the keeper itself is made on the first edit."""
        self._tracked = args
        if self._keeper is not None:
            self._keeper.track(*args)

    # -- the folder ------------------------------------------------------------------------------

    def start(self, folder: str) -> None:
        self.stop()
        if self.own_writes is None:
            from editor.workspace.ownwrites import OwnWrites

            self.own_writes = OwnWrites()
        self.watcher = WorkspaceWatcher(folder, self.own_writes, self)
        self.watcher.changed.connect(self.on_change)
        self.watcher.start()
        self.index = SearchIndex(folder, self.cache_dir, self)
        self.index.progress.connect(self._index_progress)
        self.index.ready.connect(self._index_ready)
        self.index.facets.connect(self.panel.set_facets)
        self.index.failed.connect(self._index_failed)
        self.panel.set_search_index(self.index)
        self.index.start()

    def stop(self) -> None:
        if self.watcher is not None:
            self.watcher.stop()
            self.watcher = None
        if self.index is not None:
            self.index.stop()
            self.index = None

    def _index_progress(self, done: int, total: int) -> None:
        self.notice.emit(self.tr("Indexing the workspace… {} plans").format(done), 0)

    def _index_ready(self, report) -> None:
        self.notice.emit(self.tr("Search index ready"), 2000)

    def _index_failed(self, message: str) -> None:
        self.notice.emit(self.tr("Search is unavailable: {}").format(message), 0)

    def _follow(self, change) -> None:
        """The list, the search index and the search shown follow one change of a plan file."""
        panel = self.panel
        if change.kind == "deleted":
            panel.remove_path(str(change.path))
        elif change.kind == "moved":
            panel.move_path(str(change.path), str(change.dest_path))
        else:
            panel.refresh_path(str(change.path))
        if self.index is not None:
            self.index.apply(change)
            if not panel.results.isHidden():  # a search is shown: its titles and hits too
                self._research.start()

    def on_change(self, change) -> None:
        """A plan file in the workspace changed outside the editor (GUI thread)."""
        self._follow(change)
        doc = self.current()
        if doc is None or doc.path is None:
            return
        self._conflict_copy_changed(change, doc)
        if change.kind == "moved" and _same(change.path, doc.path):
            doc.follow_move(str(change.dest_path))
            self._notice(
                self.tr("“{}” was renamed to “{}”; now editing it there.").format(
                    Path(change.path).name, Path(change.dest_path).name
                )
            )
        elif change.kind == "deleted" and _same(change.path, doc.path):
            self.bar.show_deleted(doc.display_name)
        elif change.kind in ("created", "modified") and _same(change.path, doc.path):
            self.disk_changed()
        elif change.kind == "moved" and _same(change.dest_path, doc.path):
            self.disk_changed()  # another file was renamed onto ours

    def _notice(self, text: str) -> None:
        self.notice.emit(text, 6000)

    # -- the open plan ---------------------------------------------------------------------------

    def document_opened(self, doc) -> None:
        self.bar.hide()
        self._dismissed.clear()
        self.show_conflict_copies()
        if doc is None:
            self._track(None, None, None)
        else:
            self._track(doc.path, doc.base_sha256, doc.base_text)

    def document_edited(self) -> None:
        # Called while the undo stack is still pushing: its clean state is not yet updated.
        QTimer.singleShot(0, self._keep_draft)

    def _keep_draft(self) -> None:
        doc = self.current()
        if doc is None or doc.path is None:
            return
        if doc.is_modified:
            self.keeper.edited(doc.plan.dumps)
        else:
            self.keeper.discard(doc.path)  # undone back to what is on disk

    def saved(self, path: str, data: bytes) -> None:
        """The editor wrote ``data`` to ``path``. The watcher does not report the app's own
        writes (no reload, no question), so the list and the index are told here: a new name
        from Save As, a file saved again after it was deleted, a new title or answer."""
        if self.own_writes is not None:
            self.own_writes.remember(path, data)
        self.keeper.discard(path)
        self._track(path, content_hash(data), self.current().base_text)
        self.bar.hide()
        folder = self.panel.folder
        if folder is not None:
            from editor.workspace.scan import is_plan_path

            if is_plan_path(path, folder):
                from editor.workspace.watch import Change

                self._follow(Change("modified", Path(path)))

    def closed_cleanly(self, path: str | None) -> None:
        """The plan was closed saved or with its changes discarded: its draft goes too."""
        self.keeper.discard(path)

    def disk_changed(self) -> None:
        """The open plan's file holds something new: reload it, or ask."""
        doc = self.current()
        data = doc.disk_bytes()
        if data is None or content_hash(data) == doc.base_sha256:
            return  # our own save, a touch, or the same content written again
        from editor.workspace.history import keep_seen

        keep_seen(doc.path, data)  # another program's version goes to the history (never raises)
        if doc.is_modified:
            self.bar.show_changed(doc.display_name)
            return
        try:
            decode(data, doc.path)
        except ReadError as e:
            self.bar.show_changed(doc.display_name)
            self._notice(str(e))
            return
        doc.load_disk(data, self.tr("Reload from disk"))  # the form keeps its scroll and focus
        self._notice(self.tr("“{}” changed on disk and was reloaded.").format(doc.display_name))

    def reload_mine_away(self) -> None:
        """Reload (discard mine) — as one undoable step, so even that can be taken back."""
        doc = self.current()
        data = doc.disk_bytes() if doc is not None else None
        if data is None:
            return
        doc.load_disk(data, self.tr("Reload from disk"))
        self.keeper.discard(doc.path)
        self.bar.hide()

    def keep_mine(self) -> None:
        """Keep mine: the disk's version becomes the base; the next save replaces it."""
        doc = self.current()
        data = doc.disk_bytes() if doc is not None else None
        if data is not None:
            doc.accept_disk(data)
        self.bar.hide()

    def merge(self) -> bool:
        """Three-way merge: base = what was loaded, mine = the buffer, theirs = the disk."""

        doc = self.current()
        data = doc.disk_bytes() if doc is not None else None
        if data is None:
            return False
        try:
            text, encoding, bom = decode(data, doc.path)
        except ReadError as e:
            self.interaction.show_error(self.tr("Cannot merge"), str(e))
            return False
        theirs = PlanFile(text, encoding=encoding, bom=bom)
        base = PlanFile(doc.base_text if doc.base_text is not None else text)
        merged = self._merged(base, doc.plan, theirs)
        if merged is None:
            return False
        doc.accept_disk(data)
        doc.replace_plan(merged, self.tr("Merge with the file on disk"))
        self.bar.hide()
        self._notice(self.tr("Merged with the version on disk; save to keep the result."))
        return True

    def _merged(self, base: PlanFile, mine: PlanFile, theirs: PlanFile) -> PlanFile | None:
        """The three-way merge of ``mine`` and ``theirs``; the user settles the fields both
        changed (None when they cancel)."""
        from editor.workspace.merge import merge

        result = merge(base, mine, theirs)
        if not result.conflicts:
            return result.merged
        choices = self.interaction.resolve_conflicts(result.conflicts, result.notes)
        return None if choices is None else result.resolve(choices)

    # -- conflict copies left by sync services ---------------------------------------------------

    def show_conflict_copies(self) -> None:
        """The open plan has conflict copies beside it (not dismissed): the bar names the first."""
        from editor.workspace.conflicts import identify_all

        doc = self.current()
        found = [] if doc is None or doc.path is None else identify_all(doc.path)
        found = [c for c in found if str(c.copy) not in self._dismissed]
        if found:
            self.conflict_bar.show_copy(found[0], len(found) - 1)
        else:
            self.conflict_bar.clear()

    def _conflict_copy_changed(self, change, doc) -> None:
        """A copy of the open plan appeared, or the one shown went."""
        shown = self.conflict_bar.copy
        gone = [change.path] if change.kind in ("deleted", "moved") else []
        if shown is not None and any(_same(p, shown.copy) for p in gone):
            self.show_conflict_copies()
        new = change.dest_path if change.kind == "moved" else change.path
        if change.kind in ("created", "moved") and new is not None:
            from editor.workspace.conflicts import original_of

            original = original_of(new)
            if original is not None and _same(original, doc.path):
                self.show_conflict_copies()

    def dismiss_conflict_copy(self) -> None:
        """Dismiss: nothing changes; the copy is offered again when the plan is next opened."""
        if self.conflict_bar.copy is not None:
            self._dismissed.add(str(self.conflict_bar.copy.copy))
        self.show_conflict_copies()

    def _conflict_base(self, doc, theirs: PlanFile) -> PlanFile:
        """The base of merging a copy: the newest version in the history that the plan and the
        copy both changed apart (``conflicts.merge_base``), else the plan as loaded."""
        loaded = doc.loaded()
        try:
            from editor.workspace import history
            from editor.workspace.conflicts import merge_base

            kept = []
            for v in history.versions(doc.path)[:30]:
                text, encoding, bom = decode(history.read(doc.path, v.number), doc.path)
                kept.append(PlanFile(text, encoding=encoding, bom=bom))
            base = merge_base(theirs, loaded if loaded is not None else doc.plan, kept)
        except Exception:  # noqa: BLE001 - an unreadable history only loses the better base
            base = None
        if base is not None:
            return base
        return loaded if loaded is not None else PlanFile(doc.plan.dumps())

    def merge_conflict_copy(self) -> bool:
        """Three-way merge: mine = the buffer, theirs = the copy, base = ``_conflict_base``; one
        undoable step; then the copy can be removed (kept in the plan's history first)."""

        doc, found = self.current(), self.conflict_bar.copy
        if doc is None or found is None:
            return False
        try:
            data = found.copy.read_bytes()
            text, encoding, bom = decode(data, found.copy)
        except (OSError, ReadError) as e:
            self.interaction.show_error(self.tr("Cannot merge"), str(e))
            return False
        theirs = PlanFile(text, encoding=encoding, bom=bom)
        merged = self._merged(self._conflict_base(doc, theirs), doc.plan, theirs)
        if merged is None:
            return False
        doc.replace_plan(merged, self.tr("Merge with “{}”").format(found.copy.name))
        self.conflict_bar.clear()
        if self.interaction.ask_remove_conflict_copy(
            found.copy.name, found.original.name, found.service
        ):
            self._remove_copy(found.copy, found.original, data)
        else:
            self._dismissed.add(str(found.copy))
        self._notice(self.tr("Merged “{}”; save to keep the result.").format(found.copy.name))
        self.show_conflict_copies()
        return True

    def _remove_copy(self, copy: Path, original: Path, data: bytes) -> None:
        """Delete the copy, its bytes first kept as a version of the plan it is a copy of."""
        try:
            from editor.workspace import history

            history.keep(original, data, history.EXTERNAL)
        except Exception:  # noqa: BLE001 - asked and answered: the copy goes all the same
            pass
        try:
            os.remove(copy)
        except OSError as e:
            self.interaction.show_error(
                self.tr("Cannot remove the conflict copy"), f"{copy}: {e.strerror}"
            )

    # -- crash recovery --------------------------------------------------------------------------

    def offer_drafts(self) -> None:
        """After a crash: offer each draft left behind, showing what it changes."""
        from editor.workspace.drafts import DraftStatus

        for draft in self.drafts.load_all():
            status = draft.check()
            name = draft.path.name
            if status == DraftStatus.UNCHANGED_BASE:
                text = self.tr("The file has not changed since; restoring puts your edits back.")
            elif status == DraftStatus.DISK_CHANGED:
                text = self.tr(
                    "The file changed on disk since; restoring merges your edits with it."
                )
            else:
                text = self.tr(
                    "The file was deleted since; restoring opens your text to save again."
                )
            answer = self.interaction.ask_restore_draft(
                name, text, draft_diff(str(draft.path), draft.text)
            )
            if answer == "discard":
                self.drafts.discard(draft.path)
            elif answer == "restore":
                self.restore(draft, status)
                return  # one document at a time: the others are offered on the next start

    def restore(self, draft, status) -> None:
        from editor.workspace.drafts import DraftStatus

        if status == DraftStatus.FILE_DELETED:
            doc = Document(PlanFile(draft.text), str(draft.path), self.parent(), unsaved=True)
            self.recovered.emit(doc)
            self.bar.show_deleted(doc.display_name)
            return
        self.openRequested.emit(str(draft.path))
        doc = self.current()
        if doc is None or not _same(doc.path, draft.path):
            return  # not opened: unreadable, or the user kept the plan that was open
        if status == DraftStatus.UNCHANGED_BASE:
            doc.replace_plan(PlanFile(draft.text), self.tr("Restore unsaved changes"))
        else:
            base_text = draft.base_text if draft.base_text is not None else doc.plan.dumps()
            doc.base_text = base_text  # merge the draft (mine) with the disk (theirs)
            doc.replace_plan(PlanFile(draft.text), self.tr("Restore unsaved changes"))
            QTimer.singleShot(0, self.merge)
