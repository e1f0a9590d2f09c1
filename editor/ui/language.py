"""The language of the window: Qt's translators installed in the application, the default
locale (dates and numbers) and ``editor.i18n.translate`` for the Qt-free layers.

``editor/ui/app.py`` applies it before the main window is built, for ``run_gui``,
``open_window`` and ``screenshot`` alike; View > Language stores the user's choice, which the
next start applies (the window's texts are made when it is built).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from editor import i18n
from editor.translations import translators

_installed: list = []  # the translators in the application now


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def apply(language: str) -> None:
    """Speak ``language`` (a code of ``i18n.LANGUAGES``) from now on, in place of the last."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed[:] = translators(language)
    for new in _installed:
        app.installTranslator(new)
    QLocale.setDefault(QLocale(language))
    i18n.install(language, _translate if _installed else None)


def said_in(language: str, context: str, text: str) -> str:
    """``text`` in ``language``, whatever the window speaks now (English when not translated):
    what View > Language says of a language chosen for the next start is said in it."""
    loaded = translators(language)
    return (loaded[0].translate(context, text) or text) if loaded else text
