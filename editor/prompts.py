"""The matching key of a form prompt, free of pydantic so the window can use it at once.

``normalise_prompt`` folds the differences between the real files' spellings of one prompt:
HTML entities (``&amp;``), curly quotes, all whitespace (non-breaking spaces, line breaks),
case and trailing punctuation.
"""

from __future__ import annotations

import re

_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "″": '"', "‘": "'", "’": "'", "‚": "'"})
_TRAILING = re.compile(r"[\s.:;,!?]+$")


def normalise_prompt(text: str) -> str:
    import html  # html.entities is large: loaded when prompts are first matched, after start-up

    text = html.unescape(text).translate(_QUOTES)
    return _TRAILING.sub("", " ".join(text.split()).casefold())
