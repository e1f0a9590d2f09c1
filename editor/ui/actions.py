"""Every action of the window, declared once: id, text, standard shortcut, icon theme name.

``create_actions`` builds them; the window connects their ``triggered`` signals. Undo and redo
come from the ``QUndoGroup`` so they always act on the open document's history.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QIcon, QKeySequence, QUndoGroup

Key = QKeySequence.StandardKey


class ActionId(Enum):
    NEW = auto()
    OPEN = auto()
    SAVE = auto()
    SAVE_AS = auto()
    REVERT = auto()
    CLOSE = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    SHOW_FORM = auto()
    SHOW_SOURCE = auto()
    NEXT_PROBLEM = auto()
    REMOTE_IMAGES = auto()
    ABOUT = auto()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


# id: (text, shortcut (StandardKey or string), icon theme name, checkable)
SPECS = {
    ActionId.NEW: ("&New from Template…", Key.New, "document-new", False),
    ActionId.OPEN: ("&Open…", Key.Open, "document-open", False),
    ActionId.SAVE: ("&Save", Key.Save, "document-save", False),
    ActionId.SAVE_AS: ("Save &As…", Key.SaveAs, "document-save-as", False),
    ActionId.REVERT: ("&Revert to Saved", None, "document-revert", False),
    ActionId.CLOSE: ("&Close", Key.Close, "document-close", False),
    ActionId.QUIT: ("&Quit", Key.Quit, "application-exit", False),
    ActionId.SHOW_FORM: ("&Form", "Ctrl+1", None, False),
    ActionId.SHOW_SOURCE: ("&Source", "Ctrl+2", None, False),
    ActionId.NEXT_PROBLEM: ("Next &Problem", Key.FindNext, "dialog-warning", False),
    ActionId.REMOTE_IMAGES: ("Load &Remote Images in Preview", None, None, True),
    ActionId.ABOUT: ("&About Plan Editor", None, "help-about", False),
}


def create_actions(parent, undo_group: QUndoGroup) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for aid, (text, shortcut, icon, checkable) in SPECS.items():
        action = QAction(_tr(text), parent)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(QIcon.fromTheme(icon))
        action.setCheckable(checkable)
        actions[aid] = action
    undo = undo_group.createUndoAction(parent, _tr("&Undo"))
    undo.setShortcut(QKeySequence(Key.Undo))
    undo.setIcon(QIcon.fromTheme("edit-undo"))
    redo = undo_group.createRedoAction(parent, _tr("&Redo"))
    redo.setShortcut(QKeySequence(Key.Redo))
    redo.setIcon(QIcon.fromTheme("edit-redo"))
    actions[ActionId.UNDO] = undo
    actions[ActionId.REDO] = redo
    return actions
