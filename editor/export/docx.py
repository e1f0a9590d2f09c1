"""Word export: a plan in the platform's Word layout, with real styles a user can restyle.

Layout (``../shared/reference/platform.md``): the plan's title as Heading 1 (Heading 2 under a
chapter heading when several plans go into one document), each section a heading, each question
a heading below it, answers as Word formatting (markdown rendered: bold and italic runs, List
Bullet / List Number paragraphs, real hyperlinks, Word tables, the Quote style), checklists with
every option of the template and the ticked ones in bold, group instances as numbered
sub-headings ("Partner 2"), a table of the tags, images embedded where they can be loaded, and
the status (Unfinished / Publishable) in the page header. Fonts and the UNDP blues are set on the
document's styles, never on single runs. A review beside the plan (``plan.review.txt``) gives
Word comments on the paragraphs its notes are about. No Qt here.
"""

from __future__ import annotations

import base64
import binascii
import io
import re
import urllib.parse
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from editor.catalog import review as reviews
from editor.catalog import vocabularies
from editor.export.html import markdown_converter, typed_blocks
from editor.export.problems import cannot_export, cannot_make_folder, cannot_write
from editor.export.structure import Report, Source, structure
from editor.i18n import translate

DARK = RGBColor(0x00, 0x56, 0x87)  # UNDP dark blue
MID = RGBColor(0x04, 0x68, 0xB1)  # UNDP mid blue
FONT = "Noto Sans"
IMAGE_WIDTH = Cm(15)
TAG_ORDER = ("country", "year", "focal_point", "sdgs", "methods", "datasources", "thematic_areas")
HIDDEN_TAGS = {"latlng", "type"}  # shown elsewhere (the map, the template) or machine data
_VOID = {"br", "img", "hr", "input", "meta", "link", "col", "area", "wbr", "source"}
_BLOCKS = {"p", "ul", "ol", "blockquote", "pre", "table", "hr", "div"}
_BLOCKS |= {f"h{n}" for n in range(1, 7)}

# Fetches a remote image's bytes (the window's cache, with the user's consent); None: not there.
Fetch = Callable[[str], "bytes | None"]


def write_docx(
    sources: list[Source],
    out: Path,
    *,
    combine: bool = False,
    fetch: Fetch | None = None,
) -> Report:
    """Write ``sources`` as Word: one file ``out``, or, for several plans without ``combine``,
    one ``<plan name>.docx`` each inside the folder ``out``. ``fetch`` gives the bytes of a
    remote image (None, the default: remote images are not loaded)."""
    out = Path(out)
    report = Report(written=[], problems=[])
    if combine or len(sources) == 1:
        jobs = [(list(sources), out)]
    else:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            report.problems.append(cannot_make_folder(out, e))
            return report
        jobs = [([s], out / f"{s.path.stem}.docx") for s in sources]
    for group, target in jobs:
        document = new_document()
        if combine and len(group) > 1:
            add_toc(document)
        chapter = None
        for source in group:
            try:
                data = structure(source)
            except Exception as e:  # one broken plan never stops the others
                report.problems.append(cannot_export(source.path.name, e))
                continue
            level = 1
            if combine and len(group) > 1:
                label = _chapter(data)
                if label != chapter:
                    document.add_heading(label, 1)
                    chapter = label
                level = 2
            writer = _PlanWriter(document, source, data, level, fetch, report.problems)
            writer.write(first=source is group[0])
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            document.save(str(target))
        except OSError as e:
            report.problems.append(cannot_write(target, e))
            continue
        report.written.append(target)
    return report


def _chapter(data: dict) -> str:
    """The chapter a plan goes under in a combined document: its document type."""
    template = str(data.get("template") or "")
    try:
        from editor.catalog.templates import load_template

        return load_template(template).shown_label() if template else translate("Docx", "Plans")
    except (FileNotFoundError, ValueError):
        return template or translate("Docx", "Plans")


# -- the document and its styles ---------------------------------------------------------------


