"""The problems list under the form: one row per problem; activating a row jumps to its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from editor.catalog import vocabularies
from editor.i18n import QT_TRANSLATE_NOOP, translate
from editor.ui.form.model import FieldProblem
from editor.ui.style import sheet

MARKS = {"error": "✖", "warning": "⚠", "info": "ℹ"}  # in the common fonts (no emoji font)


FIELDS = {
    "title": QT_TRANSLATE_NOOP("ProblemsPanel", "Title"),
    "groups": QT_TRANSLATE_NOOP("ProblemsPanel", "Groups"),
    "time shares": QT_TRANSLATE_NOOP("ProblemsPanel", "Time shares"),
    "missing question": QT_TRANSLATE_NOOP("ProblemsPanel", "Missing question"),
}


def describe_field(field_id: str) -> str:
    """The field a problem is about, as the form labels it, in the language of the run."""
    if field_id.startswith("q:"):
        return translate("ProblemsPanel", "Question {}").format(field_id[2:])
    key = field_id.removeprefix("tag:")
    if key in FIELDS:  # the core's problems of no one tag ("groups") come as tags
        return translate("ProblemsPanel", FIELDS[key])
    return vocabularies.tag_label(key)


class ProblemsPanel(QListWidget):
    jump = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.setStyleSheet(sheet("problems"))
        self.setAccessibleName(self.tr("Problems"))
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def set_problems(self, problems: list[FieldProblem]) -> None:
        self.clear()
        order = {"error": 0, "warning": 1, "info": 2}
        for p in sorted(problems, key=lambda p: order.get(p.severity, 3)):
            mark = MARKS.get(p.severity, "•")
            said = translate("ProblemsPanel", "{}: {}").format(describe_field(p.field), p.message)
            item = QListWidgetItem(f"{mark}  {said}")
            item.setData(Qt.ItemDataRole.UserRole, p.field)
            item.setToolTip(p.message)
            self.addItem(item)
        if not problems:
            item = QListWidgetItem(self.tr("No problems found."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        fid = item.data(Qt.ItemDataRole.UserRole)
        if fid:
            self.jump.emit(fid)
