"""The local history on real files in temporary folders: every write keeps what it replaces.

Saves from the command line (``set``, ``format``, ``new --force``, ``history --restore``) and
from the window's document (``Document.save``); a failed save keeps the version and the old
file; a history that cannot be written never stops a save; pruning by age and count with fake
times; ``history --show`` byte for byte (a Windows-1252 file with CRLF line endings too);
``--restore`` keeps the current file first; unknown versions and unreadable files exit 2.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from paths import SEED

from editor import cli
from editor.planfile import WriteError, read
from editor.workspace import history
from editor.workspace.history import EDITOR, EXTERNAL, KEEP_DAYS, KEEP_LAST, History, HistoryError

DAY = 86400.0


@pytest.fixture(autouse=True)
def data_home(tmp_path, monkeypatch) -> Path:
    """The user data folder of this test alone (platformdirs reads XDG_DATA_HOME each call)."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "plan-editor" / "history"


@pytest.fixture
def plan(tmp_path) -> Path:
    dest = tmp_path / "plans" / "plan.txt"
    dest.parent.mkdir()
    dest.write_bytes(SEED.read_bytes())
    return dest


def run_cli(capsysbinary, *args: str) -> tuple[int, bytes, str]:
    code = cli.main(list(args))
    out = capsysbinary.readouterr()
    return code, out.out, out.err.decode()


def listed(capsysbinary, path: Path) -> list[dict]:
    code, out, err = run_cli(capsysbinary, "history", str(path), "--json")
    assert code == 0, err
    return json.loads(out)


# -- the store ---------------------------------------------------------------------------------


def test_keep_versions_read_compressed_without_duplicates(tmp_path, data_home):
    store = History()
    assert store.folder == data_home
    path = tmp_path / "a.txt"
    first, second = b"# One\n\nfirst text " * 50, b"# Two\n"
    assert store.keep(path, first, EXTERNAL) is not None
    assert store.keep(path, first, EXTERNAL) is None  # the newest already holds it
    assert store.keep(path, second, EDITOR) is not None
    assert store.keep(path, first, EXTERNAL) is not None  # an older one does not count
    found = store.versions(path)
    assert [(v.number, v.size, v.source) for v in found] == [
        (1, len(first), EXTERNAL),
        (2, len(second), EDITOR),
        (3, len(first), EXTERNAL),
    ]
    assert found[0].time >= found[1].time >= found[2].time
    assert [store.read(path, n) for n in (1, 2, 3)] == [first, second, first]
    # compressed on disk, and keyed by the absolute path (a relative name finds the same)
    assert zlib.decompress(found[2].file.read_bytes()) == first
    assert found[2].file.stat().st_size < len(first) / 4
    assert found[0].file.is_relative_to(data_home)
    os.chdir(tmp_path)
    assert len(store.versions("a.txt")) == 3
    assert store.versions(tmp_path / "b.txt") == []
    with pytest.raises(HistoryError, match="no version 4"):
        store.read(path, 4)
    with pytest.raises(HistoryError):
        store.read(path, 0)


def test_a_damaged_version_is_reported_not_returned(tmp_path):
    store = History()
    path = tmp_path / "a.txt"
    store.keep(path, b"text", EXTERNAL)
    store.versions(path)[0].file.write_bytes(zlib.compress(b"other"))
    with pytest.raises(HistoryError, match="damaged"):
        store.read(path, 1)


def test_pruning_keeps_90_days_and_at_least_the_last_100(tmp_path):
    now = [1_000_000_000.0]
    store = History(tmp_path / "store", clock=lambda: now[0])
    path = tmp_path / "a.txt"
    for i in range(KEEP_LAST + 30):  # one a day: the first 30 are over 90 days old at the end
        store.keep(path, f"version {i}".encode(), EXTERNAL)
        now[0] += DAY
    # 130 versions over 130 days: those within 90 days are kept (90 of them), and so are the
    # newest 100 whatever their age, so 100 remain: versions 30..129
    found = store.versions(path)
    assert len(found) == KEEP_LAST
    assert store.read(path, KEEP_LAST) == b"version 30"
    # many versions on one day: none younger than 90 days is pruned, however many; versions
    # 30..39, over 90 days old, now fall out of the newest 100 and go
    for i in range(50):
        store.keep(path, f"burst {i}".encode(), EDITOR)
    assert len(store.versions(path)) == 50 + 90
    assert store.read(path, 50 + 90) == b"version 40"  # kept at exactly 90 days: still kept
    # after 91 days, one more keep prunes to the newest 100
    now[0] += (KEEP_DAYS + 1) * DAY
    store.keep(path, b"late", EXTERNAL)
    assert len(store.versions(path)) == KEEP_LAST
    assert store.read(path, 1) == b"late"
    assert store.read(path, KEEP_LAST) == b"version 81"


