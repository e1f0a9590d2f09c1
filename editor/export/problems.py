"""The words of an export's problems, one home for every writer (Word, PDF, HTML, JSON,
spreadsheet) and the export's run, in the language of the run. Imports nothing heavy: the
HTML of the preview is in the same layer."""

from __future__ import annotations

from editor.i18n import translate


def _why(error: object) -> object:
    return (error.strerror or error) if isinstance(error, OSError) else error


def cannot_export(name: object, error: object) -> str:
    """A plan (or a set of plans) a writer failed on."""
    return translate("Export", "{}: cannot be exported ({})").format(name, error)


def cannot_write(path: object, error: object = None) -> str:
    """A file that could not be written (``error`` the OSError, when there is one)."""
    if error is None:
        return translate("Export", "{}: cannot be written").format(path)
    return translate("Export", "{}: cannot be written ({})").format(path, _why(error))


def cannot_make_folder(path: object, error: object) -> str:
    return translate("Export", "{}: cannot make the folder ({})").format(path, _why(error))


def no_such_path(given: object) -> str:
    return translate("Export", "{}: no such file or folder").format(given)


def image_not_loaded(name: object, url: str, error: object) -> str:
    said = translate("Export", "{}: image {} could not be loaded ({})")
    return said.format(name, url, _why(error))
