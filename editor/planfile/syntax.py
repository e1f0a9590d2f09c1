"""The lossless syntax layer: split plan-file text into blocks that keep their exact source.

A document is a flat list of blocks. Joining the blocks' ``src`` gives back the text, byte for
byte, whatever the text holds. Each block is one structural line (title, tag, section heading,
lead, prompt, group open/close, image) with its line ending, or a run of other lines (``text``:
answers, blank lines, anything unrecognised). The semantic view (``structure.py``) is derived
from the blocks; edits replace blocks (``document.py``).

Lines are classified by their first character, so an answer line costs one set look-up and a
3 MB single-line answer costs one string split.
"""

from __future__ import annotations

import re
from typing import NamedTuple

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

_TAG = re.compile(r"\[\[(?P<key>[^:\]\r\n]+):(?P<value>[^\r\n]*)\]\][ \t]*")
_IMAGE = re.compile(r"!\[(?P<alt>[^\]\r\n]*)\]\((?P<url>[^\r\n]*)\)[ \t]*")
_LONE_CR = re.compile(r"\r(?!\n)")
# A line that may be structural, after its line break: a literal first character lets the regex
# engine skip through the text in C (a MULTILINE "^" would be tried at every character).
_CANDIDATE = re.compile(r"\n[#>\[*<!][^\n]*")

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+")


class Block(NamedTuple):
    """One piece of the source: a structural line or a run of other lines."""

    kind: str
    src: str

    @property
    def line(self) -> str:
        """The block's first line without its line ending."""
        src = self.src
        end = src.find("\n")
        cr = src.find("\r", 0, None if end < 0 else end)
        if cr >= 0:
            end = cr
        return src if end < 0 else src[:end]


def split_lines(text: str) -> list[str]:
    """Lines with their own line endings kept (``\\r\\n``, ``\\n`` or a lone ``\\r``)."""
    return _LINE.findall(text)


def line_ending(line: str) -> str:
    if line.endswith("\r\n"):
        return "\r\n"
    if line.endswith(("\n", "\r")):
        return line[-1]
    return ""


def tag_parts(block: Block) -> tuple[str, str]:
    m = _TAG.match(block.line)
    assert m is not None, block
    return m.group("key"), m.group("value")


def normalise_eol(s: str) -> str:
    """``s`` with every line ending (CR LF, a lone CR) as LF."""
    return s.replace("\r\n", "\n").replace("\r", "\n")


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


def _classify(line: str) -> str | None:
    """The kind of a heading, title, lead, group or image line (no line ending), before context."""
    first = line[:1]
    body = line.rstrip(" \t")
    if first == "#":
        if body == "##" or line.startswith(("## ", "##\t")):
            return HEADING
        if line.startswith(("# ", "#\t")):
            return TITLE
    elif first == "*":
        if len(body) >= 4 and body.startswith("**") and body.endswith("**"):
            return LEAD
    elif first == "<":
        if body == GROUP_OPEN_LINE:
            return OPEN
        if body == GROUP_CLOSE_LINE:
            return CLOSE
    elif first == "!":
        # _IMAGE.fullmatch without running it over a long data: URL: "![alt](" with no "]" in
        # alt, then anything, then ")" and blanks
        if line[1:2] == "[" and "\r" not in line:
            close = line.find("]")
            body = line.rstrip(" \t")
            if line[close + 1 : close + 2] == "(" and body.endswith(")") and len(body) > close + 2:
                return IMAGE
    return None


def parse_blocks(text: str, *, header: bool = True) -> list[Block]:
    """Split ``text`` into blocks; ``"".join(b.src for b in blocks) == text`` always holds.

    ``header`` says whether the text starts in the tag header (where ``[[key:value]]`` lines are
    tags and ``# `` is the title). The header ends at the first section heading or prompt.
    """
    # Lines are cut at '\n'; a lone '\r' (old Mac endings) is read as '\n' in a same-length copy
    # and the blocks are cut from the original text. This loop is the parser's hot path, so it
    # stays flat.
    scan = _LONE_CR.sub("\n", text) if "\r" in text else text
    end_of_text = len(scan)
    blocks: list[Block] = []
    append = blocks.append
    new = tuple.__new__  # Block(kind, src) without the namedtuple's Python-level __new__
    tag_match = _TAG.fullmatch
    text_start = 0  # where the pending run of text lines began
    after = -1  # where the line after the last candidate line starts
    prev: str | None = None  # kind of the line before, when it was structural
    title_seen = False
    depth = 0
    # Only the lines that can be structural (their first character is one of "#>[*<!") are
    # visited: the regex finds them in C, and every other line is text between them.
    # "\n" + scan: the first line is found as every other, one character on; the spans below
    # are those of scan.
    for m in _CANDIDATE.finditer("\n" + scan):
        start, end = m.span()
        end -= 1
        if start != after:
            prev = None  # a line of plain text came between
        after = pos = end + 1  # past the end on the last line; slicing clamps it
        line = scan[start:end]
        c = line[0]
        if c == ">":
            # A prompt is one '>' line after a blank or structural line; '>' lines in a row
            # are quoted text inside an answer.
            if prev == "quote" or (end < end_of_text and scan[pos : pos + 1] == ">"):
                prev = "quote"
                continue
            if prev is None and start and scan[scan.rfind("\n", 0, start - 1) + 1 : start].strip():
                prev = "quote"
                continue
            kind = PROMPT
            header = False
        elif c == "[":
            # '[[key:value]]' with no ']' in the key; the regex only for trailing blanks or CR.
            colon = line.find(":")
            if not header or not (
                (line.endswith("]]") and colon > 2 and line[1] == "[" and line.find("]") > colon)
                or tag_match(line.rstrip("\r"))
            ):
                prev = None
                continue
            kind = TAG
        else:
            kind = _classify(line[:-1] if line.endswith("\r") else line)
            if kind is None:
                prev = None
                continue
            if kind == HEADING:
                header = False
            elif kind == LEAD:
                if prev != HEADING:
                    prev = None
                    continue
            elif kind == TITLE:
                if not header or title_seen:
                    prev = None
                    continue
                title_seen = True
            elif kind == OPEN:
                if depth:
                    prev = None
                    continue
                depth = 1
            elif kind == CLOSE:
                if not depth:
                    prev = None
                    continue
                depth = 0
        if start > text_start:
            append(new(Block, (TEXT, text[text_start:start])))
        append(new(Block, (kind, text[start:pos])))
        text_start = pos
        prev = kind
    if text_start < len(text):
        append(Block(TEXT, text[text_start:]))
    return blocks


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
