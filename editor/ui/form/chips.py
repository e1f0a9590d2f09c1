"""Token lists: a tag's values as removable chips, with a completing line edit to add more.

Used for methods, data sources and thematic areas. ``FlowLayout`` wraps the chips like words.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from editor.catalog.vocabularies import fold
from editor.ui.style import Card, look, sheet


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


class Chip(Card):
    removed = Signal()

    def __init__(self, text: str, parent=None) -> None:
        super().__init__("chip", parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 1, 2, 1)
        lay.setSpacing(2)
        label = QLabel(text if len(text) <= 48 else text[:46] + "…", self)
        label.setToolTip(text)
        lay.addWidget(label)
        close = QToolButton(self)
        close.setText("✕")
        close.setObjectName("chipClose")
        close.setStyleSheet(sheet("chipClose"))
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Remove “{}”").format(text))
        close.setAccessibleName(self.tr("Remove {}").format(text))
        close.clicked.connect(self.removed)
        lay.addWidget(close)


class ChipList(QWidget):
    """Values as chips; ``added(value)`` and ``removed(index)`` report what the user did.

    The entry completes from ``completions`` in a popup. Enter adds the highlighted item, or the
    typed text when none is highlighted (the lists are open); a click in the popup adds that
    item; Escape closes the popup and adds nothing. A value already in the list (compared as
    the vocabularies fold terms) is refused with a notice by the entry.
    """

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
        self.notice = QLabel(self)
        look(self.notice, "problem")
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.hide()
        # The completer is driven here rather than through QLineEdit.setCompleter, whose own
        # wiring writes the activated text back into the entry after it has been added.
        self.completer = QCompleter(sorted(set(completions), key=str.casefold), self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setWidget(self.entry)
        self.completer.popup().installEventFilter(self)  # after the completer's own: runs first
        self.completer.highlighted[str].connect(self.entry.setText)
        self.completer.activated[str].connect(self._commit)  # a click on an item
        self.entry.textEdited.connect(self._edited)
        self.entry.returnPressed.connect(lambda: self._commit(self.entry.text()))
        self._typed = ""
        self.values: list[str] = []
        self._chips: list[Chip] = []
        self.flow.addWidget(self.entry)
        self.flow.addWidget(self.notice)

    def set_values(self, values: list[str]) -> None:
        if values == self.values:
            return
        for chip in self._chips:
            self.flow.removeWidget(chip)
            chip.deleteLater()
        self._chips = []
        self.flow.removeWidget(self.entry)
        self.flow.removeWidget(self.notice)
        for index, value in enumerate(values):
            chip = Chip(value, self)
            chip.removed.connect(lambda i=index: self.removed.emit(i))
            self.flow.addWidget(chip)
            self._chips.append(chip)
        self.flow.addWidget(self.entry)
        self.flow.addWidget(self.notice)
        self.values = list(values)
        self.updateGeometry()

    def eventFilter(self, obj, event) -> bool:
        popup = self.completer.popup()
        if obj is popup and event.type() == QEvent.Type.KeyPress and popup.isVisible():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                index = popup.currentIndex()
                role = self.completer.completionRole()
                value = index.data(role) if index.isValid() else self.entry.text()
                popup.hide()
                self._commit(value)
                return True
            if event.matches(QKeySequence.StandardKey.Cancel):
                popup.hide()
                self.entry.setText(self._typed)  # undo the highlight's preview; nothing added
                return True
        return super().eventFilter(obj, event)

    def _edited(self, text: str) -> None:
        self._typed = text
        self.notice.hide()
        prefix = text.strip()
        popup = self.completer.popup()
        if not prefix:
            popup.hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount():
            self.completer.complete()
        else:
            popup.hide()

    def _show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.show()
        self.updateGeometry()

    def _commit(self, text: str) -> None:
        value = text.strip()
        if not value:
            return
        if value.endswith("]"):
            self._show_notice(self.tr("A value cannot end with “]”."))
            return
        self.entry.clear()
        self._typed = ""
        key = fold(value)
        present = next((v for v in self.values if fold(v) == key), None)
        if present is not None:
            self._show_notice(self.tr("“{}” is already in the list.").format(present))
            return
        self.notice.hide()
        self.added.emit(value)
