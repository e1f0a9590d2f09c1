"""The first start of an installed editor: no folder given and none used before."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from paths import SEEDS


def _documents() -> Path:
    return Path(os.environ["HOME"]) / "Documents"  # tests/conftest.py points HOME at a temp dir


def test_with_no_folder_the_editor_opens_plans_in_documents_with_the_samples(
    qtbot, settings, interaction
):
    from editor.ui.app import open_window

    plans = _documents() / "Plans"
    shutil.rmtree(plans, ignore_errors=True)
    window = open_window([], settings=settings, interaction=interaction)
    qtbot.addWidget(window)
    window.show()
    samples = sorted(p.name for p in SEEDS.glob("*.txt"))
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() == len(samples), timeout=10000)
    assert window.workspace.folder == str(plans)
    assert sorted(p.name for p in plans.iterdir()) == samples
    for name in samples:  # the samples byte for byte
        assert (plans / name).read_bytes() == (SEEDS / name).read_bytes()
    window.link.stop()


def test_a_plans_folder_the_user_emptied_is_not_filled_again(qtbot, settings, interaction):
    from editor.ui.app import open_window

    plans = _documents() / "Plans"
    shutil.rmtree(plans, ignore_errors=True)
    plans.mkdir(parents=True)
    window = open_window([], settings=settings, interaction=interaction)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.workspace.folder == str(plans), timeout=10000)
    qtbot.wait(200)
    assert list(plans.iterdir()) == []
    window.link.stop()
