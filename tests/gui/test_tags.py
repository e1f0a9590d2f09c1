"""Every tag value of a real file is shown in the header and editable there: each location (its
country and its latlng) on a row of its own, each type of a codification page, each metafield
with its closed list. Each edit changes only the line it shows; keys and clicks as a user's."""

from __future__ import annotations

import shutil
from collections import Counter

import pytest
from paths import CORPUS
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
)

from editor.catalog import vocabularies
from editor.ui.actions import ActionId
from editor.ui.form.chips import Chip

SIC = CORPUS / "sic"
TWO_COUNTRIES = SIC / "caff__sospeso_pending_coffee.md"  # Ecuador, Italy; then consent
UAE_MOROCCO = SIC / "_________________________________eco_schools_initiative.md"
EIGHT_BOLIVIAS = SIC / "confirming__financiamiento_de_cuentas_por_cobrar_.md"  # identical lines
THREE_TYPES = SIC / "Community immersion.md"  # [[type:tactics]] [[type:skills]] [[type:tools]]
LOWER_GENDER = SIC / "1__decorative_basket_making___art_craft_.md"  # [[gender:male]]
EXPERIMENT = SIC / "circular_economy_secondhand_market_experiment.md"  # every experiment meta
WAIT = 5000


@pytest.fixture
def opened(qtbot, open_window, tmp_path):
    """``opened(src)`` -> (window, path) of a copy of the real file ``src``."""

    def opener(src):
        if not src.exists():
            pytest.skip("shared corpus not present")
        path = tmp_path / src.name
        shutil.copyfile(src, path)
        window = open_window(path)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
        return window, path

    return opener


def focused():
    return QApplication.focusWidget()


def click(qtbot, widget) -> None:
    widget.window().form.ensureWidgetVisible(widget, 0, 40)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))


