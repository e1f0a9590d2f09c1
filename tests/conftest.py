"""Test set-up: Qt offscreen and throw-away user folders before anything imports Qt.

Where the files live is in ``paths`` (tests/paths.py), imported as ``from paths import ...``.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The app keeps drafts, its search index and settings in the user's folders (platformdirs,
# QSettings): point them at a throw-away place so tests never read or touch a real user's.
_HOME = tempfile.mkdtemp(prefix="plan-editor-tests-")
for _var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
    os.environ[_var] = os.path.join(_HOME, _var.lower())
os.environ["HOME"] = _HOME  # and the Plans folder an editor given no folder makes in ~/Documents

import pytest  # noqa: E402
from paths import SEED  # noqa: E402


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    dest = tmp_path / SEED.name
    dest.write_bytes(SEED.read_bytes())
    return dest
