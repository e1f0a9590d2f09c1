"""Review in the window as a reviewer and an author work it: Review ▸ Start Review (the e-mail
asked), a note added with Ctrl+Alt+M to the field clicked into, shown under that field and in the
notes list, answered and resolved with the list's buttons, a verdict with its reason; judged on
the review file beside the plan (read back with ``catalog.review.loads``), on the plan file (which
the review never touches) and on what the window shows when the author opens the plan again.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton

from editor import cli
from editor.catalog import review as rv
from editor.planfile import content_hash
from editor.ui import settings as S

from .conftest import FakeInteraction
from .test_window import type_text

WAIT = 5000
EMAIL = "ana.perez@undp.org"


class ReviewInteraction(FakeInteraction):
    """FakeInteraction that also answers the review's questions from a script."""

    def __init__(self) -> None:
        super().__init__()
        self.email: str | None = EMAIL
        self.notes: list[str] = []
        self.replies: list[str] = []
        self.reason: str | None = None

    def ask_reviewer(self, current: str) -> str | None:
        self.asked.append(("reviewer", (current,)))
        return self.email

    def ask_note(self, label: str) -> str | None:
        self.asked.append(("note", (label,)))
        return self.notes.pop(0) if self.notes else None

    def ask_reply(self, note: str) -> str | None:
        self.asked.append(("reply", (note,)))
        return self.replies.pop(0) if self.replies else None

    def ask_revision_reason(self, current: str) -> str | None:
        self.asked.append(("reason", (current,)))
        return self.reason


@pytest.fixture
def interaction() -> ReviewInteraction:
    return ReviewInteraction()


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data-home"))
    return tmp_path / "data-home"


def review_action(window, text: str):
    """The action of the Review menu whose text (without '&' and '…') is ``text``."""
    menu = window.review_menu
    for action in menu.actions():
        if action.text().replace("&", "").rstrip("…") == text:
            return action
    raise AssertionError(f"no {text!r} in Review: {[a.text() for a in menu.actions()]}")


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def click_into_answer(qtbot, window, field_id: str):
    field = window.form.field(field_id)
    window.form.ensureWidgetVisible(field.editor, 0, 40)
    editor = field.editor
    qtbot.waitUntil(editor.isVisible, timeout=WAIT)
    click(editor.viewport())
    qtbot.waitUntil(lambda: window.form.current_field() == field_id, timeout=WAIT)
    return editor


def click_note(qtbot, window, row: int) -> None:
    lst = window.review_ui.notes.list
    item = lst.item(row)
    lst.scrollToItem(item)
    QTest.mouseClick(
        lst.viewport(), Qt.MouseButton.LeftButton, pos=lst.visualItemRect(item).center()
    )
    assert lst.currentItem() is item


def note_rows(window) -> list[str]:
    lst = window.review_ui.notes.list
    return [lst.item(r).text() for r in range(lst.count())]


