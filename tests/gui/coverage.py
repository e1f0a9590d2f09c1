"""What of a file the form shows: every non-blank line of content and every tag value must
appear in a widget of the form, in an editable one where it is content (answers, free text).
Shared by the sampled test in ``make test`` and ``make acceptance``."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from editor.planfile.syntax import (
    CLOSE,
    HEADING,
    IMAGE,
    LEAD,
    OPEN,
    PROMPT,
    TAG,
    TEXT,
    TITLE,
    heading_title,
    image_parts,
    lead_text,
    prompt_text,
    split_lines,
    tag_parts,
    title_text,
)


@dataclass
class Coverage:
    lines: int = 0
    covered: int = 0
    missing: list[str] = field(default_factory=list)


def _texts(window) -> tuple[str, str]:
    """(text of the editable widgets, text of every widget) of the form, joined."""
    body = window.form.body
    editable: list[str] = []
    shown: list[str] = []
    for w in body.findChildren(QWidget):
        if not w.isVisibleTo(body):
            continue
        if isinstance(w, QPlainTextEdit):
            text = w.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")
            (shown if w.isReadOnly() else editable).append(text)
        elif isinstance(w, QLineEdit):
            (shown if w.isReadOnly() else editable).append(w.text())
        elif isinstance(w, QComboBox):
            editable.append(w.currentText())
        elif isinstance(w, QAbstractButton):
            if w.isCheckable() and w.isChecked():
                editable.append(w.text() or w.accessibleName())
            shown.append(w.toolTip())
        elif isinstance(w, QLabel):
            if w.objectName() == "continuation":  # the rest of a prompt: the form's, not the user's
                editable.append(w.text())
            shown.append(w.text())
            shown.append(w.toolTip())
        elif w.toolTip():
            shown.append(w.toolTip())
        if isinstance(getattr(w, "url", None), str):  # an image's thumbnail: its address
            shown.append(w.url)
    both = "\n".join(editable)
    return both, both + "\n" + "\n".join(shown) + "\n" + html.unescape("\n".join(shown))


def _norm(text: str) -> str:
    return " ".join(html.unescape(text).split())


def measure(window) -> Coverage:
    """Which non-blank lines of the open plan the form shows (and lets the user edit)."""
    editable, shown = _texts(window)
    editable_n, shown_n = _norm(editable), _norm(shown)
    out = Coverage()
    for block in window.document.plan.blocks:
        kind = block.kind
        if kind in (OPEN, CLOSE):
            continue  # the group boxes stand for them
        if kind == TITLE:
            wanted, where = [title_text(block)], editable_n
        elif kind == TAG:
            key, value = tag_parts(block)
            # a location shows as its latitude and longitude boxes
            wanted, where = (value.split(",") if key == "latlng" else [value]), shown_n
        elif kind == HEADING:
            wanted, where = [heading_title(block) or ""], shown_n
        elif kind == LEAD:
            wanted, where = [lead_text(block) or ""], shown_n
        elif kind == PROMPT:
            wanted, where = [prompt_text(block)], shown_n
        elif kind == IMAGE:
            wanted, where = [image_parts(block)[1]], shown_n
        elif kind == TEXT:
            wanted = [line for line in split_lines(block.src)]
            where = editable_n
        else:
            continue
        for line in wanted:
            text = _norm(line)
            if not text:
                continue
            out.lines += 1
            option = text[2:] if text.startswith("- ") and kind == TEXT else None
            if text in where or (option is not None and option in editable_n):
                out.covered += 1
            else:
                out.missing.append(f"{kind}: {text[:80]}")
    return out
