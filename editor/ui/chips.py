"""Token lists: a tag's values as removable chips, with a completing line edit to add more.

Used for methods, data sources and thematic areas. ``FlowLayout`` wraps the chips like words.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)


class FlowLayout(QLayout):
    """Lays out items left to right, wrapping to the next line (Qt's flow layout example)."""

    def __init__(self, parent=None, spacing: int = 4) -> None:
        super().__init__(parent)
        self._items = []
        self.setSpacing(spacing)
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int):
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int):
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._layout(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._layout(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _layout(self, rect: QRect, apply: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        space = self.spacing()
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line > 0:
                x, y, line = area.x(), y + line + space, 0
            if apply:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + space
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class Chip(QFrame):
    removed = Signal()

    def __init__(self, text: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("chip")
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 1, 2, 1)
        lay.setSpacing(2)
        label = QLabel(text if len(text) <= 48 else text[:46] + "…", self)
        label.setToolTip(text)
        lay.addWidget(label)
        close = QToolButton(self)
        close.setText("✕")
        close.setObjectName("chipClose")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Remove “{}”").format(text))
        close.setAccessibleName(self.tr("Remove {}").format(text))
        close.clicked.connect(self.removed)
        lay.addWidget(close)


class ChipList(QWidget):
    """Values as chips; ``added(value)`` and ``removed(index)`` report what the user did."""

    added = Signal(str)
    removed = Signal(int)

    def __init__(self, name: str, completions: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.flow = FlowLayout(self)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Add…"))
        self.entry.setAccessibleName(name)
        self.entry.setMinimumWidth(160)
        self.completer = QCompleter(sorted(set(completions), key=str.casefold), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.entry.setCompleter(self.completer)
        self.entry.returnPressed.connect(self._commit)
        self.completer.activated.connect(lambda _text: self._commit())
        self.values: list[str] = []
        self._chips: list[Chip] = []
        self.flow.addWidget(self.entry)

    def set_values(self, values: list[str]) -> None:
        if values == self.values:
            return
        for chip in self._chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        self.flow.removeWidget(self.entry)
        for index, value in enumerate(values):
            chip = Chip(value, self)
            chip.removed.connect(lambda i=index: self.removed.emit(i))
            self.flow.addWidget(chip)
            self._chips.append(chip)
        self.flow.addWidget(self.entry)
        self.values = list(values)
        self.updateGeometry()

    def _commit(self) -> None:
        value = self.entry.text().strip()
        if value and not value.endswith("]"):
            self.entry.clear()
            self.added.emit(value)
