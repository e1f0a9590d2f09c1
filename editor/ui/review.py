"""Review in the window: Review ▸ Start Review, notes on fields, replies, resolutions, a verdict.

The review lives in its own file beside the plan (``editor.catalog.review``: ``plan.review.txt``);
the plan file is never written by anything here. ``ReviewController`` is the window's part:

- **Start Review…** asks the reviewer's e-mail (kept in the settings), records the base (the plan
  as it was opened or last saved: its hash) in the review beside the plan, created or continued,
  and shows the changes since then (``window.compare_with(base, …)``, when the window has it).
- **Add Note…** (Ctrl+Alt+M) notes the field that has the focus, or the whole plan when the focus
  is not in the form. Notes show under their field (``Field.set_note``) and in the notes panel
  under the form, plan notes first; clicking a note jumps to its field. The panel's Reply… and
  Resolve act on the note chosen in it; a resolved note stays in the file, struck through.
- **Approve** / **Needs Revision…** (a reason asked) set the verdict, shown in a bar above the form.
- Each of these writes the review file at once; each save of the plan while reviewing records
  the base text of every field the reviewer changed (``record_changes``).

The author opening a plan with a review beside it sees the bar, the notes and, through
``compare_with``, the reviewer's changes against the base: the plan as opened when its hash is
the review's base; else the version with that hash in the local history; else the plan as it is
now with the review's recorded base texts put back (title, tags, answers and free texts; the
fields the base texts cannot name, such as group instances, are left as they are).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from editor.catalog import review as rv
from editor.planfile import PlanFile, PlanFileError, content_hash, decode, entities
from editor.ui import settings as S
from editor.ui.actions import ActionId
from editor.ui.style import look, sheet

NOTES_HEIGHT = 140  # px the notes panel takes from the form when it first shows
MENU_ACTIONS = (
    ActionId.START_REVIEW,
    None,
    ActionId.ADD_NOTE,
    ActionId.REPLY_NOTE,
    ActionId.RESOLVE_NOTE,
    None,
    ActionId.APPROVE,
    ActionId.NEEDS_REVISION,
)


def _order(note: rv.Note) -> tuple:
    """Plan notes first, then in the form's reading order: title, tags, questions, texts."""
    fid = note.field
    if fid == "plan":
        return (0, 0)
    if fid == "title":
        return (1, 0)
    if fid.startswith(("tag:", "tags:")):
        return (2, 0)
    if fid.startswith("q:") and fid[2:].isdigit():
        return (3, int(fid[2:]))
    return (4, 0)


def shown_date(iso: str) -> str:
    """A note's date (``YYYY-MM-DD`` in the review file) in the locale's short format; as
    written when it is not such a date."""
    date = QDate.fromString(iso, Qt.DateFormat.ISODate)
    return QLocale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else iso


