"""Crash-recovery drafts and recognising our own writes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from editor.planfile import content_hash
from editor.workspace.drafts import DraftStatus, DraftStore
from editor.workspace.ownwrites import OwnWrites


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    return DraftStore(tmp_path / "data" / "drafts")


def test_round_trip(store: DraftStore, tmp_path: Path) -> None:
    doc = tmp_path / "ws" / "plan.txt"
    doc.parent.mkdir()
    doc.write_bytes(b"# Plan\n")
    text = "# Plan \u2013 édité\r\n\r\n> ünïcode 🙂\n\u00a0trailing \n"
    saved = store.save(doc, text, content_hash(doc.read_bytes()))
    (draft,) = store.load_all()
    assert draft == saved
    assert draft.path == doc and draft.text == text
    assert draft.base_sha256 == hashlib.sha256(b"# Plan\n").hexdigest()
    assert draft.saved_at > 0
    # one JSON file per document, named by the hash of its path, no temp file left behind
    files = list(store.folder.iterdir())
    assert files == [store.file_for(doc)] and files[0].suffix == ".json"
    record = json.loads(files[0].read_text(encoding="ascii"))
    assert record["text"] == text and record["path"] == str(doc)


def test_saving_again_replaces_and_discard_forgets(store: DraftStore, tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    store.save(a, "one", None)
    store.save(a, "two", None)
    store.save(b, "bee", "0" * 64)
    drafts = store.load_all()
    assert [(d.path.name, d.text) for d in drafts] == [("a.txt", "two"), ("b.txt", "bee")]
    assert store.load(a).text == "two"
    assert store.discard(a) is True and store.discard(a) is False
    assert [d.path for d in store.load_all()] == [b]
    assert store.load(a) is None


def test_relative_paths_are_made_absolute(store: DraftStore, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    store.save("rel.txt", "x", None)
    assert store.load(tmp_path / "rel.txt").path == tmp_path / "rel.txt"


def test_status(store: DraftStore, tmp_path: Path) -> None:
    doc = tmp_path / "plan.txt"
    doc.write_bytes(b"base bytes")
    draft = store.save(doc, "edited", content_hash(b"base bytes"))
    assert draft.status(b"base bytes") is DraftStatus.UNCHANGED_BASE
    assert draft.status(b"someone else's bytes") is DraftStatus.DISK_CHANGED
    assert draft.status(None) is DraftStatus.FILE_DELETED
    assert draft.check() is DraftStatus.UNCHANGED_BASE
    doc.write_bytes(b"changed")
    assert draft.check() == "disk changed"
    doc.unlink()
    assert draft.check() == "file deleted"
    new = store.save(tmp_path / "never-saved.txt", "new", None)
    assert new.status(None) is DraftStatus.UNCHANGED_BASE
    assert new.status(b"appeared") is DraftStatus.DISK_CHANGED


def test_unreadable_drafts_are_skipped(store: DraftStore, tmp_path: Path) -> None:
    store.save(tmp_path / "good.txt", "good", None)
    (store.folder / "broken.json").write_text("{not json")
    (store.folder / "old.json").write_text(json.dumps({"version": 0, "text": "x"}))
    (store.folder / "partial.json").write_text(json.dumps({"version": 1, "text": "x"}))
    assert [d.text for d in store.load_all()] == ["good"]
    assert DraftStore(tmp_path / "nowhere").load_all() == []


def test_own_writes_are_recognised_by_content(tmp_path: Path) -> None:
    own = OwnWrites()
    p = tmp_path / "plan.txt"
    own.remember(p, b"first save")
    own.remember(tmp_path / "." / "plan.txt", b"second save")
    assert own.is_own(p, b"first save") and own.is_own(p, b"second save")
    assert not own.is_own(p, b"an external edit")
    assert not own.is_own(p, None)
    assert not own.is_own(tmp_path / "other.txt", b"first save")
    p.write_bytes(b"second save")
    assert own.is_own_file(p)
    p.write_bytes(b"external")
    assert not own.is_own_file(p) and not own.is_own_file(tmp_path / "missing.txt")
    for i in range(10):
        own.remember(p, f"save {i}".encode())
    assert not own.is_own(p, b"first save")  # only the last few writes are kept
    own.moved(p, tmp_path / "renamed.txt")
    assert own.is_own(tmp_path / "renamed.txt", b"save 9") and not own.is_own(p, b"save 9")
    own.forget(tmp_path / "renamed.txt")
    assert not own.is_own(tmp_path / "renamed.txt", b"save 9")
