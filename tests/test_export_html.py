"""HTML export: one standalone file that looks like the preview, sanitised.

Read back what is written: a planted script, event handler, ``javascript:`` link and remote
frame or stylesheet in an answer are gone; the plan's own image and link stay; an Arabic plan
says its language and reads right to left.
"""

from __future__ import annotations

import base64
from html.parser import HTMLParser
from pathlib import Path

from editor.export.html import plan_html, write_html
from editor.export.structure import load

PLANTED = """# Market days

[[type:solution]]
[[country:Kenya]]

> Brief description of the innovation

Farmers meet on market days.<script>alert("x")</script>

<img src="https://example.org/dryer.png" alt="the dryer" onerror="alert('hax')">

See [the report](https://example.org/report) and [this](javascript:alert(1)).

<iframe src="https://evil.example/frame"></iframe><link rel="stylesheet" href="https://evil.example/x.css">
<a href="https://example.org/ok" onclick="steal()">ok</a>
<p style="background: url(https://evil.example/track.png)">styled</p>

> Images

![local picture](pic.png)
"""

ARABIC = """# مبادرة المدارس البيئية

[[type:solution]]
[[country:Morocco]]

> Brief description of the innovation

تهدف المبادرة إلى تمكين الطلاب من المشاركة الفعالة في إنشاء مدارس ومجتمعات مستدامة.
"""

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


class _Tags(HTMLParser):
    """Every start tag with its attributes, as a browser would read them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def _tags(text: str) -> list[tuple[str, dict]]:
    p = _Tags()
    p.feed(text)
    return p.tags


def _source(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (tmp_path / "pic.png").write_bytes(PNG)
    sources, problems = load([path])
    assert not problems
    return sources[0]


def test_planted_scripts_handlers_and_remote_loads_are_gone(tmp_path):
    page = plan_html(_source(tmp_path, "market.txt", PLANTED))
    tags = _tags(page)
    names = [t for t, _ in tags]
    assert "script" not in names and "alert(" not in page.replace("&quot;", '"').split("<body>")[1]
    assert "iframe" not in names
    assert [a for t, a in tags if t == "link"] == []  # no stylesheet from elsewhere
    for tag, attrs in tags:
        assert not [k for k in attrs if k.startswith("on")], (tag, attrs)
        assert "style" not in attrs or "url(" not in attrs["style"], (tag, attrs)
    hrefs = [a.get("href") for t, a in tags if t == "a" and a.get("href")]
    assert "https://example.org/report" in hrefs and "https://example.org/ok" in hrefs
    assert not [h for h in hrefs if h.lower().startswith("javascript")]
    srcs = [a["src"] for t, a in tags if t == "img"]
    assert "https://example.org/dryer.png" in srcs  # the plan's own image stays
    assert any(s.startswith("data:image/png;base64,") for s in srcs)  # the local one, inline
    # every address left is the plan's own: nothing else loads from evil.example
    assert "evil.example" not in page


def test_a_standalone_file_with_its_styles_and_the_preview_look(tmp_path):
    page = plan_html(_source(tmp_path, "market.txt", PLANTED))
    assert page.startswith("<!DOCTYPE html>")
    assert '<meta charset="utf-8">' in page
    assert "table.card" in page  # preview.css inline
    assert '<h1 class="title" dir="auto">Market days</h1>' in page
    assert '<p class="prompt" dir="auto">Brief description of the innovation</p>' in page
    html_tag = _tags(page)[0]
    assert html_tag == ("html", {"lang": "en", "dir": "auto"})


def test_an_arabic_plan_says_its_language_and_reads_right_to_left(tmp_path):
    page = plan_html(_source(tmp_path, "arabic.txt", ARABIC))
    assert _tags(page)[0] == ("html", {"lang": "ar", "dir": "auto"})
    assert "تهدف المبادرة إلى تمكين الطلاب" in page
    paragraphs = [a for t, a in _tags(page) if t == "p"]
    assert paragraphs and all(a.get("dir") == "auto" for a in paragraphs)


def test_write_html_one_file_per_plan_or_one_combined(tmp_path):
    a = _source(tmp_path, "market.txt", PLANTED)
    b = _source(tmp_path, "arabic.txt", ARABIC)
    report = write_html([a, b], tmp_path / "out")
    assert sorted(p.name for p in report.written) == ["arabic.html", "market.html"]
    assert "Market days" in (tmp_path / "out" / "market.html").read_text(encoding="utf-8")
    report = write_html([a, b], tmp_path / "all.html", combine=True)
    text = (tmp_path / "all.html").read_text(encoding="utf-8")
    assert report.written == [tmp_path / "all.html"]
    assert text.index("Market days") < text.index("مبادرة المدارس البيئية")
    assert "<script" not in text


def test_an_image_that_cannot_be_loaded_is_said_by_name_and_the_rest_written(tmp_path):
    source = _source(tmp_path, "market.txt", PLANTED)
    (tmp_path / "pic.png").unlink()
    report = write_html([source], tmp_path / "market.html")
    assert report.written == [tmp_path / "market.html"]
    assert any("market.txt" in p and "pic.png" in p for p in report.problems), report.problems


def test_a_folder_that_cannot_be_written_is_said(tmp_path):
    source = _source(tmp_path, "market.txt", PLANTED)
    (tmp_path / "blocked").write_text("a file, not a folder")
    report = write_html([source, source], tmp_path / "blocked")
    assert report.written == [] and report.problems


def test_a_preview_from_another_process_s_conversions_is_the_page_it_would_make(monkeypatch):
    """The checks' process converts the first page's markdown (``conversions``); a renderer
    that takes them makes the same page, remote images kept out, converting none itself."""
    import pickle

    from paths import SEED

    from editor.export.html import Renderer, conversions
    from editor.planfile import PlanFile

    def no_markdown():
        raise AssertionError("converted here")

    for text in (PLANTED, SEED.read_text(encoding="utf-8")):
        plan = PlanFile(text)
        converted = pickle.loads(pickle.dumps(conversions(plan)))  # as it crosses processes
        taker = Renderer(remote_images=False)
        taker.take(converted)
        with monkeypatch.context() as m:
            m.setattr(taker, "warm", no_markdown)
            page = taker.page(plan)
        assert page == Renderer(remote_images=False).page(plan)
    assert "Remote image not loaded" in Renderer().page(PlanFile(PLANTED))


def test_markdown_nested_past_the_converter_s_limits_shows_as_typed():
    """A list nested thousands deep overflows python-markdown's recursion: the preview and the
    export show that answer as typed, and every answer after it as always (the converter does
    not keep the nesting it gave up in)."""
    from editor.export.html import Renderer
    from editor.planfile import PlanFile

    deep = "* " * 3000 + "deepest"  # ("- " lines would be a checklist's)
    plan = PlanFile(
        "# Two answers\n\n[[type:solution]]\n\n> First question\n\n"
        f"{deep}\n\n> Second question\n\nSome **bold** text.\n"
    )
    renderer = Renderer()
    page = renderer.page(plan)
    assert "deepest" in page and "* * * * " in page
    assert "Some <strong>bold</strong> text." in page
    assert renderer.markdown("**after**") == "<p><strong>after</strong></p>"
