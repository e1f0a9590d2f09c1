"""Test set-up: Qt offscreen before anything imports it; where the shared corpus lives."""

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

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SHARED_SEEDS = SHARED / "seeds"
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED = SEEDS / "000_33b8e432ee79a81b.txt"


def corpus_files() -> list[Path]:
    """Every real plan file we have: the shared corpus (when present) and our seeds."""
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file()) if CORPUS.is_dir() else []
    if SHARED_SEEDS.is_dir():
        files += sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())
    return files + sorted(SEEDS.glob("*.txt"))


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    dest = tmp_path / SEED.name
    dest.write_bytes(SEED.read_bytes())
    return dest
