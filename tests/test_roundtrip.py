"""Opening and saving without an edit gives back the same bytes, for every file we have."""

from __future__ import annotations

from pathlib import Path

import pytest
from paths import CORPUS, SEED, corpus_files, fixture_files

from editor.planfile import dumps, parse, read, write

REAL = corpus_files()


def test_the_shared_corpus_is_here():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not present on this machine")
    assert len([p for p in REAL if CORPUS in p.parents]) > 100


@pytest.mark.parametrize("path", REAL + fixture_files(), ids=lambda p: p.name)
def test_read_write_is_byte_identical(path: Path, tmp_path: Path):
    original = path.read_bytes()
    copy = tmp_path / path.name
    copy.write_bytes(original)
    write(read(copy), copy)
    assert copy.read_bytes() == original


@pytest.mark.parametrize("path", REAL + fixture_files(), ids=lambda p: p.name)
def test_parse_dumps_is_identical_and_structure_is_found(path: Path):
    text = path.read_bytes().decode("utf-8")
    doc = parse(text)
    assert dumps(doc) == text
    doc.plan()  # the semantic view builds for every real file


def test_seed_structure():
    doc = read(SEED)
    assert (
        doc.title
        == "Closing: Generative AI systems as a driver for sustainable development in Mexico"
    )
    assert doc.tag_values("country") == ["Mexico"]
    assert doc.tag_values("methods") == [
        "System Thinking",
        "Ethnography",
        "Collective Intelligence",
    ]
    assert doc.section_titles() == [
        "Learnings on your challenge",
        "Data and Methods",
        "Partners",
        "",
        "End",
    ]
    q2 = doc.question(2)
    assert q2.prompt.startswith("Considering the outcomes of this learning challenge")
    assert q2.checked == ["Our work has not yet scaled"]
    assert doc.question(8).answer == "PIT Policy Lab"
    assert doc.question(8).group is not None


def test_quirks_are_read_as_a_person_would():
    doc = read(Path(__file__).parent / "fixtures" / "quirks-answers.txt")
    hypothesis = doc.question(2)
    assert (
        '> "We never had a place to read."' in hypothesis.answer
    )  # quoted lines stay in the answer
    assert "[[not:a tag inside code]]" in hypothesis.answer
    assert "[[x:y]]" not in [f"[[{t.key}:{t.value}]]" for t in doc.tags]
    assert doc.question(4).checked == [""]  # an empty checklist line
    assert doc.question(6).answer.startswith("It was proven")  # answer right after its prompt
    assert doc.section_titles() == ["Overview", "Design", "", "Results"]
    assert doc.question(3).images == [("Missing alt text", "https://example.org/a.png")]


def test_blog_layout_without_title():
    doc = read(Path(__file__).parent / "fixtures" / "no-title-blog.txt")
    assert doc.title is None
    assert [t.key for t in doc.tags] == ["type", "source", "year", "date", "continent", "country"]
    assert "Skip to main content" in doc.plan().preamble
