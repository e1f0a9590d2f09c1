"""Conflict copies of sync services and merge tools: each naming scheme, and the names that are
not copies (real plans beside each other, the whole archive sample)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from paths import CORPUS, SEEDS

from editor.planfile import PlanFile
from editor.workspace import conflicts
from editor.workspace.conflicts import (
    DROPBOX,
    GIT,
    NEXTCLOUD,
    ONEDRIVE,
    SYNCTHING,
    conflict_copies,
    copies_of,
    identify,
    merge_base,
    original_of,
)
from editor.workspace.scan import iter_plan_files

PLAN = "# A plan\n\n[[year:2024]]\n"

COPIES = [
    ("plan.sync-conflict-20240501-101112-ABCDEF7.txt", SYNCTHING),
    ("plan (Jane Doe's conflicted copy 2024-05-01).txt", DROPBOX),
    ("plan (conflicted copy 2024-05-01).txt", DROPBOX),
    ("plan (DESKTOP-AB12's conflicted copy 2024-05-01 (1)).txt", None),  # not a scheme
    ("plan (Jane's conflicted copy).txt", DROPBOX),
    ("plan (Jane's conflicted copy 2024-05-01) (1).txt", DROPBOX),
    ("plan (Case Conflict).txt", DROPBOX),
    ("plan (conflicted copy 2018-04-10 093612).txt", NEXTCLOUD),
    ("plan (conflict 2024-05-01 101112).txt", NEXTCLOUD),
    ("plan_conflict-20180410-093612.txt", NEXTCLOUD),
    ("plan-DESKTOP-7KQ2M1P.txt", ONEDRIVE),
    ("plan-DESKTOP-7KQ2M1P-1.txt", ONEDRIVE),
    ("plan-LAPTOP.txt", ONEDRIVE),
    ("plan.txt.orig", GIT),
    ("plan_BACKUP_12345.txt", GIT),
    ("plan_BASE_12345.txt", GIT),
    ("plan_LOCAL_12345.txt", GIT),
    ("plan_REMOTE_12345.txt", GIT),
]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "plan.txt").write_text(PLAN, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("name", "service"), COPIES)
def test_each_scheme_is_recognised_with_its_service(folder: Path, name: str, service) -> None:
    copy = folder / name
    copy.write_text(PLAN, encoding="utf-8")
    found = identify(copy)
    if service is None:
        assert found is None
        return
    assert found is not None, name
    assert (found.original, found.service) == (folder / "plan.txt", service)
    assert original_of(copy) == folder / "plan.txt"
    assert copies_of(folder / "plan.txt") == [copy]
    assert conflict_copies(folder) == [(copy, folder / "plan.txt")]


@pytest.mark.parametrize(("name", "service"), [c for c in COPIES if c[1] is not None])
def test_a_copy_without_its_plan_is_no_copy(tmp_path: Path, name: str, service) -> None:
    copy = tmp_path / name
    copy.write_text(PLAN, encoding="utf-8")
    assert identify(copy) is None
    assert conflict_copies(tmp_path) == []


@pytest.mark.parametrize(
    "name",
    [
        "plan-2025.txt",  # a year
        "plan-peru-2025.txt",
        "plan-closing.txt",  # a word
        "plan-Final.txt",
        "plan-v2.txt",
        "plan-AB.txt",  # too short for a computer name
        "plan-1.txt",
        "plan-DESKTOP-2025.txt",
        "plan_closing.txt",
        "plan (draft).txt",
        "plan (2).txt",
        "plan.sync-conflict-2024.txt",
        "plan.txt.bak",
        "plan.md",
        "plan.txt",
    ],
)
def test_real_names_beside_a_plan_are_not_copies(folder: Path, name: str) -> None:
    other = folder / name
    if not other.exists():
        other.write_text(PLAN, encoding="utf-8")
    assert identify(other) is None
    assert copies_of(folder / "plan.txt") == []


def test_learningplan_peru_2025_beside_learningplan_peru(tmp_path: Path) -> None:
    for name in ("learningplan-peru.txt", "learningplan-peru-2025.txt", "learningplan.txt"):
        (tmp_path / name).write_text(PLAN, encoding="utf-8")
    assert conflict_copies(tmp_path) == []
    # ... unless the name is a service's
    copy = tmp_path / "learningplan-peru (Ana's conflicted copy 2025-02-03).txt"
    copy.write_text(PLAN, encoding="utf-8")
    assert conflict_copies(tmp_path) == [(copy, tmp_path / "learningplan-peru.txt")]


def test_this_computers_own_name_is_a_onedrive_suffix(folder: Path, monkeypatch) -> None:
    monkeypatch.setattr(conflicts, "_local_host", lambda: "ip-172-31-41-236")
    copy = folder / "plan-ip-172-31-41-236.txt"
    copy.write_text(PLAN, encoding="utf-8")
    assert identify(copy).service == ONEDRIVE
    assert identify(folder.joinpath("plan-macbook.txt")) is None


def test_the_original_must_be_a_plan_file(tmp_path: Path) -> None:
    (tmp_path / "notes.doc").write_text("x")
    (tmp_path / "notes (Jane's conflicted copy 2024-05-01).doc").write_text("x")
    (tmp_path / "plan").mkdir()  # a folder named like the original
    (tmp_path / "plan (conflicted copy 2024-05-01)").write_text("x")
    assert conflict_copies(tmp_path) == []


def test_copies_are_found_in_sub_folders_but_not_hidden_ones(tmp_path: Path) -> None:
    sub = tmp_path / "peru"
    hidden = tmp_path / ".git"
    for f in (sub, hidden):
        f.mkdir()
        (f / "plan.txt").write_text(PLAN)
        (f / "plan.txt.orig").write_text(PLAN)
    assert conflict_copies(tmp_path) == [(sub / "plan.txt.orig", sub / "plan.txt")]


def test_no_file_of_the_archive_sample_is_a_copy_of_another(tmp_path: Path) -> None:
    if not CORPUS.is_dir():
        pytest.skip(f"no corpus at {CORPUS}")
    assert conflict_copies(CORPUS) == []
    assert conflict_copies(SEEDS) == []
    # All of it in one folder, as a team might keep it: still no copy.
    flat = tmp_path / "flat"
    flat.mkdir()
    for p in iter_plan_files(CORPUS):
        shutil.copyfile(p, flat / p.name)
    assert len(list(flat.iterdir())) > 900
    assert conflict_copies(flat) == []


def test_merge_base_is_the_version_both_sides_changed_apart() -> None:
    def plan(year: str, country: str) -> PlanFile:
        return PlanFile(f"# A plan\n\n[[year:{year}]]\n[[country:{country}]]\n")

    ancestor = plan("2023", "Peru")
    mine = plan("2024", "Peru")  # the plan changed the year
    theirs = plan("2023", "Chile")  # the copy changed the country
    newer_unrelated = plan("2020", "Mali")
    assert merge_base(theirs, mine, [newer_unrelated, ancestor]) is ancestor
    # A version equal to one side is no base: it would make that side the whole truth.
    assert merge_base(theirs, mine, [plan("2023", "Chile"), plan("2024", "Peru")]) is None
    assert merge_base(theirs, mine, []) is None