class NotesPanel(QWidget):
    """The review's notes under the form: a list (clicking a note jumps to its field) and the
    buttons that answer or resolve the note chosen in it."""

    jump = Signal(str)
    replyRequested = Signal(int)  # index of the note in the review
    resolveRequested = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("notesPanel")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Review notes"), self)
        look(self.title, "prompt")
        head.addWidget(self.title, 1)
        self.reply_button = QPushButton(self.tr("Reply…"), self)
        self.resolve_button = QPushButton(self.tr("Resolve"), self)
        for button in (self.reply_button, self.resolve_button):
            button.setEnabled(False)
            head.addWidget(button)
        lay.addLayout(head)
        self.list = QListWidget(self)
        self.list.setObjectName("notes")
        self.list.setAccessibleName(self.tr("Review notes"))
        self.list.setWordWrap(True)
        lay.addWidget(self.list, 1)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.reply_button.clicked.connect(lambda: self._request(self.replyRequested))
        self.resolve_button.clicked.connect(lambda: self._request(self.resolveRequested))
        self._notes: list[rv.Note] = []

    def set_notes(self, notes: list[rv.Note]) -> None:
        """Show ``notes`` (the review's, in its order), keeping the chosen one chosen."""
        chosen = self.current_index()
        self._notes = list(notes)
        self.list.clear()
        for index in sorted(range(len(notes)), key=lambda i: _order(notes[i])):
            note = notes[index]
            replies = len(note.replies)
            text = f"{note.label}: {note.text}  — {note.by or '?'}, {shown_date(note.date)}"
            if replies:
                text += "  " + self.tr("(%n reply(s))", "", replies)
            item = QListWidgetItem(("✓ " if note.resolved else "✎ ") + text)
            item.setData(Qt.ItemDataRole.UserRole, index)
            item.setToolTip(note.text)
            if note.resolved:
                font = QFont(item.font())
                font.setStrikeOut(True)
                item.setFont(font)
                item.setForeground(QColor("#829ab1"))
            self.list.addItem(item)
            if index == chosen:
                self.list.setCurrentItem(item)
        if not notes:
            item = QListWidgetItem(self.tr("No notes yet: Review ▸ Add Note (Ctrl+Alt+M)."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        self._update_buttons()

    def current_index(self) -> int | None:
        item = self.list.currentItem()
        index = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return index if isinstance(index, int) and index < len(self._notes) else None

    def _update_buttons(self) -> None:
        index = self.current_index()
        self.reply_button.setEnabled(index is not None)
        self.resolve_button.setEnabled(index is not None)
        resolved = index is not None and self._notes[index].resolved
        self.resolve_button.setText(self.tr("Reopen") if resolved else self.tr("Resolve"))

    def _request(self, signal) -> None:
        index = self.current_index()
        if index is not None:
            signal.emit(index)

    def _activated(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(index, int) and index < len(self._notes):
            field_id = self._notes[index].field
            if field_id != "plan":
                self.jump.emit(field_id)


class ReviewController(QObject):
    """The review of the window's open plan: its bar, its notes panel and the Review actions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.review: rv.Review | None = None
        self._disk_text = ""  # the review file as last read or written
        self.reviewing = False  # started in this window: the plan's saves record base texts
        self.base_plan: PlanFile | None = None
        self.bar = QLabel(window)
        self.bar.setObjectName("reviewBar")
        self.bar.setWordWrap(True)
        self.bar.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar.hide()
        self.notes = NotesPanel(window)
        self.notes.hide()
        self.notes.jump.connect(window.jump_to)
        self.notes.replyRequested.connect(self.reply)
        self.notes.resolveRequested.connect(self.toggle_resolved)
        a = window.actions
        a[ActionId.START_REVIEW].triggered.connect(self.start)
        a[ActionId.ADD_NOTE].triggered.connect(self.add_note)
        a[ActionId.REPLY_NOTE].triggered.connect(lambda: self._on_chosen(self.reply))
        a[ActionId.RESOLVE_NOTE].triggered.connect(lambda: self._on_chosen(self.toggle_resolved))
        a[ActionId.APPROVE].triggered.connect(self.approve)
        a[ActionId.NEEDS_REVISION].triggered.connect(self.needs_revision)
        self._update_actions()

    def fill_menu(self, menu) -> None:
        for aid in MENU_ACTIONS:
            if aid is None:
                menu.addSeparator()
            else:
                menu.addAction(self.window.actions[aid])

    # -- following the window ----------------------------------------------------------------

    @property
    def _doc(self):
        return self.window.document

    def document_opened(self, doc) -> None:
        """A plan was opened (or closed: ``doc`` None): show the review beside it, if any."""
        self.review, self.reviewing, self.base_plan = None, False, None
        if doc is not None and doc.path and rv.review_path(doc.path).exists():
            try:
                self.review = rv.load(doc.path)
                self._disk_text = rv.dumps(self.review)
            except (OSError, UnicodeDecodeError, rv.ReviewError) as e:
                self.window.statusBar().showMessage(
                    self.tr("The review beside the plan cannot be read: {}").format(e), 8000
                )
            if self.review is not None and self.review.base:
                self.base_plan = self._find_base(doc, self.review)
                from editor.catalog.diff import diff

                if self.base_plan is not None and diff(self.base_plan, doc.plan):
                    self._compare_later(doc)  # the reviewer's changes, to accept or reject
        self._show()

    def plan_saved(self) -> None:
        """The plan was saved: while reviewing, keep the base text of each field changed."""
        self._fresh()
        doc = self._doc
        self._update_actions()
        if not self.reviewing or self.review is None or self.base_plan is None or doc is None:
            return
        rv.record_changes(self.review, self.base_plan, doc.plan)
        self._save()

    # -- the user's actions ------------------------------------------------------------------

    def start(self) -> bool:
        """Review ▸ Start Review: ask the e-mail, record the base, show the changes from it."""
        doc = self._doc
        if doc is None:
            return False
        if not doc.path:
            self.window.interaction.show_error(
                self.tr("Start Review"),
                self.tr("Save the plan first: its review is kept in a file beside it."),
            )
            return False
        email = self.window.interaction.ask_reviewer(self.window.settings.get(S.REVIEWER_EMAIL))
        if not email:
            return False
        self.window.settings.set(S.REVIEWER_EMAIL, email)
        review = self.review
        if review is None:
            try:
                review = rv.load(doc.path)
            except (OSError, UnicodeDecodeError, rv.ReviewError) as e:
                self.window.interaction.show_error(
                    self.tr("Start Review"),
                    self.tr("The review beside the plan cannot be read: {}").format(e),
                )
                return False
        if not review.base:  # a new review: its base is the plan as opened (or last saved)
            review.base = doc.base_sha256 or content_hash(doc.disk_bytes() or b"")
        review.reviewer = email
        self.review, self.reviewing = review, True
        self.base_plan = self._find_base(doc, review)
        self._save()
        self._show()
        self._compare_later(doc)
        return True

    def add_note(self) -> None:
        """Review ▸ Add Note: a note on the field that has the focus (else the whole plan)."""
        self._fresh()
        doc, form = self._doc, self.window.form
        if doc is None or (self.review is None and not self.start()):
            return
        field_id = "plan"
        focus = QApplication.focusWidget()
        if form is not None and focus is not None and form.body.isAncestorOf(focus):
            field_id = form.current_field() or "plan"
        label = self._label_of(field_id)
        text = self.window.interaction.ask_note(label)
        if not text or not text.strip():
            return
        self.review.note(field_id, label, text.strip(), by=self._me())
        self._save()
        self._show()

    def reply(self, index: int) -> None:
        self._fresh()
        note = self._note(index)
        if note is None:
            return
        text = self.window.interaction.ask_reply(note.text)
        if not text or not text.strip():
            return
        note.replies.append(rv.Reply(self._me(), rv.today(), text.strip("\n")))
        self._save()
        self._show()

    def toggle_resolved(self, index: int) -> None:
        self._fresh()
        note = self._note(index)
        if note is None:
            return
        note.resolved = not note.resolved
        self._save()
        self._show()

    def approve(self) -> None:
        self._fresh()
        if self._doc is None or (self.review is None and not self.start()):
            return
        self.review.verdict, self.review.reason = "approved", ""
        self._save()
        self._show()

    def needs_revision(self) -> None:
        self._fresh()
        if self._doc is None or (self.review is None and not self.start()):
            return
        reason = self.window.interaction.ask_revision_reason(self.review.reason)
        if not reason or not reason.strip():
            return
        self.review.verdict, self.review.reason = "needs revision", " ".join(reason.split())
        self._save()
        self._show()

    # -- helpers -------------------------------------------------------------------------------

    def _on_chosen(self, act) -> None:
        index = self.notes.current_index()
        if index is None:
            self.window.statusBar().showMessage(self.tr("Choose a note in the notes list."), 4000)
            return
        act(index)

    def _fresh(self) -> None:
        """Before each change: take in what another program (``plan-editor review``, a
        colleague's sync) wrote to the review file since it was read, so that saving the
        change never overwrites theirs."""
        doc = self._doc
        if self.review is None or doc is None or not doc.path:
            return
        try:
            text = rv.review_path(doc.path).read_text(encoding="utf-8")
            on_disk = rv.loads(text)
            if rv.dumps(on_disk) != self._disk_text:
                self.review, self._disk_text = on_disk, rv.dumps(on_disk)
                self._show()
        except (OSError, UnicodeDecodeError, rv.ReviewError):
            pass  # gone or unreadable: the change is saved over it, as the last state shown

    def _note(self, index: int) -> rv.Note | None:
        if self.review is None or not 0 <= index < len(self.review.notes):
            return None
        return self.review.notes[index]

    def _me(self) -> str:
        """Who writes a note or a reply: the e-mail given to Start Review on this computer."""
        me = self.window.settings.get(S.REVIEWER_EMAIL)
        if not me:
            me = self.window.interaction.ask_reviewer("") or ""
            if me:
                self.window.settings.set(S.REVIEWER_EMAIL, me)
        return me

    def _label_of(self, field_id: str) -> str:
        doc, form = self._doc, self.window.form
        name = {"plan": "plan", "title": "title"}.get(field_id)
        if field_id.startswith("q:"):
            name = field_id[2:]
        elif field_id.startswith("tag:"):
            name = field_id[4:]
        if name is not None:
            try:
                return rv.field_of(doc.plan, name)[1]
            except (rv.ReviewError, ValueError):
                pass
        f = form.fields.get(field_id) if form is not None else None
        return f.label.text() if f is not None and f.label.text() else field_id

    def _save(self) -> None:
        doc = self._doc
        if self.review is None or doc is None or not doc.path:
            return
        self.review.date = rv.today()
        try:
            written = rv.save(self.review, doc.path)
            self._disk_text = rv.dumps(self.review)
        except (OSError, PlanFileError) as e:
            self.window.interaction.show_error(
                self.tr("Cannot save the review"),
                self.tr("The review was not saved: {}").format(getattr(e, "reason", None) or e),
            )
            return
        self.window.statusBar().showMessage(self.tr("Review saved to {}").format(written), 4000)

    def _update_actions(self) -> None:
        doc = self._doc
        has_path = bool(doc is not None and doc.path)
        for aid in (ActionId.START_REVIEW, ActionId.ADD_NOTE, ActionId.APPROVE):
            self.window.actions[aid].setEnabled(has_path)
        self.window.actions[ActionId.NEEDS_REVISION].setEnabled(has_path)
        has_notes = bool(self.review is not None and self.review.notes)
        for aid in (ActionId.REPLY_NOTE, ActionId.RESOLVE_NOTE):
            self.window.actions[aid].setEnabled(has_notes)

    def _show(self) -> None:
        review, form = self.review, self.window.form
        self._update_actions()
        if review is None:
            self.bar.hide()
            self.notes.hide()
            if form is not None:
                form.set_notes({})
            return
        self.bar.setText(self._verdict_text(review))
        self.bar.setStyleSheet(sheet("reviewBar", review.verdict))
        self.bar.show()
        self.notes.set_notes(review.notes)
        self._show_notes_panel()
        if form is not None:
            form.set_notes(self._field_notes(review, form))

    def _show_notes_panel(self) -> None:
        """Show the notes panel with room for a few notes (in a splitter it starts at 0)."""
        self.notes.show()
        split = self.notes.parentWidget()
        if isinstance(split, QSplitter):
            at = split.indexOf(self.notes)
            sizes = split.sizes()
            if at > 0 and sizes[at] < NOTES_HEIGHT // 2:
                grow = min(NOTES_HEIGHT, max(0, sizes[0] - NOTES_HEIGHT)) - sizes[at]
                if grow > 0:
                    sizes[0] -= grow
                    sizes[at] += grow
                    split.setSizes(sizes)

    def _verdict_text(self, review: rv.Review) -> str:
        by, date = review.reviewer or "?", shown_date(review.date) if review.date else "?"
        if review.verdict == "needs revision":
            return self.tr("Needs revision — {} ({}, {})").format(review.reason, by, date)
        if review.verdict == "approved":
            return self.tr("Approved ({}, {})").format(by, date)
        return self.tr("In review by {} ({}): no verdict yet").format(by, date)

    def _field_notes(self, review: rv.Review, form) -> dict[str, tuple[str, bool]]:
        """Field id (as the form names it) -> (the text under the field, all resolved)."""
        texts: dict[str, list[str]] = {}
        resolved: dict[str, bool] = {}
        for note in review.notes:
            if note.field == "plan":
                continue
            fid = note.field
            if fid.startswith("tag:") and fid not in form.fields:
                fid = "tags:other"  # a tag with no field of its own
            mark = self.tr("✓ resolved") if note.resolved else "✎"
            lines = [f"{mark} {note.by or '?'}, {shown_date(note.date)}: {note.text}"]
            lines += [f"    ↳ {r.by or '?'}, {r.date}: {r.text}" for r in note.replies]
            texts.setdefault(fid, []).append("\n".join(lines))
            resolved[fid] = resolved.get(fid, True) and note.resolved
        return {fid: ("\n".join(t), resolved[fid]) for fid, t in texts.items()}

    # -- the base of the reviewer's changes ----------------------------------------------------

    def _find_base(self, doc, review: rv.Review) -> PlanFile | None:
        """The plan the review started from: the plan as opened when its hash is the base;
        else that version in the local history; else the plan now with the review's base
        texts put back; None when none of these is there."""
        if doc.base_sha256 == review.base and doc.base_text is not None:
            return PlanFile(doc.base_text, newline=doc.plan.newline)
        from editor.workspace import history

        try:
            for version in history.versions(doc.path):
                if version.sha256 == review.base:
                    data = history.read(doc.path, version.number)
                    text, encoding, bom = decode(data, doc.path)
                    return PlanFile(text, encoding=encoding, bom=bom)
        except (history.HistoryError, OSError, ValueError):
            pass
        if not review.base_texts:
            return None
        base = PlanFile(doc.plan.dumps(), newline=doc.plan.newline)
        for field_id, (_label, text) in review.base_texts.items():
            _put_back(base, field_id, text)
        return base

    def _compare_later(self, doc) -> None:
        """Show the changes from the base once the window has the document on screen."""

        def compare() -> None:
            compare_with = getattr(self.window, "compare_with", None)  # editor/ui/comparing.py
            if doc is self._doc and self.base_plan is not None and compare_with is not None:
                compare_with(self.base_plan, self.tr("the plan when the review started"))

        QTimer.singleShot(0, compare)


def _put_back(plan: PlanFile, field_id: str, text: str) -> None:
    """Make ``field_id`` of ``plan`` hold ``text`` (a base text, as the form shows it)."""
    try:
        if field_id == "title":
            plan.set_title(text)
        elif field_id.startswith("tag:"):
            plan.set_tag(field_id[4:], text.split("\n") if text else [])
        elif field_id.startswith("q:"):
            number = int(field_id[2:])
            plan.set_answer(number, entities.edit_raw(plan.question(number).answer, text))
        elif field_id.startswith("text:"):
            plan.set_free_text(int(field_id[5:]), text)
    except (IndexError, ValueError, PlanFileError):
        pass  # the field is no longer there: nothing to put back
