"""The Word export, read back with python-docx: headings, checklists, markdown as formatting,
the tag table, group instances, review notes as comments, combining, and images that fail."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from paths import CORPUS, SEEDS

from editor.export.docx import write_docx
from editor.export.structure import load

PLAN = SEEDS / "learningplan-peru-2025.txt"
GROUP_PLAN = CORPUS / "sic" / "_em_powering_women_through_access_to_renewable_energy.md"


def export(paths: list[Path], out: Path, **kw):
    sources, problems = load(paths)
    assert not problems
    return write_docx(sources, out, **kw)


def headings(document) -> list[tuple[int, str]]:
    return [
        (int(p.style.name.split()[-1]), p.text)
        for p in document.paragraphs
        if p.style.name.startswith("Heading ")
    ]


def plan_copy(tmp_path: Path, text: str, name: str = "plan.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_learning_plan_has_its_title_sections_and_questions_as_headings(tmp_path):
    out = tmp_path / "plan.docx"
    report = export([PLAN], out)
    assert report.written == [out] and not report.problems
    document = docx.Document(str(out))
    found = headings(document)
    assert found[0] == (1, "Clean rivers through citizen monitoring")
    assert (2, "Challenge statement") in found
    assert (2, "Learning questions") in found
    levels = dict((text, level) for level, text in found)
    question = next(t for t in levels if t.startswith("Learning question:"))
    assert levels[question] == 3
    # the status in the page header, and styles carrying the UNDP blue and Noto Sans
    header = document.sections[0].header.paragraphs[0].text
    assert header == "Publishable"
    h1 = document.styles["Heading 1"]
    assert str(h1.font.color.rgb) == "005687" and h1.font.name == "Noto Sans"
    assert all(r.font.color.rgb is None for p in document.paragraphs for r in p.runs)


def test_a_checklist_shows_every_option_with_the_ticked_ones_bold(tmp_path):
    out = tmp_path / "plan.docx"
    export([PLAN], out)
    document = docx.Document(str(out))
    paragraphs = document.paragraphs
    at = next(n for n, p in enumerate(paragraphs) if p.text.startswith("To what stage(s)"))
    options = []
    for p in paragraphs[at + 1 :]:
        if p.style.name != "List Bullet":
            break
        options.append((p.text, all(r.bold for r in p.runs)))
    assert ("Explore", True) in options and ("Test", True) in options
    unticked = [text for text, bold in options if not bold]
    assert len(options) == 4 and len(unticked) == 2


MARKDOWN_PLAN = """# Markdown plan

[[type:learningplan]]
[[country:Peru]]
[[year:2025]]
[[focal_point:ana@undp.org]]
[[sdgs:6. Clean water and sanitation]]
[[methods:Citizen Science]]
[[datasources:Citizen data]]
[[thematic_areas:water quality]]

## Challenge statement
****

