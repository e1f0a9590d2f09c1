"""The plan as HTML: the one home of the plan's HTML, for the preview and for export.

``Renderer`` builds the page the preview shows (a header card, then each section with its
questions and answers), its labels in the language of the run (``editor.i18n``). Rendering is
incremental: every answer's HTML is cached by its text, so after a keystroke only the edited
answer goes through python-markdown again and the page is re-assembled from cached fragments.
Very large documents are rendered as a window of sections around the one being edited
(``budget``), and very large answers as escaped text, so a 3 MB plan stays responsive.
python-markdown is imported on first use, never on the start-up path.

``plan_html`` is the same page as one standalone file for export: ``preview.css`` inline, local
images embedded as ``data:`` URIs, and sanitised with nh3 (the tags and attributes allowed are
listed below): no scripts, no event handlers, no styles or frames that load from elsewhere; the
only remote addresses left are the images and links the plan itself holds.
"""

from __future__ import annotations

import base64
import html
import mimetypes
import re
import sys
from collections import OrderedDict
from pathlib import Path

from editor.catalog import vocabularies
from editor.export.problems import cannot_export, cannot_write, image_not_loaded
from editor.i18n import translate
from editor.planfile import entities
from editor.resources import resource_path

LARGE_ANSWER = 60_000  # characters: above this, show escaped text instead of markdown
SHOWN_OF_LARGE = 20_000
# Characters of HTML assembled into one preview page: QTextBrowser.setHtml takes ~20 ms for
# 150,000 here, and the page is set again after every edit. The largest real page (a handbook
# blog) is ~90,000; a larger plan shows the sections around the one being edited.
PAGE_BUDGET = 150_000
_CACHE_SIZE = 4096
_IMG = re.compile(r"<img\b[^>]*?\bsrc=\"(https?://[^\"]+)\"[^>]*>", re.I)
_ALT = re.compile(r"\balt=\"([^\"]*)\"", re.I)
_DATA_IMAGE = re.compile(r"data:image/[\w.+-]+;base64,[A-Za-z0-9+/=%]*", re.I)

HEADER_KEYS = vocabularies.header_keys()  # the tags the header shows in places of their own


def esc(text: str) -> str:
    return html.escape(text, quote=True)


