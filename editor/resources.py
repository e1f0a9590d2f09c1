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
    return Path(str(files("editor.data").joinpath(*parts)))
