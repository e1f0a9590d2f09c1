"""``Document``: one open plan - its path, the parsed ``PlanFile`` and the undo stack of its edits.

Widgets never change the plan directly: they call ``Document.edit`` with a function that edits
the plan, and the document pushes an ``EditCommand`` holding the plan's snapshots before and
after. Typing in one field merges into one step per field (``merge`` key). The dirty state is the
stack's clean state; ``changed(origin, structural)`` tells views what to refresh: ``origin`` is
the field id that made the edit (that field is already up to date) and ``structural`` means the
questions may have been renumbered.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from editor.planfile import (
    PlanFile,
    PlanFileError,
    content_hash,
    decode,
    entities,
    parse,
    read_bytes,
)

_MERGE_ID = 0x504C


class DiskChangedError(PlanFileError):
    """Saving would overwrite a change made on disk that the editor has not shown."""

    def __init__(self, path: str) -> None:
        super().__init__(path, "was changed on disk since it was opened; merge or reload first")


class EditCommand(QUndoCommand):
    """One edit of the plan, undone and redone by restoring snapshots."""

    def __init__(
        self,
        document: Document,
        text: str,
        before: tuple,
        after: tuple,
        *,
        merge: str | None,
        origin: str | None,
        structural: bool,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge = merge
        self.origin = origin
        self.structural = structural
        self._applied = True  # the edit was made before the push; the first redo only notifies

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            self.document._notify(self.origin, self.structural)
        else:
            self.document._restore(self.after, self.structural)

    def undo(self) -> None:
        self.document._restore(self.before, self.structural)

    def id(self) -> int:
        return _MERGE_ID if self.merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        # Typing in one field (or in the Source tab, whose edits are structural) is one step.
        if (
            not isinstance(other, EditCommand)
            or other.merge != self.merge
            or other.structural != self.structural
        ):
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)
        return True


class Document(QObject):
    """One open plan file (or a new, unsaved one)."""

    pathChanged = Signal(str)
    modificationChanged = Signal(bool)
    changed = Signal(object, bool)  # origin field id | None, structural

    def __init__(
        self,
        plan: PlanFile,
        path: str | None = None,
        parent: QObject | None = None,
        loaded: bytes | None = None,
        unsaved: bool | None = None,
    ):
        super().__init__(parent)
        self.plan = plan
        self._path = path
        # What the file held when it was loaded or last saved: the base of a three-way merge,
        # and how a change on disk is told from the editor's own state.
        self.base_text = plan.dumps() if loaded is not None else None
        self.base_sha256 = content_hash(loaded) if loaded is not None else None
        self._base_plan: tuple[str | None, PlanFile | None] = (None, None)  # parsed base_text
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        # Modified with nothing undone or redone yet: a new plan with text (the default), or a
        # draft restored after its file was deleted (``unsaved=True``).
        self._unsaved = path is None and bool(plan.dumps()) if unsaved is None else unsaved

    def loaded(self) -> PlanFile | None:
        """The file as it was loaded or last saved (parsed once per base)."""
        if self.base_text is None:
            return None
        if self._base_plan[0] != self.base_text:
            self._base_plan = (self.base_text, PlanFile(self.base_text, newline=self.plan.newline))
        return self._base_plan[1]

    def loaded_answer(self, number: int) -> str | None:
        """The answer of question ``number`` as the file held it when loaded or last saved, when
        that question has the same prompt there; None otherwise."""
        base = self.loaded()
        if base is None:
            return None
        try:
            then, now = base.question(number), self.plan.question(number)
        except IndexError:
            return None
        return then.answer if then.prompt == now.prompt else None

    def set_answer(self, plan: PlanFile, number: int, text: str) -> bool:
        """``plan.set_answer`` of ``text`` as the form shows it (entities as characters), except
        that an answer made again what the file held gets the file's own bytes back (blank
        lines and all): for use inside ``edit``."""
        base, loaded = self.loaded(), self.loaded_answer(number)
        if base is not None and loaded is not None and entities.shown(loaded) == text.strip("\n"):
            if plan.restore_answer(number, base):
                return True
            if plan.question(number).answer == loaded:
                return False
        raw = entities.edit_raw(plan.question(number).answer, text).strip("\n")
        return plan.set_answer(number, raw)

    def _clean_changed(self, clean: bool) -> None:
        self.modificationChanged.emit(not clean)

    # -- identity ------------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str, parent: QObject | None = None) -> Document:
        """Read ``path`` (raises ``ReadError``)."""
        data = read_bytes(path)
        text, encoding, bom = decode(data, path)
        plan = PlanFile(text, encoding=encoding, bom=bom)
        return cls(plan, os.path.abspath(path), parent, loaded=data)

    # -- the file on disk ------------------------------------------------------------------------

    def disk_bytes(self) -> bytes | None:
        """The file's bytes now, or None when it does not exist."""
        try:
            with open(self._path or "", "rb") as f:
                return f.read()
        except FileNotFoundError:
            return None

    def changed_on_disk(self) -> bool:
        """True when the file no longer holds what this document was loaded from or saved as."""
        if self._path is None or self.base_sha256 is None:
            return False
        data = self.disk_bytes()
        return data is not None and content_hash(data) != self.base_sha256

    def accept_disk(self, data: bytes) -> None:
        """Take ``data`` (the file now) as the new base without changing the buffer ("keep mine")."""
        text, _, _ = decode(data, self._path)
        self.base_text, self.base_sha256 = text, content_hash(data)
        was = self.is_modified
        self.undo_stack.resetClean()  # the buffer differs from the disk: it is modified
        if not was:
            self.modificationChanged.emit(True)

    def load_disk(self, data: bytes, label: str) -> None:
        """Make the buffer what the disk holds, as one undoable step; the result is clean."""
        text, encoding, bom = decode(data, self._path)
        target = PlanFile(text, encoding=encoding, bom=bom)
        self.plan.write_as(*target.written_as)
        self.edit(label, lambda p: p.restore(target.snapshot()), structural=True)
        self.base_text, self.base_sha256 = text, content_hash(data)
        self.undo_stack.setClean()

    def replace_plan(self, plan: PlanFile, label: str) -> None:
        """Make ``plan`` the buffer (a merge result) as one undoable step."""
        self.edit(label, lambda p: p.restore(plan.snapshot()), structural=True)

    def follow_move(self, dest: str) -> None:
        """The file was renamed outside the editor: keep editing it under its new name."""
        self._path = os.path.abspath(dest)
        self.pathChanged.emit(self._path)

    @property
    def path(self) -> str | None:
        return self._path

    @property
    def display_name(self) -> str:
        if self._path:
            return os.path.basename(self._path)
        return self.tr("Untitled plan")

    @property
    def is_modified(self) -> bool:
        return not self.undo_stack.isClean() or self._unsaved

    # -- editing -------------------------------------------------------------------------------

    def edit(
        self,
        text: str,
        apply: Callable[[PlanFile], object],
        *,
        merge: str | None = None,
        origin: str | None = None,
        structural: bool = False,
    ) -> bool:
        """Run ``apply(plan)`` as one undoable step; returns False when it changed nothing."""
        before = self.plan.snapshot()
        version = self.plan.version
        result = apply(self.plan)
        if result is False or self.plan.version == version:
            return False
        cmd = EditCommand(
            self,
            text,
            before,
            self.plan.snapshot(),
            merge=merge,
            origin=origin,
            structural=structural,
        )
        self.undo_stack.push(cmd)
        return True

    def replace_text(self, text: str, origin: str | None = None) -> bool:
        """Make ``text`` the whole source (the Source tab): re-parse and keep one history."""
        plan = self.plan
        if plan.newline != "\n" and "\r" not in text:
            text = text.replace("\n", plan.newline)
        if text == plan.dumps():
            return False
        blocks = parse(text).snapshot()
        return self.edit(
            self.tr("Edit source"),
            lambda p: p.restore(blocks),
            merge="source",
            origin=origin,
            structural=True,
        )

    def _restore(self, snapshot: tuple, structural: bool) -> None:
        self.plan.restore(snapshot)
        self._notify(None, structural)

    def _notify(self, origin: str | None, structural: bool) -> None:
        self.changed.emit(origin, structural)

    # -- saving --------------------------------------------------------------------------------

    def save(self, path: str | None = None) -> bytes:
        """Write to ``path`` (default: its own); raises ``WriteError`` and keeps the buffer."""
        target = os.path.abspath(path or self._path or "")
        if not target or os.path.isdir(target):
            raise ValueError("no path to save to")
        if target == self._path and self.changed_on_disk():
            raise DiskChangedError(target)
        from editor.workspace.history import write_keeping

        data = write_keeping(self.plan, target)  # the version it replaces goes to the history
        self.base_text, self.base_sha256 = self.plan.dumps(), content_hash(data)
        self._unsaved = False
        self.undo_stack.setClean()
        self.modificationChanged.emit(False)
        if target != self._path:
            self._path = target
            self.pathChanged.emit(target)
        return data

    def revert(self) -> None:
        """Re-read the file from disk; the history is cleared."""
        if not self._path:
            return
        data = read_bytes(self._path)
        text, encoding, bom = decode(data, self._path)
        fresh = PlanFile(text, encoding=encoding, bom=bom)
        self.base_text, self.base_sha256 = text, content_hash(data)
        self.plan.write_as(*fresh.written_as)
        self.plan.restore(fresh.snapshot())
        self.undo_stack.clear()
        self.modificationChanged.emit(False)
        self._notify(None, True)
