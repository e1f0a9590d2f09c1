"""The plan as preview HTML: a header card, then each section with its questions and answers.

Rendering is incremental: every answer's HTML is cached by its text, so after a keystroke only
the edited answer goes through python-markdown again and the page is re-assembled from cached
fragments. Very large documents are rendered as a window of sections around the one being edited
(``budget``), and very large answers as escaped text, so a 3 MB plan stays responsive. python-
markdown is imported on first use, never on the start-up path.
"""

from __future__ import annotations

import html
import re
from collections import OrderedDict

from PySide6.QtCore import QCoreApplication

from editor.planfile import entities
from editor.ui.form import model


def _tr(text: str) -> str:
    return QCoreApplication.translate("Preview", text)


LARGE_ANSWER = 60_000  # characters: above this, show escaped text instead of markdown
SHOWN_OF_LARGE = 20_000
PAGE_BUDGET = 400_000  # characters of HTML assembled into one page
_CACHE_SIZE = 4096
_IMG = re.compile(r"<img\b[^>]*?\bsrc=\"(https?://[^\"]+)\"[^>]*>", re.I)
_ALT = re.compile(r"\balt=\"([^\"]*)\"", re.I)
_DATA_IMAGE = re.compile(r"data:image/[\w.+-]+;base64,[A-Za-z0-9+/=%]*", re.I)


def esc(text: str) -> str:
    return html.escape(text, quote=True)


class Renderer:
    """Renders a ``PlanFile`` to HTML, caching per-answer fragments."""

    def __init__(self, remote_images: bool = False) -> None:
        self.remote_images = remote_images
        self._md = None
        self._cache: OrderedDict[str, str] = OrderedDict()

    # -- fragments -------------------------------------------------------------------------------

    def markdown(self, text: str) -> str:
        hit = self._cache.get(text)
        if hit is not None:
            self._cache.move_to_end(text)
            return hit
        if len(text) > LARGE_ANSWER and len(_DATA_IMAGE.sub("", text)) > LARGE_ANSWER:
            out = self._large(text)  # inline images do not count: they are shown, not typed
        else:
            if self._md is None:
                import markdown

                self._md = markdown.Markdown(extensions=["tables", "fenced_code", "sane_lists"])
            out = self._md.reset().convert(text)
        if not self.remote_images:
            out = _IMG.sub(_placeholder, out)
        self._cache[text] = out
        if len(self._cache) > _CACHE_SIZE:
            self._cache.popitem(last=False)
        return out

    def _large(self, text: str) -> str:
        shown = text[:SHOWN_OF_LARGE]
        paras = "".join(f"<p>{esc(p)}</p>" for p in shown.split("\n\n") if p.strip())
        more = len(text) - len(shown)
        return paras + f'<p class="note">… {more:,} more characters, shown in full in the form.</p>'

    def image(self, alt: str, url: str) -> str:
        if url.lower().startswith(("http://", "https://")) and not self.remote_images:
            return _placeholder_html(alt, url)
        return f'<p class="image"><img src="{esc(url)}" alt="{esc(alt)}" width="480"></p>'

    def header(self, plan) -> str:
        tags = plan.tags
        values: dict[str, list[str]] = {}
        for t in tags:
            values.setdefault(t.key, []).append(t.value)
        title = plan.title
        title_html = esc(title) if title else f'<span class="missing">{_tr("Untitled plan")}</span>'
        rows = []

        def row(label: str, content: str) -> None:
            if content:
                rows.append(f'<tr><td class="label">{esc(label)}</td><td>{content}</td></tr>')

        row(_tr("Type"), esc(", ".join(values.get("type", []))))
        row(_tr("Year"), esc(", ".join(values.get("year", []))))
        row(_tr("Focal point"), esc(", ".join(values.get("focal_point", []))))
        places = ", ".join(values.get("country", []))
        if values.get("latlng"):
            places += f' <span class="dim">({esc("; ".join(values["latlng"]))})</span>'
        row(_tr("Country"), places if places.strip() else "")
        sdgs = []
        for v in values.get("sdgs", []):
            n = model.sdg_number(v)
            cls = f"sdg sdg{n}" if n else "sdg"
            sdgs.append(f'<span class="{cls}" title="{esc(v)}">&nbsp;{n or "?"}&nbsp;</span>')
        row(_tr("SDGs"), "&nbsp;".join(sdgs))
        for key, label in (
            ("methods", _tr("Methods")),
            ("datasources", _tr("Data sources")),
            ("thematic_areas", _tr("Thematic areas")),
        ):
            row(label, " ".join(_chip(v) for v in values.get(key, [])))
        other = [(k, v) for k, v in ((t.key, t.value) for t in tags) if k not in model.HEADER_KEYS]
        for k, v in other:
            row(k.replace("_", " ").capitalize(), esc(v))
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
            body = f'<p class="unanswered">{_tr("Not answered yet")}</p>'
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
            body.append(f'<p class="note">… {first} earlier sections not shown.</p>')
        body.extend(parts[i] for i in range(first, last + 1))
        if last < count - 1:
            body.append(f'<p class="note">… {count - 1 - last} later sections not shown.</p>')
        return "".join(body)


def _weight(fragment: str) -> int:
    """What a fragment costs the page budget: its text, not an inline image's payload (which
    the browser decodes once), so a page with one big embedded picture still shows whole."""
    if "base64," not in fragment:
        return len(fragment)
    return len(_DATA_IMAGE.sub("", fragment))


def _chip(text: str) -> str:
    return f'<span class="chip">&nbsp;{esc(text)}&nbsp;</span>'


def _placeholder_html(alt: str, url: str) -> str:
    label = esc(alt or "image")
    return (
        '<table class="placeholder" cellspacing="0" cellpadding="6"><tr><td>'
        f'Remote image not loaded: {label}<br><a href="{esc(url)}">{esc(url)}</a>'
        "</td></tr></table>"
    )


def _placeholder(m: re.Match) -> str:
    alt = _ALT.search(m.group(0))
    return _placeholder_html(html.unescape(alt.group(1)) if alt else "", html.unescape(m.group(1)))
