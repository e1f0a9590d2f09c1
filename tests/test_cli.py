"""The command line as a user runs it: check, show, format; and the core stays free of Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from paths import SEED


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "editor.cli", *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_core_imports_no_qt():
    code = (
        "import sys, editor.planfile, editor.catalog.validation, editor.catalog.templates, editor.catalog.vocabularies;"
        "from editor.planfile import read; read(sys.argv[1]).plan();"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(SEED)], capture_output=True, text=True)
    assert out.stdout.strip() == "False", out.stderr


def test_show_json_lists_title_tags_sections_and_numbered_prompts():
    result = run("show", str(SEED), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["title"].startswith("Closing: Generative AI")
    assert {"key": "country", "value": "Mexico"} in data["tags"]
    assert [s["title"] for s in data["sections"]][:3] == [
        "Learnings on your challenge",
        "Data and Methods",
        "Partners",
    ]
    first = data["sections"][0]["items"][0]
    assert first["number"] == 1 and first["prompt"].startswith("What are the top key insights")


def test_check_exit_codes(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_bytes(SEED.read_bytes())
    assert run("check", str(good)).returncode == 0
    bad = tmp_path / "bad.txt"
    bad.write_text(SEED.read_text().replace("gabriela.rios@undp.org", "gabriela at undp"))
    result = run("check", str(bad))
    assert result.returncode == 1
    assert "focal_point" in result.stdout and "not an email address" in result.stdout
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    result = run("check", str(good), str(binary))
    assert result.returncode == 2
    assert "binary.txt" in result.stderr


def test_format_check_reports_and_format_rewrites(tmp_path: Path):
    messy = tmp_path / "messy.txt"
    messy.write_text(
        "# T\n\n[[country:Chile]]\n[[type:experiment]]\n## Overview\n****\n\n\n\n> Q?\n\n\n\nA\n"
    )
    result = run("format", "--check", str(messy))
    assert result.returncode == 1 and "would be reformatted" in result.stdout
    assert run("format", str(messy)).returncode == 0
    assert (
        messy.read_text()
        == "# T\n\n[[type:experiment]]\n\n[[country:Chile]]\n## Overview\n****\n\n> Q?\n\nA\n"
    )
    assert run("format", "--check", str(messy)).returncode == 0


LEGACY_TEXT = SEED.read_text(encoding="utf-8").replace("\n", "\r\n")


def _line_and_column(text: str, char: str) -> tuple[int, int]:
    at = text.index(char)
    start = text.rfind("\n", 0, at) + 1
    return text.count("\n", 0, at) + 1, at - start + 1


def test_set_refuses_a_character_the_file_encoding_cannot_hold(tmp_path: Path):
    from editor.planfile import read

    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(LEGACY_TEXT.encode("cp1252"))
    result = run("set", str(legacy), "--answer", "1=Next step → scale up")
    assert result.returncode != 0
    doc = read(legacy)
    doc.set_answer(1, "Next step → scale up")
    line, column = _line_and_column(doc.dumps(), "→")
    assert "“→” (U+2192)" in result.stderr
    assert f"line {line}, column {column}" in result.stderr
    assert "--encoding utf-8" in result.stderr  # and how to write it all the same
    assert legacy.read_bytes() == LEGACY_TEXT.encode("cp1252")


def test_set_encoding_utf8_converts_and_keeps_line_endings(tmp_path: Path):
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes(LEGACY_TEXT.encode("cp1252"))
    result = run("set", str(legacy), "--answer", "1=Next step → scale up", "--encoding", "utf-8")
    assert result.returncode == 0, result.stderr
    data = legacy.read_bytes()
    text = data.decode("utf-8")
    assert "Next step → scale up\r\n" in text
    assert data.count(b"\n") == data.count(b"\r\n")
    untouched = run("show", str(legacy), "--json")
    assert json.loads(untouched.stdout)["title"].startswith("Closing: Generative AI")


def test_check_json_reports_type_template_and_matched_prompts(tmp_path: Path):
    plan = tmp_path / "covid.txt"
    plan.write_text(
        "# Quick doctor\n\n[[type:solution]]\n\n[[country:Chile]]\n> Title\n\nQuick doctor\n\n"
        "> Image\n\n> Link to covIDJEA 2020 solution\n\nhttps://example.org\n\n"
        "> A question no form asked\n\nStill kept\n",
        encoding="utf-8",
    )
    result = run("check", "--json", str(plan))
    [report] = json.loads(result.stdout)
    assert report["path"] == str(plan)
    assert report["type"] == "solution"
    assert report["template"] == "solution_covid2020"
    assert (report["prompts"], report["matched"]) == (4, 3)


def test_an_unknown_command_is_an_error_with_a_hint_and_opens_no_window():
    result = run("blame", "a.txt", "b.txt", cwd=SEED.parent)
    assert result.returncode == 2
    assert "'blame' is not a command" in result.stderr and "--help" in result.stderr
    assert run("chek", str(SEED)).stderr.count("did you mean 'check'?") == 1
    # No window: the GUI (QtWidgets) is never even imported.
    code = (
        "import sys, editor.cli; rc = editor.cli.main(['blame', 'a', 'b']);"
        "print(rc, 'PySide6.QtWidgets' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["2", "False"], out.stderr


def test_a_path_that_does_not_exist_is_an_error_not_an_empty_window(tmp_path: Path):
    result = run(str(tmp_path / "missing-plan.txt"))
    assert result.returncode == 2
    assert "missing-plan.txt: no such file or folder" in result.stderr


def test_version_and_help_list_every_command():
    from importlib.metadata import version

    result = run("--version")
    assert (
        result.returncode == 0 and result.stdout.strip() == f"plan-editor {version('plan-editor')}"
    )
    shown = run("--help")
    assert shown.returncode == 0
    for command in ("check", "format", "show", "set", "new"):
        assert f"    {command} " in shown.stdout
    assert "opens the window" in " ".join(shown.stdout.split())


def test_check_dir_lists_conflict_copies_without_changing_the_exit_code(tmp_path: Path):
    folder = tmp_path / "team"
    folder.mkdir()
    plan = folder / "plan.txt"
    plan.write_bytes(SEED.read_bytes())
    dropbox = folder / "plan (Ana's conflicted copy 2025-03-04).txt"
    dropbox.write_bytes(SEED.read_bytes())
    orig = folder / "plan.txt.orig"
    orig.write_bytes(SEED.read_bytes())
    (folder / "plan-2025.txt").write_bytes(SEED.read_bytes())  # a real plan, not a copy
    alone = run("check", str(plan))
    result = run("check", str(folder))
    assert result.returncode == alone.returncode  # a copy is no error
    lines = result.stdout.splitlines()
    copy_lines = [line for line in lines if line.startswith(("COPY", str(dropbox), str(orig)))]
    assert copy_lines == [
        f"{dropbox}: conflict copy of {plan} (Dropbox); open {plan} in the editor to merge it",
        f"{orig}: conflict copy of {plan} (git); open {plan} in the editor to merge it",
    ]
    # The copy is not checked as a plan of its own; the real plan beside it is.
    assert not any(line.startswith(f"{dropbox}: ") and "merge" not in line for line in lines)
    assert any(line.startswith(f"{folder / 'plan-2025.txt'}: ") for line in lines)

    data = json.loads(run("check", "--json", str(folder)).stdout)
    by_path = {r["path"]: r for r in data}
    assert set(by_path) == {str(plan), str(folder / "plan-2025.txt")}
    assert by_path[str(plan)]["conflict_copies"] == [
        {"path": str(dropbox), "service": "Dropbox"},
        {"path": str(orig), "service": "git"},
    ]
    assert by_path[str(folder / "plan-2025.txt")]["conflict_copies"] == []
