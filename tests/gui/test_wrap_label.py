"""The form's wrapped labels remember their height for a width, and forget it when what it
depends on changes: a longer text or a larger font is shown whole, never cut to the old height."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from editor.ui.form.fields import WrapLabel

LONG = "A problem said at length, so that it wraps over many lines of the form. " * 6


def _shown(qtbot, text: str) -> tuple[QWidget, WrapLabel]:
    box = QWidget()
    qtbot.addWidget(box)
    lay = QVBoxLayout(box)
    label = WrapLabel(text, box)
    lay.addWidget(label)
    lay.addStretch(1)
    box.resize(300, 1500)
    box.show()
    qtbot.waitExposed(box)
    return box, label


def _whole(label: WrapLabel) -> bool:
    needed = label.fontMetrics().boundingRect(
        0, 0, label.width(), 10_000, label.alignment() | label.wordWrap() * 0x1000, label.text()
    )
    return label.height() >= needed.height()


def test_a_longer_text_is_shown_whole(qtbot):
    _, label = _shown(qtbot, "Short.")
    one_line = label.height()
    label.setText(LONG)
    qtbot.waitUntil(lambda: label.height() > 3 * one_line and _whole(label), timeout=2000)


def test_a_larger_font_is_shown_whole(qtbot):
    _, label = _shown(qtbot, LONG)
    before = label.height()
    label.setStyleSheet("font-size: 30px")
    qtbot.waitUntil(lambda: label.height() > before * 1.5 and _whole(label), timeout=2000)
