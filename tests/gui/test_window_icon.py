"""The editor's window carries its icon (taskbar, window switcher, title bar) in every size the
desktop asks for, and names the desktop entry it belongs to (Wayland's app id)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from editor.ui.app import screenshot


def test_the_window_shows_the_editors_icon(open_window, seed_file, tmp_path):
    # start the application as `plan-editor --screenshot` does (the same set-up as the window)
    assert screenshot(str(tmp_path / "shot.png"), [str(seed_file)]) == 0
    window = open_window(seed_file)
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert {16, 256} <= sizes, sorted(sizes)
    assert QGuiApplication.desktopFileName() == "org.undp.PlanEditor"
