"""The window by keyboard alone: Tab follows what is seen, focus survives structural edits,
Ctrl+F / Down / Enter open a plan from the search, F6 moves between the panes.

Every key goes to the widget that has the focus, as the keyboard would send it.
"""

from __future__ import annotations

import shutil

import pytest
from paths import MONGOLIA, SEED
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
)

from editor.ui.form.fields import Field
from editor.ui.form.view import GroupBox, Placeholder, SectionBox, reading_order, tab_stops

PARTNER = "Please state the name of the partner:"
SECTOR = "What sector does our partner belong to?"
WAIT = 5000


def focused():
    return QApplication.focusWidget()


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def field_of(widget) -> Field | None:
    while widget is not None and not isinstance(widget, Field):
        widget = widget.parentWidget()
    return widget


def inside(container, widget) -> bool:
    return widget is not None and (widget is container or container.isAncestorOf(widget))


def groups(window) -> list[GroupBox]:
    """The group boxes of the form, top to bottom as shown."""
    body = window.form.body
    found = [g for g in body.findChildren(GroupBox) if g.isVisibleTo(body)]
    return sorted(found, key=lambda g: g.mapTo(body, QPoint(0, 0)).y())


def prompt_of(group: GroupBox) -> str:
    return group.findChildren(Field)[0].label.text().rstrip(" *")


def button(container, text: str) -> QPushButton:
    return next(b for b in container.findChildren(QPushButton) if b.text() == text)


def section_buttons(section: SectionBox) -> list[QPushButton]:
    """A repeatable section's own Add section / Remove this section buttons."""
    return [
        b
        for b in section.findChildren(QPushButton)
        if b.text().startswith(("Add section", "Remove this section"))
    ]


def click_into(qtbot, editor) -> None:
    """Click in an input as a user would (scrolled into view first), which gives it the focus."""
    window = editor.window()
    window.form.ensureWidgetVisible(editor, 0, 40)
    target = editor.viewport() if isinstance(editor, QPlainTextEdit) else editor
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(10, 10))
    qtbot.waitUntil(lambda: focused() is editor, timeout=WAIT)


def settled(qtbot, window) -> None:
    """Wait until the form's sections are on screen (and what their build queued has run)."""
    body = window.form.body
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    qtbot.waitUntil(
        lambda: (boxes := body.findChildren(SectionBox)) and all(b.isVisible() for b in boxes),
        timeout=WAIT,
    )
    QApplication.processEvents()


@pytest.fixture
def mongolia(qtbot, open_window, tmp_path):
    if not MONGOLIA.exists():
        pytest.skip("shared corpus not present")
    path = tmp_path / MONGOLIA.name
    shutil.copyfile(MONGOLIA, path)
    window = open_window(path)
    settled(qtbot, window)
    assert [prompt_of(g) for g in groups(window)].count(PARTNER) == 1
    return window, path


def partner_groups(window) -> list[GroupBox]:
    boxes = groups(window)
    start = next(i for i, g in enumerate(boxes) if prompt_of(g) == PARTNER)
    return boxes[start:]


