"""The exporter's canonical layout for new content: tag lines, sections, questions, groups.

Everything here renders with ``\\n``; the document converts to its own line ending on insert.
"""

from __future__ import annotations

# Keys the exporter writes first, each followed by a blank line, in this order.
HEAD_KEYS = ("focal_point", "year", "type")
# The platform's tag kinds, written sorted by key after the head keys.
TAG_KEYS = ("datasources", "methods", "sdgs", "thematic_areas")
# Locations come after the tag kinds: country then latlng for each.
LOCATION_KEYS = ("country", "latlng")


def tag_rank(key: str) -> tuple[int, str]:
    """Where a key goes in the exporter's order; metafields keep the order they were added."""
    if key in HEAD_KEYS:
        return (HEAD_KEYS.index(key), "")
    if key in TAG_KEYS:
        return (10, key)
    if key in LOCATION_KEYS:
        return (20, "")
    return (30, "")


def tag_line(key: str, value: str) -> str:
    return f"[[{key}:{value}]]\n"


def title_line(title: str) -> str:
    return f"# {title}\n"


def answer_body(text: str) -> str:
    """An answer's text as lines, each ending in ``\\n``; empty text gives no lines."""
    if not text:
        return ""
    return text if text.endswith("\n") else text + "\n"


def question(prompt: str, answer: str = "") -> str:
    """``\n> prompt\n`` then ``\n<text>\n``, as the exporter writes a text item (an empty
    answer writes nothing)."""
    body = answer_body(answer)
    return f"\n> {prompt}\n" + (f"\n{body}" if body else "")


def group(items: list[tuple[str, str]]) -> str:
    """One group block: its prompts and answers wrapped in ``<div class="group">``."""
    inner = "".join(question(p, a) for p, a in items)
    return f'\n\n<div class="group">\n\n{inner}\n\n</div>\n\n'


def section(title: str, lead: str = "", items: list[tuple[str, str]] | None = None) -> str:
    body = "".join(question(p, a) for p, a in items or [])
    return f"## {title}\n**{lead}**\n{body}"


def image(url: str, alt: str = "Missing alt text") -> str:
    return f"\n\n![{alt}]({url})\n\n"
