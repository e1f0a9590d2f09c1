"""PDF export: read back with poppler's ``pdftotext``, ``pdffonts`` and ``pdfinfo``.

The text in order (title, question, answer), every font embedded, an Arabic plan's text present,
"Page n of N" on every page, the title in each page's header, and for ``combine`` a table of
contents first with each plan starting on the page it names.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPageSize

from editor.export.structure import load
from editor.ui.pdf import locale_page_size, write_pdf

pytestmark = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdffonts") and shutil.which("pdfinfo")),
    reason="poppler-utils is not installed (apt-get install poppler-utils): "
    "pdftotext, pdffonts and pdfinfo read the PDF back",
)

PLAN = """# Solar fish dryer

[[type:solution]]
[[country:Tanzania]]
[[sdgs:1. No poverty]]

> Brief description of the innovation

A dryer built from recycled window frames that dries sardines in two days. See
[the report](https://example.org/report).

> Commercial Viability of the Innovation

Women's groups sell the better-quality fish at twice the price.
""" + "".join(
    f"\n> Question number {n}\n\nAnswer number {n}, long enough to fill.\n" for n in range(60)
)

ARABIC = """# مبادرة المدارس البيئية

[[type:solution]]
[[country:Morocco]]

> Brief description of the innovation

تهدف المبادرة إلى تمكين الطلاب من المشاركة الفعالة في إنشاء مدارس مستدامة.

> Описание

Инициатива помогает школам. ქართული ენა. Lộ trình phát triển Kinh tế tuần hoàn.
"""


def _text(pdf, first=None, last=None) -> str:
    pages = ["-f", str(first), "-l", str(last)] if first else []
    out = subprocess.run(
        ["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = unicodedata.normalize("NFKC", out).translate({0x202B: None, 0x202C: None, 0x202A: None})
    return " ".join(out.split())  # Arabic's shaped forms, too


def _pages(pdf) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[1])


def _source(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    sources, problems = load([path])
    assert not problems
    return sources[0]


@pytest.fixture
def sources(qapp, tmp_path):
    return [_source(tmp_path, "dryer.txt", PLAN), _source(tmp_path, "arabic.txt", ARABIC)]


def test_the_text_in_order_with_page_numbers_and_the_title_on_every_page(sources, tmp_path):
    out = tmp_path / "dryer.pdf"
    report = write_pdf(sources[:1], out, page_size=QPageSize(QPageSize.PageSizeId.A4))
    assert report.written == [out] and not report.problems
    text = _text(out)
    at = [
        text.index("Solar fish dryer"),
        text.index("Brief description of the innovation"),
        text.index("A dryer built from recycled window frames"),
        text.index("Commercial Viability of the Innovation"),
        text.index("twice the price"),
    ]
    assert at == sorted(at), text[:800]
    pages = _pages(out)
    assert pages >= 2  # long enough to show the header and footer on more than one page
    for n in range(1, pages + 1):
        page = _text(out, n, n)
        assert f"Page {n} of {pages}" in page, page
        assert page.startswith("Solar fish dryer"), page[:100]  # the header
    assert b"/URI (https://example.org/report)" in out.read_bytes()  # the link, clickable


def test_every_font_is_embedded(sources, tmp_path):
    out = tmp_path / "both.pdf"
    write_pdf(sources, out, combine=True)
    rows = subprocess.run(
        ["pdffonts", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert rows
    for row in rows:  # name type encoding emb sub uni object ID: "emb" is 5th from the end
        assert row.split()[-5] == "yes", row


def test_arabic_cyrillic_georgian_and_vietnamese_text_is_drawn(sources, tmp_path):
    out = tmp_path / "arabic.pdf"
    write_pdf(sources[1:], out)
    text = _text(out)
    for words in (
        "مبادرة المدارس البيئية",
        "تهدف المبادرة إلى تمكين الطلاب",
        "Инициатива помогает школам",
        "ქართული ენა",
        "Lộ trình phát triển Kinh tế tuần hoàn",
    ):
        assert words in text, (words, text)


def test_combined_a_table_of_contents_then_each_plan_on_its_own_pages(sources, tmp_path):
    out = tmp_path / "all.pdf"
    report = write_pdf(sources, out, combine=True, page_size=QPageSize(QPageSize.PageSizeId.A4))
    assert report.written == [out]
    first = _text(out, 1, 1)
    assert first.startswith("Contents") and "Solar fish dryer" in first
    assert "مبادرة المدارس البيئية" in first
    total = _pages(out)
    pages = {n: _text(out, n, n) for n in range(2, total + 1)}
    arabic_page = min(n for n, t in pages.items() if t.startswith("مبادرة المدارس البيئية"))
    assert "تهدف المبادرة" in pages[arabic_page]
    assert "Answer number 59" in pages[arabic_page - 1]  # the plan before ends on the page before
    assert pages[2].startswith("Solar fish dryer Solar fish dryer")  # header, then the title
    numbers = re.sub(r"Page 1 of \d+", "", first)
    assert re.findall(r"\b\d+\b", numbers) == ["2", str(arabic_page)]  # what the contents say
    page = pages[arabic_page]
    assert f"Page {arabic_page} of {_pages(out)}" in page


def test_one_pdf_per_plan_in_a_folder_on_the_locale_s_paper(sources, tmp_path):
    assert locale_page_size(QLocale("en_US")).id() == QPageSize.PageSizeId.Letter
    assert locale_page_size(QLocale("fr_CA")).id() == QPageSize.PageSizeId.Letter
    assert locale_page_size(QLocale("fr_FR")).id() == QPageSize.PageSizeId.A4
    report = write_pdf(sources, tmp_path / "out", page_size=locale_page_size(QLocale("en_US")))
    assert sorted(p.name for p in report.written) == ["arabic.pdf", "dryer.pdf"]
    info = subprocess.run(["pdfinfo", str(tmp_path / "out" / "dryer.pdf")], capture_output=True)
    assert b"(letter)" in info.stdout


def test_a_folder_that_cannot_be_written_is_said(sources, tmp_path):
    (tmp_path / "blocked").write_text("a file, not a folder")
    report = write_pdf(sources, tmp_path / "blocked")
    assert report.written == [] and report.problems
