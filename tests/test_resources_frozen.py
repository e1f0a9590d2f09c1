"""resource_path in a frozen bundle: there ``files("editor.data")`` is not a pathlib.Path but
another Traversable (PyInstaller's reader gives a MultiplexedPath), whose ``joinpath`` takes
one name at a time on Python 3.11."""

from __future__ import annotations

from importlib.readers import MultiplexedPath
from importlib.resources import files
from pathlib import Path

import editor.resources
from editor.resources import resource_path


def test_resource_path_joins_names_through_any_traversable(monkeypatch):
    data = Path(str(files("editor.data")))
    monkeypatch.setattr(editor.resources, "files", lambda package: MultiplexedPath(data))
    assert resource_path("templates", "blank.json") == data / "templates" / "blank.json"
    assert resource_path("preview.css").is_file()
    assert resource_path("samples").is_dir()