def test_tab_through_the_sdgs_visits_them_in_order(qtbot, open_window, seed_file):
    window = open_window(seed_file)
    settled(qtbot, window)
    sdgs = window.form.fields["tag:sdgs"].boxes
    latlng = window.form.fields["tag:latlng"]
    click_into(qtbot, latlng.lng)
    visited = []
    for _ in range(17):
        press(Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == [sdgs[n] for n in range(1, 18)]
    press(Qt.Key.Key_Tab)
    assert inside(window.form.fields["tag:methods"], focused())  # its first chip, then its entry
    press(Qt.Key.Key_Backtab)
    assert focused() is sdgs[17]


def test_tab_from_a_groups_last_field_reaches_its_buttons_then_what_follows(qtbot, mongolia):
    window, _ = mongolia
    first = partner_groups(window)[0]  # one partner: name, sector, description, new (4 divs)
    assert [field_of(f).label.text().rstrip(" *") for f in first.fields][:2] == [PARTNER, SECTOR]
    last_input = [w for w in reading_order(first) if w.isEnabled()][-3]  # before Add / Remove
    last_input.setFocus()
    press(Qt.Key.Key_Tab)
    assert focused() is button(first, "Add another")
    press(Qt.Key.Key_Tab)
    assert focused() is button(first, "Remove")
    press(Qt.Key.Key_Tab)
    assert not inside(first, focused())
    press(Qt.Key.Key_Backtab)
    assert focused() is button(first, "Remove")


def test_repeatable_sections_buttons_follow_their_section(qtbot, mongolia):
    window, _ = mongolia
    body = window.form.body
    sections = sorted(
        (s for s in body.findChildren(SectionBox) if s.isVisibleTo(body)),
        key=lambda s: s.mapTo(body, QPoint(0, 0)).y(),
    )
    learning = next(s for s in sections if section_buttons(s))
    nxt = sections[sections.index(learning) + 1]
    add, remove = section_buttons(learning)
    click_into(qtbot, learning.findChildren(QPlainTextEdit)[-1])
    press(Qt.Key.Key_Tab)
    assert focused() is add
    press(Qt.Key.Key_Tab)
    assert focused() is remove
    press(Qt.Key.Key_Tab)
    assert inside(nxt, focused())


def test_a_large_plan_builds_the_sections_scrolled_to_and_tab_runs_on_through_them(
    qtbot, open_window, tmp_path
):
    """A plan too large to build at once builds its sections where the user scrolls to: the
    sections in view are built; Tab goes through one in reading order and on into the next
    section, and Shift+Tab back into the one above, each built as Tab reaches it, shown, and
    keeping the focus (not passed on to the unbuilt sections after it)."""
    head, rest = SEED.read_text(encoding="utf-8").split("## ", 1)
    path = tmp_path / "large.txt"
    path.write_text(head + ("## " + rest) * 40, encoding="utf-8")
    window = open_window(path)
    settled(qtbot, window)
    form = window.form

    inputs = tab_stops

    def shown(widget) -> bool:
        """The widget is within the form's viewport."""
        top_left = widget.mapTo(form.viewport(), QPoint(0, 0))
        return form.viewport().rect().intersects(widget.rect().translated(top_left))

    def lands_in(index: int) -> None:
        """Focus reaches section ``index`` (built now if it was not), is shown, and stays."""
        qtbot.waitUntil(
            lambda: (box := section_of(focused())) is not None and box.index == index,
            timeout=WAIT,
        )
        qtbot.wait(100)  # what the Tab set going has run
        assert section_of(focused()).index == index
        assert shown(focused())

    def in_view() -> list[SectionBox]:
        """The built sections with inputs that the viewport shows."""
        top = form.verticalScrollBar().value()
        bottom = top + form.viewport().height()
        return [
            s
            for s in form.slots
            if isinstance(s, SectionBox) and s.y() < bottom and s.y() + s.height() > top
            if inputs(s)
        ]

    def section_of(widget) -> SectionBox | None:
        while widget is not None and not isinstance(widget, SectionBox):
            widget = widget.parentWidget()
        return widget

    sections = window.document.plan.outline.sections

    def with_stops_after(index: int) -> int:
        return next(i for i in range(index + 1, len(sections)) if sections[i].items)

    # Tab from the last section built at the top, into the unbuilt ones after it.
    slots = form.slots
    last = next(
        s
        for n, s in enumerate(slots)
        if isinstance(s, SectionBox) and inputs(s) and isinstance(slots[n + 1], Placeholder)
    )
    inputs(last)[-1].setFocus()
    press(Qt.Key.Key_Tab)
    lands_in(with_stops_after(last.index))
    assert focused() is inputs(section_of(focused()))[0]

    bar = form.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the scroll bar dragged halfway down
    qtbot.waitUntil(lambda: bool(in_view()), timeout=WAIT)
    middle = in_view()[0]
    assert middle.index > 20  # a section of the middle, not one of the first built
    inputs(middle)[0].setFocus()
    visited = [focused()]
    for _ in range(40):
        press(Qt.Key.Key_Tab)
        if not inside(middle, focused()):
            break
        if visited[-1] is not focused():  # a label's link takes a Tab of its own
            visited.append(focused())
    assert visited == inputs(middle)
    lands_in(with_stops_after(middle.index))
    assert focused() is inputs(section_of(focused()))[0]
    press(Qt.Key.Key_Backtab)
    assert focused() is inputs(middle)[-1]

    # Shift+Tab from the first stop of a section with unbuilt ones above it: the last stop of
    # the nearest one above that has any, built now.
    edge = next(
        s
        for n, s in enumerate(form.slots)
        if n
        and isinstance(s, SectionBox)
        and isinstance(form.slots[n - 1], Placeholder)
        and inputs(s)
    )
    inputs(edge)[0].setFocus()
    press(Qt.Key.Key_Backtab)
    lands_in(next(i for i in range(edge.index - 1, -1, -1) if sections[i].items))
    assert focused() is inputs(section_of(focused()))[-1]

    # Scrolled back up a little: sections built above the middle one take their place too.
    built = list(form.slots)
    bar.setValue(middle.y() - 3 * form.viewport().height())
    qtbot.waitUntil(lambda: any(s not in built for s in in_view()), timeout=WAIT)
    upper = next(s for s in in_view() if s not in built)
    prior = [s for s in form.slots[: form.slots.index(upper)] if s in form.sections and inputs(s)]
    inputs(prior[-1])[-1].setFocus()  # the last stop built above: Tab goes on, not past them
    press(Qt.Key.Key_Tab)
    lands_in(with_stops_after(prior[-1].index))


def test_add_another_adds_a_whole_partner_and_focuses_it(qtbot, mongolia):
    window, path = mongolia
    first = partner_groups(window)[0]
    button(first, "Add another").setFocus()
    press(Qt.Key.Key_Space)  # the keyboard's click

    def in_new_group():
        boxes = partner_groups(window)
        return len(boxes) >= 2 and inside(boxes[1], focused())

    qtbot.waitUntil(in_new_group, timeout=WAIT)
    new = partner_groups(window)[1]
    assert new.findChild(QLabel, "groupTitle").text() == "Partner 2"
    assert [f.label.text().rstrip(" *") for f in new.fields][:2] == [PARTNER, SECTOR]
    assert isinstance(focused(), QPlainTextEdit) and not focused().toPlainText()
    assert field_of(focused()) is new.fields[0]
    qtbot.keyClicks(focused(), "Mongolian Herders Union")
    window.document.save()
    text = path.read_text(encoding="utf-8")
    original = MONGOLIA.read_text(encoding="utf-8")
    assert text.count('<div class="group">') == original.count('<div class="group">') + 4
    typed = text.index("Mongolian Herders Union")
    assert text.index("Is this a new and unusual partner") < typed
    assert text.index(SECTOR, typed) > typed  # the new partner's own sector item follows


def test_remove_moves_the_focus_to_the_previous_group_and_gives_the_file_back(qtbot, mongolia):
    window, path = mongolia
    button(partner_groups(window)[0], "Add another").click()
    qtbot.waitUntil(lambda: len(partner_groups(window)) >= 2, timeout=WAIT)
    qtbot.mouseClick(button(partner_groups(window)[1], "Remove"), Qt.MouseButton.LeftButton)

    def back_in_first():
        boxes = partner_groups(window)
        return (
            boxes
            and boxes[0].findChild(QLabel, "groupTitle").text() == "Partner 1"
            and not any(b.findChild(QLabel, "groupTitle").text() == "Partner 2" for b in boxes)
            and inside(boxes[0], focused())
        )

    qtbot.waitUntil(back_in_first, timeout=WAIT)
    window.document.save()
    assert path.read_bytes() == MONGOLIA.read_bytes()


def test_ctrl_f_focuses_the_search_and_down_enter_opens_a_result(qtbot, settings, tmp_path):
    if not MONGOLIA.exists():
        pytest.skip("shared corpus not present")
    from editor.ui.app import open_window

    from .conftest import FakeInteraction

    folder = tmp_path / "workspace"
    folder.mkdir()
    seed = folder / SEED.name
    shutil.copyfile(SEED, seed)
    other = folder / MONGOLIA.name
    shutil.copyfile(MONGOLIA, other)
    window = open_window([str(folder), str(seed)], settings=settings, interaction=FakeInteraction())
    qtbot.addWidget(window)
    window.show()
    try:
        panel = window.workspace
        qtbot.waitUntil(lambda: window.form is not None and window.form.is_built(), timeout=WAIT)
        settled(qtbot, window)
        qtbot.waitUntil(lambda: panel.facet_boxes["country"].count() > 2, timeout=WAIT * 2)
        answer = window.form.fields["q:3"].editor
        click_into(qtbot, answer)
        press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert focused() is panel.search
        qtbot.keyClicks(focused(), "rangeland")
        press(Qt.Key.Key_Down)
        assert focused() is panel.results
        assert panel.results.currentItem() is panel.results.item(0)
        assert "rangeland" in panel.results.currentItem().text().lower()
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.document.path == str(other), timeout=WAIT)
        # With no search, Down goes into the list of plans and Enter opens the current one.
        press(Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert focused() is panel.search
        panel.search.selectAll()
        press(Qt.Key.Key_Delete)
        press(Qt.Key.Key_Down)
        assert focused() is panel.view and panel.view.isVisible()
        while panel.selected_path() != str(seed):
            press(Qt.Key.Key_Down if panel.selected_path() == str(other) else Qt.Key.Key_Up)
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.document.path == str(seed), timeout=WAIT)
    finally:
        window.document.undo_stack.setClean()
        window.link.stop()


