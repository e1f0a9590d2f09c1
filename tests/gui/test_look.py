"""The window's look as a user sees it, without a style sheet on the window: the form's cards on
its grey body, coloured prompts, a counter that turns red past its limit, a plan's status in
colour, review notes on their yellow band. Judged on the pixels the widgets paint."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from editor import cli
from editor.ui.form.view import SectionBox

RED, GREY_TEXT, GREEN = QColor("#c62828"), QColor("#829ab1"), QColor("#2e7d32")
BODY, CARD = QColor("#f4f6f9"), QColor("#ffffff")


def _near(a: QColor, b: QColor, slack: int = 40) -> bool:
    return all(abs(x - y) <= slack for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def _inks(widget: QWidget) -> list[QColor]:
    """The colours of the text a widget paints: its pixels unlike its most common one."""
    image = widget.grab().toImage()
    counts: dict[int, int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixel(x, y)
            counts[rgb] = counts.get(rgb, 0) + 1
    background = max(counts, key=counts.get)
    return [QColor(rgb) for rgb in counts if rgb != background]


def _shows_ink(widget: QWidget, colour: QColor) -> bool:
    return any(_near(ink, colour, 24) for ink in _inks(widget))


def test_the_window_has_no_style_sheet_to_slow_every_widget(open_window, seed_file):
    window = open_window(seed_file)
    assert window.styleSheet() == ""
    prompt = window.form.fields["title"].label
    assert prompt.style().metaObject().className() != "QStyleSheetStyle"


def test_sections_are_white_cards_on_the_grey_body(open_window, seed_file):
    window = open_window(seed_file)
    form = window.form
    box = next(s for s in form.slots if isinstance(s, SectionBox))
    form.ensureWidgetVisible(box)
    body = form.widget().grab().toImage()
    inside = box.mapTo(form.widget(), QPoint(box.width() // 2, 3))  # within the card's border
    outside = box.mapTo(form.widget(), QPoint(-8, box.height() // 2))  # the margin beside it
    assert _near(QColor(body.pixel(inside)), CARD, 2)
    assert _near(QColor(body.pixel(outside)), BODY, 2)
    # its title in the form's blue, larger and bolder than the prompts
    title = box.findChild(QLabel, "sectionTitle")
    assert _shows_ink(title, QColor("#0b4f9c"))
    prompt = box.fields[0].label
    assert title.font().pointSize() > prompt.font().pointSize()
    assert title.font().weight() > QLabel().font().weight()


def test_the_title_counter_turns_red_past_the_limit_and_back(qtbot, open_window, seed_file):
    window = open_window(seed_file)
    window.activateWindow()
    title = window.form.fields["title"]
    edit, counter = title.focus_widget(), title.count
    assert _shows_ink(counter, GREY_TEXT) and not _shows_ink(counter, RED)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClicks(edit, " and a much longer title")  # past 99 characters
    assert counter.text().startswith("10")
    qtbot.waitUntil(lambda: _shows_ink(counter, RED), timeout=2000)
    for _ in range(30):
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: _shows_ink(counter, GREY_TEXT) and not _shows_ink(counter, RED))


def test_the_status_is_green_once_the_plan_is_publishable(open_window, seed_file):
    window = open_window(seed_file)
    assert window.status_label.text() == "Publishable"
    assert _shows_ink(window.status_label, GREEN)
    assert window.status_label.font().weight() > QLabel().font().weight()


def test_a_review_note_is_on_a_yellow_band_and_an_approval_on_green(open_window, seed_file):
    """A reviewer's note on the title and verdict, written with the command line as a reviewer
    elsewhere would, shown when the author opens the plan."""
    note = ["review", str(seed_file), "--reviewer", "ana@undp.org", "--note", "title=Shorter."]
    assert cli.main(note) == 0
    assert cli.main(["review", str(seed_file), "--verdict", "approved"]) == 0
    window = open_window(seed_file)
    shown = window.form.fields["title"].note
    assert shown.isVisible() and "Shorter." in shown.text()
    band = shown.grab().toImage()
    assert _near(QColor(band.pixel(band.width() - 4, band.height() // 2)), QColor("#fff6d6"), 2)
    bar = window.review_ui.bar
    assert bar.isVisible()
    bar_image = bar.grab().toImage()
    assert _near(QColor(bar_image.pixel(bar.width() // 2, 3)), QColor("#e3f4e4"), 2)


def test_the_problems_list_is_ruled_off_from_the_form(open_window, seed_file):
    window = open_window(seed_file)
    problems = window.problems.grab().toImage()
    assert _near(QColor(problems.pixel(problems.width() // 2, 0)), QColor("#dde3ea"), 2)
    assert not _near(QColor(problems.pixel(problems.width() // 2, 3)), QColor("#dde3ea"), 2)
