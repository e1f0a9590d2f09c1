"""Fixtures of the workspace tests: copies of the real corpus in temporary folders, and the
cache and data folders pointed into ``tmp_path`` so no test touches the user's folders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from paths import CORPUS, MONGOLIA


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    """A workspace folder holding a copy of the shared corpus (``*.txt`` and ``sic/*.md``)."""
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    folder = tmp_path / "workspace"
    shutil.copytree(CORPUS, folder)
    return folder


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def mongolia() -> str:
    if not MONGOLIA.is_file():
        pytest.skip(f"no {MONGOLIA}")
    return MONGOLIA.read_text(encoding="utf-8")
