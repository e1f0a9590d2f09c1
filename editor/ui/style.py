"""The window's look (light, quiet, roomy), set on each widget by its role.

There is no style sheet on the window: Qt's style-sheet style would then polish, measure and
paint every widget through its rules, about 50 ms of every start with the seed and a share of
every section built later. Instead:

- ``look(widget, role, state)`` gives a widget the font and text colour of its role (and names
  it after the role); a state that changes (a counter over its limit, a problem's severity, the
  plan's status) is the same call with the new state;
- ``Card`` is a frame that paints its own rounded box: the form's sections, groups and chips;
- ``Backdrop`` is a widget that paints its own background (the form's body), and ``fill`` gives
  a text view the colour of its page (the preview);
- a few widgets keep a style sheet of their own, ``sheet(role, state)``: those seldom shown
  (review notes, the review's bar, a changed field) and a handful where a box model is the
  look (the title's box, the chips' close buttons, the status bar's labels, the problems
  list). Only they pay for it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QWidget

_BOLD = QFont.Weight.DemiBold
_RED = "#c62828"

# role -> (text colour, point size, weight, italic); None keeps what the widget inherits
_TEXT: dict[str, tuple[str | None, int | None, QFont.Weight | None, bool]] = {
    "sectionTitle": ("#0b4f9c", 13, _BOLD, False),
    "lead": ("#486581", None, None, True),
    "prompt": ("#334e68", None, _BOLD, False),
    "counter": ("#829ab1", None, None, False),
    "problem": ("#b26a00", None, None, False),
    "changesHeading": ("#334e68", None, _BOLD, False),
    "empty": ("#829ab1", 12, None, False),
    "status": (None, None, None, False),
}
# (role, state) -> the same, for the states that change how a role looks
_STATES: dict[tuple[str, object], tuple[str | None, int | None, QFont.Weight | None, bool]] = {
    ("counter", True): (_RED, None, _BOLD, False),  # over its limit
    ("problem", "error"): (_RED, None, None, False),
    ("status", True): ("#2e7d32", None, _BOLD, False),  # complete
    ("status", False): ("#b26a00", None, _BOLD, False),
}
# role -> (background, border, corner radius)
_CARDS = {
    "section": ("#ffffff", "#dde3ea", 6),
    "group": ("#f8fafc", "#cfd8e3", 5),
    "chip": ("#dceefb", "#b3d4f5", 10),
}
_BACKDROPS = {"formBody": "#f4f6f9"}
_PAGES = {"preview": "#ffffff"}


def _band(colour: str, background: str, rule: str) -> str:
    """A review note: text on a band with a rule at its left."""
    return (
        f"QLabel {{ color: {colour}; background: {background}; border-left: 3px solid {rule};"
        " padding: 3px 6px; }"
    )


def _bar(colour: str, background: str, border: str) -> str:
    """The review's bar: text in a rounded box."""
    return (
        f"QLabel {{ color: {colour}; background: {background}; border: 1px solid {border};"
        " border-radius: 4px; padding: 4px 8px; }"
    )


# the widgets with a style sheet of their own: role -> state -> sheet
_SHEETS = {
    "note": {
        False: _band("#4a3b00", "#fff6d6", "#e0b400"),
        True: _band("#829ab1", "#f4f6f9", "#cfd8e3"),  # resolved
    },
    "reviewBar": {
        None: _bar("#4a3b00", "#fff6d6", "#e0b400"),
        "approved": _bar("#1b5e20", "#e3f4e4", "#66bb6a"),
        "needs revision": _bar("#8e1b1b", "#fdecea", "#e57373"),
    },
    "titleEdit": {None: "QLineEdit { font-size: 12pt; padding: 3px; }"},
    "chipClose": {None: "QToolButton { border: none; color: #486581; padding: 0 2px; }"},
    "statusItem": {None: "QLabel { padding: 0 8px; }"},
    "problems": {None: "QListWidget { border: none; border-top: 1px solid #dde3ea; }"},
    # a field the Changes panel lists (its children do not have the property)
    "changed": {
        True: 'QWidget[changed="true"] { background: #eef5ff; border-left: 3px solid #2f80ed; }',
        False: "",
    },
}

_made: dict[tuple[str, object], tuple[QFont, QPalette]] = {}


def _font_and_palette(role: str, state: object) -> tuple[QFont, QPalette]:
    """The font and palette of a role in a state, made once: each sets only what the role
    changes, the rest comes from the widget's parent."""
    key = (role, state)
    made = _made.get(key)
    if made is None:
        colour, size, weight, italic = _STATES.get(key) or _TEXT[role]
        font, palette = QFont(), QPalette()
        if size is not None:
            font.setPointSize(size)
        if weight is not None:
            font.setWeight(weight)
        if italic:
            font.setItalic(True)
        if colour is not None:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
            palette.setColor(QPalette.ColorRole.ButtonText, QColor(colour))
        made = _made[key] = (font, palette)
    return made


def look(widget: QWidget, role: str, state: object = None) -> None:
    """Give ``widget`` the look of ``role`` (and ``state``) and name it after the role; nothing
    to do when it has that look already (a counter asked on every key)."""
    if getattr(widget, "_look", None) == (role, state):
        return
    widget._look = (role, state)  # a Python attribute: reading an unset property crashes PySide
    if widget.objectName() != role:
        widget.setObjectName(role)
    font, palette = _font_and_palette(role, state)
    widget.setFont(font)
    widget.setPalette(palette)


def fill(view: QWidget, role: str) -> None:
    """Give a text view (a ``QTextBrowser``) the page colour of ``role``."""
    view.setObjectName(role)
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(_PAGES[role]))
    view.setPalette(palette)


def sheet(role: str, state: object = None) -> str:
    """The style sheet of a widget that keeps one of its own (``_SHEETS``); a state it does not
    name looks as no state (a review with no verdict yet)."""
    sheets = _SHEETS[role]
    return sheets.get(state, sheets.get(None, ""))


class Backdrop(QWidget):
    """A widget that paints its own background: not through its palette, which its children
    would take (and Qt's style draws their outlines from it)."""

    def __init__(self, role: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(role)
        self._colour = QColor(_BACKDROPS[role])

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self._colour)
        painter.end()


class Card(QFrame):
    """A frame that paints its own rounded box: a section, a group or a chip."""

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(kind)
        background, border, self._radius = _CARDS[kind]
        self._background, self._border = QColor(background), QPen(QColor(border), 1)
        self.setContentsMargins(1, 1, 1, 1)  # inside the border, as a style sheet's box keeps it

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._border)
        painter.setBrush(self._background)
        box = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(box, self._radius, self._radius, Qt.SizeMode.AbsoluteSize)
        painter.end()
