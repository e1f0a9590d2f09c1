"""``Document`` below the widgets: what a user notices of undo, the modified mark, saving and a
file changed by another program, with a Qt application but no window.

Every edit goes through ``Document.edit`` the way the form's fields call it (``set_answer`` with
``merge=<field id>``); the file on disk is the judge. The repository's seeds and the shared
corpus are only ever read: the tests edit copies in ``tmp_path``.
"""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

import pytest
from paths import CORPUS, SEED

from editor.catalog.newplan import new_plan
from editor.planfile import PlanFile, PlanFileError
from editor.ui.document import DiskChangedError, Document

OTHER = "Edited in another program."


@pytest.fixture(autouse=True)
def _app(qapp):
    """The undo stack needs a Qt application; no window is ever made."""
    return qapp


@pytest.fixture
def seed_path(tmp_path: Path) -> Path:
    dest = tmp_path / "plans" / SEED.name
    dest.parent.mkdir()
    shutil.copyfile(SEED, dest)
    return dest


def copy_of(src: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "plans" / src.name
    dest.parent.mkdir(exist_ok=True)
    shutil.copyfile(src, dest)
    return dest


def type_answer(doc: Document, number: int, text: str) -> None:
    """Type ``text`` at the end of answer ``number``, one character per edit, as a field does."""
    shown = doc.plan.questions[number - 1].answer
    for i in range(1, len(text) + 1):
        typed = shown + text[:i]
        doc.edit(
            f"Edit answer {number}",
            lambda plan, typed=typed: doc.set_answer(plan, number, typed),
            merge=f"answer:{number}",
            origin=f"answer:{number}",
        )


def add_question(doc: Document) -> None:
    """A structural edit as the form makes one (questions renumbered, no merge key)."""
    doc.edit("Add question", lambda p: p.add_question(0, "A new question?"), structural=True)


def another_program_writes(path: Path) -> bytes:
    data = path.read_bytes().replace(b"We started our", OTHER.encode() + b" We started our", 1)
    assert data != path.read_bytes()
    path.write_bytes(data)
    return data


# -- undo steps ---------------------------------------------------------------------------------


def test_typing_in_one_field_is_one_undo_step_that_gives_the_exact_file_back(seed_path):
    original = seed_path.read_text(encoding="utf-8")
    doc = Document.open(str(seed_path))

    type_answer(doc, 1, " More words.")

    assert doc.undo_stack.count() == 1
    typed = doc.plan.dumps()
    assert typed != original
    doc.undo_stack.undo()
    assert doc.plan.dumps() == original
    doc.undo_stack.redo()
    assert doc.plan.dumps() == typed


def test_typing_in_another_field_starts_a_new_step(seed_path):
    original = seed_path.read_text(encoding="utf-8")
    doc = Document.open(str(seed_path))

    type_answer(doc, 1, " First.")
    after_first = doc.plan.dumps()
    type_answer(doc, 2, " Second.")

    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.plan.dumps() == after_first
    assert doc.plan.questions[0].answer.endswith(" First.")
    doc.undo_stack.undo()
    assert doc.plan.dumps() == original


def test_a_structural_edit_is_its_own_step_between_typing_in_the_same_field(seed_path):
    original = seed_path.read_text(encoding="utf-8")
    doc = Document.open(str(seed_path))

    type_answer(doc, 1, " Before.")
    after_typing = doc.plan.dumps()
    add_question(doc)
    after_structural = doc.plan.dumps()
    type_answer(doc, 1, " After.")

    assert doc.undo_stack.count() == 3
    doc.undo_stack.undo()
    assert doc.plan.dumps() == after_structural
    doc.undo_stack.undo()
    assert doc.plan.dumps() == after_typing
    doc.undo_stack.undo()
    assert doc.plan.dumps() == original


def test_typing_a_character_and_deleting_it_leaves_nothing_to_undo_or_save(seed_path):
    doc = Document.open(str(seed_path))
    shown = doc.plan.questions[0].answer
    for text in (shown + "x", shown):
        doc.edit("Edit answer 1", lambda p, t=text: doc.set_answer(p, 1, t), merge="answer:1")

    assert not doc.is_modified
    assert not doc.undo_stack.canUndo()


def test_an_edit_that_changes_nothing_is_no_step(seed_path):
    doc = Document.open(str(seed_path))
    shown = doc.plan.questions[0].answer

    assert doc.edit("Edit answer 1", lambda p: doc.set_answer(p, 1, shown)) is False
    assert doc.undo_stack.count() == 0
    assert not doc.is_modified


# -- the modified mark --------------------------------------------------------------------------


def test_modified_follows_edit_undo_redo_and_save(seed_path):
    doc = Document.open(str(seed_path))
    marks: list[bool] = []
    doc.modificationChanged.connect(marks.append)
    assert not doc.is_modified

    type_answer(doc, 1, " x")
    assert doc.is_modified and marks == [True]
    doc.undo_stack.undo()
    assert not doc.is_modified and marks == [True, False]
    doc.undo_stack.redo()
    assert doc.is_modified and marks == [True, False, True]
    doc.save()
    assert not doc.is_modified and marks[-1] is False
    # Undoing past the save point makes the file modified again.
    doc.undo_stack.undo()
    assert doc.is_modified and marks[-1] is True


def test_a_new_untitled_plan_with_text_is_modified_until_saved(tmp_path):
    doc = Document(new_plan("experiment"))
    assert doc.path is None
    assert doc.plan.dumps()
    assert doc.is_modified

    dest = tmp_path / "new.txt"
    doc.save(str(dest))
    assert not doc.is_modified
    assert dest.read_text(encoding="utf-8") == doc.plan.dumps()


def test_an_empty_untitled_plan_is_not_modified():
    assert not Document(PlanFile("")).is_modified


# -- what views are told ------------------------------------------------------------------------


def test_changed_names_the_field_that_typed_and_none_on_undo_and_redo(seed_path):
    doc = Document.open(str(seed_path))
    seen: list[tuple] = []
    doc.changed.connect(lambda origin, structural: seen.append((origin, structural)))

    type_answer(doc, 1, "ab")
    assert seen == [("answer:1", False), ("answer:1", False)]
    seen.clear()
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert seen == [(None, False), (None, False)]


def test_changed_says_structural_for_a_structural_edit_and_its_undo(seed_path):
    doc = Document.open(str(seed_path))
    seen: list[tuple] = []
    doc.changed.connect(lambda origin, structural: seen.append((origin, structural)))

    add_question(doc)
    doc.undo_stack.undo()
    doc.undo_stack.redo()
    assert seen == [(None, True), (None, True), (None, True)]


def test_no_change_is_announced_for_an_edit_that_changes_nothing(seed_path):
    doc = Document.open(str(seed_path))
    seen: list[tuple] = []
    doc.changed.connect(lambda origin, structural: seen.append((origin, structural)))
    shown = doc.plan.questions[0].answer

    doc.edit("Edit answer 1", lambda p: doc.set_answer(p, 1, shown), merge="answer:1")
    assert seen == []


# -- the file changed on disk -------------------------------------------------------------------


def test_saving_over_a_change_made_by_another_program_raises_and_keeps_theirs(seed_path):
    doc = Document.open(str(seed_path))
    type_answer(doc, 1, " Mine.")
    theirs = another_program_writes(seed_path)

    assert doc.changed_on_disk()
    with pytest.raises(DiskChangedError):
        doc.save()
    assert seed_path.read_bytes() == theirs
    assert doc.is_modified
    assert doc.plan.questions[0].answer.endswith(" Mine.")


def test_keep_mine_then_allows_the_save(seed_path):
    doc = Document.open(str(seed_path))
    type_answer(doc, 1, " Mine.")
    mine = doc.plan.dumps()
    theirs = another_program_writes(seed_path)

    doc.accept_disk(theirs)
    assert not doc.changed_on_disk()
    assert doc.is_modified  # the buffer still differs from the file
    doc.save()
    assert seed_path.read_text(encoding="utf-8") == mine
    assert not doc.is_modified


def test_keep_mine_without_an_edit_still_leaves_the_buffer_to_save(seed_path):
    doc = Document.open(str(seed_path))
    original = seed_path.read_bytes()
    theirs = another_program_writes(seed_path)

    doc.accept_disk(theirs)
    assert doc.is_modified
    doc.save()
    assert seed_path.read_bytes() == original


def test_reload_from_disk_is_one_undoable_step_and_clean_afterwards(seed_path):
    doc = Document.open(str(seed_path))
    type_answer(doc, 1, " Mine.")
    mine = doc.plan.dumps()
    theirs = another_program_writes(seed_path)
    marks: list[bool] = []
    doc.modificationChanged.connect(marks.append)

    doc.load_disk(theirs, "Reload from disk")
    assert doc.plan.dumps() == theirs.decode("utf-8")
    assert not doc.is_modified and marks[-1] is False
    assert not doc.changed_on_disk()
    assert doc.undo_stack.count() == 2  # the typing, then the reload

    doc.undo_stack.undo()  # the reload is undone in one step: the typing is back
    assert doc.plan.dumps() == mine
    assert doc.is_modified

    doc.undo_stack.redo()
    doc.save()  # unchanged since the reload: the file stays as the other program wrote it
    assert seed_path.read_bytes() == theirs


def test_a_file_moved_by_another_program_is_followed(seed_path, tmp_path):
    doc = Document.open(str(seed_path))
    moved = tmp_path / "plans" / "renamed.txt"
    os.replace(seed_path, moved)
    paths: list[str] = []
    doc.pathChanged.connect(paths.append)

    doc.follow_move(str(moved))
    assert paths == [str(moved)]
    assert doc.path == str(moved)
    assert doc.display_name == "renamed.txt"
    assert not doc.changed_on_disk()

    type_answer(doc, 1, " Moved.")
    doc.save()
    assert not seed_path.exists()
    assert moved.read_text(encoding="utf-8") == doc.plan.dumps()


# -- the Source tab -----------------------------------------------------------------------------


@pytest.fixture
def crlf_path(tmp_path: Path) -> Path:
    dest = tmp_path / "plans" / "crlf.txt"
    dest.parent.mkdir()
    dest.write_bytes(SEED.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    return dest


def shown_source(doc: Document) -> str:
    """The text as the Source tab shows it (a QPlainTextEdit gives "\\n" line endings)."""
    return doc.plan.dumps().replace("\r\n", "\n")


def test_editing_the_source_of_a_crlf_file_keeps_its_line_endings(crlf_path):
    original = crlf_path.read_bytes()
    doc = Document.open(str(crlf_path))
    assert doc.plan.newline == "\r\n"

    assert doc.replace_text(shown_source(doc).replace("Closing:", "Closing!", 1), origin="source")
    assert doc.undo_stack.count() == 1
    doc.save()
    assert crlf_path.read_bytes() == original.replace(b"Closing:", b"Closing!", 1)

    doc.undo_stack.undo()
    doc.save()
    assert crlf_path.read_bytes() == original


def test_the_source_text_unchanged_is_no_edit(crlf_path):
    doc = Document.open(str(crlf_path))
    assert doc.replace_text(shown_source(doc), origin="source") is False
    assert doc.undo_stack.count() == 0


def test_the_source_tab_announces_a_structural_change_from_itself(seed_path):
    doc = Document.open(str(seed_path))
    seen: list[tuple] = []
    doc.changed.connect(lambda origin, structural: seen.append((origin, structural)))

    doc.replace_text(shown_source(doc) + "\n> A question typed in the source\n", origin="source")
    assert seen == [("source", True)]


def test_typing_in_the_source_tab_merges_into_one_undo_step(seed_path):
    original = seed_path.read_text(encoding="utf-8")
    doc = Document.open(str(seed_path))
    text = shown_source(doc)

    for typed in ("Closing!", "Closing!!", "Closing!!!"):
        doc.replace_text(text.replace("Closing:", typed, 1), origin="source")

    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan.dumps() == original


# -- revert and failed saves --------------------------------------------------------------------


def test_revert_restores_the_disk_bytes_and_clears_the_history(seed_path):
    doc = Document.open(str(seed_path))
    type_answer(doc, 1, " Mine.")
    theirs = another_program_writes(seed_path)
    marks: list[bool] = []
    doc.modificationChanged.connect(marks.append)

    doc.revert()
    assert doc.plan.dumps() == theirs.decode("utf-8")
    assert not doc.is_modified and marks and True not in marks
    assert doc.undo_stack.count() == 0 and not doc.undo_stack.canUndo()
    assert not doc.changed_on_disk()
    doc.save()
    assert seed_path.read_bytes() == theirs


def test_revert_gives_a_crlf_file_its_line_endings_back(crlf_path):
    original = crlf_path.read_bytes()
    doc = Document.open(str(crlf_path))
    doc.replace_text(shown_source(doc).replace("\n", "\r\n").replace("Closing:", "Closing!", 1))

    doc.revert()
    doc.save()
    assert crlf_path.read_bytes() == original


@pytest.fixture
def read_only_folder(seed_path: Path):
    folder = seed_path.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    yield folder
    folder.chmod(stat.S_IRWXU)


def test_saving_in_a_read_only_folder_raises_and_keeps_buffer_and_file(seed_path, read_only_folder):
    original = seed_path.read_bytes()
    doc = Document.open(str(seed_path))
    type_answer(doc, 1, " Mine.")
    mine = doc.plan.dumps()

    with pytest.raises(PlanFileError, match="read-only"):
        doc.save()
    assert seed_path.read_bytes() == original
    assert doc.plan.dumps() == mine
    assert doc.is_modified
    assert sorted(os.listdir(read_only_folder)) == [seed_path.name]  # no temporary file left


def test_save_as_into_a_read_only_folder_keeps_the_old_name(seed_path, read_only_folder, tmp_path):
    doc = Document.open(str(seed_path))
    type_answer(doc, 1, " Mine.")
    paths: list[str] = []
    doc.pathChanged.connect(paths.append)

    with pytest.raises(PlanFileError):
        doc.save(str(read_only_folder / "copy.txt"))
    assert doc.path == str(seed_path) and paths == []
    assert doc.is_modified
    assert not (read_only_folder / "copy.txt").exists()


# -- open and save unchanged --------------------------------------------------------------------


def crlf_corpus_files(limit: int = 3) -> list[Path]:
    if not CORPUS.is_dir():
        return []
    found = [p for p in sorted(CORPUS.rglob("*")) if p.is_file() and b"\r\n" in p.read_bytes()]
    return found[:limit]


def corpus_sample() -> list[Path]:
    plain = sorted(CORPUS.glob("*.txt"))[:2] if CORPUS.is_dir() else []
    return [SEED, *plain, *crlf_corpus_files()]


@pytest.mark.parametrize("src", corpus_sample(), ids=lambda p: p.name)
def test_open_and_save_unchanged_writes_identical_bytes(src, tmp_path):
    path = copy_of(src, tmp_path)
    original = path.read_bytes()
    doc = Document.open(str(path))

    assert doc.save() == original
    assert path.read_bytes() == original
    elsewhere = tmp_path / "elsewhere.txt"
    doc.save(str(elsewhere))
    assert elsewhere.read_bytes() == original


def test_a_crlf_corpus_file_is_in_the_sample():
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    assert crlf_corpus_files(), "the corpus has no CRLF file any more: pick another sample"


@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        pytest.param(lambda t: t.encode("cp1252"), "cp1252", id="windows-1252"),
        pytest.param(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"), "utf-8", id="utf-8-bom"),
        pytest.param(
            lambda t: t.replace("\n", "\r\n").encode("cp1252"), "cp1252", id="windows-1252-crlf"
        ),
    ],
)
def test_open_and_save_unchanged_keeps_the_encoding_byte_for_byte(encode, encoding, tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(encode(SEED.read_text(encoding="utf-8")))
    original = path.read_bytes()
    doc = Document.open(str(path))
    assert doc.plan.encoding == encoding

    doc.save()
    assert path.read_bytes() == original


def test_an_edit_to_a_windows_1252_file_changes_only_what_was_typed(tmp_path):
    path = tmp_path / "plan.txt"
    path.write_bytes(SEED.read_text(encoding="utf-8").encode("cp1252"))
    original = path.read_bytes()
    doc = Document.open(str(path))
    assert doc.plan.encoding == "cp1252"
    first = doc.plan.questions[0].answer

    type_answer(doc, 1, " Café")
    doc.save()
    old = first.encode("cp1252")
    assert path.read_bytes() == original.replace(old, old + " Café".encode("cp1252"), 1)
