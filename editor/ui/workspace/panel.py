"""The workspace list: the plan files of a folder with title, type, country and year.

Files are summarised (header only) in slices from the event loop, so a folder of thousands of
plans fills in while the window is already usable. A filter box narrows the list on any column.
The terms the workspace uses (thematic areas, methods, data sources) feed the form's completers.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from editor.catalog import vocabularies
from editor.i18n import QT_TRANSLATE_NOOP, lower_first
from editor.ui.slices import Slices

SLICE = 0.02  # seconds of summarising per turn of the event loop
FLUSH = 0.25  # seconds between additions to the list while a folder is read
_ROOT = QModelIndex()


class PlanListModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("PlanListModel", "Title"),
        QT_TRANSLATE_NOOP("PlanListModel", "Type"),
        QT_TRANSLATE_NOOP("PlanListModel", "Country"),
        QT_TRANSLATE_NOOP("PlanListModel", "Year"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:
        return len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        s = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return s.title or os.path.basename(str(s.path))
            if col == 1:
                return s.type or ""
            if col == 2:
                return ", ".join(s.countries)
            return str(s.year) if s.year else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(s.path) + (f"\n{s.error}" if s.error else "")
        if role == Qt.ItemDataRole.UserRole:
            return str(s.path)
        return None

    # The model sorts itself (a Python key sort of 10,000 rows takes milliseconds); a sorting
    # proxy would call data() from C++ for every comparison and stall the event loop.
    sort_column = 0
    sort_order = Qt.SortOrder.AscendingOrder

    def _key(self, s):
        col = self.sort_column
        if col == 0:
            return (s.title or os.path.basename(str(s.path))).casefold()
        if col == 1:
            return (s.type or "").casefold()
        if col == 2:
            return ", ".join(s.countries).casefold()
        return str(s.year or "")

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = max(column, 0), order
        self.layoutAboutToBeChanged.emit()
        self._sort()
        self.layoutChanged.emit()

    def _sort(self) -> None:
        self.rows.sort(key=self._key, reverse=self.sort_order == Qt.SortOrder.DescendingOrder)

    def add(self, summaries: list) -> None:
        if summaries:
            self.layoutAboutToBeChanged.emit()
            self.rows.extend(summaries)
            self._sort()
            self.layoutChanged.emit()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()

    def row_of(self, path: str) -> int:
        for i, s in enumerate(self.rows):
            if str(s.path) == path:
                return i
        return -1

    def put(self, summary) -> None:
        """Add a row, or replace the row of the same file."""
        row = self.row_of(str(summary.path))
        if row < 0:
            self.add([summary])
        else:
            self.rows[row] = summary
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def drop_all(self, paths: set[str]) -> None:
        """Remove the rows of ``paths`` (one pass however many)."""
        kept = [s for s in self.rows if str(s.path) not in paths]
        if len(kept) != len(self.rows):
            self.beginResetModel()
            self.rows = kept
            self.endResetModel()

    def drop(self, path: str) -> None:
        row = self.row_of(path)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()


class _FilterProxy(QSortFilterProxyModel):
    """Filters on any column; sorting is passed on to the source model."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class PlanTable(QTableView):
    """The list of plans: a table of rows without grid, row numbers or cell editing, moved
    through by row as a list is (Home and End go to the first and last plan, Left and Right do
    not walk the cells).

    A table, not a tree view: on each change of a 10,000-plan list a tree view walks every row
    (asking the model from Python whether each has children), and its layout takes 30-50 ms
    where a table's takes about 10 (``tests/bench/test_workspace_gui_bench.py``).
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)  # Tab leaves the list, as it does a list
        self.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.horizontalHeader().setHighlightSections(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)

    def moveCursor(self, action, modifiers):  # noqa: N802 (Qt's name)
        move = QTableView.CursorAction
        current = self.currentIndex()
        if action in (move.MoveLeft, move.MoveRight):
            return current
        rows = self.model().rowCount() if self.model() is not None else 0
        if action in (move.MoveHome, move.MoveEnd) and rows:
            row = 0 if action == move.MoveHome else rows - 1
            return self.model().index(row, max(current.column(), 0))
        return super().moveCursor(action, modifiers)


class WorkspacePanel(QWidget):
    openRequested = Signal(str)
    termsChanged = Signal()
    progress = Signal(int, bool)  # plans listed so far, done

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 4, 8)
        lay.setSpacing(6)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Filter plans…"))
        self.filter.setAccessibleName(self.tr("Filter plans"))
        self.filter.setClearButtonEnabled(True)
        self.model = PlanListModel(self)
        self.proxy = _FilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = PlanTable(self)
        self.view.setAccessibleName(self.tr("Plans in the workspace"))
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Fixed widths, not ResizeToContents: that asks every row of a 10,000-plan folder for
        # its text on each change of the list.
        for col, chars in ((1, 11), (2, 10), (3, 5)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, self.fontMetrics().averageCharWidth() * chars + 12)
        self.view.activated.connect(self._activated)
        self._build_search()
        lay.addWidget(self.search)
        lay.addLayout(self.facets)
        lay.addWidget(self.filter)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.results, 1)
        for widget in (self.search, self.filter, self.view, self.results):
            widget.installEventFilter(self)
        self.folder: str | None = None
        self.terms: dict[str, set[str]] = {k: set() for k in vocabularies.term_keys()}
        self._listing: Slices | None = None

    def set_folder(self, folder: str, cache_dir=None) -> None:
        """List ``folder``: at once as its search index last saw it (in ``cache_dir``, the
        user's cache by default), then file by file in slices from the event loop, where only
        the files new or changed since are read."""
        self.folder = os.path.abspath(folder)
        self.model.clear()
        if self._listing is not None:
            self._listing.cancel()
        known: dict = {}
        self._unlisted, self._stale, self._flushed = [], set(), time.perf_counter()
        self._listing = Slices(
            self._summaries(self.folder, cache_dir, known),
            SLICE,
            self,
            on_slice=lambda _: self._flush(),
            on_done=lambda _: self._listed(known),
            background=True,
            priority=1,  # before the search index's sync
        )
        self._listing.start()

    def _collect_terms(self, s) -> None:
        for key, value in s.tags:
            if key in self.terms and value.strip():
                self.terms[key].add(value.strip())

    def _summaries(self, folder: str, cache_dir, known: dict):
        """One step each: the files as the search index last saw them (into ``known``), listed
        together; then each plan file of ``folder``, summarised only when new or changed since.
        The terms used are collected; ``known`` keeps the files not seen (gone)."""
        from editor.workspace.index import stored_summaries  # after the first frame
        from editor.workspace.scan import iter_plan_files, summarise

        for path, s in stored_summaries(folder, cache_dir):
            known[path] = s
            self._unlisted.append(s)
            self._collect_terms(s)
            yield
        self._flush(now_=True)  # the whole list at once, before any file is read
        for path in iter_plan_files(folder):
            shown = known.pop(str(path), None)
            if shown is not None:
                try:
                    st = path.stat()
                except OSError:
                    st = None
                if st is not None and (st.st_mtime_ns, st.st_size) == (shown.mtime_ns, shown.size):
                    yield
                    continue
                self._stale.add(str(path))  # changed since the index saw it: read again
            s = summarise(path)
            self._unlisted.append(s)
            self._collect_terms(s)
            yield

    def _flush(self, done: bool = False, now_: bool = False) -> None:
        """Rows summarised so far join the list every ``FLUSH`` seconds, ``now_`` and at the
        end (``done``)."""
        now = time.perf_counter()
        if done or now_ or now - self._flushed > FLUSH:
            if self._stale:
                self.model.drop_all(self._stale)
            self.model.add(self._unlisted)
            self._unlisted, self._stale, self._flushed = [], set(), now
            self.progress.emit(len(self.model.rows), done)

    def _listed(self, gone: dict) -> None:
        self._stale.update(gone)  # in the index, no longer in the folder
        self._flush(done=True)
        self.termsChanged.emit()

    # -- changes seen on disk ----------------------------------------------------------------------

    def refresh_path(self, path: str) -> None:
        """A plan was created or changed: (re)read its summary, keep the selection."""
        from editor.workspace.scan import summarise

        selected = self.selected_path()
        self.model.put(summarise(Path(path)))
        if selected:
            self.select_path(selected)

    def remove_path(self, path: str) -> None:
        self.model.drop(path)

    def move_path(self, src: str, dest: str) -> None:
        selected = self.selected_path()
        self.model.drop(src)
        self.refresh_path(dest)
        if selected == src:
            self.select_path(dest)

    def selected_path(self) -> str | None:
        index = self.view.currentIndex()
        return self.proxy.data(index, Qt.ItemDataRole.UserRole) if index.isValid() else None

    # -- full-text search --------------------------------------------------------------------------

    def _build_search(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search titles and answers…"))
        self.search.setAccessibleName(self.tr("Search the workspace"))
        self.search.setClearButtonEnabled(True)
        self.facets = QHBoxLayout()
        self.facet_boxes: dict[str, QComboBox] = {}
        for key, label in (
            ("type", self.tr("Type")),
            ("country", self.tr("Country")),
            ("year", self.tr("Year")),
            ("sdg", self.tr("SDG")),
            ("method", self.tr("Method")),
        ):
            box = QComboBox(self)
            box.setAccessibleName(self.tr("Filter by {}").format(lower_first(label)))
            box.addItem(label, None)
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(4)
            box.currentIndexChanged.connect(self._search_soon)
            self.facet_boxes[key] = box
            self.facets.addWidget(box)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setWordWrap(True)
        self.results.itemActivated.connect(self._result_activated)
        self.results.hide()
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_soon)
        self.index = None

    def set_search_index(self, index) -> None:
        self.index = index

    def set_facets(self, facets: dict) -> None:
        """The index is built: fill the filters with the values the workspace holds."""
        for key, box in self.facet_boxes.items():
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value, count in facets.get(key, []):
                box.addItem(f"{value} ({count})", value)
            if current is not None:
                box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)
        if self.search.text().strip() or self._filters():
            self.run_search()

    def _filters(self) -> dict:
        return {
            k: b.currentData() for k, b in self.facet_boxes.items() if b.currentData() is not None
        }

    def _search_soon(self, *_args) -> None:
        self._search_timer.start()

    def run_search(self) -> None:
        query, filters = self.search.text().strip(), self._filters()
        searching = bool(query or filters)
        self.results.setVisible(searching)
        self.view.setVisible(not searching)
        self.filter.setVisible(not searching)
        self.results.clear()
        if not searching or self.index is None:
            return
        for hit in self.index.search(query, **filters):
            item = QListWidgetItem(f"{hit.title or Path(hit.path).name}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, str(hit.path))
            item.setToolTip(str(hit.path))
            self.results.addItem(item)
        if not self.results.count():
            self.results.addItem(self.tr("No plan matches."))

    def _result_activated(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.openRequested.emit(path)

    # -- keyboard --------------------------------------------------------------------------------

    def focus_search(self) -> None:
        """Edit ▸ Find: the search box, its text selected to type over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def shown_list(self) -> QTableView | QListWidget:
        """The list on show: the search results while searching, else the plans."""
        return self.results if self.results.isVisibleTo(self) else self.view

    def shown_paths(self) -> list[str]:
        """The plans the list on show holds, in its order: the search results while searching,
        else the rows the filter box leaves."""
        if self.shown_list() is self.results:
            found = (
                self.results.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.results.count())
            )
        else:
            found = (
                self.proxy.data(self.proxy.index(row, 0), Qt.ItemDataRole.UserRole)
                for row in range(self.proxy.rowCount())
            )
        return [path for path in found if path]

    def take_focus(self) -> None:
        """Focus the list on show (F6), with a current row so arrows and Enter work at once."""
        if self._search_timer.isActive():  # typed but not yet searched: search now
            self._search_timer.stop()
            self.run_search()
        target = self.shown_list()
        if target is self.results:
            if self.results.currentRow() < 0 and self.results.count():
                self.results.setCurrentRow(0)
        elif not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, obj, event) -> bool:
        """Down in the search or filter box goes into the list; Up on its first row comes back."""
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~(
            Qt.KeyboardModifier.KeypadModifier
        ):
            key = event.key()
            if key == Qt.Key.Key_Down and obj in (self.search, self.filter):
                self.take_focus()
                return True
            if key == Qt.Key.Key_Up and obj in (self.view, self.results):
                if obj.currentIndex().row() <= 0:
                    box = self.search if obj is self.results else self.filter
                    box.setFocus(Qt.FocusReason.OtherFocusReason)
                    return True
        return super().eventFilter(obj, event)

    def workspace_terms(self) -> dict[str, list[str]]:
        return {k: sorted(v, key=str.casefold) for k, v in self.terms.items()}

    def _activated(self, index: QModelIndex) -> None:
        path = self.proxy.data(index, Qt.ItemDataRole.UserRole)
        if path:
            self.openRequested.emit(path)

    def select_path(self, path: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.data(index, Qt.ItemDataRole.UserRole) == path:
                self.view.setCurrentIndex(index)
                return