def new_document() -> docx.document.Document:
    """An empty document whose styles carry the platform's look (fonts, UNDP blues)."""
    document = docx.Document()
    styles = document.styles
    _set_font(styles["Normal"], FONT)
    for n in range(1, 7):
        style = styles[f"Heading {n}"]
        _set_font(style, FONT)
        _set_color(style, DARK if n <= 2 else MID)
    styles["Heading 1"].font.size = Pt(20)
    styles["Heading 2"].font.size = Pt(16)
    styles["Heading 3"].font.size = Pt(13)
    for n in (4, 5, 6):
        styles[f"Heading {n}"].font.size = Pt(11)
        styles[f"Heading {n}"].font.italic = False
    _set_color(styles["Title"], DARK)
    _set_font(styles["Title"], FONT)
    if "Hyperlink" not in [s.name for s in styles]:
        link = styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
        link.font.color.rgb = MID
        link.font.underline = True
    return document


def _set_font(style, name: str) -> None:
    """``name`` for every script on ``style``, with theme fonts removed (they would win)."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{attr}"), name)


def _set_color(style, color: RGBColor) -> None:
    rpr = style.element.get_or_add_rPr()
    old = rpr.find(qn("w:color"))
    if old is not None:
        rpr.remove(old)
    style.font.color.rgb = color


def add_toc(document) -> None:
    """A table-of-contents field over headings 1-3; Word fills it on opening (updateFields)."""
    document.add_heading(translate("Docx", "Contents"), 1).style = document.styles["TOC Heading"]
    paragraph = document.add_paragraph()
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-3" \\h \\z \\u'
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(begin)
    run._r.append(instr)
    run._r.append(separate)
    paragraph.add_run(translate("Docx", "Update the field to see the table of contents."))
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)
    settings = document.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)


# -- one plan ----------------------------------------------------------------------------------


class _PlanWriter:
    def __init__(self, document, source: Source, data: dict, level: int, fetch, problems):
        self.document = document
        self.source = source
        self.data = data
        self.level = level  # the title's heading level
        self.fetch = fetch
        self.problems = problems
        self.base = Path(source.path).parent
        self.anchors: dict[str, list] = {}  # review field id -> runs a comment marks
        self.markdown = _Markdown(self)

    def write(self, *, first: bool) -> None:
        document, data = self.document, self.data
        if first and self.level == 1:  # one plan: its status in the page header
            self._header(data.get("status") or "")
        elif self.level == 1:
            document.add_page_break()
        title = data.get("title") or Path(self.source.path).stem
        heading = document.add_heading(title, self.level)
        self.anchors["title"] = self.anchors["plan"] = list(heading.runs)
        if self.level > 1 and data.get("status"):
            status = translate("Status", data["status"])
            document.add_paragraph(translate("Docx", "Status: {}").format(status))
        self._tags(data.get("tags") or [])
        if data.get("preamble"):
            self.markdown.render(data["preamble"], document)
        for section in data.get("sections") or []:
            if section.get("title"):
                document.add_heading(section["title"], self._lv(1))
            for item in section.get("items") or []:
                self._item(item, 2)
        self._comments()

    def _lv(self, depth: int) -> int:
        return min(self.level + depth, 9)

    def _header(self, status: str) -> None:
        header = self.document.sections[0].header
        paragraph = header.paragraphs[0]
        paragraph.text = translate("Status", status)  # the platform's word in the language
        paragraph.style = self.document.styles["Header"]

    def _tags(self, tags: list[dict]) -> None:
        rows: dict[str, list[str]] = {}
        for tag in tags:
            key, value = tag.get("key", ""), str(tag.get("value", "")).strip()
            if key in HIDDEN_TAGS or not value:
                continue
            rows.setdefault(key, [])
            if value not in rows[key]:
                rows[key].append(value)
        if not rows:
            return
        order = [k for k in TAG_ORDER if k in rows] + [k for k in rows if k not in TAG_ORDER]
        table = self.document.add_table(rows=0, cols=2)
        table.style = self.document.styles["Table Grid"]
        for key in order:
            cells = table.add_row().cells
            label = vocabularies.tag_label(key)
            run = cells[0].paragraphs[0].add_run(label)
            run.bold = True
            cells[1].paragraphs[0].add_run("; ".join(rows[key]))
            self.anchors[f"tag:{key}"] = [run]
        table.autofit = False
        for column, width in zip(table.columns, (Cm(4), Cm(12)), strict=True):
            column.width = width
            for cell in column.cells:
                cell.width = width
        self.document.add_paragraph()

    def _item(self, item: dict, depth: int) -> None:
        kind = _item_kind(item)
        if kind == "question":
            self._question(item, depth)
        elif kind == "group":
            # An instance ("Partner 2") is a sub-heading of the question it answers; a group
            # with no label holds parts of the question above and adds no heading.
            label = item.get("label") or ""
            if label:
                self.document.add_heading(label, self._lv(depth + 1))
            for sub in item.get("items") or []:
                self._item(sub, depth + 2 if label else depth)
        elif kind == "image":
            self.image(self.document.add_paragraph(), item.get("url", ""), item.get("alt", ""))
        elif kind == "text":
            self.markdown.render(item.get("text") or item.get("answer") or "", self.document)

    def _question(self, q: dict, depth: int) -> None:
        prompt = (q.get("prompt") or "").strip()
        if prompt:
            heading = self.document.add_heading(prompt.split("\n", 1)[0], self._lv(depth))
            self.anchors[f"q:{q.get('number')}"] = list(heading.runs)
            rest = prompt.split("\n", 1)[1].strip() if "\n" in prompt else ""
            if rest:
                self.markdown.render(rest, self.document)
        options = q.get("options") or []
        answer = (q.get("answer") or "").strip()
        if q.get("input") in ("checklist", "radio") and options:
            if q.get("checked") is None and answer and answer not in options:
                self.markdown.render(answer, self.document)  # text beside the options
            ticked = list(q.get("ticked") or [])
            shown = list(options) + [t for t in ticked if t and t not in options]
            for option in shown:
                paragraph = self.document.add_paragraph(style="List Bullet")
                run = paragraph.add_run(option)
                if option in ticked:
                    run.bold = True
        elif q.get("answer"):
            self.markdown.render(q["answer"], self.document)
        for image in q.get("images") or []:
            alt, url = (
                (image.get("alt", ""), image.get("url", "")) if isinstance(image, dict) else image
            )
            self.image(self.document.add_paragraph(), url, alt)

    # -- images ------------------------------------------------------------------------------

    def image(self, paragraph, url: str, alt: str) -> None:
        """Embed the image ``url`` in ``paragraph``, or write "[image: alt]" and say why."""
        data, why = self._image_bytes(url)
        if data is not None:
            try:
                paragraph.add_run().add_picture(io.BytesIO(data), width=IMAGE_WIDTH)
                return
            except Exception as e:  # not an image python-docx can read
                why = translate("Docx", "not a readable image ({})").format(type(e).__name__)
        paragraph.add_run(translate("Docx", "[image: {}]").format(alt or url))
        said = translate("Docx", "{}: image {} not embedded: {}")
        self.problems.append(said.format(Path(self.source.path).name, url, why))

    def _image_bytes(self, url: str) -> tuple[bytes | None, str]:
        url = url.strip()
        if url.startswith("data:"):
            head, _, payload = url.partition(",")
            try:
                if head.endswith(";base64"):
                    return base64.b64decode(payload, validate=False), ""
                return urllib.parse.unquote_to_bytes(payload), ""
            except (binascii.Error, ValueError):
                return None, translate("Docx", "a broken data: URL")
        scheme = urllib.parse.urlsplit(url).scheme.lower()
        if scheme in ("http", "https"):
            data = self.fetch(url) if self.fetch is not None else None
            return (data, "") if data else (None, translate("Docx", "remote, not loaded"))
        path = Path(urllib.parse.unquote(url[7:] if scheme == "file" else url))
        if not path.is_absolute():
            path = self.base / path
        try:
            return path.read_bytes(), ""
        except OSError as e:
            return None, e.strerror or translate("Docx", "cannot be read")

    # -- review notes ------------------------------------------------------------------------

    def _comments(self) -> None:
        path = Path(self.source.path)
        if not reviews.review_path(path).exists():
            return
        try:
            review = reviews.load(path)
        except Exception as e:  # a broken review must not stop the export
            self.problems.append(translate("Docx", "{}: review not read ({})").format(path.name, e))
            return
        for note in review.notes:
            runs = self.anchors.get(note.field) or self.anchors.get("title")
            if not runs:
                continue
            text = note.text
            if note.resolved:
                text = translate("Docx", "[resolved] {}").format(text)
            for reply in note.replies:
                by = reply.by or translate("Docx", "Reply")
                text += f"\n\n{by}: {reply.text}"
            author = note.by or review.reviewer or translate("Docx", "Reviewer")
            self.document.add_comment(runs, text=text, author=author, initials=_initials(author))


def _initials(name: str) -> str:
    words = re.split(r"[\s._@-]+", name.split("@", 1)[0])
    return "".join(w[0].upper() for w in words if w)[:3] or "R"


def _item_kind(item: dict) -> str:
    """question, group, image, or text (a structure's "other": text outside the form)."""
    kind = item.get("kind")
    return kind if kind in ("question", "group", "image") else "text"


# -- markdown as Word formatting ---------------------------------------------------------------


class _Tree(HTMLParser):
    """python-markdown's HTML as an element tree (raw HTML in answers included)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = ET.Element("div")
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        element = ET.SubElement(self.stack[-1], tag, {k: v or "" for k, v in attrs})
        if tag not in _VOID:
            self.stack.append(element)

    def handle_startendtag(self, tag, attrs):
        ET.SubElement(self.stack[-1], tag, {k: v or "" for k, v in attrs})

    def handle_endtag(self, tag):
        for n in range(len(self.stack) - 1, 0, -1):
            if self.stack[n].tag == tag:
                del self.stack[n:]
                return

    def handle_data(self, data):
        parent = self.stack[-1]
        if len(parent):
            parent[-1].tail = (parent[-1].tail or "") + data
        else:
            parent.text = (parent.text or "") + data


# Deeper than this (Word shows nine levels of lists), an answer is written as typed: the walk
# below recurses once per level.
_MAX_DEPTH = 100


class _Markdown:
    def __init__(self, writer: _PlanWriter) -> None:
        self.writer = writer
        self.md = markdown_converter()

    def render(self, text: str, container) -> None:
        self.md.reset()
        tree = _Tree()
        try:
            tree.feed(self.md.convert(text))
            tree.close()
        except RecursionError:  # nested past python-markdown's limits
            self.md = markdown_converter()  # (its parser keeps the nesting it gave up in)
            tree = None
        if tree is None or _depth(tree.root) > _MAX_DEPTH:  # as typed, one paragraph a block
            for part in typed_blocks(text):
                container.add_paragraph(part)
            return
        self.blocks(tree.root, container, quote=False, depth=0)

    def blocks(self, element, container, *, quote: bool, depth: int) -> None:
        """The children of ``element`` as paragraphs of ``container`` (document or cell)."""
        loose = []  # inline content between blocks (text in a <div>, a <li> without <p>)
        if (element.text or "").strip():
            loose.append(element.text)
        for child in element:
            if child.tag in _BLOCKS:
                self._loose(loose, container, quote)
                loose = []
                self.block(child, container, quote=quote, depth=depth)
            else:
                loose.append(child)
            if (child.tail or "").strip():
                loose.append(child.tail)
        self._loose(loose, container, quote)

    def _loose(self, parts, container, quote: bool) -> None:
        if not parts:
            return
        paragraph = container.add_paragraph(style="Quote" if quote else None)
        for part in parts:
            if isinstance(part, str):
                paragraph.add_run(part)
            else:
                self.inline(part, paragraph, {}, tail=False)

    def block(self, element, container, *, quote: bool, depth: int) -> None:
        tag = element.tag
        if tag in ("ul", "ol"):
            self.list(element, container, ordered=tag == "ol", depth=depth)
        elif tag == "blockquote":
            self.blocks(element, container, quote=True, depth=depth)
        elif tag == "table":
            self.table(element, container)
        elif tag == "div":
            self.blocks(element, container, quote=quote, depth=depth)
        elif tag == "hr":
            container.add_paragraph()
        else:
            style = "Quote" if quote else None
            if tag == "pre":
                paragraph = container.add_paragraph(style=style)
                run = paragraph.add_run("".join(element.itertext()).rstrip("\n"))
                run.font.name = "Noto Sans Mono"
                return
            if tag[0] == "h" and tag[1:].isdigit() and container is self.writer.document:
                level = min(self.writer._lv(3) + int(tag[1:]) - 1, 9)
                paragraph = container.add_heading("", level)
            else:
                paragraph = container.add_paragraph(style=style)
            self.inline_children(element, paragraph, {})

    def list(self, element, container, *, ordered: bool, depth: int) -> None:
        base = "List Number" if ordered else "List Bullet"
        style = base if depth == 0 else f"{base} {min(depth + 1, 3)}"
        num_id = _restart_numbering(self.writer.document, style) if ordered else None
        for li in element:
            if li.tag != "li":
                continue
            paragraph = container.add_paragraph(style=style)
            if num_id is not None:
                _set_num(paragraph, num_id, min(depth, 2))
            if (li.text or "").strip():
                paragraph.add_run(li.text.lstrip())
            first = True
            for child in li:
                if child.tag in ("ul", "ol"):
                    self.list(child, container, ordered=child.tag == "ol", depth=depth + 1)
                elif child.tag == "p":
                    if not first:
                        paragraph = container.add_paragraph(style="List Continue")
                    self.inline_children(child, paragraph, {})
                    first = False
                    if (child.tail or "").strip():
                        paragraph.add_run(child.tail)
                    continue
                else:
                    self.inline(child, paragraph, {}, tail=True)
                    continue
                if (child.tail or "").strip():
                    container.add_paragraph(child.tail.strip(), style="List Continue")

    def table(self, element, container) -> None:
        rows = [tr for tr in element.iter("tr")]
        if not rows:
            return
        width = max(len([c for c in tr if c.tag in ("td", "th")]) for tr in rows)
        table = container.add_table(rows=len(rows), cols=max(width, 1))
        table.style = self.writer.document.styles["Table Grid"]
        for r, tr in enumerate(rows):
            cells = [c for c in tr if c.tag in ("td", "th")]
            for c, cell in enumerate(cells):
                paragraph = table.cell(r, c).paragraphs[0]
                self.inline_children(cell, paragraph, {"bold": True} if cell.tag == "th" else {})

    def inline_children(self, element, paragraph, fmt: dict) -> None:
        if element.text:
            self._run(paragraph, element.text, fmt)
        for child in element:
            self.inline(child, paragraph, fmt, tail=True)

    def inline(self, element, paragraph, fmt: dict, *, tail: bool) -> None:
        tag = element.tag
        if tag in ("strong", "b"):
            self.inline_children(element, paragraph, {**fmt, "bold": True})
        elif tag in ("em", "i"):
            self.inline_children(element, paragraph, {**fmt, "italic": True})
        elif tag in ("code", "kbd", "tt"):
            self.inline_children(element, paragraph, {**fmt, "code": True})
        elif tag in ("s", "del", "strike"):
            self.inline_children(element, paragraph, {**fmt, "strike": True})
        elif tag == "u":
            self.inline_children(element, paragraph, {**fmt, "underline": True})
        elif tag == "br":
            paragraph.add_run().add_break()
        elif tag == "img":
            self.writer.image(paragraph, element.get("src", ""), element.get("alt", ""))
        elif tag == "a" and element.get("href"):
            self.link(element, paragraph, fmt)
        else:
            self.inline_children(element, paragraph, fmt)
        if tail and element.tail:
            self._run(paragraph, element.tail, fmt)

    def link(self, element, paragraph, fmt: dict) -> None:
        """A real hyperlink: a ``w:hyperlink`` with the Hyperlink character style."""
        part = paragraph.part
        r_id = part.relate_to(element.get("href"), RT.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), r_id)
        paragraph._p.append(hyperlink)
        start = len(paragraph.runs)
        self.inline_children(element, paragraph, fmt)
        for run in paragraph.runs[start:]:
            run.style = paragraph.part.document.styles["Hyperlink"]
            hyperlink.append(run._r)

    def _run(self, paragraph, text: str, fmt: dict) -> None:
        run = paragraph.add_run(text)
        if fmt.get("bold"):
            run.bold = True
        if fmt.get("italic"):
            run.italic = True
        if fmt.get("strike"):
            run.font.strike = True
        if fmt.get("underline"):
            run.underline = True
        if fmt.get("code"):
            run.font.name = "Noto Sans Mono"


def _depth(root) -> int:
    """How deep the element tree under ``root`` goes."""
    deepest, stack = 0, [(root, 0)]
    while stack:
        element, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in element)
    return deepest


def _restart_numbering(document, style_name: str) -> int | None:
    """A new numbering instance of ``style_name``'s list that starts again at 1 (Word otherwise
    numbers every List Number paragraph of the document as one list)."""
    style = document.styles[style_name]
    ppr = style.element.pPr
    num_pr = ppr.numPr if ppr is not None else None
    if num_pr is None or num_pr.numId is None:
        return None
    numbering = document.part.numbering_part.numbering_definitions._numbering
    base = numbering.num_having_numId(num_pr.numId.val)
    num = numbering.add_num(base.abstractNumId.val)
    for ilvl in range(3):
        override = num.add_lvlOverride(ilvl=ilvl)
        override.add_startOverride(1)
    return num.numId


def _set_num(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = ppr.get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id
