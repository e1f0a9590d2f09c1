"""The JSON and spreadsheet exports and ``plan-editor export``: read back what is written."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from paths import CORPUS, MONGOLIA, SEED, SEEDS

from editor.export.run import FORMATS, export
from editor.export.structure import load, questions

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="no corpus")

# ~10 real plans of several types: learning plans (with groups), closing form, experiment,
# solutions of the archive (sic/) and one without a type
PLANS = [
    SEEDS / "learningplan-peru-2025.txt",
    SEEDS / "experiment-peru-2025.txt",
    SEEDS / "solution-tanzania-2025.txt",
    SEED,
    MONGOLIA,
    CORPUS / "solution-zambia-2025.txt",
    CORPUS / "blog-tanzania-2023.txt",
    CORPUS / "sic/1__decorative_basket_making___art_craft_.md",
    CORPUS / "sic/20_tons_per_day_of_avocados_oil_processing_plant.md",
    CORPUS / "sic/1___cape_verde__as_a_small_island_developing_state__sids__recognizes_the_gr_.md",
    CORPUS / "sic/a_chatbot_to_engage_bystanders_of_violence_agains_women.md",
    CORPUS / "sic/action_plan_2023___artificial_intelligence.md",
]
PARTNERS = CORPUS / "sic/action_plan_2023___artificial_intelligence.md"  # five partners


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "editor.cli", *args], capture_output=True, text=True, timeout=120
    )


def show_json(path: Path) -> dict:
    out = run("show", str(path), "--json")
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def show_questions(data: dict) -> list[dict]:
    found = []

    def walk(items):
        for item in items:
            if item["kind"] == "question":
                found.append(item)
            elif item["kind"] == "group":
                walk(item["items"])

    for section in data["sections"]:
        walk(section["items"])
    return found


@pytest.fixture
def folder(tmp_path) -> Path:
    plans = tmp_path / "plans"
    (plans / "sub").mkdir(parents=True)
    for n, path in enumerate(p for p in PLANS if p.is_file()):
        shutil.copy(path, (plans / "sub" if n % 3 == 0 else plans) / path.name)
    return plans


def assert_same_as_show(exported: dict, path: Path) -> None:
    shown = show_json(path)
    for key in ("title", "tags", "preamble"):
        assert exported[key] == shown[key]
    assert [(s["title"], s["lead"]) for s in exported["sections"]] == [
        (s["title"], s["lead"]) for s in shown["sections"]
    ]
    keys = ("number", "prompt", "answer", "checked", "images")
    mine = [{k: q[k] for k in keys} for q in questions(exported)]
    assert mine == [{k: q[k] for k in keys} for q in show_questions(shown)]
    assert mine, "no questions compared"


def test_json_of_the_seed_is_show_json_with_status_and_template(tmp_path):
    out = tmp_path / "seed.json"
    report = export([SEED], "json", out)
    assert report.problems == [] and report.written == [out]
    data = json.loads(out.read_text(encoding="utf-8"))
    assert_same_as_show(data, SEED)
    assert data["template"] == "closing"  # the seed is a closing form
    assert data["status"] in ("Unfinished", "Publishable")
    assert data["type"] == "learningplan"


@needs_corpus
def test_json_of_a_plan_with_groups_has_them_as_labelled_instances(tmp_path):
    out = tmp_path / "partners.json"
    assert export([PARTNERS], "json", out).problems == []
    data = json.loads(out.read_text(encoding="utf-8"))
    assert_same_as_show(data, PARTNERS)
    labels = [i["label"] for s in data["sections"] for i in s["items"] if i["kind"] == "group"]
    assert [x for x in labels if x.startswith("Partner")] == [f"Partner {n}" for n in range(1, 6)]
    partner = next(i for s in data["sections"] for i in s["items"] if i.get("label") == "Partner 1")
    assert len(partner["items"]) > 1  # the partner's name, sector, description … in one instance
    radios = [q for q in questions(data) if q["input"] == "radio"]
    assert radios and all(q["options"] for q in radios)


def test_json_of_several_plans_one_file_each_or_one_combined(tmp_path):
    plans = [SEEDS / "learningplan-peru-2025.txt", SEEDS / "experiment-peru-2025.txt"]
    report = export(plans, "json", tmp_path / "out")
    assert sorted(p.name for p in report.written) == [
        "experiment-peru-2025.json",
        "learningplan-peru-2025.json",
    ]
    assert_same_as_show(
        json.loads((tmp_path / "out/experiment-peru-2025.json").read_text()), plans[1]
    )
    report = export(plans, "json", tmp_path / "all.json", combine=True)
    both = json.loads((tmp_path / "all.json").read_text())
    assert [d["title"] for d in both] == [show_json(p)["title"] for p in plans]


@needs_corpus
def test_xlsx_over_a_folder_of_real_plans(folder, tmp_path):
    (folder / "broken.txt").write_bytes(b"[[title:x]]\x00\x00 binary")
    (folder / "plan.review.txt").write_text("not a plan", encoding="utf-8")
    out = tmp_path / "plans.xlsx"
    report = export([folder], "xlsx", out)
    assert report.written == [out]
    assert len(report.problems) == 1 and "broken.txt" in report.problems[0]
    files, _ = load([folder])
    assert len(files) == len([p for p in PLANS if p.is_file()])

    book = openpyxl.load_workbook(out)
    rows = {ws.title: list(ws.iter_rows(values_only=True)) for ws in book}
    assert {"learningplan", "no template"} <= set(rows) and len(rows) >= 4
    every = [r for sheet in rows.values() for r in sheet[1:]]
    assert sorted(Path(r[0]).name for r in every) == sorted(f.path.name for f in files)
    for sheet in rows.values():
        assert sheet[0][:4] == ("path", "title", "type", "status")

    lp = rows["learningplan"]
    header = lp[0]
    peru = next(r for r in lp[1:] if r[0].endswith("learningplan-peru-2025.txt"))
    cell = dict(zip(header, peru, strict=True))
    shown = show_json(SEEDS / "learningplan-peru-2025.txt")
    assert cell["title"] == shown["title"]
    assert cell["type"] == "learningplan"
    assert cell["status"] in ("Unfinished", "Publishable")
    assert cell["methods"] == "Citizen Science; Data Visualisation"  # repeated tags joined
    # a template question is a column headed by the template's prompt, holding the answer
    prompt = next(h for h in header if h and h.startswith("Please provide a name for your action"))
    assert cell[prompt] == "Clean rivers through citizen monitoring"
    ai = next(r for r in lp[1:] if r[0].endswith(PARTNERS.name))
    partner = next(h for h in header if h and h.startswith("Please state the name of the partner"))
    assert ai[header.index(partner)].count("; ") == 4  # one partner name per instance, joined
    assert "Please state the name of the partner:" not in rows["no template"][0]


def test_an_unwritable_out_folder_is_named_and_nothing_is_written(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    plans = [SEEDS / "learningplan-peru-2025.txt", SEEDS / "experiment-peru-2025.txt"]
    report = export(plans, "json", blocker / "out")
    assert report.written == [] and report.problems and str(blocker / "out") in report.problems[0]
    report = export(plans, "xlsx", blocker / "x.xlsx")
    assert report.written == [] and str(blocker / "x.xlsx") in report.problems[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_read_only_out_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o500)
    try:
        report = export([SEED, SEEDS / "experiment-peru-2025.txt"], "json", out)
    finally:
        out.chmod(0o700)
    assert report.written == [] and len(report.problems) == 2


def test_progress_and_cancel(tmp_path):
    plans = [SEED, SEEDS / "experiment-peru-2025.txt", SEEDS / "solution-tanzania-2025.txt"]
    seen = []
    report = export(
        plans,
        "json",
        tmp_path / "out",
        progress=lambda done, total, name: seen.append((done, total, name)),
        cancelled=lambda: len(seen) >= 4,
    )
    assert seen[0] == (1, 6, SEED.name) and len(seen) == 4
    assert len(report.written) == 1  # cancelled after the first plan was written


def test_a_missing_writer_is_a_problem_not_a_crash(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "editor.export.docx", None)  # as if not installed
    report = export([SEED], "docx", tmp_path / "x.docx")
    assert report.written == [] and "docx" in report.problems[0]
    assert FORMATS == ("docx", "pdf", "html", "json", "xlsx")


def test_cli_exit_codes(tmp_path):
    plans = tmp_path / "plans"
    plans.mkdir()
    shutil.copy(SEED, plans)
    shutil.copy(SEEDS / "experiment-peru-2025.txt", plans)
    out = run("export", str(plans), "--to", "json", "-o", str(tmp_path / "out"))
    assert out.returncode == 0, out.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "000_33b8e432ee79a81b.json",
        "experiment-peru-2025.json",
    ]
    (plans / "broken.txt").write_bytes(b"\x00\x01\x02")
    out = run("export", str(plans), "--to", "xlsx", "-o", str(tmp_path / "p.xlsx"))
    assert out.returncode == 1 and "broken.txt" in out.stderr
    assert (tmp_path / "p.xlsx").is_file()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    out = run("export", str(plans), "--to", "json", "-o", str(blocker / "out"))
    assert out.returncode == 2 and str(blocker / "out") in out.stderr
    out = run("export", str(tmp_path / "missing.txt"), "--to", "json", "-o", str(tmp_path / "m"))
    assert out.returncode == 2 and "missing.txt" in out.stderr
    out = run("export", str(plans), "--to", "rtf", "-o", str(tmp_path / "r"))
    assert out.returncode == 2  # argparse: not one of the formats