class Renderer:
    """Renders a ``PlanFile`` to HTML, caching per-answer fragments.

    ``tr`` translates the page's own words ("Not answered yet") into the language of the run."""

    def __init__(self, remote_images: bool = False) -> None:
        self.remote_images = remote_images
        self._md = None
        self._cache: OrderedDict[str, str] = OrderedDict()
        self._given: dict[str, str] = {}  # conversions made elsewhere (``take``)

    # -- fragments -------------------------------------------------------------------------------

    def tr(self, text: str) -> str:
        """``text`` in the language of the run (context ``Renderer``, as pyside6-lupdate files
        ``self.tr`` in this class)."""
        return translate("Renderer", text)

    def markdown(self, text: str) -> str:
        hit = self._cache.get(text)
        if hit is not None:
            self._cache.move_to_end(text)
            return hit
        if _is_large(text):
            out = self._large(text)
        else:
            out = self._given.pop(text, None)
            if out is None:
                try:
                    out = self._converter().reset().convert(text)
                except RecursionError:  # nested past python-markdown's limits: as typed
                    self._md = None  # (its parser keeps the nesting it gave up in)
                    out = _paragraphs(text)
        if not self.remote_images:
            out = _IMG.sub(self._placeholder_match, out)
        self._cache[text] = out
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return out

    def warm(self) -> None:
        """Import python-markdown and make the converter now, not at the next conversion."""
        self._converter()

    def _converter(self):
        """The python-markdown converter, made (and python-markdown imported) on first use."""
        if self._md is None:
            self._md = markdown_converter()
        return self._md

    def take(self, conversions: dict[str, str]) -> None:
        """Use ``conversions`` (markdown text -> HTML, from ``conversions`` in another process)
        instead of converting those texts here."""
        self._given.update(conversions)

    def _large(self, text: str) -> str:
        shown = text[:SHOWN_OF_LARGE]
        more = len(text) - len(shown)
        note = self.tr("… {0} more characters, shown in full in the form.").format(f"{more:,}")
        return _paragraphs(shown) + f'<p class="note">{esc(note)}</p>'

    def image(self, alt: str, url: str) -> str:
        if url.lower().startswith(("http://", "https://")) and not self.remote_images:
            return self._placeholder(alt, url)
        return f'<p class="image"><img src="{esc(url)}" alt="{esc(alt)}" width="480"></p>'

    def _placeholder(self, alt: str, url: str) -> str:
        label = esc(alt or "image")
        said = esc(self.tr("Remote image not loaded: {0}")).format(label)
        return (
            '<table class="placeholder" cellspacing="0" cellpadding="6"><tr><td>'
            f'{said}<br><a href="{esc(url)}">{esc(url)}</a>'
            "</td></tr></table>"
        )

    def _placeholder_match(self, m: re.Match) -> str:
        alt = _ALT.search(m.group(0))
        return self._placeholder(
            html.unescape(alt.group(1)) if alt else "", html.unescape(m.group(1))
        )

    def header(self, plan) -> str:
        tags = plan.tags
        values: dict[str, list[str]] = {}
        for t in tags:
            values.setdefault(t.key, []).append(t.value)
        title = plan.title
        title_html = (
            esc(title) if title else '<span class="missing">' + self.tr("Untitled plan") + "</span>"
        )
        rows = []

        def row(label: str, content: str) -> None:
            if content:
                rows.append(f'<tr><td class="label">{esc(label)}</td><td>{content}</td></tr>')

        row(self.tr("Type"), esc(", ".join(values.get("type", []))))
        row(self.tr("Year"), esc(", ".join(values.get("year", []))))
        row(self.tr("Focal point"), esc(", ".join(values.get("focal_point", []))))
        places = ", ".join(values.get("country", []))
        if values.get("latlng"):
            places += f' <span class="dim">({esc("; ".join(values["latlng"]))})</span>'
        row(self.tr("Country"), places if places.strip() else "")
        sdgs = []
        for v in values.get("sdgs", []):
            n = vocabularies.normalise_sdg(v)
            cls = f"sdg sdg{n}" if n else "sdg"
            name = f"{n}. {vocabularies.sdgs()[n - 1].shown_label()}" if n else v  # user's words
            sdgs.append(f'<span class="{cls}" title="{esc(name)}">&nbsp;{n or "?"}&nbsp;</span>')
        row(self.tr("SDGs"), "&nbsp;".join(sdgs))
        for key, label in (
            ("methods", self.tr("Methods")),
            ("datasources", self.tr("Data sources")),
            ("thematic_areas", self.tr("Thematic areas")),
        ):
            row(label, " ".join(_chip(v) for v in values.get(key, [])))
        other = [(k, v) for k, v in ((t.key, t.value) for t in tags) if k not in HEADER_KEYS]
        for k, v in other:
            row(vocabularies.tag_label(k), esc(v))
        return (
            '<table class="card" width="100%" cellspacing="0" cellpadding="10"><tr><td>'
            f'<h1 class="title">{title_html}</h1>'
            f'<table class="meta" cellspacing="0" cellpadding="3">{"".join(rows)}</table>'
            "</td></tr></table>"
        )

    def question(self, q) -> str:
        # an empty prompt: a part of the answer above (the exporter's unlabelled group items)
        prompt = esc(entities.shown(q.prompt)) if q.prompt.strip() else ""
        checked = q.checked
        if checked is not None:
            body = "".join(f'<p class="check">☑ {esc(entities.shown(o))}</p>' for o in checked if o)
        elif q.answer.strip():
            body = self.markdown(q.answer)
        else:
            body = ""
        if not body and not q.images and prompt:
            body = '<p class="unanswered">' + self.tr("Not answered yet") + "</p>"
        images = "".join(self.image(alt, url) for alt, url in q.images)
        label = f'<p class="prompt">{prompt}</p>' if prompt else ""
        return f'<a name="q{q.number}"></a>{label}<div class="answer">{body}{images}</div>'

    # -- pages -----------------------------------------------------------------------------------

    def section(self, plan, index: int, questions, titles) -> str:
        outline = plan.outline
        span = outline.sections[index]
        parts = [f'<a name="s{index}"></a>']
        title = titles[index]
        if title is not None:
            parts.append(f"<h2>{esc(title) if title.strip() else '&nbsp;'}</h2>")
        lead = plan.section_lead(index)
        if lead:
            parts.append(f'<p class="lead">{esc(lead)}</p>')
        parts.extend(self._items(plan, span.items, questions))
        return "".join(parts)

    def _items(self, plan, items, questions) -> list[str]:
        out = []
        blocks = plan.blocks
        for kind, i in items:
            if kind == "question":
                out.append(self.question(questions[i]))
            elif kind == "group":
                inner = "".join(self._items(plan, plan.outline.groups[i].items, questions))
                out.append(
                    '<table class="group" width="100%" cellspacing="0" cellpadding="8">'
                    f"<tr><td>{inner}</td></tr></table>"
                )
            elif kind == "image":
                out.append(self.image(*plan.image(i)))
            elif kind == "text":
                out.append(self.markdown(blocks[i].src.strip()))
        return out

    def preamble(self, plan) -> str:
        """The free text of the header: an article or page body, a description."""
        end = plan.outline.header_end
        return "".join(
            f'<div class="answer">{self.markdown(plan.free_text(n))}</div>'
            for n, i in enumerate(plan.free_texts())
            if i < end
        )

    def page(self, plan, focus_section: int | None = None, budget: int = PAGE_BUDGET) -> str:
        """The whole preview (or a window of sections around ``focus_section`` when large)."""
        questions = plan.questions
        titles = plan.section_titles()
        count = len(titles)
        head = self.header(plan) + self.preamble(plan)
        if count == 0:
            return head
        centre = min(max(focus_section or 0, 0), count - 1)
        parts = {centre: self.section(plan, centre, questions, titles)}
        size = _weight(parts[centre])
        lo, hi = centre - 1, centre + 1
        while size < budget and (lo >= 0 or hi < count):
            for i in (hi, lo):
                if 0 <= i < count and i not in parts and size < budget:
                    parts[i] = self.section(plan, i, questions, titles)
                    size += _weight(parts[i])
            lo, hi = lo - 1, hi + 1
        first, last = min(parts), max(parts)
        body = [head]
        if first > 0:
            note = self.tr("… {0} earlier sections not shown.").format(first)
            body.append(f'<p class="note">{esc(note)}</p>')
        body.extend(parts[i] for i in range(first, last + 1))
        if last < count - 1:
            note = self.tr("… {0} later sections not shown.").format(count - 1 - last)
            body.append(f'<p class="note">{esc(note)}</p>')
        return "".join(body)


