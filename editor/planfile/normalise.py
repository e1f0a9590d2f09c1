"""Rewrite a whole document in the exporter's canonical layout (``plan-editor format``).

Only on explicit request: ordinary saves never normalise. Every part the reader recognised is
re-rendered; text it did not recognise is kept, in place, with canonical blank lines around it.
The file keeps its encoding, BOM, dominant line ending and final-newline state.
"""

from __future__ import annotations

from editor.planfile import layout
from editor.planfile.plan import PlanFile
from editor.planfile.syntax import TEXT, image_parts, lead_text, normalise_eol, prompt_text


def canonical_text(doc: PlanFile) -> str:
    blocks = doc.blocks
    outline = doc.outline
    out: list[str] = []
    if doc.title is not None:
        out.append(layout.title_line(doc.title) + "\n")
    tags = sorted(doc.tags, key=lambda t: layout.tag_rank(t.key))
    for t in tags:
        out.append(layout.tag_line(t.key, t.value))
        if t.key in layout.HEAD_KEYS:
            out.append("\n")
    preamble = "".join(b.src for b in blocks[: outline.header_end] if b.kind == TEXT)
    preamble = normalise_eol(preamble).strip("\n")
    if preamble.strip():
        out.append(
            ("\n" if tags and tags[-1].key not in layout.HEAD_KEYS else "") + preamble + "\n\n"
        )

    def question(q: int) -> str:
        span = outline.questions[q]
        answer = doc.question(span.number).answer
        text = f"\n> {prompt_text(blocks[span.prompt])}\n"
        text += f"\n{answer}\n" if answer else "\n"
        for i in span.images:
            alt, url = image_parts(blocks[i])
            text += layout.image(url, alt)
        return text

    def items(spans: list[tuple[str, int]]) -> str:
        text = ""
        for kind, i in spans:
            if kind == "question":
                text += question(i)
            elif kind == "image":
                alt, url = image_parts(blocks[i])
                text += layout.image(url, alt)
            elif kind == "text":
                text += "\n" + normalise_eol(blocks[i].src).strip("\n") + "\n"
            else:
                g = outline.groups[i]
                text += f'\n\n<div class="group">\n\n{items(g.items)}\n\n</div>\n\n'
        return text

    for s in outline.sections:
        if s.heading is not None:
            title = blocks[s.heading].line[2:].strip()
            lead = "" if s.lead is None else lead_text(blocks[s.lead])
            out.append(f"## {title}\n**{lead}**\n")
        out.append(items(s.items))
    text = "".join(out)
    if not doc.dumps().endswith(("\n", "\r")):
        text = text.rstrip("\n")
    return text if doc.newline == "\n" else text.replace("\n", doc.newline)


def normalise(doc: PlanFile) -> PlanFile:
    """A new document with the same content in canonical layout."""
    return PlanFile(canonical_text(doc), encoding=doc.encoding, bom=doc.bom, newline=doc.newline)
