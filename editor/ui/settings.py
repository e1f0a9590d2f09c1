"""Every persistent setting of the editor, declared once with its type and default.

User choices and window state are kept apart (``state``) so a "reset preferences" can leave the
window where it is. Only values that differ from the default are stored; ``UPGRADES`` turns
settings written by older versions into the current keys.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "UNDP Accelerator Labs"
APPLICATION = "Plan Editor"
VERSION = 1


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    state: bool = False  # window state rather than a user choice


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, None, state=True)
WINDOW_STATE = Setting("window/state", QByteArray, None, state=True)
SPLITTER_SIZES = Setting("window/splitter", list, [300, 640, 560], state=True)
RECENT_FILES = Setting("files/recent", list, [])
LAST_WORKSPACE = Setting("files/workspace", str, "")
REMOTE_IMAGES = Setting("preview/remote_images", bool, False)
REVIEWER_EMAIL = Setting("review/email", str, "")  # the e-mail Start Review last asked
LANGUAGE = Setting("view/language", str, "")  # View > Language: a code of i18n.LANGUAGES, "" system

ALL = (
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    SPLITTER_SIZES,
    RECENT_FILES,
    LAST_WORKSPACE,
    REMOTE_IMAGES,
    REVIEWER_EMAIL,
    LANGUAGE,
)
RECENT_LIMIT = 10


def _upgrade_0_to_1(qs: QSettings) -> None:
    """Version 0 had no version key and nothing to rename."""


UPGRADES: dict[int, Callable[[QSettings], None]] = {0: _upgrade_0_to_1}


class Settings:
    """Typed access to the declared settings over one ``QSettings`` store."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings(ORGANISATION, APPLICATION)
        version = int(self.store.value("version", 0) or 0)
        while version < VERSION:
            UPGRADES[version](self.store)
            version += 1
        self.store.setValue("version", VERSION)

    def get(self, setting: Setting) -> Any:
        raw = self.store.value(setting.key)
        if raw is None:
            return setting.default
        try:
            return _coerce(raw, setting)
        except (TypeError, ValueError):
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        if value == setting.default:
            self.store.remove(setting.key)
        else:
            self.store.setValue(setting.key, value)

    def add_recent(self, path: str) -> list[str]:
        recent = [p for p in self.get(RECENT_FILES) if p != path]
        recent.insert(0, path)
        del recent[RECENT_LIMIT:]
        self.set(RECENT_FILES, recent)
        return recent

    def sync(self) -> None:
        self.store.sync()


def _coerce(raw: Any, setting: Setting) -> Any:
    if setting.type is bool:
        return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
    if setting.type is list:
        items = raw if isinstance(raw, list) else [raw]  # INI stores one item as a bare string
        default = setting.default
        if default and isinstance(default[0], int):
            return [int(x) for x in items]
        return [str(x) for x in items if str(x)]
    if setting.type is QByteArray:
        return raw if isinstance(raw, QByteArray) else QByteArray(raw)
    return setting.type(raw)
