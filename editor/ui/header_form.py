"""The header of the form: title, focal point, year, type, location, SDGs, term lists, other tags.

Each editor writes its tag lines through ``Document.edit``; a value the user types goes to the
first line of its key in place (``replace_tag``) so a file with several countries keeps the rest.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QDoubleValidator, QIntValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from . import catalog
from .chips import ChipList
from .fields import Field, FormContext
from .firstpaint import after_first_paint

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def tag_indexes(plan, key: str) -> list[int]:
    return [i for i, t in enumerate(plan.tags) if t.key == key]


def set_first_tag(plan, key: str, value: str) -> bool:
    """Put ``value`` in the first ``key`` line (adding one if there is none)."""
    where = tag_indexes(plan, key)
    if where and not value:  # an emptied field has no tag: a value typed and deleted leaves none
        plan.remove_tag_at(where[0])
        return True
    if where:
        return plan.replace_tag(where[0], value)
    if not value:
        return False
    plan.add_tag(key, value)
    return True


def first_value(plan, key: str) -> str:
    values = plan.tag_values(key)
    return values[0] if values else ""


class TitleField(Field):
    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(ctx, "title", self.tr("Title"), parent)
        row = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("titleEdit")
        self.edit.setPlaceholderText(self.tr("Name of the plan"))
        self.watch(self.edit, self.tr("Title"))
        self.count = QLabel(self)
        self.count.setObjectName("counter")
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        self._layout.addLayout(row)
        self.refresh()
        self.edit.textEdited.connect(self._write)

    def focus_widget(self):
        return self.edit

    def _count(self, text: str) -> None:
        self.count.setText(f"{len(text)} / {catalog.TITLE_LIMIT}")
        self.count.setProperty("over", len(text) > catalog.TITLE_LIMIT)
        self.count.setStyleSheet("")

    def _write(self, text: str) -> None:
        self._count(text)
        self.ctx.document.edit(
            self.tr("Edit title"), lambda p: p.set_title(text), merge="title", origin="title"
        )

    def refresh(self) -> None:
        title = self.ctx.document.plan.title or ""
        if self.edit.text() != title:
            self.edit.setText(title)
            if not self.edit.hasFocus():
                self.edit.setCursorPosition(0)  # show the start of a long title, not its end
        self._count(title)


class LineTagField(Field):
    """One tag value in a line edit (focal point, year), validated as you type."""

    def __init__(self, ctx: FormContext, key: str, label: str, parent=None) -> None:
        super().__init__(ctx, f"tag:{key}", label, parent)
        self.key = key
        self.edit = QLineEdit(self)
        self.watch(self.edit, label)
        if key == "year":
            self.edit.setValidator(QIntValidator(0, 9999, self.edit))
            self.edit.setMaximumWidth(120)
        if key == "focal_point":
            self.edit.setPlaceholderText("name@undp.org")
        self.add(self.edit)
        self.refresh()
        self.edit.textEdited.connect(self._write)

    def focus_widget(self):
        return self.edit

    def check(self, text: str) -> str | None:
        if self.key == "focal_point" and text and not EMAIL.match(text.strip()):
            return self.tr("Not an email address.")
        if self.key == "year" and text and not (len(text) == 4 and text.isdigit()):
            return self.tr("A year has four digits.")
        return None

    def _write(self, text: str) -> None:
        message = self.check(text)
        self.set_problems([catalog.FieldProblem(self.field_id, message)] if message else [])
        key = self.key
        self.ctx.document.edit(
            self.tr("Edit {}").format(self.label.text().lower()),
            lambda p: set_first_tag(p, key, text),
            merge=self.field_id,
            origin=self.field_id,
        )

    def refresh(self) -> None:
        value = first_value(self.ctx.document.plan, self.key)
        if self.edit.text() != value:
            self.edit.setText(value)


class ComboTagField(Field):
    """An editable combo over a list (type, country); country offers to set latlng."""

    def __init__(self, ctx: FormContext, key: str, label: str, items, parent=None):
        super().__init__(ctx, f"tag:{key}", label, parent)
        self.key = key
        self.combo = QComboBox(self)
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMaxVisibleItems(15)
        self.combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.combo.setMinimumContentsLength(12)
        self.watch(self.combo, label)
        self._items = items
        self.add(self.combo)
        self.refresh()
        self.combo.lineEdit().editingFinished.connect(self._commit)
        self.combo.activated.connect(lambda _i: self._commit())
        after_first_paint(self, self._populate)  # long lists (countries) after the first frame

    def _populate(self) -> None:
        items = self._items() if callable(self._items) else self._items
        text = self.combo.currentText()
        self.combo.blockSignals(True)
        self.combo.addItems(items)
        completer = QCompleter(items, self.combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.combo.setCompleter(completer)
        self.combo.setEditText(text)
        self.combo.blockSignals(False)

    def focus_widget(self):
        return self.combo

    def _commit(self) -> None:
        value = self.combo.currentText().strip()
        plan = self.ctx.document.plan
        if value == first_value(plan, self.key) or value.endswith("]"):
            return
        key = self.key
        centre = catalog.countries().get(value) if key == "country" else None
        latlng = None
        if centre is not None:
            ask = self.tr("Set the location (latlng) to the centre of {}?").format(value)
            if self.ctx.interaction.ask_yes_no(self.tr("Country"), ask, default=True):
                latlng = f"{centre[0]},{centre[1]}"

        def apply(p) -> bool:
            changed = set_first_tag(p, key, value)
            if latlng is not None:
                changed = set_first_tag(p, "latlng", latlng) or changed
            return changed

        self.ctx.document.edit(self.tr("Set {}").format(self.label.text().lower()), apply)

    def refresh(self) -> None:
        value = first_value(self.ctx.document.plan, self.key)
        if self.combo.currentText() != value:
            self.combo.setEditText(value)


class LatLngField(Field):
    """Latitude and longitude as two numbers with range checks."""

    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(ctx, "tag:latlng", self.tr("Location (latitude, longitude)"), parent)
        row = QHBoxLayout()
        self.lat = QLineEdit(self)
        self.lng = QLineEdit(self)
        for edit, name, limit in (
            (self.lat, self.tr("Latitude"), 90),
            (self.lng, self.tr("Longitude"), 180),
        ):
            validator = QDoubleValidator(-limit, limit, 12, edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            edit.setPlaceholderText(name)
            self.watch(edit, name)
            edit.textEdited.connect(self._write)
            row.addWidget(edit)
        self._layout.addLayout(row)
        self.refresh()

    def focus_widget(self):
        return self.lat

    def check(self, lat: str, lng: str) -> str | None:
        for text, limit, name in ((lat, 90, self.tr("Latitude")), (lng, 180, self.tr("Longitude"))):
            try:
                value = float(text)
            except ValueError:
                return self.tr("{} must be a number.").format(name)
            if not -limit <= value <= limit:
                return self.tr("{} must be between −{} and {}.").format(name, limit, limit)
        return None

    def _write(self, _text: str = "") -> None:
        lat, lng = self.lat.text().strip(), self.lng.text().strip()
        message = self.check(lat, lng) if (lat or lng) else None
        self.set_problems([catalog.FieldProblem(self.field_id, message)] if message else [])
        value = f"{lat},{lng}" if (lat or lng) else ""
        self.ctx.document.edit(
            self.tr("Edit location"),
            lambda p: set_first_tag(p, "latlng", value),
            merge=self.field_id,
            origin=self.field_id,
        )

    def refresh(self) -> None:
        value = first_value(self.ctx.document.plan, "latlng")
        lat, _, lng = value.partition(",")
        if f"{self.lat.text()},{self.lng.text()}" != f"{lat},{lng}":
            self.lat.setText(lat)
            self.lng.setText(lng)


class SdgField(Field):
    """The 17 goals as check boxes, at most five; values written as ``N. label`` as stored."""

    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(
            ctx, "tag:sdgs", self.tr("Sustainable Development Goals (at most 5)"), parent
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.boxes: dict[int, QCheckBox] = {}
        goals = catalog.sdg_goals()
        rows = (len(goals) + 1) // 2
        for i, (number, label) in enumerate(goals):
            box = QCheckBox(f"{number}. {label}", self)
            box.setToolTip(f"{number}. {label}")
            box.setMinimumWidth(60)
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.watch(box, self.tr("SDG {}").format(f"{number}. {label}"))
            box.toggled.connect(lambda on, n=number: self._toggled(n, on))
            grid.addWidget(box, i % rows, i // rows)  # down the columns: reading order
            self.boxes[number] = box
        self.labels = dict(goals)
        self._layout.addLayout(grid)
        self.refresh()

    def focus_widget(self):
        return self.boxes[1]

    def _numbers(self, values: list[str]) -> list[int | None]:
        return [catalog.sdg_number(v) for v in values]

    def _toggled(self, number: int, on: bool) -> None:
        plan = self.ctx.document.plan
        values = plan.tag_values("sdgs")
        numbers = self._numbers(values)
        if on and number not in numbers:
            label = f"{number}. {self.labels.get(number, '')}".rstrip(". ")
            # In goal order among goals listed in order, so that unticking and ticking a goal
            # again gives the file back as it was.
            known = [n for n in numbers if n is not None]
            later = [i for i, n in enumerate(numbers) if n is not None and n > number]
            before = None
            if known == sorted(known) and later:
                before = tag_indexes(plan, "sdgs")[later[0]]
            self.ctx.document.edit(
                self.tr("Add SDG {}").format(number),
                lambda p: p.add_tag("sdgs", label, before=before),
            )
        elif not on and number in numbers:
            index = tag_indexes(plan, "sdgs")[numbers.index(number)]
            self.ctx.document.edit(
                self.tr("Remove SDG {}").format(number), lambda p: p.remove_tag_at(index)
            )
        self._limit()

    def _limit(self) -> None:
        full = sum(b.isChecked() for b in self.boxes.values()) >= catalog.SDG_LIMIT
        for box in self.boxes.values():
            box.setEnabled(box.isChecked() or not full)

    def refresh(self) -> None:
        numbers = set(self._numbers(self.ctx.document.plan.tag_values("sdgs")))
        for number, box in self.boxes.items():
            if box.isChecked() != (number in numbers):
                box.blockSignals(True)
                box.setChecked(number in numbers)
                box.blockSignals(False)
        self._limit()


class TermsField(Field):
    """Methods, data sources, thematic areas: chips with completion."""

    def __init__(self, ctx: FormContext, key: str, label: str, parent=None) -> None:
        super().__init__(ctx, f"tag:{key}", label, parent)
        self.key = key
        completions = catalog.terms(key) + ctx.workspace_terms.get(key, [])
        self.chips = ChipList(label, completions, self)
        self.watch(self.chips.entry, label)
        self.add(self.chips)
        self.refresh()
        self.chips.added.connect(self._add)
        self.chips.removed.connect(self._remove)

    def focus_widget(self):
        return self.chips.entry

    def _add(self, value: str) -> None:
        key = self.key
        self.ctx.document.edit(self.tr("Add {}").format(value), lambda p: p.add_tag(key, value))

    def _remove(self, nth: int) -> None:
        index = tag_indexes(self.ctx.document.plan, self.key)[nth]
        self.ctx.document.edit(self.tr("Remove term"), lambda p: p.remove_tag_at(index))

    def refresh(self) -> None:
        self.chips.set_values(self.ctx.document.plan.tag_values(self.key))


class OtherTagsField(Field):
    """Every other tag as key/value rows; rows can be added and removed."""

    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(ctx, "tags:other", self.tr("Other tags"), parent)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self._layout.addLayout(self.grid)
        self.rows: list[tuple[int, QLineEdit]] = []
        add_row = QHBoxLayout()
        self.new_key = QComboBox(self)
        self.new_key.setEditable(True)
        self.new_key.addItems(["gender", "consent", "source", "date", "experiment_status"])
        self.new_key.setEditText("")
        self.new_key.lineEdit().setPlaceholderText(self.tr("key"))
        self.watch(self.new_key, self.tr("New tag key"))
        self.new_value = QLineEdit(self)
        self.new_value.setPlaceholderText(self.tr("value"))
        self.watch(self.new_value, self.tr("New tag value"))
        add = QPushButton(self.tr("Add tag"), self)
        add.setAccessibleName(self.tr("Add tag"))
        add.clicked.connect(self._add)
        self.new_value.returnPressed.connect(self._add)
        add_row.addWidget(self.new_key)
        add_row.addWidget(self.new_value, 1)
        add_row.addWidget(add)
        self._layout.addLayout(add_row)
        self._shown: list[tuple[str, str]] = []
        self.refresh()

    def _others(self) -> list[tuple[int, str, str]]:
        return [
            (i, t.key, t.value)
            for i, t in enumerate(self.ctx.document.plan.tags)
            if t.key not in catalog.HEADER_KEYS
        ]

    def refresh(self) -> None:
        others = self._others()
        shown = [(k, v) for _, k, v in others]
        if shown == self._shown:
            return
        if [k for k, _ in shown] == [k for k, _ in self._shown]:
            for (_, edit), (_, value) in zip(self.rows, shown, strict=False):
                if edit.text() != value:
                    edit.setText(value)
            self._shown = shown
            return
        while self.grid.count():
            w = self.grid.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.rows = []
        for row, (index, key, value) in enumerate(others):
            label = QLabel(key, self)
            edit = QLineEdit(value, self)
            self.watch(edit, key.replace("_", " "))
            edit.textEdited.connect(lambda text, n=row: self._edit(n, text))
            remove = QToolButton(self)
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this tag"))
            remove.setAccessibleName(self.tr("Remove tag {}").format(key))
            remove.clicked.connect(lambda _=False, n=row: self._remove(n))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(edit, row, 1)
            self.grid.addWidget(remove, row, 2)
            self.rows.append((index, edit))
        self._shown = shown

    def _edit(self, row: int, text: str) -> None:
        if text.endswith("]"):
            return
        index = self._others()[row][0]
        self._shown[row] = (self._shown[row][0], text)
        self.ctx.document.edit(
            self.tr("Edit tag"),
            lambda p: p.replace_tag(index, text),
            merge=f"tag#{index}",
            origin=self.field_id,
        )

    def _remove(self, row: int) -> None:
        index = self._others()[row][0]
        self.ctx.document.edit(self.tr("Remove tag"), lambda p: p.remove_tag_at(index))

    def _add(self) -> None:
        key = self.new_key.currentText().strip().lower().replace(" ", "_")
        value = self.new_value.text().strip()
        if not key or any(c in key for c in ":[]") or value.endswith("]"):
            return
        self.new_value.clear()
        self.new_key.setEditText("")
        self.ctx.document.edit(self.tr("Add tag {}").format(key), lambda p: p.add_tag(key, value))


class HeaderForm(QWidget):
    """All header fields, in reading order."""

    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("headerForm")
        lay = QGridLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setHorizontalSpacing(16)
        lay.setVerticalSpacing(2)
        self.fields: list[Field] = []

        def countries() -> list[str]:
            return sorted(catalog.countries(), key=str.casefold)

        types = list(catalog.PLAN_TYPES)
        current_type = first_value(ctx.document.plan, "type")
        if current_type and current_type not in types:
            types.append(current_type)
        title = TitleField(ctx, self)
        focal = LineTagField(ctx, "focal_point", self.tr("Focal point (email)"), self)
        year = LineTagField(ctx, "year", self.tr("Year"), self)
        kind = ComboTagField(ctx, "type", self.tr("Type"), types, self)
        country = ComboTagField(ctx, "country", self.tr("Country"), countries, self)
        latlng = LatLngField(ctx, self)
        sdgs = SdgField(ctx, self)
        methods = TermsField(ctx, "methods", self.tr("Methods"), self)
        sources = TermsField(ctx, "datasources", self.tr("Data sources"), self)
        areas = TermsField(ctx, "thematic_areas", self.tr("Thematic areas"), self)
        others = OtherTagsField(ctx, self)
        placed = [
            (title, 0, 0, 1, 2),
            (focal, 1, 0, 1, 1),
            (year, 1, 1, 1, 1),
            (kind, 2, 0, 1, 1),
            (country, 2, 1, 1, 1),
            (latlng, 3, 0, 1, 2),
            (sdgs, 4, 0, 1, 2),
            (methods, 5, 0, 1, 2),
            (sources, 6, 0, 1, 2),
            (areas, 7, 0, 1, 2),
            (others, 8, 0, 1, 2),
        ]
        for widget, row, col, rs, cs in placed:
            lay.addWidget(widget, row, col, rs, cs)
            self.fields.append(widget)
        lay.setColumnStretch(0, 1)
        lay.setColumnStretch(1, 1)