def conversions(plan) -> dict[str, str]:
    """The markdown of ``plan``'s first page converted to HTML (text -> HTML): what
    ``Renderer.page`` converts for a preview opened at the top, and none of the page's own words
    (which are in the language of the window), for a renderer in another process to ``take``."""
    renderer = Renderer(remote_images=True)  # as converted: remote images are the taker's rule
    renderer.page(plan)
    return {text: out for text, out in renderer._cache.items() if not _is_large(text)}


def markdown_converter():
    """A python-markdown converter with the extensions every export converts answers with."""
    import markdown
    from markdown.extensions.fenced_code import FencedCodeExtension
    from markdown.extensions.sane_lists import SaneListExtension
    from markdown.extensions.tables import TableExtension

    # instances, not names: a name is looked up in the installed packages' entry points, which
    # costs the first preview ~25 ms
    return markdown.Markdown(
        extensions=[TableExtension(), FencedCodeExtension(), SaneListExtension()]
    )


def typed_blocks(text: str) -> list[str]:
    """``text`` as typed, one item per blank-line-separated block: how an answer python-markdown
    cannot convert (nested past its limits) is shown and exported."""
    return [p for p in text.split("\n\n") if p.strip()]


def _paragraphs(text: str) -> str:
    """``text`` as typed: escaped, one paragraph per block."""
    return "".join(f"<p>{esc(p)}</p>" for p in typed_blocks(text))