def test_f6_cycles_list_form_preview(qtbot, open_window, seed_file):
    window = open_window(seed_file)
    settled(qtbot, window)
    answer = window.form.fields["q:3"].editor
    click_into(qtbot, answer)
    press(Qt.Key.Key_F6)
    assert inside(window.preview, focused())
    press(Qt.Key.Key_F6)
    assert inside(window.workspace, focused())
    assert isinstance(focused(), QAbstractItemView)
    press(Qt.Key.Key_F6)
    assert focused() is answer  # back where the user was in the form
    press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert inside(window.workspace, focused())
    press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert inside(window.preview, focused())
    press(Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is answer


def test_every_interactive_widget_has_an_accessible_name(qtbot, mongolia):
    window, _ = mongolia
    kinds = (QLineEdit, QPlainTextEdit, QAbstractButton, QComboBox, QAbstractItemView)
    widgets = [
        w
        for root in (window.form.body, window.workspace)
        for kind in kinds
        for w in root.findChildren(kind)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.window() is window  # not the popups of combo boxes and completers
        and not isinstance(w.parent(), QComboBox)
    ]
    assert len(widgets) > 50
    unnamed = [
        f"{type(w).__name__} {getattr(w, 'text', str)()!r}"
        for w in widgets
        if not w.accessibleName()
    ]
    assert not unnamed


def test_the_list_of_plans_moves_by_row_home_end_and_not_by_cell(qtbot, settings, tmp_path):
    from editor.ui.app import open_window

    from .conftest import FakeInteraction

    folder = tmp_path / "workspace"
    folder.mkdir()
    for n in range(5):
        (folder / f"plan{n}.txt").write_text(f"# Plan {n}\n\n[[type:learningplan]]\n", "utf-8")
    window = open_window([str(folder)], settings=settings, interaction=FakeInteraction())
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    panel = window.workspace
    try:
        qtbot.waitUntil(lambda: panel.model.rowCount() == 5, timeout=WAIT)
        panel.filter.setFocus()
        press(Qt.Key.Key_Down)  # into the list, on its first plan
        assert focused() is panel.view
        titles = lambda: panel.view.currentIndex().data()  # noqa: E731
        assert titles() == "Plan 0"
        press(Qt.Key.Key_End)
        assert titles() == "Plan 4"
        press(Qt.Key.Key_Right)
        press(Qt.Key.Key_Right)
        assert titles() == "Plan 4" and panel.view.currentIndex().column() == 0
        press(Qt.Key.Key_Home)
        assert titles() == "Plan 0"
        press(Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.document is not None, timeout=WAIT)
        assert window.document.path == str(folder / "plan0.txt")
    finally:
        window.link.stop()