def test_pruning_only_after_a_successful_keep(tmp_path, monkeypatch):
    now = [1_000_000_000.0]
    store = History(tmp_path / "store", clock=lambda: now[0])
    path = tmp_path / "a.txt"
    for i in range(KEEP_LAST + 5):
        store.keep(path, f"v{i}".encode(), EXTERNAL)
    now[0] += (KEEP_DAYS + 1) * DAY
    monkeypatch.setattr(history, "atomic_write", _failing_write)
    with pytest.raises(WriteError):
        store.keep(path, b"new", EXTERNAL)
    assert len(store.versions(path)) == KEEP_LAST + 5  # nothing pruned: the keep failed


def _failing_write(path, data):
    raise WriteError(path, "cannot be saved: the disk is full")


# -- every write keeps the version it replaces: the command line -------------------------------


def test_cli_saves_keep_every_replaced_version(plan, capsysbinary, tmp_path):
    original = plan.read_bytes()
    assert listed(capsysbinary, plan) == []  # nothing kept yet: the editor never wrote it
    assert run_cli(capsysbinary, "set", str(plan), "--title", "First title")[0] == 0
    after_first = plan.read_bytes()
    assert run_cli(capsysbinary, "set", str(plan), "--title", "Second title")[0] == 0
    after_second = plan.read_bytes()
    assert run_cli(capsysbinary, "format", str(plan))[0] == 0
    versions = listed(capsysbinary, plan)
    # newest first: what `format` replaced, what the second `set` replaced, the original
    assert [v["number"] for v in versions] == [1, 2, 3]
    assert [v["source"] for v in versions] == [EDITOR, EDITOR, EXTERNAL]
    assert [v["size"] for v in versions] == [len(after_second), len(after_first), len(original)]
    assert all("T" in v["time"] and v["time"][-6] in "+-" for v in versions)  # local ISO
    assert history.read(plan, 3) == original
    assert history.read(plan, 2) == after_first
    # another program changes the file: the next save keeps that change, as "external"
    plan.write_bytes(after_second.replace(b"Second title", b"Their title"))
    assert run_cli(capsysbinary, "set", str(plan), "--title", "Mine again")[0] == 0
    first = listed(capsysbinary, plan)[0]
    assert first["source"] == EXTERNAL and history.read(plan, 1).count(b"Their title") == 1
    # the plain listing says the same
    code, out, _ = run_cli(capsysbinary, "history", str(plan))
    lines = out.decode().splitlines()
    assert code == 0 and len(lines) == 1 + 4 and "external" in lines[1] and "editor" in lines[2]


def test_set_with_output_keeps_what_the_output_held(plan, capsysbinary, tmp_path):
    out = tmp_path / "plans" / "copy.txt"
    out.write_bytes(b"# Something else\n")
    assert run_cli(capsysbinary, "set", str(plan), "-o", str(out), "--title", "T")[0] == 0
    assert history.read(out, 1) == b"# Something else\n"
    assert history.versions(plan) == []  # the input was only read


def test_new_force_keeps_the_file_it_overwrites(plan, capsysbinary):
    before = plan.read_bytes()
    code, _, err = run_cli(capsysbinary, "new", "--template", "blank", "-o", str(plan), "--force")
    assert code == 0, err
    assert plan.read_bytes() != before
    assert history.read(plan, 1) == before and history.versions(plan)[0].source == EXTERNAL


# -- the window's save ---------------------------------------------------------------------------


def test_window_saves_keep_every_replaced_version(plan, qapp):
    from editor.ui.document import Document

    original = plan.read_bytes()
    doc = Document.open(str(plan))
    doc.edit("title", lambda p: p.set_title("Saved once"))
    first = doc.save()
    doc.edit("title", lambda p: p.set_title("Saved twice"))
    doc.save()
    second = plan.read_bytes()
    doc.save()  # saved again with no edit: the write replaces nothing, so it keeps nothing
    found = history.versions(plan)
    assert [v.source for v in found] == [EDITOR, EXTERNAL]
    assert history.read(plan, 2) == original and history.read(plan, 1) == first
    assert plan.read_bytes() == second


