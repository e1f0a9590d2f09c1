"""The one way to the bundled data (``editor/data``): templates, vocabularies, the preview's
stylesheet, icons and sample plans.

Found with ``importlib.resources``, so the editor reads them the same way from a checkout, an
installed wheel and a frozen bundle. The data are plain files on disk in all three (a zipped
install is not supported), so a path can be handed to Qt as it is.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("templates", "blank.json")``."""
    path = files("editor.data")
    for part in parts:  # one at a time: a frozen bundle's Traversable joins one name (3.11)
        path = path.joinpath(part)
    return Path(str(path))
