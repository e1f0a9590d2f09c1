"""Where the tests find their files: the repository's seeds and fixtures, the shared corpus.

A plain module (no fixtures, no Qt), imported as ``from paths import ...``: ``tests/`` has no
``__init__.py``, so pytest puts it on ``sys.path`` when it loads ``tests/conftest.py`` (the same
way ``from conftest import ...`` used to work), whichever test file or folder is run.
"""

from __future__ import annotations

import os
from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
SHARED = ROOT.parent / "shared"
# The sample of the public archive: ../shared/corpus, or the folder PLAN_EDITOR_CORPUS names.
# Tests on real files run only when it is there (tests/conftest.py says which are skipped).
CORPUS = Path(os.environ.get("PLAN_EDITOR_CORPUS") or SHARED / "corpus")
SHARED_SEEDS = SHARED / "seeds"
SEEDS = ROOT / "seeds"
FIXTURES = TESTS / "fixtures"
SEED = SEEDS / "000_33b8e432ee79a81b.txt"
MONGOLIA = CORPUS / "learningplan-mongolia-2025.txt"


def corpus_files() -> list[Path]:
    """Every real plan file we have: the archive sample, the shared seeds and our seeds; none
    when the archive sample is absent (the tests over real files are then skipped)."""
    if not CORPUS.is_dir():
        return []
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file())
    if SHARED_SEEDS.is_dir():
        files += sorted(p for p in SHARED_SEEDS.iterdir() if p.is_file())
    return files + sorted(SEEDS.glob("*.txt"))


def corpus_plan_files() -> list[Path]:
    """The shared corpus alone (``*.txt`` and ``sic/*.md``): what a scan of a copy of it finds."""
    if not CORPUS.is_dir():
        return []
    return sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".txt", ".md"))


def fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))