def test_a_failed_save_keeps_the_version_and_the_old_file(plan, qapp, monkeypatch):
    from editor.ui.document import Document

    original = plan.read_bytes()
    doc = Document.open(str(plan))
    doc.edit("title", lambda p: p.set_title("Never written"))

    real_replace = os.replace

    def no_replace(src, dst):  # the plan is locked by another program; the store is not
        if Path(dst) == plan:
            raise PermissionError(13, "Permission denied")
        return real_replace(src, dst)

    with monkeypatch.context() as m:
        m.setattr(os, "replace", no_replace)
        with pytest.raises(WriteError):
            doc.save()
    assert plan.read_bytes() == original
    assert history.read(plan, 1) == original
    assert doc.is_modified
    # a read-only folder: the save fails the same way, and the history still holds the file
    folder = plan.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(WriteError, match="read-only"):
            doc.save()
    finally:
        folder.chmod(stat.S_IRWXU)
    assert plan.read_bytes() == original
    assert len(history.versions(plan)) == 1 and history.read(plan, 1) == original
    doc.save()  # and once the folder can be written, the save goes through, keeping nothing new
    assert b"Never written" in plan.read_bytes() and len(history.versions(plan)) == 1


def test_a_history_that_cannot_be_written_never_stops_the_save(
    plan, qapp, data_home, capsysbinary, caplog
):
    from editor.ui.document import Document

    data_home.parent.mkdir(parents=True)
    data_home.write_bytes(b"not a folder")  # every write to the store fails
    doc = Document.open(str(plan))
    doc.edit("title", lambda p: p.set_title("Saved anyway"))
    doc.save()
    assert b"# Saved anyway" in plan.read_bytes() and not doc.is_modified
    assert "cannot keep the version" in caplog.text
    assert run_cli(capsysbinary, "set", str(plan), "--title", "CLI anyway")[0] == 0
    assert b"# CLI anyway" in plan.read_bytes()


# -- history --show and --restore ----------------------------------------------------------------


def test_show_prints_a_version_byte_for_byte_windows_1252_crlf(tmp_path):
    path = tmp_path / "legacy.txt"
    legacy = "# Réunion à Bogotá – «notes»\r\n\r\n[[year:2021]]\r\n\r\n## Défis\r\n**Où?**  \r\n"
    path.write_bytes(legacy.encode("cp1252"))
    assert read(path).encoding == "cp1252"
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}  # even a console that cannot show it

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "editor.cli", *args], capture_output=True, timeout=120, env=env
        )

    done = run("set", str(path), "--title", "Réunion")
    assert done.returncode == 0, done.stderr
    shown = run("history", str(path), "--show", "1")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout == legacy.encode("cp1252")
    assert b"\r\n" in shown.stdout and b"\xe9" in shown.stdout


def test_restore_writes_a_version_back_keeping_the_current_one(plan, capsysbinary):
    original = plan.read_bytes()
    run_cli(capsysbinary, "set", str(plan), "--title", "Edited")
    edited = plan.read_bytes()
    code, out, err = run_cli(capsysbinary, "history", str(plan), "--restore", "1")
    assert code == 0, err
    assert plan.read_bytes() == original
    assert "restored version 1" in out.decode()
    found = history.versions(plan)
    assert [v.source for v in found] == [EDITOR, EXTERNAL]
    assert history.read(plan, 1) == edited and history.read(plan, 2) == original
    # restoring the restored one again: the edit comes back, the original is kept again
    assert run_cli(capsysbinary, "history", str(plan), "--restore", "1")[0] == 0
    assert plan.read_bytes() == edited and history.read(plan, 1) == original


def test_unknown_version_and_unreadable_file_exit_2(plan, tmp_path, capsysbinary):
    code, out, err = run_cli(capsysbinary, "history", str(plan), "--show", "1")
    assert code == 2 and out == b"" and "no version 1" in err
    run_cli(capsysbinary, "set", str(plan), "--title", "Edited")
    for args in (("--show", "2"), ("--restore", "5"), ("--show", "0")):
        code, out, err = run_cli(capsysbinary, "history", str(plan), *args)
        assert code == 2 and out == b"" and "no version" in err, args
    assert b"# Edited" in plan.read_bytes()
    missing = tmp_path / "missing.txt"
    code, _, err = run_cli(capsysbinary, "history", str(missing))
    assert code == 2 and "missing.txt" in err
    folder = tmp_path / "plans"
    code, _, err = run_cli(capsysbinary, "history", str(folder))
    assert code == 2 and "folder" in err
