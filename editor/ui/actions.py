"""Every action of the window, declared once: id, text, standard shortcut, icon theme name.

``create_actions`` builds them; the window connects their ``triggered`` signals. Undo and redo
come from the ``QUndoGroup`` so they always act on the open document's history. ``PaneCycler``
moves the focus between the window's panes (F6 / Shift+F6).
"""

from __future__ import annotations

from enum import Enum, auto

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from editor.i18n import QT_TRANSLATE_NOOP, translate

Key = QKeySequence.StandardKey


class ActionId(Enum):
    NEW = auto()
    FOLLOW_UP = auto()
    OPEN = auto()
    SAVE = auto()
    SAVE_AS = auto()
    REVERT = auto()
    HISTORY = auto()
    EXPORT = auto()
    PRINT = auto()
    CLOSE = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    FIND = auto()
    SHOW_FORM = auto()
    SHOW_SOURCE = auto()
    NEXT_PROBLEM = auto()
    NEXT_PANE = auto()
    PREVIOUS_PANE = auto()
    REMOTE_IMAGES = auto()
    ABOUT = auto()
    START_REVIEW = auto()
    ADD_NOTE = auto()
    REPLY_NOTE = auto()
    RESOLVE_NOTE = auto()
    APPROVE = auto()
    NEEDS_REVISION = auto()
    COMPARE_FILE = auto()
    COMPARE_VERSION = auto()
    STOP_COMPARE = auto()


# id: (text, shortcut (StandardKey or string), icon theme name, checkable)
SPECS = {
    ActionId.NEW: (
        QT_TRANSLATE_NOOP("Actions", "&New from Template…"),
        Key.New,
        "document-new",
        False,
    ),
    ActionId.FOLLOW_UP: (
        QT_TRANSLATE_NOOP("Actions", "New &Follow-up Form from This Plan"),
        None,
        "document-new",
        False,
    ),
    ActionId.OPEN: (QT_TRANSLATE_NOOP("Actions", "&Open…"), Key.Open, "document-open", False),
    ActionId.SAVE: (QT_TRANSLATE_NOOP("Actions", "&Save"), Key.Save, "document-save", False),
    ActionId.SAVE_AS: (
        QT_TRANSLATE_NOOP("Actions", "Save &As…"),
        Key.SaveAs,
        "document-save-as",
        False,
    ),
    ActionId.REVERT: (
        QT_TRANSLATE_NOOP("Actions", "Re&vert to Saved"),
        None,
        "document-revert",
        False,
    ),
    ActionId.HISTORY: (
        QT_TRANSLATE_NOOP("Actions", "&History…"),
        None,
        "document-open-recent",
        False,
    ),
    ActionId.EXPORT: (
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        None,
        "document-export",
        False,
    ),  # editor/ui/export.py
    ActionId.PRINT: (QT_TRANSLATE_NOOP("Actions", "&Print…"), Key.Print, "document-print", False),
    ActionId.CLOSE: (QT_TRANSLATE_NOOP("Actions", "&Close"), Key.Close, "document-close", False),
    ActionId.QUIT: (QT_TRANSLATE_NOOP("Actions", "&Quit"), Key.Quit, "application-exit", False),
    ActionId.SHOW_FORM: (QT_TRANSLATE_NOOP("Actions", "&Form"), "Ctrl+1", None, False),
    ActionId.SHOW_SOURCE: (QT_TRANSLATE_NOOP("Actions", "&Source"), "Ctrl+2", None, False),
    ActionId.FIND: (
        QT_TRANSLATE_NOOP("Actions", "&Find in Workspace…"),
        Key.Find,
        "edit-find",
        False,
    ),
    ActionId.NEXT_PROBLEM: (
        QT_TRANSLATE_NOOP("Actions", "Next &Problem"),
        Key.FindNext,
        "dialog-warning",
        False,
    ),
    ActionId.NEXT_PANE: (QT_TRANSLATE_NOOP("Actions", "Ne&xt Pane"), "F6", None, False),
    ActionId.PREVIOUS_PANE: (
        QT_TRANSLATE_NOOP("Actions", "Pre&vious Pane"),
        "Shift+F6",
        None,
        False,
    ),
    ActionId.REMOTE_IMAGES: (
        QT_TRANSLATE_NOOP("Actions", "Load &Remote Images in Preview"),
        None,
        None,
        True,
    ),
    ActionId.ABOUT: (QT_TRANSLATE_NOOP("Actions", "&About Plan Editor"), None, "help-about", False),
    # Review (editor/ui/review.py); Ctrl+Alt+M is "New Comment" in word processors.
    ActionId.START_REVIEW: (QT_TRANSLATE_NOOP("Actions", "&Start Review…"), None, None, False),
    ActionId.ADD_NOTE: (
        QT_TRANSLATE_NOOP("Actions", "Add &Note…"),
        "Ctrl+Alt+M",
        "mail-message-new",
        False,
    ),
    ActionId.REPLY_NOTE: (
        QT_TRANSLATE_NOOP("Actions", "&Reply to Note…"),
        None,
        "mail-reply-sender",
        False,
    ),
    ActionId.RESOLVE_NOTE: (QT_TRANSLATE_NOOP("Actions", "&Mark Note Resolved"), None, None, False),
    ActionId.APPROVE: (QT_TRANSLATE_NOOP("Actions", "&Approve"), None, "dialog-ok", False),
    ActionId.NEEDS_REVISION: (QT_TRANSLATE_NOOP("Actions", "Nee&ds Revision…"), None, None, False),
    # Compare (editor/ui/comparing.py): the Changes panel
    ActionId.COMPARE_FILE: (QT_TRANSLATE_NOOP("Actions", "Compare with &File…"), None, None, False),
    ActionId.COMPARE_VERSION: (
        QT_TRANSLATE_NOOP("Actions", "Compare with a &Version…"),
        None,
        None,
        False,
    ),
    ActionId.STOP_COMPARE: (QT_TRANSLATE_NOOP("Actions", "S&top Comparing"), None, None, False),
}


