"""HTML entities in texts (``&amp;`` in 770 archive files): shown as their characters, written
back as they were.

``shown(raw)`` is what a user reads; ``edit_raw(raw, new)`` turns the user's new text back into
the file's own spelling: only the characters between the common start and end of the old and
new shown texts change, so every entity outside the edit keeps its bytes, and a typed ``&``,
``<`` or ``>`` is written as an entity where the text already spells them so.
"""

from __future__ import annotations

import html
import re

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}


def _spans(raw: str) -> tuple[str, list[int]]:
    """(the text as shown, where each shown character starts in ``raw``, plus ``len(raw)``)."""
    shown: list[str] = []
    starts: list[int] = []
    at = 0
    for m in _ENTITY.finditer(raw):
        for k in range(at, m.start()):
            shown.append(raw[k])
            starts.append(k)
        char = html.unescape(m.group(0))
        if char == m.group(0):  # not an entity html knows: plain text
            for k in range(m.start(), m.end()):
                shown.append(raw[k])
                starts.append(k)
        else:
            for c in char:
                shown.append(c)
                starts.append(m.start())
        at = m.end()
    for k in range(at, len(raw)):
        shown.append(raw[k])
        starts.append(k)
    starts.append(len(raw))
    return "".join(shown), starts


def _character(m: re.Match) -> str:
    return html.unescape(m.group(0))  # an entity html does not know stays as it is


def shown(raw: str) -> str:
    """``raw`` with its entities as characters (as ``_spans`` reads them, without its map)."""
    return _ENTITY.sub(_character, raw) if "&" in raw else raw


def edit_raw(raw: str, new: str) -> str:
    """The file's spelling of ``new``, a user's edit of ``shown(raw)``."""
    if "&" not in raw:
        return new
    old, starts = _spans(raw)
    if old == new:
        return raw
    limit = min(len(old), len(new))
    a = 0
    while a < limit and old[a] == new[a]:
        a += 1
    end = 0
    while end < limit - a and old[-1 - end] == new[-1 - end]:
        end += 1
    middle = new[a : len(new) - end]
    if "&amp;" in raw or "&lt;" in raw or "&gt;" in raw:
        middle = "".join(_ESCAPES.get(c, c) for c in middle)
    return raw[: starts[a]] + middle + raw[starts[len(old) - end] :]