> Challenge statement:\u00a0What is your challenge? (Please answer in specific terms: "Our challenge is that...\u201d.)

Our **challenge** is *urgent*. See [the report](https://example.org/report).

- first point
- second point

1. one
2. two

<blockquote>a quoted line</blockquote>

| A | B |
|---|---|
| 1 | 2 |

![a river](missing/river.png)
"""


def test_markdown_becomes_runs_list_styles_hyperlinks_tables_and_quotes(tmp_path):
    path = plan_copy(tmp_path, MARKDOWN_PLAN)
    out = tmp_path / "plan.docx"
    report = export([path], out)
    document = docx.Document(str(out))
    texts = [p.text for p in document.paragraphs]
    assert not any("**" in t or "](" in t for t in texts)
    para = next(p for p in document.paragraphs if p.text.startswith("Our challenge"))
    assert [r.text for r in para.runs if r.bold] == ["challenge"]
    assert [r.text for r in para.runs if r.italic] == ["urgent"]
    assert [(h.text, h.address) for h in para.hyperlinks] == [
        ("the report", "https://example.org/report")
    ]
    styles = {p.text: p.style.name for p in document.paragraphs}
    assert styles["first point"] == styles["second point"] == "List Bullet"
    assert styles["one"] == styles["two"] == "List Number"
    assert styles["a quoted line"] == "Quote"  # a "> " line is a prompt: quotes come as HTML
    cells = [[c.text for c in row.cells] for row in document.tables[-1].rows]
    assert cells == [["A", "B"], ["1", "2"]]
    # the image that cannot be loaded: named in the report, a line in its place, the rest there
    assert "[image: a river]" in texts
    assert any("missing/river.png" in p for p in report.problems)
    assert report.written == [out]


def test_the_tags_are_a_table(tmp_path):
    path = plan_copy(tmp_path, MARKDOWN_PLAN)
    out = tmp_path / "plan.docx"
    export([path], out)
    rows = {r.cells[0].text: r.cells[1].text for r in docx.Document(str(out)).tables[0].rows}
    assert rows == {
        "Country": "Peru",
        "Year": "2025",
        "Focal point": "ana@undp.org",
        "SDGs": "6. Clean water and sanitation",
        "Methods": "Citizen Science",
        "Data sources": "Citizen data",
        "Thematic areas": "water quality",
    }


@pytest.mark.skipif(not GROUP_PLAN.exists(), reason="the archive sample is not here")
def test_group_instances_are_numbered_sub_headings(tmp_path):
    out = tmp_path / "plan.docx"
    export([GROUP_PLAN], out)
    found = headings(docx.Document(str(out)))
    partners = [(level, text) for level, text in found if text.startswith("Partner ")]
    assert [t for _, t in partners[:2]] == ["Partner 1", "Partner 2"]
    section = next(level for level, text in found if text == "Partners")
    assert all(level == section + 2 for level, _ in partners)


def test_a_review_note_becomes_a_comment_on_its_question(tmp_path):
    path = tmp_path / "plan.txt"
    shutil.copy(PLAN, path)
    done = subprocess.run(
        [sys.executable, "-m", "editor.cli", "review", str(path), "--reviewer", "ana@undp.org"]
        + ["--note", "3=Say which indicator tells you.", "--note", "title=Shorter, please."],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    out = tmp_path / "plan.docx"
    export([path], out)
    document = docx.Document(str(out))
    comments = {c.text: c for c in document.comments}
    assert set(comments) == {"Say which indicator tells you.", "Shorter, please."}
    assert comments["Say which indicator tells you."].author == "ana@undp.org"
    # anchored on the question's heading and the title
    marked = []
    for p in document.paragraphs:
        if p._p.findall(".//" + qn("w:commentRangeStart")):
            marked.append(p.text)
    assert marked[0] == "Clean rivers through citizen monitoring"
    assert marked[1].startswith("Challenge statement:")


def test_combine_gives_one_document_with_every_title_and_a_table_of_contents(tmp_path):
    plans = sorted(SEEDS.glob("*.txt"))
    out = tmp_path / "all.docx"
    report = export(plans, out, combine=True)
    assert report.written == [out]
    document = docx.Document(str(out))
    titles = [text for level, text in headings(document) if level == 2]
    for plan in plans:
        title = load([plan])[0][0].plan.title
        if title:
            assert title in titles
    instr = "".join(t.text for t in document.element.body.iter(qn("w:instrText")))
    assert instr.strip().startswith("TOC")


def test_several_plans_without_combine_give_one_file_each(tmp_path):
    plans = sorted(SEEDS.glob("*.txt"))[:2]
    report = export(plans, tmp_path / "out")
    assert sorted(p.name for p in report.written) == sorted(f"{p.stem}.docx" for p in plans)


def test_remote_images_are_embedded_only_when_the_user_says_so(tmp_path):
    import base64
    import http.server
    import threading

    png = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    )

    class Images(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(png)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Images)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/pin.png"
        text = (SEEDS / "learningplan-peru-2025.txt").read_text(encoding="utf-8")
        plan = plan_copy(tmp_path, text.replace("\n## ", f"\n![A pin]({url})\n\n## ", 1))
        cli = [sys.executable, "-m", "editor.cli", "export", str(plan), "--to", "docx"]
        without = subprocess.run(
            [*cli, "-o", str(tmp_path / "a.docx")], capture_output=True, text=True
        )
        assert url in without.stderr and "not embedded" in without.stderr
        assert len(docx.Document(str(tmp_path / "a.docx")).inline_shapes) == 0
        allowed = subprocess.run(
            [*cli, "-o", str(tmp_path / "b.docx"), "--remote-images"],
            capture_output=True,
            text=True,
        )
        assert allowed.returncode == 0, allowed.stderr
        assert len(docx.Document(str(tmp_path / "b.docx")).inline_shapes) == 1
    finally:
        server.shutdown()


@pytest.mark.parametrize("levels", [150, 3000])
def test_a_list_nested_too_deep_for_word_is_written_as_typed(tmp_path, levels):
    """A list nested deeper than the converter (3000 levels) or Word (150) goes: that answer is
    written as typed, every other answer as always, and the plan is exported."""
    deep = "* " * levels + "deepest"
    path = plan_copy(
        tmp_path,
        "# Two answers\n\n[[type:solution]]\n\n> First question\n\n"
        f"{deep}\n\n> Second question\n\nSome **bold** text.\n",
    )
    out = tmp_path / "plan.docx"
    report = export([path], out)
    assert report.written == [out]
    texts = [p.text for p in docx.Document(str(out)).paragraphs]
    assert deep in texts
    para = next(p for p in docx.Document(str(out)).paragraphs if p.text == "Some bold text.")
    assert [r.text for r in para.runs if r.bold] == ["bold"]
