"""Saving as a user does it: the workspace list and search follow every save the editor makes,
and a plan whose text no longer fits its file's encoding is offered "Save as UTF-8".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import SEED
from PySide6.QtGui import QTextCursor

from editor.ui.actions import ActionId

from .test_window import type_text

WAIT = 5000  # ms: watcher events arrive within ~0.1 s; the margin is for a loaded machine


@pytest.fixture
def workspace(qtbot, settings, interaction, tmp_path):
    """``workspace(name, data)`` -> (window, path): a plan in the watched folder tmp_path/plans."""
    from editor.ui.app import open_window

    folder = tmp_path / "plans"
    folder.mkdir()
    windows = []

    def make(name: str = SEED.name, data: bytes | None = None):
        path = folder / name
        path.write_bytes(SEED.read_bytes() if data is None else data)
        window = open_window([str(folder), str(path)], settings=settings, interaction=interaction)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitUntil(lambda: window.form is not None and window.form.is_built(), timeout=WAIT)
        qtbot.waitUntil(lambda: window.workspace.model.row_of(str(path)) >= 0, timeout=WAIT)
        windows.append(window)
        return window, path

    make.folder = folder
    yield make
    for w in windows:
        if w.document is not None:
            w.document.undo_stack.setClean()
        w.link.stop()


def file_save(window) -> None:
    """File ▸ Save (the offscreen window is never active, so Ctrl+S would not reach it)."""
    window.actions[ActionId.SAVE].trigger()


def listed_title(window, path: Path) -> str | None:
    model = window.workspace.model
    row = model.row_of(str(path))
    return None if row < 0 else model.data(model.index(row, 0))


def retype_title(qtbot, window, title: str) -> None:
    edit = window.form.fields["title"].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, title)
    assert window.document.plan.title == title


def type_in_answer(qtbot, window, number: int, text: str) -> None:
    answer = window.form.fields[f"q:{number}"].editor
    answer.setFocus()
    answer.moveCursor(QTextCursor.MoveOperation.End)
    type_text(qtbot, answer, text)


def search(qtbot, window, text: str) -> None:
    panel = window.workspace
    panel.search.setFocus()
    panel.search.selectAll()
    qtbot.keyClicks(panel.search, text)


def result_texts(window) -> list[str]:
    results = window.workspace.results
    return [results.item(i).text() for i in range(results.count())]


def index_ready(qtbot, window) -> None:
    panel = window.workspace
    qtbot.waitUntil(lambda: panel.facet_boxes["country"].count() > 1, timeout=WAIT * 2)


# -- the workspace list follows the editor's own saves --------------------------------------------


def test_save_as_a_new_name_in_the_workspace_lists_it(qtbot, workspace, interaction):
    window, path = workspace()
    copy = workspace.folder / "copy of the plan.txt"
    interaction.save_path = str(copy)
    window.actions[ActionId.SAVE_AS].trigger()  # File ▸ Save As…
    assert copy.is_file()
    qtbot.waitUntil(lambda: window.workspace.model.row_of(str(copy)) >= 0, timeout=WAIT)
    assert listed_title(window, copy) == window.document.plan.title
    assert window.workspace.model.row_of(str(path)) >= 0  # the original is still there


def test_retitle_and_answer_then_save_updates_the_list_and_search(qtbot, workspace):
    window, path = workspace()
    index_ready(qtbot, window)
    search(qtbot, window, "generat")
    qtbot.waitUntil(lambda: any("Generative AI" in t for t in result_texts(window)), timeout=WAIT)

    retype_title(qtbot, window, "Solar kiosks for rural clinics")
    type_in_answer(qtbot, window, 3, " Zanzibarite pilots.")
    file_save(window)
    assert "Solar kiosks for rural clinics" in path.read_text(encoding="utf-8")

    # A word of an answer finds the plan under its new title; so does a word of the new title,
    # and a word just typed into an answer.
    search(qtbot, window, "sensemaking")
    qtbot.waitUntil(
        lambda: any(t.startswith("Solar kiosks for rural clinics") for t in result_texts(window)),
        timeout=WAIT,
    )
    search(qtbot, window, "kiosks")
    qtbot.waitUntil(
        lambda: (
            result_texts(window)[:1]
            and result_texts(window)[0].startswith("Solar kiosks for rural clinics")
        ),
        timeout=WAIT,
    )
    search(qtbot, window, "zanzibarite")
    qtbot.waitUntil(
        lambda: any(t.startswith("Solar kiosks for rural clinics") for t in result_texts(window)),
        timeout=WAIT,
    )
    window.workspace.search.clear()
    qtbot.waitUntil(lambda: not window.workspace.view.isHidden(), timeout=WAIT)
    assert listed_title(window, path) == "Solar kiosks for rural clinics"


def test_search_results_follow_a_save_without_retyping(qtbot, workspace):
    window, path = workspace()
    index_ready(qtbot, window)
    search(qtbot, window, "generat")
    qtbot.waitUntil(lambda: any("Generative AI" in t for t in result_texts(window)), timeout=WAIT)
    retype_title(qtbot, window, "Generative models in public services")
    file_save(window)
    qtbot.waitUntil(
        lambda: any(
            t.startswith("Generative models in public services") for t in result_texts(window)
        ),
        timeout=WAIT,
    )


def test_save_after_the_file_was_deleted_lists_it_again(qtbot, workspace):
    window, path = workspace()
    # The watcher is set up on a thread: wait until it is looking before deleting.
    qtbot.waitUntil(lambda: not window.link.watcher._starting.is_alive(), timeout=WAIT)
    path.unlink()
    qtbot.waitUntil(lambda: window.workspace.model.row_of(str(path)) < 0, timeout=WAIT)
    qtbot.waitUntil(lambda: window.link.bar.isVisible(), timeout=WAIT)
    file_save(window)
    assert path.is_file()
    qtbot.waitUntil(lambda: window.workspace.model.row_of(str(path)) >= 0, timeout=WAIT)
    assert listed_title(window, path) == window.document.plan.title
    assert not window.link.bar.isVisible()


def test_save_as_outside_the_workspace_is_not_listed(qtbot, workspace, interaction, tmp_path):
    window, path = workspace()
    outside = tmp_path / "elsewhere.txt"
    interaction.save_path = str(outside)
    window.actions[ActionId.SAVE_AS].trigger()
    assert outside.is_file()
    assert window.workspace.model.row_of(str(outside)) < 0


# -- a character the file's encoding cannot hold ----------------------------------------------------

LEGACY_TEXT = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")
LEGACY = LEGACY_TEXT.encode("cp1252")  # Windows-1252 with CR LF, as an old Windows editor wrote


def utf8_offers(interaction) -> list[tuple]:
    return [a for kind, a in interaction.asked if kind == "yes_no" and "UTF-8" in a[0] + a[1]]


def test_a_character_in_windows_1252_saves_in_windows_1252(qtbot, workspace, interaction):
    window, path = workspace("legacy.txt", LEGACY)
    assert window.document.plan.encoding == "cp1252"
    type_in_answer(qtbot, window, 3, " 5 €.")
    file_save(window)
    assert not utf8_offers(interaction)
    data = path.read_bytes()
    assert b" 5 \x80." in data  # the euro sign in Windows-1252
    assert data.decode("cp1252").replace(" 5 €.", "", 1) == LEGACY_TEXT


@pytest.mark.parametrize("char", ["ł", "→"])
def test_a_character_outside_windows_1252_offers_utf8(qtbot, workspace, interaction, char):
    window, path = workspace("legacy.txt", LEGACY)
    type_in_answer(qtbot, window, 3, f" 5 € {char} done.")
    interaction.yes_no = True
    file_save(window)
    offers = utf8_offers(interaction)
    assert len(offers) == 1
    assert char in offers[0][1] and f"U+{ord(char):04X}" in offers[0][1]
    assert not interaction.errors
    data = path.read_bytes()
    text = data.decode("utf-8")  # now UTF-8 …
    assert text.replace(f" 5 € {char} done.", "", 1) == LEGACY_TEXT  # … and nothing else changed
    assert data.count(b"\n") == data.count(b"\r\n")  # the CR LF line endings are kept
    assert not window.document.is_modified
    message = window.statusBar().currentMessage()
    assert "UTF-8" in message and "Windows-1252" in message
    # Later saves stay UTF-8 without asking again.
    type_in_answer(qtbot, window, 3, "!")
    file_save(window)
    assert len(utf8_offers(interaction)) == 1
    assert path.read_bytes().decode("utf-8").endswith(LEGACY_TEXT[-40:])


def test_declining_utf8_leaves_the_file_and_revert_returns_to_it(qtbot, workspace, interaction):
    window, path = workspace("legacy.txt", LEGACY)
    type_in_answer(qtbot, window, 3, " → done.")
    interaction.yes_no = False
    file_save(window)
    assert len(utf8_offers(interaction)) == 1
    assert path.read_bytes() == LEGACY  # untouched
    assert window.document.is_modified and "→" in window.document.plan.dumps()
    assert not interaction.errors
    assert "not saved" in window.statusBar().currentMessage().lower()
    # Save As asks the same question, not a loop of failures.
    other = workspace.folder / "other.txt"
    interaction.save_path = str(other)
    window.actions[ActionId.SAVE_AS].trigger()
    assert len(utf8_offers(interaction)) == 2
    assert not other.exists()
    # File ▸ Revert goes back to the file as it is, still Windows-1252.
    interaction.yes_no = True
    window.actions[ActionId.REVERT].trigger()
    assert window.document.plan.dumps() == LEGACY_TEXT
    assert not window.document.is_modified
    assert window.document.plan.encoding == "cp1252"
    type_in_answer(qtbot, window, 3, " €")
    file_save(window)
    assert len(utf8_offers(interaction)) == 2
    assert path.read_bytes().decode("cp1252").replace(" €", "", 1) == LEGACY_TEXT