def test_a_review_in_the_window_and_the_author_reading_it(
    qtbot, open_window, seed_file, interaction, settings
):
    original = seed_file.read_bytes()
    window = open_window(seed_file)
    activate(qtbot, window)
    review_action(window, "Start Review").trigger()
    assert ("reviewer", ("",)) in interaction.asked
    assert settings.get(S.REVIEWER_EMAIL) == EMAIL
    path = rv.review_path(seed_file)
    assert path.exists()
    started = rv.loads(path.read_text(encoding="utf-8"))
    assert started.reviewer == EMAIL and started.base == content_hash(original)

    # A note on question 3: click into its answer, press Ctrl+Alt+M.
    editor = click_into_answer(qtbot, window, "q:3")
    interaction.notes = ["Say who takes the work over, and when."]
    QTest.keyClick(
        editor,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    assert interaction.asked[-1][0] == "note"
    assert "handover process" in interaction.asked[-1][1][0]
    shown = window.form.field("q:3").note
    qtbot.waitUntil(shown.isVisible, timeout=WAIT)
    assert "Say who takes the work over, and when." in shown.text()
    assert EMAIL in shown.text()
    assert shown.objectName() == "note"
    assert window.review_ui.notes.isVisible()
    assert any("Say who takes the work over" in row for row in note_rows(window))

    # A note on the whole plan, with the focus nowhere in the form: first in the list.
    window.review_ui.notes.list.setFocus()
    interaction.notes = ["Shorten the whole plan."]
    review_action(window, "Add Note").trigger()
    assert "Shorten the whole plan." in note_rows(window)[0]

    # Answer the note on question 3 and mark it resolved, with the list's buttons.
    click_note(qtbot, window, 1)
    interaction.replies = ["Added in the second paragraph."]
    click(window.review_ui.notes.reply_button)
    assert "Added in the second paragraph." in window.form.field("q:3").note.text()
    click_note(qtbot, window, 1)
    click(window.review_ui.notes.resolve_button)
    item = window.review_ui.notes.list.item(1)
    assert item.font().strikeOut()

    # The verdict, with its reason.
    interaction.reason = "The handover is not described yet."
    review_action(window, "Needs Revision").trigger()
    bar = window.review_ui.bar
    assert bar.isVisible()
    assert bar.text().startswith("Needs revision — The handover is not described yet. (")
    assert EMAIL in bar.text()

    # On disk: all of it in the review file, and the plan untouched.
    saved = rv.loads(path.read_text(encoding="utf-8"))
    assert saved.verdict == "needs revision"
    assert saved.reason == "The handover is not described yet."
    assert [n.field for n in saved.notes] == ["q:3", "plan"]
    q3 = saved.notes[0]
    assert q3.text == "Say who takes the work over, and when." and q3.by == EMAIL
    assert q3.resolved and not saved.notes[1].resolved
    assert [r.text for r in q3.replies] == ["Added in the second paragraph."]
    assert q3.label.startswith("Can you provide more detail on your handover process?")
    assert seed_file.read_bytes() == original
    window.close()

    # The author opens the plan in a new window.
    author = open_window(seed_file)
    activate(qtbot, author)
    bar = author.review_ui.bar
    qtbot.waitUntil(bar.isVisible, timeout=WAIT)
    assert bar.text().startswith("Needs revision — The handover is not described yet. (")
    note = author.form.field("q:3").note
    assert "Say who takes the work over, and when." in note.text()
    assert "Shorten the whole plan." in note_rows(author)[0]
    assert author.review_ui.notes.list.item(1).font().strikeOut()
    author.form.field("title").edit.setFocus()
    click_note(qtbot, author, 1)
    qtbot.waitUntil(lambda: author.form.current_field() == "q:3", timeout=WAIT)
    assert seed_file.read_bytes() == original


def test_a_review_from_the_command_line_shows_next_to_its_question(
    qtbot, open_window, seed_file, capsys
):
    original = seed_file.read_bytes()
    code = cli.main(
        [
            "review",
            str(seed_file),
            "--reviewer",
            EMAIL,
            "--note",
            "3=Name the partner who takes it over.",
            "--verdict",
            "revise",
            "--reason",
            "Handover unclear.",
        ]
    )
    assert code == 0
    window = open_window(seed_file)
    note = window.form.field("q:3").note
    qtbot.waitUntil(note.isVisible, timeout=WAIT)
    assert "Name the partner who takes it over." in note.text()
    assert window.form.field("q:1").note.isHidden()
    assert window.review_ui.bar.text().startswith("Needs revision — Handover unclear. (")
    assert seed_file.read_bytes() == original


@pytest.mark.parametrize("where", ["history", "base texts"])
def test_the_reviewers_changes_reach_the_author_to_accept_or_reject(
    qtbot, open_window, seed_file, interaction, monkeypatch, tmp_path, where
):
    """The reviewer's save records the base text of the answer changed; the author sees the
    change against the review's base, found in the history by its hash or, on a computer
    without that history, made from the base texts, and rejects it with a click."""
    original = seed_file.read_bytes()
    before = original.decode("utf-8")
    window = open_window(seed_file)
    activate(qtbot, window)
    review_action(window, "Start Review").trigger()
    editor = click_into_answer(qtbot, window, "q:3")
    QTest.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, " Reviewed.")
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: seed_file.read_bytes() != original, timeout=WAIT)
    saved = rv.loads(rv.review_path(seed_file).read_text(encoding="utf-8"))
    assert list(saved.base_texts) == ["q:3"]
    label, text = saved.base_texts["q:3"]
    assert label.startswith("Can you provide more detail on your handover process?")
    assert text.startswith("Generative AI for development") and text in before
    assert saved.base == content_hash(original)
    window.close()

    if where == "base texts":  # another computer: none of the reviewer's history
        monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "elsewhere"))
    author = open_window(seed_file)
    tree = author.changes.tree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1, timeout=WAIT)
    row = tree.topLevelItem(0)
    assert row.text(0).startswith("Can you provide more detail on your handover process?")
    reject = tree.itemWidget(row, 3).findChild(QToolButton, "reject")
    qtbot.waitUntil(reject.isVisible, timeout=WAIT)
    click(reject)
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 0, timeout=WAIT)
    activate(qtbot, author)
    QTest.keyClick(
        author.focusWidget() or author, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: seed_file.read_bytes() == original, timeout=WAIT)


def test_a_note_added_from_the_command_line_meanwhile_is_kept_by_the_window(
    qtbot, open_window, seed_file, interaction
):
    assert cli.main(["review", str(seed_file), "--reviewer", EMAIL, "--note", "plan=First."]) == 0
    window = open_window(seed_file)
    activate(qtbot, window)
    # Another program (a colleague's pass, synced in) adds a note while the window is open.
    assert cli.main(["review", str(seed_file), "--note", "title=From elsewhere."]) == 0
    editor = click_into_answer(qtbot, window, "q:3")
    interaction.notes = ["Mine, from the window."]
    QTest.keyClick(
        editor,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    saved = rv.loads(rv.review_path(seed_file).read_text(encoding="utf-8"))
    assert [n.text for n in saved.notes] == ["First.", "From elsewhere.", "Mine, from the window."]
    assert any("From elsewhere." in row for row in note_rows(window))
