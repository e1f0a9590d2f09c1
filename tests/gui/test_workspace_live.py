"""The workspace as other programs change it: a real watchdog observer on a temporary folder.

External writes reload a clean plan and raise the "Changed on disk" bar over a modified one;
Merge keeps both sides' changes; the app's own saves raise nothing; deletions and renames are
followed; a save never overwrites a change it has not shown; a failed save leaves the file; a
killed editor's unsaved work is offered back on the next start; search finds plans as you type.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from paths import SEED
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from editor.workspace.drafts import DraftStore

from .conftest import FakeInteraction

WAIT = 5000  # ms: watcher events arrive within ~0.1 s; the margin is for a loaded machine


class LiveInteraction(FakeInteraction):
    def __init__(self) -> None:
        super().__init__()
        self.conflict_choice = "mine"
        self.draft_answer = "later"
        self.conflicts_seen: list = []
        self.drafts_offered: list[tuple[str, str]] = []

    def resolve_conflicts(self, conflicts, notes):
        self.conflicts_seen = list(conflicts)
        return {c.field: self.conflict_choice for c in conflicts}

    def ask_restore_draft(self, name, status, diff):
        self.drafts_offered.append((name, diff))
        return self.draft_answer


@pytest.fixture
def live(qtbot, settings, tmp_path):
    """``live(file_name)`` -> (window, path): the seed copied into a watched workspace, shown
    settled (form, checks and preview done) and listed, as a user first meets it."""
    from editor.ui.app import open_window, settle

    folder = tmp_path / "workspace"
    folder.mkdir()
    interaction = LiveInteraction()
    windows = []

    def make(name: str = SEED.name, drafts: DraftStore | None = None):
        path = folder / name
        if not path.exists():
            shutil.copyfile(SEED, path)
        window = open_window([str(folder), str(path)], settings=settings, interaction=interaction)
        if drafts is not None:
            window.link.drafts = drafts
            window.link.keeper.store = drafts
        qtbot.addWidget(window)
        window.show()
        assert settle(window, WAIT)
        qtbot.waitUntil(lambda: window.workspace.model.rowCount() >= 1, timeout=WAIT)
        qtbot.waitUntil(lambda: window.link.watcher.watching, timeout=WAIT)
        windows.append(window)
        return window, path

    make.interaction = interaction
    make.folder = folder
    yield make
    for w in windows:
        if w.document is not None:
            w.document.undo_stack.setClean()
        w.link.stop()


def external_write(path: Path, text: str) -> None:
    """Write as another editor would: a temporary file renamed over the plan."""
    tmp = path.with_name(path.name + ".tmp~")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def turn_wheel(widget, notches: int) -> None:
    """Turn the mouse wheel over the middle of ``widget``; positive notches scroll down."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    for _ in range(notches):
        QApplication.sendEvent(
            widget,
            QWheelEvent(
                pos,
                widget.mapToGlobal(pos),
                QPoint(),
                QPoint(0, -120),
                Qt.MouseButton.NoButton,
                Qt.KeyboardModifier.NoModifier,
                Qt.ScrollPhase.NoScrollPhase,
                False,
            ),
        )


def test_external_write_reloads_a_clean_plan(qtbot, live):
    window, path = live()
    window.activateWindow()  # in front, as the user has it: clicks give the focus
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    form = window.form
    scroll = form.verticalScrollBar()
    qtbot.waitUntil(lambda: scroll.maximum() > 0, timeout=WAIT)  # every section laid out
    shown = form.viewport().rect()

    def answer_shown():
        return next(
            (
                f
                for f in form.order
                if f.field_id.startswith("q:")
                and f.focus_widget().isVisible()
                and shown.contains(f.focus_widget().mapTo(form.viewport(), QPoint(10, 10)))
            ),
            None,
        )

    # Scroll down past the header, then click into the first answer shown, as the user would.
    turn_wheel(form.viewport(), 4)
    while answer_shown() is None and scroll.value() < scroll.maximum():
        turn_wheel(form.viewport(), 2)
    assert scroll.value() > 0
    answer = answer_shown()
    editor = answer.focus_widget()
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor, timeout=WAIT)
    scrolled = scroll.value()
    assert scrolled > 0

    external_write(path, path.read_text().replace("[[year:2023]]", "[[year:2022]]"))
    qtbot.waitUntil(lambda: window.document.plan.tag_values("year") == ["2022"], timeout=WAIT)
    assert not window.document.is_modified
    assert not window.link.bar.isVisible()
    assert "reloaded" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: form.fields["tag:year"].edit.text() == "2022", timeout=WAIT)
    # The user is still where they were, in the field they were typing in.
    qtbot.waitUntil(lambda: scroll.value() == scrolled, timeout=WAIT)
    qtbot.waitUntil(
        lambda: QApplication.focusWidget() is form.fields[answer.field_id].focus_widget(),
        timeout=WAIT,
    )
    focused = QApplication.focusWidget()
    before = window.document.plan.question(int(answer.field_id[2:])).answer
    qtbot.keyClicks(focused, "Z")
    assert window.document.plan.question(int(answer.field_id[2:])).answer != before
    assert "Z" in window.document.plan.question(int(answer.field_id[2:])).answer


