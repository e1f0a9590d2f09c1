"""The folder watcher with a real watchdog observer on real temporary folders."""

from __future__ import annotations

import os
import queue
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from editor.planfile import parse, write
from editor.workspace.ownwrites import OwnWrites
from editor.workspace.watch import Change, FolderWatcher

PLAN = "# A plan\n\n[[type:experiment]]\n\n## S\n****\n\n> P\n\nanswer\n"


class Recorder:
    """The watcher's callback: keeps the changes in the order they arrived."""

    def __init__(self) -> None:
        self.queue: queue.Queue[Change] = queue.Queue()

    def __call__(self, change: Change) -> None:
        self.queue.put(change)

    def settle(self, quiet: float = 0.4) -> list[Change]:
        """Every change that arrives until nothing came for ``quiet`` seconds.

        The one wait with no event to wait for: that nothing more comes is only seen by waiting
        longer than the watcher's quiet period (0.1 s)."""
        out = []
        while True:
            try:
                out.append(self.queue.get(timeout=quiet))
            except queue.Empty:
                return out


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    f = tmp_path / "ws"
    (f / "sub").mkdir(parents=True)
    (f / "plan.txt").write_text(PLAN)
    (f / "sub" / "other.md").write_text(PLAN)
    return f


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
def watcher(folder: Path, recorder: Recorder) -> Iterator[FolderWatcher]:
    # No pause after start: the observer's emitters add their watches before start returns.
    w = FolderWatcher(folder, recorder)
    w.start()
    yield w
    w.stop()


def test_external_write_in_pieces_is_one_coalesced_event(
    folder: Path, recorder: Recorder, watcher: FolderWatcher
) -> None:
    # How soon it arrives is measured in tests/bench (test_external_change_latency).
    p = folder / "plan.txt"
    with open(p, "a", encoding="utf-8") as f:  # written in several pieces
        for i in range(5):
            f.write(f"line {i}\n")
            f.flush()
            time.sleep(0.01)  # the pieces come apart in time, as from a slow writer
    assert recorder.settle() == [Change("modified", p)]


def test_atomic_save_is_one_modified_event_and_temp_files_never_show(
    folder: Path, recorder: Recorder, watcher: FolderWatcher
) -> None:
    p = folder / "plan.txt"
    doc = parse(PLAN)
    doc.set_answer(1, "saved atomically")
    write(doc, p)
    assert recorder.settle() == [Change("modified", p)]


def test_create_delete_and_subfolders(
    folder: Path, recorder: Recorder, watcher: FolderWatcher
) -> None:
    new = folder / "sub" / "new.txt"
    new.write_text(PLAN)
    assert recorder.settle() == [Change("created", new)]
    new.unlink()
    assert recorder.settle() == [Change("deleted", new)]
    deeper = folder / "sub" / "made-later"
    deeper.mkdir()
    # At once: what is made in a new folder before its watch is added is reported all the same.
    (deeper / "x.md").write_text(PLAN)
    assert recorder.settle() == [Change("created", deeper / "x.md")]


def test_created_then_deleted_in_one_burst_is_nothing(
    folder: Path, recorder: Recorder, watcher: FolderWatcher
) -> None:
    p = folder / "fleeting.txt"
    p.write_text(PLAN)
    p.unlink()
    # A file made after the burst must be reported: the watcher is alive, and saw the burst
    # before it (events arrive in order, and the burst's quiet period ended first).
    after = folder / "after.txt"
    after.write_text(PLAN)
    assert recorder.settle() == [Change("created", after)]


def test_rename_is_reported_as_moved(
    folder: Path, recorder: Recorder, watcher: FolderWatcher
) -> None:
    src, dest = folder / "plan.txt", folder / "sub" / "renamed.txt"
    src.rename(dest)
    assert recorder.settle() == [Change("moved", src, dest)]
    dest.rename(folder / "a.txt")
    (folder / "a.txt").rename(folder / "b.txt")  # a chain in one burst: one move
    assert recorder.settle() == [Change("moved", dest, folder / "b.txt")]


def test_renames_to_and_from_other_names(
    folder: Path, recorder: Recorder, watcher: FolderWatcher
) -> None:
    p = folder / "plan.txt"
    backup = folder / "plan.txt.bak"
    p.rename(backup)
    assert recorder.settle() == [Change("deleted", p)]
    backup.rename(p)
    assert recorder.settle() == [Change("created", p)]


def test_other_files_are_ignored(folder: Path, recorder: Recorder, watcher: FolderWatcher) -> None:
    (folder / "notes.pdf").write_bytes(b"%PDF")
    (folder / ".hidden.txt").write_text("x")
    (folder / ".plan.txt.abc123.tmp").write_text("x")
    (folder / ".plan.txt.abc123.tmp").unlink()
    hidden = folder / ".git"
    hidden.mkdir()
    (hidden / "HEAD.txt").write_text("x")
    assert recorder.settle() == []


def test_own_write_is_recognised(folder: Path, recorder: Recorder, watcher: FolderWatcher) -> None:
    own = OwnWrites()
    p = folder / "plan.txt"
    doc = parse(PLAN)
    doc.set_answer(1, "our own save")
    own.remember(p, write(doc, p))
    (change,) = recorder.settle()
    assert change == Change("modified", p)
    assert own.is_own(change.path, change.path.read_bytes())
    p.write_text(PLAN + "external\n")
    (change,) = recorder.settle()
    assert not own.is_own(change.path, change.path.read_bytes())


def test_own_writes_can_be_filtered_by_the_watcher(folder: Path, recorder: Recorder) -> None:
    own = OwnWrites()
    p = folder / "plan.txt"
    with FolderWatcher(folder, recorder, own_writes=own):
        doc = parse(PLAN)
        doc.set_answer(1, "ours")
        own.remember(p, write(doc, p))
        assert recorder.settle() == []
        p.write_text(PLAN + "theirs\n")
        assert recorder.settle() == [Change("modified", p)]


def test_a_failing_callback_does_not_stop_the_watcher(folder: Path, recorder: Recorder) -> None:
    calls = []
    failed = threading.Event()

    def callback(change: Change) -> None:
        calls.append(change)
        if len(calls) == 1:
            failed.set()
            raise RuntimeError("boom")
        recorder(change)

    with FolderWatcher(folder, callback) as w:
        assert w.running
        (folder / "one.txt").write_text(PLAN)
        assert failed.wait(timeout=2)
        (folder / "two.txt").write_text(PLAN)
        assert recorder.settle() == [Change("created", folder / "two.txt")]
    assert not w.running


def test_stop_is_idempotent_and_restart_works(folder: Path, recorder: Recorder) -> None:
    w = FolderWatcher(folder, recorder)
    w.stop()
    w.start()
    w.start()
    w.stop()
    w.stop()
    w.start()
    os.utime(folder / "plan.txt")  # attributes only: not a content change
    (folder / "plan.txt").write_text(PLAN + "more\n")
    assert recorder.settle() == [Change("modified", folder / "plan.txt")]
    w.stop()


def test_folders_moved_away_and_renamed(
    folder: Path, recorder: Recorder, watcher: FolderWatcher, tmp_path: Path
) -> None:
    (folder / "sub").rename(folder / "renamed")
    assert recorder.settle() == [
        Change("moved", folder / "sub" / "other.md", folder / "renamed" / "other.md")
    ]
    (folder / "renamed").rename(tmp_path / "outside")
    assert recorder.settle(quiet=0.8) == [Change("deleted", folder / "renamed" / "other.md")]
