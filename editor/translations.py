"""The Qt translators of a language: the editor's catalogue (``editor/data/i18n``) and Qt's own
for its standard buttons and dialogs (``qtbase_*.qm``, shipped with PySide6).

QtCore only, so the command line translates with the same catalogue as the window
(``editor/ui/language.py`` installs these in the application).
"""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from editor import i18n
from editor.resources import resource_path

CATALOGUE = "plan-editor"  # editor/data/i18n/plan-editor_<language>.qm


def catalogue_path(language: str, suffix: str = ".qm"):
    return resource_path("i18n", f"{CATALOGUE}_{language}{suffix}")


def translators(language: str) -> list[QTranslator]:
    """The editor's translator and Qt's for ``language`` (English: the editor's plural forms
    only); a catalogue that cannot be loaded is left out, so the run is in English there."""
    found = []
    mine = QTranslator()  # English's has the plural forms only ("%n file(s)")
    if mine.load(str(catalogue_path(language))):
        found.append(mine)
    if language == i18n.SOURCE:
        return found
    qt = QTranslator()  # QLocale("pt") is pt_BR: Qt ships qtbase_pt_BR.qm
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_dir):
        found.append(qt)
    return found


def install_for_command_line(language: str) -> None:
    """Translate the command line's output into ``language`` (no QCoreApplication needed)."""
    loaded = translators(language)
    if not loaded:
        i18n.install(i18n.SOURCE, None)
        return
    mine = loaded[0]
    i18n.install(language, lambda context, text: mine.translate(context, text) or text)