def create_actions(parent, undo_group: QUndoGroup) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for aid, (text, shortcut, icon, checkable) in SPECS.items():
        action = QAction(translate("Actions", text), parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.setCheckable(checkable)
        actions[aid] = action
    undo = undo_group.createUndoAction(parent, translate("Actions", "&Undo"))
    undo.setShortcut(QKeySequence(Key.Undo))
    undo.setIcon(QIcon.fromTheme("edit-undo"))
    redo = undo_group.createRedoAction(parent, translate("Actions", "&Redo"))
    redo.setShortcut(QKeySequence(Key.Redo))
    redo.setIcon(QIcon.fromTheme("edit-redo"))
    actions[ActionId.UNDO] = undo
    actions[ActionId.REDO] = redo
    return actions


class PaneCycler(QObject):
    """F6 / Shift+F6: the focus goes to the next (previous) pane, where it last was in it.

    A pane with a ``take_focus()`` method chooses its own entry (the workspace: its list);
    else the pane's last focused widget, else its first input (a tab widget's current page).
    """

    def __init__(self, panes: list[QWidget], parent=None) -> None:
        super().__init__(parent)
        self.panes = panes
        self._last: dict[int, QWidget] = {}
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def _pane_of(self, widget: QWidget | None) -> int | None:
        for i, pane in enumerate(self.panes):
            if widget is not None and (widget is pane or pane.isAncestorOf(widget)):
                return i
        return None

    def _focus_changed(self, _old, new) -> None:
        at = self._pane_of(new)
        if at is not None:
            self._last[at] = new

    def next(self) -> None:
        self._cycle(1)

    def previous(self) -> None:
        self._cycle(-1)

    def _cycle(self, step: int) -> None:
        at = self._pane_of(QApplication.focusWidget())
        if at is None:
            at = -1 if step > 0 else 0
        count = len(self.panes)
        for k in range(1, count + 1):
            if self._enter((at + step * k) % count):
                return

    def _enter(self, at: int) -> bool:
        pane = self.panes[at]
        if not pane.isVisible():
            return False
        if hasattr(pane, "take_focus"):
            pane.take_focus()
            return True
        last = self._last.get(at)
        if last is not None and shiboken6.isValid(last) and last.isVisible() and last.isEnabled():
            if self._pane_of(last) == at:
                last.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        root = pane.currentWidget() if isinstance(pane, QTabWidget) else pane
        if root is None:
            return False
        if root.focusPolicy() != Qt.FocusPolicy.NoFocus:
            root.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        w = root.nextInFocusChain()
        while w is not None and w is not root:
            if (
                root.isAncestorOf(w)
                and w.isVisible()
                and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                w.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
            w = w.nextInFocusChain()
        return False
