"""File ▸ History: the versions kept of the open plan, each compared field by field with the
text now, and restored one field or whole, each restore one undoable step of the document.

The versions come from ``editor.workspace.history``, the comparison from
``editor.catalog.diff`` (base: the version; new: the buffer, unsaved edits included), and
``take_base`` puts a field's value from the version back. The window shows the dialog through
``Interaction.show_history``.
"""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from editor.catalog.diff import FieldChange, diff, take_base
from editor.planfile import PlanFile, ReadError, decode
from editor.ui.compare import one_line as _one_line
from editor.ui.compare import shown_time, version_columns
from editor.ui.compare import words_html as _words_html
from editor.workspace import history
from editor.workspace.history import HistoryError, Version

_ROLE = Qt.ItemDataRole.UserRole


class HistoryDialog(QDialog):
    """The versions of ``doc``'s file (newest first) and the changes from the one chosen."""

    def __init__(self, doc, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.setWindowTitle(self.tr("History of “{}”").format(doc.display_name))
        self.resize(900, 600)
        self._version: tuple[Version, bytes] | None = None

        self.versions = QTreeWidget(self)
        self.versions.setHeaderLabels([self.tr("Time"), self.tr("Size"), self.tr("Written by")])
        self.versions.setRootIsDecorated(False)
        self.versions.setAccessibleName(self.tr("Versions"))
        self.changes = QTreeWidget(self)
        self.changes.setHeaderLabels(
            [self.tr("Field"), self.tr("Change"), self.tr("In the version"), self.tr("Now")]
        )
        self.changes.setRootIsDecorated(False)
        self.changes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.changes.setAccessibleName(self.tr("Changes since the version"))
        self.detail = QTextBrowser(self)
        self.detail.setAccessibleName(self.tr("The change, word by word"))
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.restore_field = QPushButton(self.tr("Restore &Field"), self)
        self.restore_field.setToolTip(self.tr("Put this field's text from the version back"))
        self.restore_all = QPushButton(self.tr("Restore &Whole Version"), self)
        self.restore_all.setToolTip(self.tr("Make the plan what the version holds"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.versions)
        split.addWidget(self.changes)
        split.addWidget(self.detail)
        split.setSizes([160, 280, 160])
        row = QHBoxLayout()
        row.addWidget(self.restore_field)
        row.addWidget(self.restore_all)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.status)
        layout.addLayout(row)

        self.versions.currentItemChanged.connect(self._version_chosen)
        self.changes.currentItemChanged.connect(self._change_chosen)
        self.changes.itemActivated.connect(lambda *_: self.restore_selected_field())
        self.restore_field.clicked.connect(self.restore_selected_field)
        self.restore_all.clicked.connect(self.restore_version)
        doc.changed.connect(self._document_changed)
        self.finished.connect(self._disconnect)
        self._fill_versions()

    # -- the versions ----------------------------------------------------------------------------

    def _fill_versions(self) -> None:
        found = history.versions(self.doc.path)
        for version in found:
            item = QTreeWidgetItem(version_columns(version))
            item.setData(0, _ROLE, version)
            self.versions.addTopLevelItem(item)
        for column in range(3):
            self.versions.resizeColumnToContents(column)
        if not found:
            self.status.setText(
                self.tr(
                    "No versions of this plan are kept yet: each save keeps the one it replaces."
                )
            )
        self._update_buttons()

    def _version_chosen(self, item, _previous=None) -> None:
        self._version = None
        version = item.data(0, _ROLE) if item is not None else None
        if version is not None:
            try:
                self._version = (version, history.read(self.doc.path, version.number))
            except HistoryError as e:
                self.status.setText(str(e))
        self._compare()

    def _version_plan(self) -> PlanFile | None:
        if self._version is None:
            return None
        data = self._version[1]
        try:
            text, encoding, bom = decode(data, self.doc.path)
        except ReadError as e:
            self.status.setText(str(e))
            return None
        return PlanFile(text, encoding=encoding, bom=bom)

    # -- the comparison --------------------------------------------------------------------------

    def _compare(self) -> None:
        current = self.changes.currentItem()
        was = current.data(0, _ROLE).field if current is not None else None
        self.changes.clear()
        self.detail.clear()
        base = self._version_plan()
        if base is not None:
            kinds = {
                "changed": self.tr("changed"),
                "added": self.tr("added since"),
                "removed": self.tr("removed since"),
            }
            found = diff(base, self.doc.plan)
            for change in found:
                item = QTreeWidgetItem(
                    [change.label, kinds[change.kind], _one_line(change.old), _one_line(change.new)]
                )
                item.setToolTip(2, change.old or "")
                item.setToolTip(3, change.new or "")
                item.setData(0, _ROLE, change)
                self.changes.addTopLevelItem(item)
                if change.field == was:
                    self.changes.setCurrentItem(item)
            self.changes.resizeColumnToContents(1)
            self.status.setText(
                self.tr("The plan now is the same as this version.")
                if not found
                else self.tr("%n field(s) differ from this version.", "", len(found))
            )
        self._update_buttons()

    def _change_chosen(self, item, _previous=None) -> None:
        change: FieldChange | None = item.data(0, _ROLE) if item is not None else None
        self.detail.setHtml(_words_html(change) if change is not None else "")
        self._update_buttons()

    def _document_changed(self, *_args) -> None:
        if self._version is not None:
            self._compare()

    def _update_buttons(self) -> None:
        self.restore_all.setEnabled(self._version is not None and self.changes.topLevelItemCount())
        self.restore_field.setEnabled(self.changes.currentItem() is not None)

    # -- restoring -------------------------------------------------------------------------------

    def restore_selected_field(self) -> bool:
        item = self.changes.currentItem()
        if item is None:
            return False
        change: FieldChange = item.data(0, _ROLE)
        label = self.tr("Restore “{}” from history").format(_one_line(change.label, 40))
        return self.doc.edit(label, lambda plan: take_base(plan, change), structural=True)

    def restore_version(self) -> bool:
        plan = self._version_plan()
        if plan is None:
            return False
        when = QDateTime.fromMSecsSinceEpoch(int(self._version[0].time * 1000))
        label = self.tr("Restore the version of {}").format(shown_time(when))
        before = self.doc.plan.version
        self.doc.replace_plan(plan, label)
        return self.doc.plan.version != before

    def _disconnect(self, *_args) -> None:
        try:
            self.doc.changed.disconnect(self._document_changed)
        except (RuntimeError, TypeError):
            pass
