"""Review ▸ Compare: the open plan against a base (another file, a kept version, the base of a
review), field by field, in a **Changes** panel under the form, each change accepted or rejected.

``ChangesPanel`` lists the changes of ``editor.catalog.diff`` (base: the base; new: the buffer,
unsaved edits included), one row per changed field labelled as the form labels it, with the
change's kind, a short word diff and Accept / Reject buttons; the selected row shows its whole
word diff. **Reject** puts the base's text back with ``take_base`` inside ``Document.edit``
(one undoable step; Reject All is one step too); **Accept** keeps the new text: nothing in the
plan changes, and the base takes the new value for that field for the rest of the comparison
(the row comes back only when the field changes again). The panel follows the document: after
any edit (typing, undo, a rebuild) it compares again, after the same pause as the window's
validation. Changed fields are marked in the form (the ``changed`` property of their ``Field``,
styled in ``editor.ui.style``); activating a row goes to its field.

``ChangesDock`` holds the panel under the form; ``editor.ui.comparing`` ties it to the window's
Review actions and makes it on first use.

The helpers the History dialog shares (``one_line``, ``words_html``, ``version_columns``)
live here.
"""

from __future__ import annotations

import html
import re

import shiboken6
from PySide6.QtCore import QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from editor.catalog.diff import FieldChange, diff, take_base
from editor.i18n import translate
from editor.planfile import PlanFile, decode
from editor.ui.style import look, sheet
from editor.workspace.history import EDITOR, Version

_ROLE = Qt.ItemDataRole.UserRole
MARK = "changed"  # the Field property that marks a changed field (its look: editor.ui.style)
SHORT = 90  # characters of a row's word diff
HEIGHT = 220  # the dock's height when it is first shown
_SPACES = re.compile(r"\s+")


# -- shared with File ▸ History ------------------------------------------------------------------


def one_line(text: str | None, limit: int = 80) -> str:
    """``text`` on one line, cut at ``limit`` characters with an ellipsis; "—" for none."""
    if text is None:
        return "—"
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def words_html(change: FieldChange) -> str:
    """The change word by word: removed words struck through, added ones underlined."""
    if not change.words:
        old = html.escape(change.old or "")
        new = html.escape(change.new or "")
        return f"<p><s>{old}</s></p><p><u>{new}</u></p>"
    parts = []
    for op, text in change.words:
        text = html.escape(text).replace("\n", "<br>")
        if op == "-":
            parts.append(f"<s style='color:#b00020'>{text}</s>")
        elif op == "+":
            parts.append(f"<u style='color:#006400'>{text}</u>")
        else:
            parts.append(text)
    return "<p>" + "".join(parts) + "</p>"


def shown_time(when: QDateTime) -> str:
    """A version's time in the locale's short date and to the second (versions of one file are
    often minutes apart)."""
    locale = QLocale()
    return f"{locale.toString(when.date(), QLocale.FormatType.ShortFormat)} {when.toString('HH:mm:ss')}"


def version_columns(version: Version) -> list[str]:
    """A kept version as the lists show it: time, size, what wrote it."""
    when = QDateTime.fromMSecsSinceEpoch(int(version.time * 1000))
    source = (
        translate("Compare", "This editor")
        if version.source == EDITOR
        else translate("Compare", "Another program")
    )
    return [
        shown_time(when),
        translate("Compare", "{} bytes").format(QLocale().toString(version.size)),
        source,
    ]


def short_words(change: FieldChange, limit: int = SHORT) -> str:
    """The change on one line, as ``[-removed-]{+added+}`` with a little of the kept text
    around each change (the whole change is in ``words_html``)."""
    if not change.words:
        if change.new is None:
            return one_line(f"[-{one_line(change.old, limit)}-]", limit)
        return one_line(f"{{+{one_line(change.new, limit)}+}}", limit)
    context = 24
    runs = change.words
    parts = []
    for n, (op, text) in enumerate(runs):
        text = _SPACES.sub(" ", text)  # on one line, the spaces around the words kept
        if op == "-":
            parts.append(f"[-{text}-]")
        elif op == "+":
            parts.append(f"{{+{text}+}}")
        elif n == 0:
            parts.append(text if len(text) <= context else "…" + text[-context:])
        elif n == len(runs) - 1:
            parts.append(text if len(text) <= context else text[:context] + "…")
        else:
            parts.append(
                text if len(text) <= 2 * context else f"{text[:context]} … {text[-context:]}"
            )
    return one_line("".join(parts), limit)


def plan_of(data: bytes, path: str | None = None) -> PlanFile:
    """A plan read from a file's bytes (raises ``ReadError``)."""
    text, encoding, bom = decode(data, path)
    return PlanFile(text, encoding=encoding, bom=bom)


# -- the marks in the form -----------------------------------------------------------------------


def _mark(widget: QWidget, on: bool) -> None:
    if not shiboken6.isValid(widget) or widget.property(MARK) is on:
        return
    widget.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # for the border
    widget.setProperty(MARK, on)
    widget.setStyleSheet(sheet(MARK, on))
    widget.update()