def click_into(qtbot, widget) -> None:
    """Click in a line edit or an editable combo's text, as a user would: it takes the focus."""
    target = widget.lineEdit() if isinstance(widget, QComboBox) else widget
    widget.window().form.ensureWidgetVisible(widget, 0, 40)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(10, target.height() // 2))
    qtbot.waitUntil(lambda: focused() in (widget, target), timeout=WAIT)


def replace_text(qtbot, widget, text: str) -> None:
    """Select all of the field's text and type ``text`` over it, then Enter."""
    click_into(qtbot, widget)
    QTest.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(focused(), Qt.Key.Key_Delete)
    qtbot.keyClicks(focused(), text)
    popup = QApplication.activePopupWidget()  # the completion list the typing opened
    if popup is not None:
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    QTest.keyClick(focused(), Qt.Key.Key_Return)


def save(qtbot, window) -> None:
    window.actions[ActionId.SAVE].trigger()
    qtbot.waitUntil(lambda: not window.isWindowModified(), timeout=WAIT)


def changes(before: bytes, after: bytes) -> tuple[list[str], list[str]]:
    """(lines removed, lines added), as multisets."""
    old = Counter(before.decode("utf-8").splitlines())
    new = Counter(after.decode("utf-8").splitlines())
    return list((old - new).elements()), list((new - old).elements())


def shown_values(header) -> Counter:
    """Every value the header shows: line edits (a row's latitude and longitude as one
    ``lat,lng``), ticked SDG boxes, chips."""
    shown: Counter = Counter()
    edits = [
        w
        for w in header.findChildren(QLineEdit)
        if w.isVisibleTo(header) and w.accessibleName() not in ("New tag value",)
    ]
    latitudes = {}
    for w in edits:
        name = w.accessibleName()
        if name.startswith("Latitude"):
            latitudes[name.replace("Latitude", "")] = w.text()
        elif name.startswith("Longitude"):
            shown[f"{latitudes[name.replace('Longitude', '')]},{w.text()}"] += 1
        elif isinstance(w.parentWidget(), QComboBox):
            shown[w.parentWidget().currentText()] += 1
        else:
            shown[w.text()] += 1
    for box in header.findChildren(QCheckBox):
        if box.isChecked():
            shown[box.text()] += 1
    for chip in header.findChildren(Chip):
        shown[chip.findChild(QLabel).toolTip()] += 1
    return shown


@pytest.mark.parametrize(
    "src",
    [TWO_COUNTRIES, UAE_MOROCCO, EIGHT_BOLIVIAS, THREE_TYPES, LOWER_GENDER, EXPERIMENT],
    ids=lambda p: p.name,
)
def test_every_tag_value_is_shown_in_a_widget(opened, src):
    window, _ = opened(src)
    shown = shown_values(window.form.header)
    missing = Counter(t.value for t in window.document.plan.tags) - shown
    assert not missing, f"tag values not shown: {list(missing.elements())}"


def test_each_location_has_its_own_row(opened):
    window, _ = opened(EIGHT_BOLIVIAS)
    rows = window.form.fields["tag:country"].rows
    assert [r.country.currentText() for r in rows] == ["Bolivia"] * 8  # two lines, two rows
    assert {f"{r.lat.text()},{r.lng.text()}" for r in rows} == {
        "-16.7068768105592,-64.68475372880839"
    }


def test_editing_the_second_country_changes_only_its_line(qtbot, opened, interaction):
    window, path = opened(TWO_COUNTRIES)
    before = path.read_bytes()
    second = window.form.fields["tag:country"].rows[1].country
    interaction.yes_no = False  # keep its latlng
    replace_text(qtbot, second, "Peru")
    save(qtbot, window)
    assert changes(before, path.read_bytes()) == (["[[country:Italy]]"], ["[[country:Peru]]"])


def test_the_second_countrys_centre_replaces_only_its_latlng(qtbot, opened, interaction):
    window, path = opened(TWO_COUNTRIES)
    before = path.read_bytes()
    second = window.form.fields["tag:country"].rows[1].country
    interaction.yes_no = True
    replace_text(qtbot, second, "Peru")
    save(qtbot, window)
    removed, added = changes(before, path.read_bytes())
    assert removed == ["[[country:Italy]]", "[[latlng:43.521740811826355,12.153056629341812]]"]
    assert added[0] == "[[country:Peru]]" and added[1].startswith("[[latlng:-")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines.index("[[country:Peru]]") + 1 == lines.index(added[1])


def test_typing_in_the_second_longitude_changes_only_its_line(qtbot, opened):
    window, path = opened(TWO_COUNTRIES)
    before = path.read_bytes()
    lng = window.form.fields["tag:country"].rows[1].lng
    click_into(qtbot, lng)
    QTest.keyClick(lng, Qt.Key.Key_End)
    QTest.keyClick(lng, Qt.Key.Key_Backspace)
    save(qtbot, window)
    assert changes(before, path.read_bytes()) == (
        ["[[latlng:43.521740811826355,12.153056629341812]]"],
        ["[[latlng:43.521740811826355,12.15305662934181]]"],
    )


def test_add_a_country_then_remove_it(qtbot, opened, interaction):
    window, path = opened(UAE_MOROCCO)
    before = path.read_bytes()
    field = window.form.fields["tag:country"]
    click(qtbot, field.add_button)
    assert len(field.rows) == 3
    qtbot.waitUntil(lambda: focused() in (field.rows[2].country, field.rows[2].country.lineEdit()))
    interaction.yes_no = True
    qtbot.keyClicks(focused(), "Peru")
    popup = QApplication.activePopupWidget()
    if popup is not None:
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    save(qtbot, window)
    lines = path.read_text(encoding="utf-8").splitlines()
    at = lines.index("[[country:Peru]]")
    assert lines[at - 1] == "[[latlng:29.84169214305202,-8.396435049672846]]"  # Morocco's
    assert lines[at + 1].startswith("[[latlng:-") and lines[at + 2].startswith("[[consent:")
    assert len(changes(before, path.read_bytes())[1]) == 2
    remove = field.rows[2].remove
    assert remove.isVisible()
    click(qtbot, remove)
    save(qtbot, window)
    assert path.read_bytes() == before
    # Removing the first location takes both its lines, and only them.
    click(qtbot, field.rows[0].remove)
    save(qtbot, window)
    assert changes(before, path.read_bytes()) == (
        ["[[country:United Arab Emirates]]", "[[latlng:23.905783061751944,54.300795594139196]]"],
        [],
    )
    assert [r.country.currentText() for r in field.rows] == ["Morocco"]
    assert not field.rows[0].remove.isVisible()  # the last row is emptied, not removed


def test_every_type_of_a_codification_page_is_editable(qtbot, opened):
    window, path = opened(THREE_TYPES)
    before = path.read_bytes()
    field = window.form.fields["tag:type"]
    assert [c.currentText() for c, _ in field.rows] == ["tactics", "skills", "tools"]
    replace_text(qtbot, field.rows[1][0], "principles")
    save(qtbot, window)
    assert changes(before, path.read_bytes()) == (["[[type:skills]]"], ["[[type:principles]]"])
    # The last type removed: the blank line after the types stays.
    click(qtbot, field.rows[2][1])
    save(qtbot, window)
    assert path.read_bytes().startswith(b"[[type:tactics]]\n[[type:principles]]\n\n# ")
    # A type added stands with the others.
    click(qtbot, field.add_button)
    qtbot.waitUntil(lambda: len(field.rows) == 3)
    qtbot.keyClicks(focused(), "tools")
    popup = QApplication.activePopupWidget()
    if popup is not None:
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    save(qtbot, window)
    assert path.read_bytes().startswith(
        b"[[type:tactics]]\n[[type:principles]]\n[[type:tools]]\n\n# "
    )


def other_row(window, key: str):
    return next(r for r in window.form.fields["tags:other"].rows if r.key == key)


def test_gender_is_chosen_from_its_list(qtbot, opened):
    window, path = opened(LOWER_GENDER)
    before = path.read_bytes()
    combo = other_row(window, "gender").editor
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "male"  # the file's own (legacy) value, as it is
    window.form.ensureWidgetVisible(combo, 0, 40)
    arrow = QPoint(combo.width() - 8, combo.height() // 2)
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton, pos=arrow)  # opens the list
    popup = combo.view()
    qtbot.waitUntil(popup.isVisible, timeout=WAIT)
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items[:4] == vocabularies.options("gender") and "male" in items
    QTest.keyClick(popup, Qt.Key.Key_Home)  # the keys of a list: to its first item, Female
    for _ in range(items.index("Female")):
        QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=WAIT)
    save(qtbot, window)
    assert changes(before, path.read_bytes()) == (["[[gender:male]]"], ["[[gender:Female]]"])


