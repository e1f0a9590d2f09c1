"""The translations: complete, current with the sources, well formed; and the language a run
chooses.

The catalogues are ``editor/data/i18n/plan-editor_<language>.ts`` (``make i18n`` writes them with
pyside6-lupdate and compiles them with pyside6-lrelease into the ``.qm`` files the editor loads).
A ``tr()`` string added to the sources without a translation fails
``test_every_string_of_the_sources_has_a_translation``.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from paths import ROOT, SEED

from editor import i18n
from editor.resources import resource_path

I18N = ROOT / "editor" / "data" / "i18n"
TRANSLATED = ("fr", "es", "pt")
BIN = Path(sys.executable).parent
FIELDS = re.compile(r"\{[^{}]*\}")


def _tool(name: str) -> str:
    found = BIN / f"pyside6-{name}"
    return str(found) if found.exists() else shutil.which(f"pyside6-{name}") or f"pyside6-{name}"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "editor").rglob("*.py"))


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_of_the_sources_has_a_translation(tmp_path, language):
    """pyside6-lupdate over the sources finds no string the catalogue lacks, and none it holds
    that the sources no longer have (``make i18n`` brings the catalogue up to date)."""
    ts = tmp_path / f"plan-editor_{language}.ts"
    shutil.copyfile(I18N / ts.name, ts)
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", "-locations", "none", *_sources(), "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    committed, current = _messages(I18N / ts.name), _messages(ts)
    new = sorted(set(current) - set(committed))
    gone = sorted(set(committed) - set(current))
    assert not new, f"strings without a {language} translation (run make i18n): {new}"
    assert not gone, f"strings the sources no longer have (run make i18n): {gone}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_lrelease_finds_every_message_finished(tmp_path, language):
    done = subprocess.run(
        [
            _tool("lrelease"),
            "-fail-on-unfinished",
            str(I18N / f"plan-editor_{language}.ts"),
            "-qm",
            str(tmp_path / "out.qm"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("language", ("en", *TRANSLATED))
def test_the_compiled_catalogue_is_the_one_committed(tmp_path, language):
    """The .qm the editor loads is the .ts as it is now (make i18n compiles it)."""
    out = tmp_path / "out.qm"
    subprocess.run(
        [_tool("lrelease"), "-silent", str(I18N / f"plan-editor_{language}.ts"), "-qm", str(out)],
        check=True,
    )
    assert out.read_bytes() == (I18N / f"plan-editor_{language}.qm").read_bytes()


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_placeholders_and_accelerators(language):
    wrong = []
    for (context, source), message in _messages(I18N / f"plan-editor_{language}.ts").items():
        fields = sorted(FIELDS.findall(source))
        for text in _translations(message):
            if sorted(FIELDS.findall(text)) != fields:
                wrong.append(f"{context}: {source!r} -> {text!r}: placeholders")
            if source.count("&") != text.count("&"):
                wrong.append(f"{context}: {source!r} -> {text!r}: accelerator")
            if ("%n" in source) != ("%n" in text):
                wrong.append(f"{context}: {source!r} -> {text!r}: %n")
    assert not wrong, "\n".join(wrong)


def test_english_says_one_and_many():
    """The English catalogue holds the plural forms of every ``%n`` string."""
    messages = _messages(I18N / "plan-editor_en.ts")
    assert messages
    for (_context, source), message in messages.items():
        one, many = _translations(message)
        assert "%n" in one and "%n" in many and one != many, source


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_data_name_tags_sdgs_and_templates_in_each_language(language):
    from editor.catalog import templates, vocabularies

    keys = json.loads(resource_path("vocabularies", "tag_keys.json").read_text("utf-8"))["keys"]
    assert all(spec["labels"].get(language) for spec in keys.values())
    assert all(goal.labels.get(language) for goal in vocabularies.sdgs())
    assert all(t.labels.get(language) for t in templates.all_templates())


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, None),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "pt_BR.UTF-8"}, "pt"),
        ({"LANG": "de_DE.UTF-8"}, None),
        ({"LANG": "C.UTF-8"}, None),
        ({"LC_ALL": "es_MX.UTF-8", "LANG": "fr_FR.UTF-8"}, "es"),
        ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, None),  # LC_ALL set decides
        ({"LANGUAGE": "de:pt_PT:fr", "LANG": "es_ES.UTF-8"}, "pt"),
        ({"LANGUAGE": "de", "LANG": "es_ES.UTF-8"}, "es"),
    ],
)
def test_the_system_language_is_read_as_gettext_reads_it(environ, expected):
    assert i18n.system_language(environ) == expected


def test_the_language_of_a_run():
    system = {"LANG": "es_ES.UTF-8"}
    assert i18n.choose("fr", "pt", system) == "fr"  # --lang
    assert i18n.choose(None, "pt", system) == "pt"  # View > Language
    assert i18n.choose(None, "", system) == "es"  # the system's
    assert i18n.choose(None, "", {"LANG": "ja_JP.UTF-8"}) == "en"


def _cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LANG")}
    return subprocess.run(
        [sys.executable, "-m", "editor.cli", *args],
        capture_output=True,
        text=True,
        env={**environ, **env},
        cwd=ROOT,
    )


def test_the_command_line_reports_in_the_system_language(tmp_path):
    plan = tmp_path / "plan.txt"
    plan.write_text(
        SEED.read_text(encoding="utf-8").replace("[[year:2023]]", "[[year:1999]]"),
        encoding="utf-8",
    )
    english = _cli("check", str(plan))
    assert "1999 is before the Accelerator Labs began" in english.stdout
    french = _cli("check", str(plan), LANG="fr_FR.UTF-8")
    assert "1999" in french.stdout and "Accelerator Labs began" not in french.stdout
    assert re.search(r"\b(erreur|Incomplet|Publiable)\b", french.stdout), french.stdout
    spanish = _cli("--lang", "es", "check", str(plan), LANG="fr_FR.UTF-8")
    assert re.search(r"\b(Incompleta|Publicable)\b", spanish.stdout), spanish.stdout
    assert english.returncode == french.returncode == spanish.returncode


def test_an_unknown_language_is_refused_with_the_languages_named():
    done = _cli("--lang", "de", "check", str(SEED))
    assert done.returncode == 2
    assert "en, fr, es, pt" in done.stderr


def test_a_word_export_speaks_the_language_and_keeps_the_plan_s_words(tmp_path):
    from docx import Document

    out = tmp_path / "plan.docx"
    done = _cli("--lang", "fr", "export", str(SEED), "--to", "docx", "-o", str(out))
    assert done.returncode in (0, 1) and out.is_file(), done.stderr  # 1: a remote image left out
    assert "non intégrée" in done.stderr and "not embedded" not in done.stderr
    document = Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    tables = [c.text for t in document.tables for row in t.rows for c in row.cells]
    assert document.sections[0].header.paragraphs[0].text == "Publiable"  # the status
    assert "Sources de données" in tables and "Data sources" not in tables
    assert "What are the top key insights you generated" in text  # the form's question as is
