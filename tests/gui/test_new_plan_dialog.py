"""File > New from Template's dialog: what is wrong is said in it, and nothing typed is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from editor.ui.dialogs import NewPlanDialog
from editor.ui.form import model


def _dialog(qtbot) -> NewPlanDialog:
    dialog = NewPlanDialog(model.template_choices(), sorted(model.countries()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()  # in front, as the user has it: focus moves in it
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _ok(qtbot, dialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_an_unknown_country_is_said_in_the_dialog_and_nothing_typed_is_lost(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.title, "Water for all")
    qtbot.keyClicks(dialog.focal_point, "ana.perez@undp.org")
    dialog.country.lineEdit().clear()
    qtbot.keyClicks(dialog.country.lineEdit(), "Senegl")
    _ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.result() == 0
    assert "unknown country 'Senegl'; did you mean Senegal?" in dialog.problem.text()
    assert dialog.problem.isVisible()
    assert dialog.title.text() == "Water for all"
    assert dialog.focal_point.text() == "ana.perez@undp.org"
    dialog.country.lineEdit().clear()
    qtbot.keyClicks(dialog.country.lineEdit(), "Senegal")
    _ok(qtbot, dialog)
    assert not dialog.isVisible() and dialog.result() == 1
    assert dialog.values()["country"] == "Senegal"


def test_a_focal_point_that_is_no_address_is_said_and_focused(qtbot):
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.focal_point, "ana at undp")
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "'ana at undp' is not an email address" in dialog.problem.text()
    assert dialog.focal_point.hasFocus()
