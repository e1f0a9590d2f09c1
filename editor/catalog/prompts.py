"""The matching key of a form prompt, and the continuation lines of a prompt of several lines.

``normalise_prompt`` folds the differences between the real files' spellings of one prompt:
HTML entities (``&amp;``), curly quotes, all whitespace (non-breaking spaces, line breaks),
case and trailing punctuation.
"""

from __future__ import annotations

import html
import re

# Curly and low quotes, and the double prime, read as the straight quote they stand for.
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "″": '"', "‘": "'", "’": "'", "‚": "'"})
_TRAILING = re.compile(r"[\s.:;,!?]+$")


def normalise_prompt(text: str) -> str:
    text = html.unescape(text).translate(QUOTES)
    return _TRAILING.sub("", " ".join(text.split()).casefold())


def split_continuation(rest_of_prompt: str, answer: str) -> tuple[str, str]:
    """(prompt continuation, answer) of an answer read after a prompt of several lines.

    Only a prompt's first line carries '> '; the rest of it (``rest_of_prompt``, as the
    template has it) reads as the start of the answer. The continuation is returned so that an
    edit writes it back unchanged before the answer.
    """
    wanted = normalise_prompt(rest_of_prompt)
    if not wanted:
        return "", answer
    lines = answer.split("\n")
    for n in range(1, len(lines) + 1):
        got = normalise_prompt("\n".join(lines[:n]))
        if got == wanted:
            while n < len(lines) and not lines[n].strip():
                n += 1
            prefix = "\n".join(lines[:n])
            return prefix + ("\n" if n < len(lines) else ""), "\n".join(lines[n:])
        if not wanted.startswith(got):
            break
    return "", answer