def _is_large(text: str) -> bool:
    """Shown as escaped text rather than converted (inline images do not count: they are shown,
    not typed)."""
    return len(text) > LARGE_ANSWER and len(_DATA_IMAGE.sub("", text)) > LARGE_ANSWER


def _weight(fragment: str) -> int:
    """What a fragment costs the page budget: its text, not an inline image's payload (which
    the browser decodes once), so a page with one big embedded picture still shows whole."""
    if "base64," not in fragment:
        return len(fragment)
    return len(_DATA_IMAGE.sub("", fragment))


def _chip(text: str) -> str:
    return f'<span class="chip">&nbsp;{esc(text)}&nbsp;</span>'


# -- export: one standalone, sanitised file --------------------------------------------------------

# What the page may hold after sanitising: what the renderer and python-markdown write, nothing
# that runs, frames, embeds or loads a style or font from elsewhere.
TAGS = {
    *("a", "abbr", "b", "blockquote", "br", "code", "del", "div", "em", "h1", "h2", "h3", "h4"),
    *("h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "ol", "p", "pre", "s", "small", "span"),
    *("strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul"),
}
ATTRIBUTES = {
    "*": {"class", "title", "lang", "dir"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "table": {"width", "cellspacing", "cellpadding"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "style"},
    "ol": {"start"},
}
_SCHEMES = {"http", "https", "mailto", "data"}
# Each block finds its own direction: an Arabic answer reads right to left in an English plan.
_AUTO = {"dir": "auto"}
_DIRECTED = {t: _AUTO for t in ("p", "h1", "h2", "h3", "h4", "li", "td", "th", "blockquote")}


def _keep(tag: str, attr: str, value: str) -> str | None:
    """The addresses kept: images from the web or inline, links to the web, mail and anchors."""
    low = value.strip().lower()
    if tag == "img" and attr == "src":
        return value if low.startswith(("http://", "https://", "data:image/")) else None
    if tag == "a" and attr == "href":
        return value if low.startswith(("http://", "https://", "mailto:", "#")) else None
    return value


def sanitise(fragment: str) -> str:
    import nh3

    return nh3.clean(
        fragment,
        tags=TAGS,
        attributes=ATTRIBUTES,
        url_schemes=_SCHEMES,
        attribute_filter=_keep,
        filter_style_properties={"text-align"},
        set_tag_attribute_values=_DIRECTED,
        clean_content_tags={"script", "style"},
        strip_comments=True,
    )


def language(plan) -> str:
    """The plan's language, as well as its script tells (a plan file names none)."""
    text = " ".join([plan.title or "", *(q.answer for q in plan.questions[:40])])[:20_000]
    counts: dict[str, int] = {}
    for ch in text:
        o = ord(ch)
        script = (
            "ar"
            if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F
            else "ka"
            if 0x10A0 <= o <= 0x10FF
            else "cyrl"
            if 0x0400 <= o <= 0x04FF
            else "latn"
            if ch.isalpha() and o < 0x0250 or 0x1E00 <= o <= 0x1EFF
            else None
        )
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return "en"
    script = max(counts, key=counts.get)
    if script == "cyrl":
        low = text.lower()
        return "mn" if ("ө" in low or "ү" in low) else "uk" if "ї" in low or "є" in low else "ru"
    if script != "latn":
        return script
    if re.search(r"[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", text.lower()):
        return "vi"
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {
        "en": sum(w in ("the", "and", "of", "to", "is", "with") for w in words),
        "fr": sum(w in ("le", "les", "des", "et", "est", "une", "du") for w in words),
        "es": sum(w in ("el", "los", "las", "del", "y", "con", "una") for w in words),
        "pt": sum(w in ("os", "das", "não", "com", "uma", "dos", "ao") for w in words),
    }
    return max(scores, key=scores.get) if any(scores.values()) else "en"


_IMG_SRC = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]*)(")', re.I)


def _embed_local_images(fragment: str, folder: Path, problems: list[str], name: str) -> str:
    """Local images as ``data:`` URIs, so the file stands alone; those that cannot be read are
    said by name (and dropped by the sanitiser)."""

    def inline(m: re.Match) -> str:
        url = html.unescape(m.group(2))
        if url.lower().startswith(("http://", "https://", "data:")):
            return m.group(0)
        path = Path(url.removeprefix("file://"))
        path = path if path.is_absolute() else folder / path
        try:
            data = path.read_bytes()
        except OSError as e:
            problems.append(image_not_loaded(name, url, e))
            return m.group(1) + m.group(3)
        kind = mimetypes.guess_type(path.name)[0] or "image/png"
        return f"{m.group(1)}data:{kind};base64,{base64.b64encode(data).decode()}{m.group(3)}"

    return _IMG_SRC.sub(inline, fragment)


def _css() -> str:
    try:
        return resource_path("preview.css").read_text(encoding="utf-8")
    except OSError:
        return ""


def render(source, *, standalone: bool = True, remote_images: bool = True) -> tuple[str, list]:
    """(the page, problems): ``plan_html`` with what went wrong on the way, by name."""
    problems: list[str] = []
    plan = source.plan
    body = Renderer(remote_images).page(plan, budget=sys.maxsize)
    body = _embed_local_images(body, Path(source.path).parent, problems, Path(source.path).name)
    body = sanitise(body)
    lang = language(plan)
    if not standalone:
        return f'<div lang="{lang}" dir="auto">{body}</div>', problems
    title = esc(plan.title or Path(source.path).stem)
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="auto">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{title}</title>\n<style>\n{_css()}\n"
        "body { max-width: 52em; margin: 1.5em auto; padding: 0 1em; }\n"
        "img { max-width: 100%; height: auto; }\n</style>\n</head>\n"
        f"<body>\n{body}\n</body>\n</html>\n"
    )
    return page, problems


