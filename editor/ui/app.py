"""Start the desktop editor: ``run_gui`` opens the window, ``screenshot`` renders it to a PNG.

Arguments are plan files and folders: the first folder becomes the workspace (by default the
last one used, else Plans in the user's documents), the first file is opened. Only Qt and the
plan-file core are imported before the window is shown; the templates and validation (pydantic)
load in the checks' process (``editor.ui.checkprocess``), python-markdown after the first frame.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEvent, QSettings, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from editor.i18n import choose
from editor.resources import resource_path
from editor.ui import language
from editor.ui.firstpaint import after_first_paint
from editor.ui.interaction import Interaction
from editor.ui.settings import LANGUAGE, LAST_WORKSPACE, Settings
from editor.workspace.home import plans_folder


def _split_paths(paths: list[str], last_workspace: str = "") -> tuple[str, str | None]:
    """(workspace folder, file to open): the folder given, else the last one, else the Plans
    folder in the user's documents (made with the sample plans on first use)."""
    folder = next((p for p in paths if os.path.isdir(p)), None)
    file = next((p for p in paths if not os.path.isdir(p)), None)
    if folder is None:
        folder = last_workspace if os.path.isdir(last_workspace) else str(plans_folder())
    return folder, file


def _application():
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setOrganizationName("UNDP Accelerator Labs")
        app.setApplicationName("Plan Editor")
        app.setApplicationDisplayName("Plan Editor")
    # also on an application made before (pytest-qt's): the icon of every window, and the
    # desktop entry (packaging/org.undp.PlanEditor.desktop) the windows belong to
    app.setWindowIcon(_icon())
    app.setDesktopFileName("org.undp.PlanEditor")
    return app


def _icon() -> QIcon:
    """The editor's icon from the PNG sizes packaging/build_icons.py renders from its SVG: Qt
    scales the nearest size, and the desktop gets every size (an SVG added to a QIcon would
    make it report none)."""
    icon = QIcon()
    for png in resource_path("icons", "hicolor").glob("*/apps/plan-editor.png"):
        side = int(png.parent.parent.name.partition("x")[0])  # hicolor/<N>x<N>/apps/
        icon.addFile(str(png), QSize(side, side))
    return icon


def open_window(paths: list[str], settings=None, interaction=None, lang: str | None = None):
    """The main window with the first file opened (not yet shown), in the language ``lang``
    (``--lang``), else the one chosen in View > Language, else the system's; the workspace
    folder is listed (and watched) from the turn of the event loop after the window's first
    frame."""
    from editor.ui.window import MainWindow

    settings = settings if settings is not None else Settings()
    language.apply(choose(lang, settings.get(LANGUAGE)))
    window = MainWindow(settings=settings, interaction=interaction)
    folder, file = _split_paths(paths, window.settings.get(LAST_WORKSPACE))
    if file:
        window.open_path(file)
    after_first_paint(window, lambda: window.open_workspace(folder))
    return window


def run_gui(paths: list[str], lang: str | None = None) -> int:
    app = _application()
    window = open_window(paths, lang=lang)
    window.show()
    return app.exec()


def is_settled(window) -> bool:
    """The window shows the open plan as a user will see it: form built, checks and preview
    done, every part of the form shown (a layout shows a new widget on a later turn of the
    event loop) and no layout still pending."""
    form = window.form
    if form is None:
        return True
    if not (form.is_built() and window.report is not None and window.preview.render_count):
        return False
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    parts = [form.header, *form.slots] if form.header is not None else list(form.slots)
    return all(part.isVisible() for part in parts)


def settle(window, timeout_ms: int = 10_000) -> bool:
    """Run the event loop until ``is_settled`` holds twice with the same form size (no fixed
    delay); False when ``timeout_ms`` passed first."""
    timer = QElapsedTimer()
    timer.start()
    size = None
    while timer.elapsed() < timeout_ms:
        QCoreApplication.processEvents()
        if is_settled(window):
            now = window.form.widget().size() if window.form is not None else None
            if now == size:
                return True
            size = now
    return False


def screenshot(
    png_path: str, paths: list[str], size: tuple[int, int] = (1500, 900), lang: str | None = None
) -> int:
    """Open the window offscreen, wait until form, preview and checks are done, save a PNG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    _application()
    store = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "plan-editor-shot")
    store.clear()  # a screenshot never depends on (or changes) the user's settings
    window = open_window(paths, Settings(store), Interaction(), lang)
    window.resize(*size)
    window.show()
    settle(window)  # (unsettled after 10 s: grab what is there)
    ok = window.grab().save(png_path, "PNG")
    window.link.stop()  # the watcher and the index started with the workspace
    window.hide()
    return 0 if ok else 1
