"""Where the bundled resources (vocabularies, templates) are found.

Every loader asks `resource_path`, so packaging (a wheel, a frozen app) only has to change
this one function.
"""

from __future__ import annotations

from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. `resource_path("templates", "blank.json")`."""
    return _ROOT.joinpath(*parts)
