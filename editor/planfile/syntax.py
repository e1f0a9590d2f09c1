"""The lossless syntax layer: split plan-file text into blocks that keep their exact source.

A document is a flat list of blocks. Joining the blocks' ``src`` gives back the text, byte for
byte, whatever the text holds. Each block is one structural line (title, tag, section heading,
lead, prompt, group open/close, image) with its line ending, or a run of other lines (``text``:
answers, blank lines, anything unrecognised). The semantic view (``structure.py``) is derived
from the blocks; edits replace blocks (``document.py``).

Structural lines are found with one regular expression over the whole text, so answer lines are
never visited one by one in Python: a 3 MB answer costs one regex scan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TITLE = "title"
TAG = "tag"
HEADING = "heading"
LEAD = "lead"
PROMPT = "prompt"
OPEN = "open"
CLOSE = "close"
IMAGE = "image"
TEXT = "text"

GROUP_OPEN_LINE = '<div class="group">'
GROUP_CLOSE_LINE = "</div>"

# One alternative per structural line kind; every alternative must match a whole line. Trailing
# blanks are allowed after the construct and kept in the block's source.
_STRUCT = re.compile(
    r"^(?:"
    r"(?P<heading>##(?:[ \t][^\r\n]*)?)"
    r"|(?P<title>#[ \t][^\r\n]*)"
    r"|(?P<lead>\*\*[^\r\n]*\*\*)"
    r"|(?P<prompt>>[^\r\n]*)"
    r'|(?P<open><div class="group">)'
    r"|(?P<close></div>)"
    r"|(?P<image>!\[[^\]\r\n]*\]\([^\r\n]*\))"
    r"|(?P<tag>\[\[[^:\]\r\n]+:[^\r\n]*\]\])"
    r")[ \t]*(?:\r\n|\n|\r(?!\n)|\Z)",
    re.M,
)
_TAG = re.compile(r"\[\[(?P<key>[^:\]\r\n]+):(?P<value>[^\r\n]*)\]\][ \t]*")
_IMAGE = re.compile(r"!\[(?P<alt>[^\]\r\n]*)\]\((?P<url>[^\r\n]*)\)[ \t]*")
_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+")


@dataclass(frozen=True, slots=True)
class Block:
    """One piece of the source: a structural line or a run of other lines."""

    kind: str
    src: str

    @property
    def line(self) -> str:
        """The block's first line without its line ending."""
        end = len(self.src)
        for i, ch in enumerate(self.src):
            if ch in "\r\n":
                end = i
                break
        return self.src[:end]


def split_lines(text: str) -> list[str]:
    """Lines with their own line endings kept (``\\r\\n``, ``\\n`` or a lone ``\\r``)."""
    return _LINE.findall(text)


def line_ending(line: str) -> str:
    if line.endswith("\r\n"):
        return "\r\n"
    if line.endswith(("\n", "\r")):
        return line[-1]
    return ""


def strip_eol(line: str) -> str:
    return line.rstrip("\r\n")


def tag_parts(block: Block) -> tuple[str, str]:
    m = _TAG.match(block.line)
    assert m is not None, block
    return m.group("key"), m.group("value")


def image_parts(block: Block) -> tuple[str, str]:
    m = _IMAGE.match(block.line)
    assert m is not None, block
    return m.group("alt"), m.group("url")


def heading_title(block: Block) -> str:
    return block.line[2:].strip()


def lead_text(block: Block) -> str:
    return block.line.rstrip()[2:-2]


def prompt_text(block: Block) -> str:
    return block.line[1:].strip()


def title_text(block: Block) -> str:
    return block.line[1:].strip()


def is_blank(line: str) -> bool:
    return not line.strip()


def _blank_before(text: str, pos: int) -> bool:
    """True when the line before ``pos`` is blank, or ``pos`` starts the text."""
    if pos == 0:
        return True
    end = pos - 1
    if text[end] == "\n" and end > 0 and text[end - 1] == "\r":
        end -= 1
    start = max(text.rfind("\n", 0, end), text.rfind("\r", 0, end)) + 1
    return not text[start:end].strip()


def parse_blocks(text: str, *, header: bool = True) -> list[Block]:
    """Split ``text`` into blocks; ``"".join(b.src for b in blocks) == text`` always holds.

    ``header`` says whether the text starts in the tag header (where ``[[key:value]]`` lines are
    tags and ``# `` is the title). The header ends at the first section heading or prompt.
    """
    blocks: list[Block] = []
    pos = 0
    prev_kind = None  # kind of the previous structural block, when nothing lies in between
    depth = 0
    matches = list(_STRUCT.finditer(text))
    for n, m in enumerate(matches):
        kind = m.lastgroup
        start, end = m.start(), m.end()
        if start == end:
            continue
        adjacent = start == pos
        if kind == TITLE or kind == TAG:
            if not header or (kind == TITLE and any(b.kind == TITLE for b in blocks)):
                kind = TEXT
        elif kind == LEAD:
            if not (adjacent and prev_kind == HEADING):
                kind = TEXT
        elif kind == PROMPT:
            # A prompt is one '>' line after a blank line or a structural line. Two '>' lines in
            # a row are quoted text inside an answer.
            nxt = matches[n + 1] if n + 1 < len(matches) else None
            quoted_next = nxt is not None and nxt.start() == end and nxt.lastgroup == PROMPT
            quoted_prev = adjacent and prev_kind == "quote"
            after_struct = adjacent and prev_kind not in (None, TEXT, "quote")
            if quoted_next or quoted_prev or not (after_struct or _blank_before(text, start)):
                kind = "quote"
        elif kind == OPEN:
            if depth:
                kind = TEXT
            else:
                depth = 1
        elif kind == CLOSE:
            if depth:
                depth = 0
            else:
                kind = TEXT
        if kind in (HEADING, PROMPT):
            header = False
        if kind in (TEXT, "quote"):
            prev_kind = kind
            continue  # stays part of the surrounding text run
        if start > pos:
            _add_text(blocks, text[pos:start])
        blocks.append(Block(kind, text[start:end]))
        pos = end
        prev_kind = kind
    if pos < len(text):
        _add_text(blocks, text[pos:])
    return blocks


def _add_text(blocks: list[Block], src: str) -> None:
    if blocks and blocks[-1].kind == TEXT:
        blocks[-1] = Block(TEXT, blocks[-1].src + src)
    else:
        blocks.append(Block(TEXT, src))


def merge_text(blocks: list[Block]) -> list[Block]:
    """Merge adjacent text blocks and drop empty ones (after an edit spliced blocks)."""
    out: list[Block] = []
    for b in blocks:
        if not b.src:
            continue
        if b.kind == TEXT and out and out[-1].kind == TEXT:
            out[-1] = Block(TEXT, out[-1].src + b.src)
        else:
            out.append(b)
    return out
