"""A folder opened again is listed at once from its search index, then brought up to date
with what changed on disk while the editor was closed."""

from __future__ import annotations

import os
import shutil

from paths import SEEDS


def _open(qtbot, settings, interaction, folder, cache):
    from editor.ui.app import open_window

    window = open_window([str(folder)], settings, interaction)
    window.link.cache_dir = cache
    qtbot.addWidget(window)
    window.show()
    return window


def _titles(window) -> dict[str, str]:
    return {s.path.name: s.title for s in window.workspace.model.rows}


def test_a_folder_opened_again_is_listed_at_once_then_as_it_is_on_disk(
    qtbot, settings, interaction, tmp_path
):
    folder, cache = tmp_path / "plans", tmp_path / "cache"
    shutil.copytree(SEEDS, folder)
    names = sorted(p.name for p in folder.glob("*.txt"))
    first = _open(qtbot, settings, interaction, folder, cache)
    from editor.workspace.index import stored_summaries

    def indexed() -> int:
        return len(dict(stored_summaries(folder, cache)))

    qtbot.waitUntil(lambda: indexed() == len(names), timeout=30_000)  # the index saw each file
    assert sorted(_titles(first)) == names
    old_title = _titles(first)[names[0]]
    first.link.stop()
    first.close()

    # While the editor is closed: one plan retitled, one deleted, one added.
    changed, deleted = folder / names[0], folder / names[1]
    text = changed.read_text(encoding="utf-8").split("\n", 1)
    changed.write_text("# Retitled while closed\n" + text[1], encoding="utf-8")
    os.utime(changed, ns=(changed.stat().st_atime_ns, changed.stat().st_mtime_ns + 10**9))
    deleted.unlink()
    shutil.copyfile(folder / names[2], folder / "added.txt")

    again = _open(qtbot, settings, interaction, folder, cache)
    # The first frame is drawn, then the folder opens: what the list shows first, before any
    # file is read, is the folder as the index last saw it.
    model = again.workspace.model
    seen = []
    model.layoutChanged.connect(lambda *_: seen.append(_titles(again)))
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    shown = seen[0]
    assert sorted(shown) == names  # as the index last saw them, the deleted plan included
    assert shown[changed.name] == old_title
    expected = set(names) - {deleted.name} | {"added.txt"}
    qtbot.waitUntil(lambda: set(_titles(again)) == expected, timeout=10_000)
    assert _titles(again)[changed.name] == "Retitled while closed"
    again.link.stop()
