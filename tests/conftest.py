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
# English whatever the machine speaks (the language tests ask for theirs with --lang, lang=)
os.environ["LANGUAGE"] = "en"

import pytest  # noqa: E402
from paths import CORPUS, SEED  # noqa: E402

# Names a test (or a fixture it uses) reads when it works on files of the archive sample.
_CORPUS_NAMES = {"CORPUS", "MONGOLIA", "corpus_files", "corpus_plan_files"}


def _uses_corpus(item) -> bool:
    functions = [getattr(item, "function", None)]
    fixtures = getattr(item, "_fixtureinfo", None)
    if fixtures is not None:
        for defs in fixtures.name2fixturedefs.values():
            functions += [d.func for d in defs]
    codes = [f.__code__ for f in functions if hasattr(f, "__code__")]
    if any(_CORPUS_NAMES & set(code.co_names) for code in codes):
        return True
    spec = getattr(item, "callspec", None)
    return spec is not None and any(str(CORPUS) in str(v) for v in spec.params.values())


def pytest_collection_modifyitems(config, items) -> None:
    if CORPUS.is_dir():
        return
    skip = pytest.mark.skip(reason=f"the archive sample is not at {CORPUS}")
    skipped = [item for item in items if _uses_corpus(item)]
    for item in skipped:
        item.add_marker(skip)
    config._corpus_skipped = len(skipped)


def pytest_report_header(config) -> str:
    if CORPUS.is_dir():
        count = sum(1 for p in CORPUS.rglob("*") if p.is_file())
        return f"archive sample: {count} real files in {CORPUS}"
    return (
        f"archive sample: not found at {CORPUS}; the tests on real files are skipped "
        "(set PLAN_EDITOR_CORPUS to its folder to run them)"
    )


def pytest_terminal_summary(terminalreporter, config) -> None:
    skipped = getattr(config, "_corpus_skipped", 0)
    if skipped:
        terminalreporter.write_line(
            f"{skipped} tests on real files skipped: no archive sample at {CORPUS} "
            "(set PLAN_EDITOR_CORPUS)"
        )


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    dest = tmp_path / SEED.name
    dest.write_bytes(SEED.read_bytes())
    return dest
