"""Small dialogs: a new plan from a template, with the fields ``plan-editor new`` asks for."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from editor.catalog.limits import TITLE_LIMIT
from editor.ui.style import look


class NewPlanDialog(QDialog):
    """Template, title, focal point, country and year of a new plan."""

    def __init__(
        self, choices: list[tuple[str, str]], countries: list[str], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New plan"))
        self.template = QComboBox(self)
        for template_id, label in choices:
            self.template.addItem(label, template_id)
        self.title = QLineEdit(self)
        self.title.setMaxLength(TITLE_LIMIT)
        self.focal_point = QLineEdit(self)
        self.focal_point.setPlaceholderText("name.surname@undp.org")
        self.country = QComboBox(self)
        self.country.setEditable(True)
        self.country.addItem("")
        self.country.addItems(countries)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(countries, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.country.setCompleter(completer)
        self.year = QSpinBox(self)
        self.year.setRange(2015, 2100)
        self.year.setValue(_dt.date.today().year)
        form = QFormLayout(self)
        for label, widget in (
            (self.tr("&Template:"), self.template),
            (self.tr("T&itle:"), self.title),
            (self.tr("&Focal point:"), self.focal_point),
            (self.tr("&Country:"), self.country),
            (self.tr("&Year:"), self.year),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)  # what OK found wrong (accept)
        look(self.problem, "problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        form.addRow(self.problem)
        form.addRow(buttons)

    def accept(self) -> None:
        """OK: a focal point that is not an address or an unknown country is said here, and
        the dialog stays open with everything typed."""
        from editor.catalog.newplan import field_problem

        values = self.values()
        said = field_problem(values["focal_point"], values["country"])
        if said is None:
            super().accept()
            return
        self.problem.setText("⚠ " + said)
        self.problem.show()
        bad_email = values["focal_point"] and field_problem(values["focal_point"], None)
        (self.focal_point if bad_email else self.country).setFocus()

    def values(self) -> dict:
        return {
            "template": self.template.currentData(),
            "title": self.title.text().strip() or None,
            "focal_point": self.focal_point.text().strip() or None,
            "country": self.country.currentText().strip() or None,
            "year": self.year.value(),
        }
