"""The workspace list: the plan files of a folder with title, type, country and year.

Files are summarised (header only) in slices from the event loop, so a folder of thousands of
plans fills in while the window is already usable. A filter box narrows the list on any column.
The terms the workspace uses (thematic areas, methods, data sources) feed the form's completers.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

SLICE = 0.02
_ROOT = QModelIndex()
TERM_KEYS = ("methods", "datasources", "thematic_areas")


class PlanListModel(QAbstractTableModel):
    COLUMNS = ("Title", "Type", "Country", "Year")

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

    def add(self, summaries: list) -> None:
        if summaries:
            n = len(self.rows)
            self.beginInsertRows(QModelIndex(), n, n + len(summaries) - 1)
            self.rows.extend(summaries)
            self.endInsertRows()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows = []
        self.endResetModel()


class WorkspacePanel(QWidget):
    openRequested = Signal(str)
    termsChanged = Signal()

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
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTreeView(self)
        self.view.setAccessibleName(self.tr("Plans in the workspace"))
        self.view.setRootIsDecorated(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.setModel(self.proxy)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self._activated)
        lay.addWidget(self.filter)
        lay.addWidget(self.view, 1)
        self.folder: str | None = None
        self.terms: dict[str, set[str]] = {k: set() for k in TERM_KEYS}
        self._files = None
        self._generation = 0

    def set_folder(self, folder: str) -> None:
        """List ``folder`` (scanned in slices from the event loop)."""
        self.folder = os.path.abspath(folder)
        self.model.clear()
        self._generation += 1
        try:
            from editor.workspace.scan import iter_plan_files
        except ImportError:
            return
        self._files = iter_plan_files(self.folder)
        generation = self._generation
        QTimer.singleShot(0, lambda: self._scan_some(generation))

    def _scan_some(self, generation: int) -> None:
        if generation != self._generation or self._files is None:
            return
        from editor.workspace.scan import summarise

        deadline = time.perf_counter() + SLICE
        batch = []
        for path in self._files:
            s = summarise(path)
            batch.append(s)
            for key, value in s.tags:
                if key in self.terms and value.strip():
                    self.terms[key].add(value.strip())
            if time.perf_counter() > deadline:
                break
        else:
            self._files = None
        self.model.add(batch)
        if self._files is not None:
            QTimer.singleShot(0, lambda: self._scan_some(generation))
        else:
            self.termsChanged.emit()

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