# -- the panel ---------------------------------------------------------------------------------


class ChangesPanel(QWidget):
    """The changes of the open plan against a base, each to accept or reject."""

    jump = Signal(str)  # a field id to go to
    stopped = Signal()

    def __init__(self, parent=None, delay_ms: int = 400) -> None:
        super().__init__(parent)
        self.setObjectName("changes")
        self.doc = None
        self.form = None
        self.base: PlanFile | None = None
        self.label = ""
        self.changes: list[FieldChange] = []
        self._accepted: set[tuple[str, str | None]] = set()
        self._marked: list[QWidget] = []
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.refresh)

        self.heading = QLabel(self)
        look(self.heading, "changesHeading")
        self.heading.setWordWrap(True)
        self.accept_all = QPushButton(self.tr("Accept &All"), self)
        self.accept_all.setToolTip(self.tr("Keep every change listed"))
        self.reject_all = QPushButton(self.tr("Re&ject All"), self)
        self.reject_all.setToolTip(self.tr("Put the base's text back in every field listed"))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("changeList")
        self.tree.setHeaderLabels([self.tr("Field"), self.tr("Change"), self.tr("Words"), ""])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Changes against the base"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(0, 220)
        self.detail = QTextBrowser(self)
        self.detail.setObjectName("changeDetail")
        self.detail.setAccessibleName(self.tr("The change, word by word"))
        self.status = QLabel(self)
        self.status.setObjectName("changesStatus")

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.accept_all)
        top.addWidget(self.reject_all)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tree)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 4, 6, 4)
        lay.setSpacing(4)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        lay.addWidget(self.status)

        self.tree.currentItemChanged.connect(self._chosen)
        self.tree.itemActivated.connect(lambda item, _c: self._go(item))
        self.accept_all.clicked.connect(self.accept_everything)
        self.reject_all.clicked.connect(self.reject_everything)
        self._update_buttons()

    # -- the comparison ----------------------------------------------------------------------

    @property
    def comparing(self) -> bool:
        return self.base is not None

    def start(self, doc, form, base: PlanFile, label: str) -> None:
        """Compare ``doc`` (shown in ``form``) with ``base``, named ``label``, from now on."""
        self.stop(quiet=True)
        self.doc, self.form, self.base, self.label = doc, form, base, label
        self._accepted = set()
        self.heading.setText(self.tr("Changes against {}").format(label))
        doc.changed.connect(self._document_changed)
        if form is not None:
            form.built.connect(self._apply_marks)
        self.refresh()

    def stop(self, quiet: bool = False) -> None:
        """No comparison any more: the rows and the marks go."""
        was = self.comparing
        self._timer.stop()
        if self.doc is not None and shiboken6.isValid(self.doc):
            try:
                self.doc.changed.disconnect(self._document_changed)
            except (RuntimeError, TypeError):
                pass
        if self.form is not None and shiboken6.isValid(self.form):
            try:
                self.form.built.disconnect(self._apply_marks)
            except (RuntimeError, TypeError):
                pass
        self.changes = []
        self._unmark()
        self.doc = self.form = self.base = None
        self.tree.clear()
        self.detail.clear()
        self.status.clear()
        self._update_buttons()
        if was and not quiet:
            self.stopped.emit()

    def _document_changed(self, *_args) -> None:
        self._timer.start()  # after the pause, as the window's validation

    def refresh(self) -> None:
        """Compare again now."""
        self._timer.stop()
        if self.base is None or self.doc is None:
            return
        found = diff(self.base, self.doc.plan)
        self.changes = [c for c in found if (c.field, c.new) not in self._accepted]
        self._fill()

    def _fill(self) -> None:
        current = self.tree.currentItem()
        was = current.data(0, _ROLE).field if current is not None else None
        kinds = {
            "changed": self.tr("changed"),
            "added": self.tr("added"),
            "removed": self.tr("removed"),
        }
        self.tree.clear()
        for change in self.changes:
            item = QTreeWidgetItem([change.label, kinds[change.kind], short_words(change), ""])
            item.setToolTip(0, change.label)
            item.setToolTip(
                2,
                self.tr("Was: {}\nNow: {}").format(
                    one_line(change.old, 300), one_line(change.new, 300)
                ),
            )
            item.setData(0, _ROLE, change)
            self.tree.addTopLevelItem(item)
            self.tree.setItemWidget(item, 3, self._row_buttons(change))
            if change.field == was:
                self.tree.setCurrentItem(item)
        if self.tree.currentItem() is None:
            self.detail.clear()
        count = len(self.changes)
        self.status.setText(
            self.tr("No changes against {}.").format(self.label)
            if not count
            else self.tr("%n field(s) changed.", "", count)
        )
        self._update_buttons()
        self._apply_marks()

    def _row_buttons(self, change: FieldChange) -> QWidget:
        holder = QWidget(self.tree)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 4, 0)
        row.setSpacing(2)
        label = one_line(change.label, 40)
        for name, text, tip, slot in (
            ("accept", self.tr("Accept"), self.tr("Keep the change to “{}”"), self.accept),
            ("reject", self.tr("Reject"), self.tr("Put the base's “{}” back"), self.reject),
        ):
            button = QToolButton(holder)
            button.setObjectName(name)
            button.setText(text)
            button.setToolTip(tip.format(label))
            button.setAccessibleName(f"{text}: {label}")
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, c=change, s=slot: s(c))
            row.addWidget(button)
        return holder

    def _chosen(self, item, _previous=None) -> None:
        change: FieldChange | None = item.data(0, _ROLE) if item is not None else None
        if change is None:
            self.detail.clear()
            return
        head = html.escape(change.label)
        self.detail.setHtml(f"<p><b>{head}</b></p>" + words_html(change))

    def _go(self, item) -> None:
        change = item.data(0, _ROLE) if item is not None else None
        target = self._field_of(change) if change is not None else None
        if target is not None:
            self.jump.emit(target)

    def _update_buttons(self) -> None:
        some = bool(self.changes)
        self.accept_all.setEnabled(some)
        self.reject_all.setEnabled(some)

    # -- deciding ----------------------------------------------------------------------------

    def accept(self, change: FieldChange) -> None:
        """Keep the new text of ``change``'s field: its row goes, the plan stays as it is."""
        self._accepted.add((change.field, change.new))
        self.changes = [c for c in self.changes if c is not change]
        self._fill()

    def accept_everything(self) -> None:
        for change in self.changes:
            self._accepted.add((change.field, change.new))
        self.changes = []
        self._fill()

    def reject(self, change: FieldChange) -> bool:
        """Put the base's text of ``change``'s field back: one undoable step."""
        if self.doc is None:
            return False
        text = self.tr("Reject the change to “{}”").format(one_line(change.label, 40))
        simple = change.kind == "changed" and not change.field.startswith("group:")
        done = self.doc.edit(text, lambda plan: take_base(plan, change), structural=not simple)
        self.refresh()
        if not done:
            self.status.setText(
                self.tr("“{}” could not be put back as the base has it.").format(
                    one_line(change.label, 40)
                )
            )
        return done

    def reject_everything(self) -> bool:
        """Put the base's text back in every field listed: one undoable step."""
        if self.doc is None or not self.changes:
            return False
        changes = list(self.changes)

        def apply(plan: PlanFile) -> bool:
            done = False
            for change in reversed(changes):  # from the end: the fields before keep their place
                done = take_base(plan, change) or done
            return done

        done = self.doc.edit(self.tr("Reject all changes"), apply, structural=True)
        self.refresh()
        return done

    # -- marks in the form -------------------------------------------------------------------

    def _field_of(self, change: FieldChange) -> str | None:
        """The form's field id for ``change`` (a group instance: its first question)."""
        if change.field.startswith("group:"):
            if change.kind == "removed" or self.doc is None:
                return None
            groups = self.doc.plan.outline.groups
            at = int(change.field.split(":", 1)[1])
            if not 0 <= at < len(groups):
                return None
            first = next((j for kind, j in groups[at].items if kind == "question"), None)
            return f"q:{first + 1}" if first is not None else None
        if change.kind == "removed" and not change.field.startswith(("tag:", "title")):
            return None  # the field is gone from the form
        return change.field

    def _unmark(self) -> None:
        for widget in self._marked:
            _mark(widget, False)
        self._marked = []

    def _apply_marks(self) -> None:
        form = self.form
        if form is None or not shiboken6.isValid(form):
            self._marked = []
            return
        wanted: list[QWidget] = []
        for change in self.changes:
            fid = self._field_of(change)
            widget = form.field(fid) if fid is not None else None
            if widget is not None and widget not in wanted:
                wanted.append(widget)
        for widget in self._marked:
            if widget not in wanted:
                _mark(widget, False)
        for widget in wanted:
            _mark(widget, True)
        self._marked = wanted


class ChangesDock(QDockWidget):
    """The Changes panel as a dock under the form; closing it stops comparing."""

    def __init__(self, parent=None, delay_ms: int = 400) -> None:
        super().__init__(parent)
        self.setObjectName("changesDock")
        self.setWindowTitle(self.tr("Changes"))
        self.setAllowedAreas(
            Qt.DockWidgetArea.BottomDockWidgetArea
            | Qt.DockWidgetArea.RightDockWidgetArea
            | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.panel = ChangesPanel(self, delay_ms)
        self.setWidget(self.panel)
        self.panel.stopped.connect(self.hide)

    def closeEvent(self, event) -> None:
        self.panel.stop()
        super().closeEvent(event)


__all__ = [
    "ChangesDock",
    "ChangesPanel",
    "one_line",
    "plan_of",
    "short_words",
    "version_columns",
    "words_html",
]
