"""Groups as the platform defines them: one box per instance ("Partner 2") holding all its
items; Add another adds a whole instance, Remove removes one, limits per group; divs with an
empty prompt are unlabelled parts of the question above. Judged on the file on disk."""

from __future__ import annotations

import shutil

import pytest
from paths import CORPUS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton

from editor.catalog.newplan import new_plan
from editor.planfile import read, write
from editor.ui.form.view import GroupBox, PartsBox

PANAMA = (
    CORPUS
    / "sic"
    / "sustainable_transformation_of_municipal_markets_in_panama__circular_economy_and_zero_waste.md"
)
NAME = "> Please state the name of the partner:"


def boxes(window, kind=GroupBox):
    body = window.form.body
    found = [b for b in body.findChildren(kind) if b.isVisibleTo(body)]
    return sorted(found, key=lambda b: b.mapTo(body, b.rect().topLeft()).y())


def partners(window) -> list[GroupBox]:
    return [b for b in boxes(window) if title(b).startswith("Partner ")]


def title(box) -> str:
    return box.findChild(QLabel, "groupTitle").text()


def button(box, text: str) -> QPushButton:
    return next(b for b in box.findChildren(QPushButton) if b.text() == text)


def click(qtbot, window, widget) -> None:
    window.form.ensureWidgetVisible(widget)
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def new_learning_plan(tmp_path):
    path = tmp_path / "plan.txt"
    write(new_plan("learningplan", title="Markets"), path)
    return path


def test_partners_are_added_whole_up_to_five_and_removed_whole(
    qtbot, open_window, new_learning_plan
):
    window = open_window(new_learning_plan)
    assert [title(b) for b in partners(window)] == ["Partner 1"]
    assert len(partners(window)[0].fields) == 4  # name, sector, description, new partner
    for n in range(2, 6):
        click(qtbot, window, button(partners(window)[-1], "Add another"))
        qtbot.waitUntil(lambda n=n: len(partners(window)) == n, timeout=5000)
    assert [title(b) for b in partners(window)] == [f"Partner {n}" for n in range(1, 6)]
    assert not any(button(b, "Add another").isEnabled() for b in partners(window))  # five
    window.save()
    text = new_learning_plan.read_text(encoding="utf-8")
    assert text.count(NAME) == 5 and text.count("> What sector does our partner belong to?") == 5
    click(qtbot, window, button(partners(window)[1], "Remove"))
    qtbot.waitUntil(lambda: len(partners(window)) == 4, timeout=5000)
    assert all(button(b, "Add another").isEnabled() for b in partners(window))
    window.save()
    assert new_learning_plan.read_text(encoding="utf-8").count(NAME) == 4
    window.document.undo_stack.undo()  # the removal
    qtbot.waitUntil(lambda: len(partners(window)) == 5, timeout=5000)


def test_evidence_parts_have_no_prompt_label_and_can_be_added_back(
    qtbot, open_window, new_learning_plan
):
    original = new_learning_plan.read_bytes()
    window = open_window(new_learning_plan)
    body = window.form.body
    assert not [w for w in body.findChildren(QLabel) if "(no prompt)" in w.text()]
    qtbot.waitUntil(lambda: window.preview.render_count > 0)
    assert "(no prompt)" not in window.preview.text()
    parts = boxes(window, PartsBox)
    assert len(parts) == 2  # quantitative and qualitative evidence
    quantitative = parts[0]
    assert len(quantitative.divs) == 3
    remove = [
        b for b in quantitative.findChildren(QToolButton) if b.toolTip() == "Remove this part"
    ]
    click(qtbot, window, remove[-1])
    qtbot.waitUntil(lambda: len(boxes(window, PartsBox)[0].divs) == 2, timeout=5000)
    click(qtbot, window, button(boxes(window, PartsBox)[0], "Add another part"))
    qtbot.waitUntil(lambda: len(boxes(window, PartsBox)[0].divs) == 3, timeout=5000)
    window.save()
    assert new_learning_plan.read_bytes() == original


def test_a_real_plan_with_five_partners_shows_five_and_removes_exactly_one(
    qtbot, open_window, tmp_path
):
    if not PANAMA.exists():
        pytest.skip("shared corpus not present")
    path = tmp_path / PANAMA.name
    shutil.copyfile(PANAMA, path)
    window = open_window(path)
    shown = partners(window)
    assert [title(b) for b in shown] == [f"Partner {n}" for n in range(1, 6)]
    second_name = shown[1].fields[0].editor.text()
    divs = list(shown[1].divs)
    assert len(divs) == 4
    assert second_name
    window.save()
    assert path.read_bytes() == PANAMA.read_bytes()
    click(qtbot, window, button(shown[1], "Remove"))
    qtbot.waitUntil(lambda: len(partners(window)) == 4, timeout=5000)
    window.save()
    text = path.read_text(encoding="utf-8")
    original = PANAMA.read_text(encoding="utf-8")
    assert text.count(NAME) == 4
    assert text.count(second_name) < original.count(second_name)
    # exactly the four divs of partner 2 are gone, with the blank lines the exporter puts around
    expected = read(PANAMA)
    for div in reversed(divs):
        expected.remove_group(div)
    assert text == expected.dumps()
    assert len(text) < len(original)