def test_experiment_metafields_offer_their_lists(opened):
    window, _ = opened(EXPERIMENT)
    for key in ("experiment_status", "experiment_type", "control_group", "sample_size"):
        rows = [r for r in window.form.fields["tags:other"].rows if r.key == key]
        assert rows, key
        for row in rows:
            combo = row.editor
            assert isinstance(combo, QComboBox), key
            combo.fill()  # as when it takes the focus
            items = [combo.itemText(i) for i in range(combo.count())]
            assert items[: len(vocabularies.tag_options(key))] == vocabularies.tag_options(key)
    assert isinstance(other_row(window, "quality_check").editor, QComboBox)
    rows = [r for r in window.form.fields["tags:other"].rows if r.key == "quality_check"]
    assert len(rows) == 5  # one row per line


def test_an_emptied_tag_row_removes_its_line_and_typing_puts_it_back(qtbot, opened):
    window, path = opened(TWO_COUNTRIES)
    before = path.read_bytes()
    edit = other_row(window, "consent").editor
    click_into(qtbot, edit)
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    assert "consent" not in [t.key for t in window.document.plan.tags]
    assert focused() is edit  # the row stays, to be typed in again
    qtbot.keyClicks(edit, "https://suspendedcoffees.com/")
    save(qtbot, window)
    assert path.read_bytes() == before


def test_add_country_and_remove_buttons_are_reached_by_keyboard(qtbot, opened):
    window, _ = opened(TWO_COUNTRIES)
    field = window.form.fields["tag:country"]
    click_into(qtbot, field.rows[0].lng)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is field.rows[0].remove
    assert isinstance(field.add_button, QPushButton)
    assert isinstance(field.rows[0].remove, QToolButton)


def test_a_legacy_gender_typed_in_and_deleted_stays_as_written(qtbot, opened):
    window, path = opened(LOWER_GENDER)
    before = path.read_bytes()
    combo = other_row(window, "gender").editor
    click_into(qtbot, combo)
    QTest.keyClick(focused(), Qt.Key.Key_End)
    QTest.keyClick(focused(), Qt.Key.Key_X)
    QTest.keyClick(focused(), Qt.Key.Key_Backspace)
    popup = QApplication.activePopupWidget()  # "male" completes to male and Female
    if popup is not None:
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    QTest.keyClick(focused(), Qt.Key.Key_Tab)  # editing ends: Qt would match "male" to "Male"
    assert combo.currentText() == "male"
    save(qtbot, window)
    assert path.read_bytes() == before
