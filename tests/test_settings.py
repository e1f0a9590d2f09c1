"""The settings as they come back from the INI file a user's machine keeps: defaults, types read
back from strings, values that make no sense, the recent files, and upgrades of older stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor.ui import settings as settings_module
from editor.ui.settings import (
    ALL,
    LAST_WORKSPACE,
    RECENT_FILES,
    RECENT_LIMIT,
    REMOTE_IMAGES,
    SPLITTER_SIZES,
    VERSION,
    WINDOW_GEOMETRY,
    Settings,
)


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


def store(ini: Path) -> QSettings:
    return QSettings(str(ini), QSettings.Format.IniFormat)


def written(ini: Path, text: str) -> Path:
    """An INI file as an earlier run (or a user with a text editor) left it."""
    ini.write_text(text, encoding="utf-8")
    return ini


def reopened(s: Settings, ini: Path) -> Settings:
    """The settings as the next start of the app reads them: from the file, as strings."""
    s.sync()
    return Settings(store(ini))


def test_an_empty_store_gives_every_default(ini):
    s = Settings(store(ini))
    for setting in ALL:
        assert s.get(setting) == setting.default, setting.key
    assert s.get(SPLITTER_SIZES) == [300, 640, 560]
    assert s.get(RECENT_FILES) == []
    assert s.get(REMOTE_IMAGES) is False
    assert s.get(WINDOW_GEOMETRY) is None


def test_a_value_equal_to_its_default_is_not_stored(ini):
    s = Settings(store(ini))
    s.set(REMOTE_IMAGES, True)
    s.set(SPLITTER_SIZES, [1, 2, 3])
    assert s.store.contains(REMOTE_IMAGES.key) and s.store.contains(SPLITTER_SIZES.key)

    s.set(REMOTE_IMAGES, False)
    s.set(SPLITTER_SIZES, list(SPLITTER_SIZES.default))
    s.set(LAST_WORKSPACE, "")
    assert not s.store.contains(REMOTE_IMAGES.key)
    assert not s.store.contains(SPLITTER_SIZES.key)
    assert not s.store.contains(LAST_WORKSPACE.key)
    s.sync()
    assert "remote_images" not in ini.read_text(encoding="utf-8")
    assert "splitter" not in ini.read_text(encoding="utf-8")


def test_values_come_back_with_their_types_after_a_restart(ini):
    s = Settings(store(ini))
    s.set(REMOTE_IMAGES, True)
    s.set(SPLITTER_SIZES, [250, 700, 450])
    s.set(RECENT_FILES, ["/plans/only.txt"])
    s.set(LAST_WORKSPACE, "/plans")

    again = reopened(s, ini)
    assert again.get(REMOTE_IMAGES) is True
    assert again.get(SPLITTER_SIZES) == [250, 700, 450]
    assert again.get(RECENT_FILES) == ["/plans/only.txt"]
    assert again.get(LAST_WORKSPACE) == "/plans"


def test_ini_strings_are_read_as_the_declared_types(ini):
    written(
        ini,
        "[General]\nversion=1\n\n"
        "[files]\nrecent=/plans/one.txt\nworkspace=/plans\n\n"
        "[preview]\nremote_images=true\n\n"
        "[window]\nsplitter=200, 500, 300\n",
    )
    s = Settings(store(ini))
    assert s.get(REMOTE_IMAGES) is True
    assert s.get(SPLITTER_SIZES) == [200, 500, 300]
    assert s.get(RECENT_FILES) == ["/plans/one.txt"]  # one item: a bare string in the INI
    assert s.get(LAST_WORKSPACE) == "/plans"


def test_false_in_the_ini_is_false(ini):
    written(ini, "[General]\nversion=1\n\n[preview]\nremote_images=false\n")
    assert Settings(store(ini)).get(REMOTE_IMAGES) is False


def test_a_value_that_makes_no_sense_falls_back_to_the_default(ini):
    written(ini, "[General]\nversion=1\n\n[window]\nsplitter=wide, narrow\n")
    s = Settings(store(ini))
    assert s.get(SPLITTER_SIZES) == SPLITTER_SIZES.default


def test_add_recent_puts_the_newest_first_without_duplicates(ini):
    s = Settings(store(ini))
    s.add_recent("/plans/a.txt")
    s.add_recent("/plans/b.txt")
    assert s.add_recent("/plans/a.txt") == ["/plans/a.txt", "/plans/b.txt"]
    assert reopened(s, ini).get(RECENT_FILES) == ["/plans/a.txt", "/plans/b.txt"]


def test_add_recent_keeps_the_limit(ini):
    s = Settings(store(ini))
    paths = [f"/plans/{i}.txt" for i in range(RECENT_LIMIT + 3)]
    for p in paths:
        s.add_recent(p)
    expected = list(reversed(paths))[:RECENT_LIMIT]
    assert s.get(RECENT_FILES) == expected
    assert reopened(s, ini).get(RECENT_FILES) == expected


def test_the_version_is_written(ini):
    Settings(store(ini)).sync()
    assert int(store(ini).value("version")) == VERSION


@pytest.fixture
def version_2(monkeypatch):
    """A VERSION 2 whose upgrade from 1 renames ``files/workspace`` to ``files/folder``; every
    upgrade that runs is recorded in ``calls``."""
    calls: list[int] = []
    first = settings_module.UPGRADES[0]

    def from_0(qs: QSettings) -> None:
        calls.append(0)
        first(qs)

    def from_1(qs: QSettings) -> None:
        calls.append(1)
        if qs.contains("files/workspace"):
            qs.setValue("files/folder", qs.value("files/workspace"))
            qs.remove("files/workspace")

    monkeypatch.setattr(settings_module, "VERSION", 2)
    monkeypatch.setitem(settings_module.UPGRADES, 0, from_0)
    monkeypatch.setitem(settings_module.UPGRADES, 1, from_1)
    return calls


def test_a_store_without_version_is_upgraded_in_order_once(ini, version_2):
    written(ini, "[files]\nworkspace=/plans\n")

    s = Settings(store(ini))
    assert version_2 == [0, 1]
    assert s.store.value("files/folder") == "/plans"
    assert not s.store.contains("files/workspace")
    s.sync()
    assert int(store(ini).value("version")) == 2

    Settings(store(ini))  # the next start: already current
    assert version_2 == [0, 1]


def test_a_store_at_an_older_version_runs_only_the_later_upgrades(ini, version_2):
    written(ini, "[General]\nversion=1\n\n[files]\nworkspace=/plans\n")

    s = Settings(store(ini))
    assert version_2 == [1]
    assert s.store.value("files/folder") == "/plans"


def test_a_store_at_the_current_version_is_not_upgraded(ini, version_2):
    written(ini, "[General]\nversion=2\n\n[files]\nworkspace=/kept\n")

    s = Settings(store(ini))
    assert version_2 == []
    assert s.store.value("files/workspace") == "/kept"