def test_external_write_to_a_modified_plan_shows_the_bar_and_merge_keeps_both(qtbot, live):
    window, path = live()
    doc = window.document
    doc.edit("answer", lambda p: p.set_answer(3, "Mine: a new handover detail."))
    theirs = path.read_text().replace("[[country:Mexico]]", "[[country:Chile]]")
    external_write(path, theirs)
    qtbot.waitUntil(lambda: window.link.bar.isVisible(), timeout=WAIT)
    assert "Changed on disk" in window.link.bar.label.text()
    assert doc.plan.tag_values("country") == ["Mexico"]  # nothing replaced behind the user's back
    window.link.bar.merge_button.click()
    assert doc.plan.tag_values("country") == ["Chile"]
    assert doc.plan.question(3).answer == "Mine: a new handover detail."
    assert not window.link.bar.isVisible()
    assert window.save()
    saved = path.read_text()
    assert saved == theirs.replace(read_answer(theirs, 3), "Mine: a new handover detail.")


def read_answer(text: str, number: int) -> str:
    from editor.planfile import parse

    return parse(text).question(number).answer


def test_conflicting_answer_is_resolved_by_the_user(qtbot, live):
    window, path = live()
    doc = window.document
    doc.edit("answer", lambda p: p.set_answer(3, "Mine."))
    external_write(path, path.read_text().replace(read_answer(path.read_text(), 3), "Theirs."))
    qtbot.waitUntil(lambda: window.link.bar.isVisible(), timeout=WAIT)
    live.interaction.conflict_choice = "theirs"
    window.link.bar.merge_button.click()
    assert [c.mine for c in live.interaction.conflicts_seen] == ["Mine."]
    assert doc.plan.question(3).answer == "Theirs."


def test_own_saves_raise_nothing(qtbot, live):
    window, path = live()
    doc = window.document
    for n in range(3):
        doc.edit("title", lambda p, n=n: p.set_title(f"Saved {n}"))
        assert window.save()
    # A plan made after the saves shows in the list only once the watcher has reported what
    # came before it, the saves included (changes arrive in order).
    rows = window.workspace.model.rowCount()
    shutil.copyfile(SEED, live.folder / "after-the-saves.txt")
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() == rows + 1, timeout=WAIT)
    assert not window.link.bar.isVisible()
    assert "reloaded" not in (window.statusBar().currentMessage() or "")
    assert doc.plan.title == "Saved 2" and not doc.is_modified


def test_save_never_overwrites_an_unseen_change(qtbot, live):
    window, path = live()
    window.link.stop()  # as if the change arrived while the watcher was not looking
    doc = window.document
    doc.edit("title", lambda p: p.set_title("Mine"))
    external_write(path, path.read_text().replace("[[year:2023]]", "[[year:2021]]"))
    disk = path.read_bytes()
    assert not window.save()
    assert path.read_bytes() == disk
    assert window.link.bar.isVisible()
    window.link.bar.keep_button.click()  # the user chose: mine wins
    assert window.save()
    assert "[[year:2023]]" in path.read_text() and "# Mine" in path.read_text()


def test_deleted_and_renamed_files(qtbot, live):
    window, path = live()
    doc = window.document
    renamed = path.with_name("renamed.txt")
    os.rename(path, renamed)
    qtbot.waitUntil(lambda: doc.path == str(renamed), timeout=WAIT)
    qtbot.waitUntil(lambda: window.workspace.model.row_of(str(renamed)) >= 0, timeout=WAIT)
    assert window.workspace.model.row_of(str(path)) < 0
    doc.edit("title", lambda p: p.set_title("Still here"))
    renamed.unlink()
    qtbot.waitUntil(lambda: window.link.bar.isVisible(), timeout=WAIT)
    assert "Deleted on disk" in window.link.bar.label.text()
    assert window.link.bar.save_as_button.isVisible()
    assert doc.plan.title == "Still here"  # the buffer is kept
    qtbot.waitUntil(lambda: window.workspace.model.row_of(str(renamed)) < 0, timeout=WAIT)


