"""The editor's languages, which one a run uses, and the one way any layer translates a string.

English is the source language. The translations are Qt Linguist catalogues in
``editor/data/i18n`` (``make i18n`` updates them with pyside6-lupdate and compiles them with
pyside6-lrelease). Qt-free code marks a string where it is defined with ``QT_TRANSLATE_NOOP``
and translates it where it is shown with ``translate``: the identity until a translator is
installed, by the window (``editor/ui/language.py``) or by the command line
(``editor/translations.py``). The words a file holds are never translated.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping

# The languages the editor speaks, each named in itself (as View > Language lists them).
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "pt": "Português"}
SOURCE = "en"

Translator = Callable[[str, str], str]

_translator: Translator | None = None
_language = SOURCE


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Mark ``text`` for the catalogue under ``context``; translate it where it is shown."""
    return text


def lower_first(label: str) -> str:
    """A label as it reads inside a sentence: "Data sources" -> "data sources", while an
    acronym stays as it is ("SDGs", "ODD")."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def translate(context: str, text: str) -> str:
    """``text`` in the language of this run (as is in English or when no translation exists)."""
    return _translator(context, text) if _translator is not None else text


def install(language: str, translator: Translator | None) -> None:
    """Make ``translator`` the one ``translate`` uses, for ``language`` (None: English)."""
    global _translator, _language
    _translator, _language = translator, language if translator is not None else SOURCE


def language() -> str:
    """The code of the language this run speaks (``en`` until a translator is installed)."""
    return _language


def supported(code: str | None) -> str | None:
    """The editor's language for a code such as ``fr``, ``pt_BR``, ``es-419`` or
    ``fr_FR.UTF-8``; None for any other (``C``, ``POSIX``, ``de``, empty)."""
    base = (code or "").split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def system_language(environ: Mapping[str, str] = os.environ) -> str | None:
    """The system's language as gettext reads it: the first language of ``LANGUAGE`` the editor
    speaks, else ``LC_ALL``, else ``LANG``; None when none is one of the editor's."""
    for code in environ.get("LANGUAGE", "").split(":"):
        if found := supported(code):
            return found
    for name in ("LC_ALL", "LANG"):
        if value := environ.get(name):
            return supported(value)  # the first one set decides, as for the C library
    return None


def choose(
    asked: str | None = None, chosen: str = "", environ: Mapping[str, str] = os.environ
) -> str:
    """The language of a run: ``--lang``, else the user's choice in View > Language, else the
    system's, else English."""
    return supported(asked) or supported(chosen) or system_language(environ) or SOURCE
