"""Qt's own words its shipped catalogues lack (qtbase_*.qm of PySide6 6.11 has "Look in:" where
the file dialog asks for "&Look in:"): listed here so that pyside6-lupdate puts them in the
editor's catalogues, which Qt asks after its own (``editor/translations.py``).

tests/gui/test_languages.py opens Qt's file dialog in each language and fails on a label of it
left in English, so a gap is found when PySide6 changes.
"""

from __future__ import annotations

from editor.i18n import QT_TRANSLATE_NOOP

GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