def test_new_file_appears_in_the_list(qtbot, live):
    window, path = live()
    rows = window.workspace.model.rowCount()
    shutil.copyfile(SEED, live.folder / "another.txt")
    qtbot.waitUntil(lambda: window.workspace.model.rowCount() == rows + 1, timeout=WAIT)


def test_save_into_a_read_only_folder_keeps_the_file_and_says_why(qtbot, live):
    window, path = live()
    original = path.read_bytes()
    window.document.edit("title", lambda p: p.set_title("Changed"))
    path.parent.chmod(0o555)
    try:
        assert not window.save()
    finally:
        path.parent.chmod(0o755)
    assert path.read_bytes() == original
    assert "read-only" in live.interaction.errors[-1][1]
    assert window.document.is_modified


def test_search_finds_plans_as_you_type(qtbot, live):
    window, path = live()
    panel = window.workspace
    qtbot.waitUntil(lambda: panel.facet_boxes["country"].count() > 1, timeout=WAIT * 2)
    panel.search.setText("generat")  # a prefix of "generative"
    qtbot.waitUntil(lambda: panel.results.count() >= 1 and panel.results.isVisible(), timeout=WAIT)
    item = panel.results.item(0)
    assert "Generative AI" in item.text()
    panel.search.setText("zzzznotaword")
    qtbot.waitUntil(lambda: panel.results.item(0).text() == "No plan matches.", timeout=WAIT)


KILLED_EDITOR = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings, QTimer
    from editor.ui.app import _application, open_window
    from editor.ui.interaction import Interaction
    from editor.ui.settings import Settings
    app = _application()
    settings = Settings(QSettings(sys.argv[3], QSettings.Format.IniFormat))
    window = open_window([sys.argv[1], sys.argv[2]], settings=settings, interaction=Interaction())
    window.show()
    store = window.link.keeper.store
    save = store.save

    def save_and_tell(*args, **kwargs):  # the draft is on disk when save returns
        result = save(*args, **kwargs)
        print("draft written", flush=True)
        return result

    store.save = save_and_tell
    QTimer.singleShot(20000, lambda: (print("no draft", flush=True), os._exit(1)))
    doc = window.document
    doc.edit("answer", lambda p: p.set_answer(3, "Unsaved work that must survive a crash."))
    app.exec()  # running until killed
    """
)


def test_a_killed_editor_offers_its_draft_on_the_next_start(qtbot, live, tmp_path):
    folder = live.folder
    path = folder / SEED.name
    shutil.copyfile(SEED, path)
    original = path.read_bytes()
    drafts_dir = Path(os.environ["XDG_DATA_HOME"]) / "plan-editor" / "drafts"
    shutil.rmtree(drafts_dir, ignore_errors=True)
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            KILLED_EDITOR,
            str(folder),
            str(path),
            str(tmp_path / "s.ini"),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert proc.stdout.readline().strip() == "draft written"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert path.read_bytes() == original  # nothing was saved
    live.interaction.draft_answer = "restore"
    window, _ = live(SEED.name, drafts=DraftStore(drafts_dir))
    qtbot.waitUntil(lambda: bool(live.interaction.drafts_offered), timeout=WAIT)
    name, diff = live.interaction.drafts_offered[0]
    assert name == SEED.name and "+Unsaved work that must survive a crash." in diff
    qtbot.waitUntil(lambda: window.document.is_modified, timeout=WAIT)
    assert window.document.plan.question(3).answer == "Unsaved work that must survive a crash."
    assert path.read_bytes() == original  # restored into the editor, not silently saved


def test_a_draft_of_a_deleted_file_opens_modified_and_saves_it_again(qtbot, live, tmp_path):
    drafts = DraftStore(tmp_path / "drafts")
    gone = live.folder / "gone.txt"
    text = SEED.read_text(encoding="utf-8").replace("[[year:2023]]", "[[year:2021]]")
    drafts.save(gone, text, base_sha256="0" * 64, base_text=SEED.read_text(encoding="utf-8"))
    live.interaction.draft_answer = "restore"
    window, _ = live(drafts=drafts)
    qtbot.waitUntil(lambda: window.document.path == str(gone), timeout=WAIT)
    assert window.document.is_modified and window.isWindowModified()
    assert window.link.bar.isVisible()  # "deleted on disk": Save As offered
    assert not gone.exists()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(gone.exists, timeout=WAIT)
    assert gone.read_text(encoding="utf-8") == text
    assert not window.document.is_modified