def plan_html(source, *, standalone: bool = True) -> str:
    """The plan as the preview shows it, sanitised; a whole file with its styles when
    ``standalone``, else a fragment (a ``div`` with the plan's language)."""
    return render(source, standalone=standalone)[0]


def write_html(sources, out, *, combine: bool = False):
    """One HTML file per plan (in the folder ``out`` when there are several), or with
    ``combine`` all of them in the one file ``out``, each after the other."""
    from editor.export.structure import Report, out_paths

    report = Report()
    out = Path(out)
    sources = list(sources)
    if not sources:
        return report
    try:
        if combine or len(sources) == 1:
            out.parent.mkdir(parents=True, exist_ok=True)
            if combine and len(sources) > 1:
                text = _combined(sources, report)
            else:
                text, problems = render(sources[0])
                report.problems += problems
            out.write_text(text, encoding="utf-8")
            report.written.append(out)
            return report
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        report.problems.append(cannot_write(out, e))
        return report
    for source, target in zip(sources, out_paths(sources, out, ".html"), strict=True):
        try:
            text, problems = render(source)
            report.problems += problems
            target.write_text(text, encoding="utf-8")
            report.written.append(target)
        except Exception as e:  # one plan that fails does not stop the others
            report.problems.append(cannot_export(source.path, e))
    return report


def _combined(sources, report) -> str:
    parts, toc = [], []
    for n, source in enumerate(sources):
        try:
            fragment, problems = render(source, standalone=False)
        except Exception as e:
            report.problems.append(cannot_export(source.path, e))
            continue
        report.problems += problems
        title = esc(source.plan.title or Path(source.path).stem)
        toc.append(f'<li><a href="#plan{n}">{title}</a></li>')
        parts.append(f'<a name="plan{n}" id="plan{n}"></a>{fragment}<hr>')
    return (
        '<!DOCTYPE html>\n<html dir="auto">\n<head>\n<meta charset="utf-8">\n'
        f"<title>Plans</title>\n<style>\n{_css()}\n"
        "body { max-width: 52em; margin: 1.5em auto; padding: 0 1em; }\n"
        "img { max-width: 100%; height: auto; }\n</style>\n</head>\n<body>\n"
        f'<ol class="contents">{"".join(toc)}</ol>\n{"".join(parts)}\n</body>\n</html>\n'
    )
