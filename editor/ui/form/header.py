"""The header of the form: title, focal point, year, type, location, SDGs, term lists, other tags.

Each editor writes its tag lines through ``Document.edit``; a value the user types goes to the
first line of its key in place (``replace_tag``) so a file with several countries keeps the rest.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QIntValidator
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

from editor.catalog import vocabularies
from editor.catalog.limits import TITLE_LIMIT
from editor.ui.form import model
from editor.ui.form.chips import ChipList
from editor.ui.form.fields import Field, FormContext
from editor.ui.style import look, sheet


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


# One line edit each shows the first value; further lines of these keys are other tags.
SINGLE_KEYS = ("focal_point", "year")


def _clear(layout) -> None:
    """Take every widget out of ``layout`` and delete it (hidden at once)."""
    while layout.count():
        w = layout.takeAt(0).widget()
        if w is not None:
            w.hide()
            w.deleteLater()


def first_value(plan, key: str) -> str:
    values = plan.tag_values(key)
    return values[0] if values else ""


class TitleField(Field):
    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(ctx, "title", self.tr("Title"), parent)
        row = QHBoxLayout()
        self.edit = QLineEdit(self)
        self.edit.setObjectName("titleEdit")
        self.edit.setStyleSheet(sheet("titleEdit"))
        self.edit.setPlaceholderText(self.tr("Name of the plan"))
        self.watch(self.edit, self.tr("Title"))
        self.count = QLabel(self)
        look(self.count, "counter")
        row.addWidget(self.edit, 1)
        row.addWidget(self.count)
        self._layout.addLayout(row)
        self.refresh()
        self.edit.textEdited.connect(self._write)

    def focus_widget(self):
        return self.edit

    def _count(self, text: str) -> None:
        length = len(text.strip())  # as the check counts it
        self.count.setText(f"{length} / {TITLE_LIMIT}")
        look(self.count, "counter", length > TITLE_LIMIT)

    def _write(self, text: str) -> None:
        self._count(text)
        self.ctx.document.edit(
            self.tr("Edit title"),
            lambda p: p.set_title(text, exact=True),  # what the field shows is the whole line
            merge="title",
            origin="title",
        )

    def refresh(self) -> None:
        title = self.ctx.document.plan.title_as_written or ""
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
        """The core's check of the value (the same message the problem list shows later)."""
        if not text or self.key not in ("focal_point", "year"):
            return None
        from editor.planfile.messages import shown
        from editor.planfile.rules import check_focal_point, check_year

        found = (check_focal_point if self.key == "focal_point" else check_year)(text)
        return shown(found) if found else None

    def _write(self, text: str) -> None:
        message = self.check(text)
        self.set_problems([model.FieldProblem(self.field_id, message)] if message else [])
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


class ListCombo(QComboBox):
    """An editable combo over a list that still takes and shows any value (a file's own).

    The list (a callable for long ones such as the countries) is filled the first time the
    combo takes the focus or opens, so that a header with forty locations opens at once."""

    def __init__(self, items, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)
        self._items = items
        self._filled = False

    def fill(self) -> None:
        if self._filled:
            return
        self._filled = True
        items = list(self._items() if callable(self._items) else self._items)
        text = self.currentText()
        if text and text not in items:
            items.append(text)  # the file's own value stays one of the choices
        self.blockSignals(True)
        self.addItems(items)
        completer = QCompleter(items, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self._show(text)
        self.blockSignals(False)

    def _show(self, value: str) -> None:
        # The current item is the value's own, spelt exactly: Qt matches the text to an item
        # without regard to case when editing ends, which would turn "male" into "Male".
        exact = self.findText(value, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchCaseSensitive)
        if exact >= 0:
            self.setCurrentIndex(exact)
        self.setEditText(value)

    def set_value(self, value: str) -> None:
        if self.currentText() != value:
            self.blockSignals(True)
            self._show(value)
            self.blockSignals(False)

    def focusInEvent(self, event) -> None:
        self.fill()
        super().focusInEvent(event)

    def showPopup(self) -> None:
        self.fill()
        super().showPopup()


def remove_button(parent: QWidget, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText("✕")
    button.setToolTip(name)
    button.setAccessibleName(name)
    return button


def take_focus(widget: QWidget) -> None:
    """Focus a row's widget, shown at once (a layout shows the widgets it gets only later)."""
    widget.show()
    widget.setFocus(Qt.FocusReason.OtherFocusReason)


def place_tag(plan, index: int, key: str, value: str) -> None:
    """Insert a ``key`` line where the ``index``-th tag line stands (or stood): before it, or
    after the one before it, when they are of its kind; else where the exporter puts it."""
    plan.add_tag(key, value, before=index, after=index - 1)


class TypesField(Field):
    """The document's types, one combo per ``[[type:…]]`` line: codification pages carry
    several; each edit changes only its line, an emptied type removes it."""

    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(ctx, "tag:type", self.tr("Type"), parent)
        self.add_button = QPushButton(self.tr("Add type"), self)
        self.add_button.setAccessibleName(self.tr("Add type"))
        self.add_button.clicked.connect(self._add_row)
        self.add_heading_button(self.add_button)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 1)
        self._layout.addLayout(self.grid)
        self.rows: list[tuple[ListCombo, QToolButton]] = []
        self._blank = False
        self.refresh()

    @property
    def combo(self) -> ListCombo:
        return self.rows[0][0]

    def focus_widget(self):
        return self.combo

    def _items(self) -> list[str]:
        items = list(vocabularies.document_types())
        return items + [v for v in self.ctx.document.plan.tag_values("type") if v not in items]

    def _count(self) -> int:
        values = self.ctx.document.plan.tag_values("type")
        return len(values) + (1 if self._blank or not values else 0)

    def _build(self, count: int) -> None:
        _clear(self.grid)
        self.rows = []
        for n in range(count):
            combo = ListCombo(self._items, self)
            self.watch(combo, self.tr("Type") if n == 0 else self.tr("Type {}").format(n + 1))
            combo.lineEdit().editingFinished.connect(lambda n=n: self._commit(n))
            combo.activated.connect(lambda _i, n=n: self._commit(n))
            remove = remove_button(self, self.tr("Remove type {}").format(n + 1))
            remove.clicked.connect(lambda _=False, n=n: self._remove(n))
            self.grid.addWidget(combo, n, 0)
            self.grid.addWidget(remove, n, 1)
            self.rows.append((combo, remove))

    def refresh(self) -> None:
        values = self.ctx.document.plan.tag_values("type")
        if not values:
            self._blank = False
        if len(self.rows) != self._count():
            self._build(self._count())
        for n, (combo, remove) in enumerate(self.rows):
            combo.set_value(values[n] if n < len(values) else "")
            remove.setVisible(len(self.rows) > 1)
        kind = values[0] if values else ""
        self.add_button.setVisible(len(values) > 1 or kind in vocabularies.document_types("pages"))

    def _commit(self, n: int = 0) -> None:
        if n >= len(self.rows):
            return
        value = self.rows[n][0].currentText().strip()
        plan = self.ctx.document.plan
        where = tag_indexes(plan, "type")
        if value.endswith("]") or value == (plan.tags[where[n]].value if n < len(where) else ""):
            return

        def apply(p) -> bool:
            if n < len(where):
                if value:
                    return p.replace_tag(where[n], value)
                p.remove_tag_at(where[n])
                return True
            if where:
                p.add_tag("type", value, after=where[-1])
            else:
                p.add_tag("type", value)
            return True

        if n >= len(where):
            self._blank = False
        self.ctx.document.edit(self.tr("Set type"), apply)
        self.refresh()

    def _add_row(self) -> None:
        if self.ctx.document.plan.tag_values("type") and not self._blank:
            self._blank = True
            self.refresh()
        take_focus(self.rows[-1][0])

    def _remove(self, n: int) -> None:
        where = tag_indexes(self.ctx.document.plan, "type")
        if n < len(where):
            self.ctx.document.edit(self.tr("Remove type"), lambda p: p.remove_tag_at(where[n]))
        else:
            self._blank = False
        self.refresh()
        take_focus(self.rows[min(n, len(self.rows) - 1)][0])


def locations(plan) -> list[tuple[int | None, int | None]]:
    """The locations of ``plan`` as (country, latlng) tag indexes: each country line with the
    latlng line that follows it (the exporter writes them so); a latlng without a country
    before it is a location of its own."""
    out: list[list[int | None]] = []
    for i, t in enumerate(plan.tags):
        if t.key == "country":
            out.append([i, None])
        elif t.key == "latlng":
            if out and out[-1][1] is None:
                out[-1][1] = i
            else:
                out.append([None, i])
    return [(c, ll) for c, ll in out]


class LocationRow:
    """The widgets of one location: country, latitude, longitude, remove."""

    def __init__(self, country: ListCombo, lat: QLineEdit, lng: QLineEdit, remove: QToolButton):
        self.country, self.lat, self.lng, self.remove = country, lat, lng, remove


class LocationsField(Field):
    """Every location of the file, one row each: its country and its latlng. Each edit changes
    only its own line; "Add country" adds a row, ✕ removes a location (both its lines)."""

    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(
            ctx, "tag:country", self.tr("Location (country, latitude, longitude)"), parent
        )
        self.add_button = QPushButton(self.tr("Add country"), self)
        self.add_button.setAccessibleName(self.tr("Add country"))
        self.add_button.clicked.connect(self._add_row)
        self.add_heading_button(self.add_button)
        self.grid = QGridLayout()
        for column in range(3):  # country, latitude, longitude: alike
            self.grid.setColumnStretch(column, 1)
        self._layout.addLayout(self.grid)
        self.rows: list[LocationRow] = []
        self._blank = False  # an empty row the user asked for, after the locations
        self.latlng = LatLngField(ctx, self)
        self._layout.addWidget(self.latlng)
        self.refresh()

    @property
    def combo(self) -> ListCombo:
        return self.rows[0].country

    def focus_widget(self):
        return self.combo

    def _count(self) -> int:
        found = locations(self.ctx.document.plan)
        return len(found) + (1 if self._blank or not found else 0)

    def _build(self, count: int) -> None:
        _clear(self.grid)
        self.rows = []

        def countries() -> list[str]:
            return sorted(model.countries(), key=str.casefold)

        for n in range(count):
            nth = "" if n == 0 else f" {n + 1}"
            combo = ListCombo(countries, self)
            self.watch(combo, self.tr("Country") + nth)
            combo.lineEdit().editingFinished.connect(lambda n=n: self._commit(n))
            combo.activated.connect(lambda _i, n=n: self._commit(n))
            edits = []
            for name in (self.tr("Latitude"), self.tr("Longitude")):
                edit = QLineEdit(self)
                edit.setPlaceholderText(name)
                edit.setAccessibleName(name + nth)
                if self.ctx.watcher is not None:
                    self.ctx.watcher.watch(edit, self.latlng.field_id)
                edit.textEdited.connect(lambda _t, n=n: self._write_latlng(n))
                edits.append(edit)
            remove = remove_button(self, self.tr("Remove location {}").format(n + 1))
            remove.clicked.connect(lambda _=False, n=n: self._remove(n))
            for col, w in enumerate((combo, *edits, remove)):
                self.grid.addWidget(w, n, col)
            self.rows.append(LocationRow(combo, edits[0], edits[1], remove))

    def refresh(self) -> None:
        plan = self.ctx.document.plan
        found = locations(plan)
        if not found:
            self._blank = False
        if len(self.rows) != self._count():
            self._build(self._count())
        tags = plan.tags
        for n, row in enumerate(self.rows):
            country, latlng = found[n] if n < len(found) else (None, None)
            row.country.set_value(tags[country].value if country is not None else "")
            lat, _, lng = (tags[latlng].value if latlng is not None else "").partition(",")
            if f"{row.lat.text()},{row.lng.text()}" != f"{lat},{lng}":
                for edit, text in ((row.lat, lat), (row.lng, lng)):
                    edit.setText(text)
                    if not edit.hasFocus():
                        edit.setCursorPosition(0)  # the start of a long number, not its end
            row.remove.setVisible(len(self.rows) > 1)

    def _commit(self, n: int = 0) -> None:
        if n >= len(self.rows):
            return
        value = self.rows[n].country.currentText().strip()
        plan = self.ctx.document.plan
        found = locations(plan)
        country, latlng = found[n] if n < len(found) else (None, None)
        if value.endswith("]") or value == (
            plan.tags[country].value if country is not None else ""
        ):
            return
        centre = model.countries().get(value)
        point = None
        if centre is not None:
            ask = self.tr("Set the location (latlng) to the centre of {}?").format(value)
            if self.ctx.interaction.ask_yes_no(self.tr("Country"), ask, default=True):
                point = f"{centre[0]},{centre[1]}"
        last = max((i for pair in found for i in pair if i is not None), default=None)

        def apply(p) -> bool:
            changed = False
            at = country
            if country is not None and value:
                changed = p.replace_tag(country, value)
            elif country is not None:
                p.remove_tag_at(country)
                return True
            elif value:
                # before its own latlng, else after the last location, else where it goes
                after = None if latlng is not None else last
                p.add_tag("country", value, before=latlng, after=after)
                at = locations(p)[n][0]
                changed = True
            if point is not None and at is not None:
                ll = locations(p)[n][1]
                if ll is not None:
                    changed = p.replace_tag(ll, point) or changed
                else:
                    p.add_tag("latlng", point, after=at)
                    changed = True
            return changed

        if n >= len(found):
            self._blank = False
        self.ctx.document.edit(self.tr("Set country"), apply)
        self.refresh()

    def _write_latlng(self, n: int) -> None:
        row = self.rows[n]
        lat, lng = row.lat.text().strip(), row.lng.text().strip()
        message = self.latlng.check(lat, lng) if (lat or lng) else None
        self.latlng.set_problems(
            [model.FieldProblem(self.latlng.field_id, message)] if message else []
        )
        value = f"{lat},{lng}" if (lat or lng) else ""
        plan = self.ctx.document.plan
        found = locations(plan)
        country, latlng = found[n] if n < len(found) else (None, None)
        last = max((i for pair in found for i in pair if i is not None), default=None)
        if value.endswith("]"):
            return

        def apply(p) -> bool:
            if latlng is not None:
                if value:
                    return p.replace_tag(latlng, value)
                p.remove_tag_at(latlng)
                return True
            if not value:
                return False
            p.add_tag("latlng", value, after=country if country is not None else last)
            return True

        if n >= len(found):
            self._blank = False
        if country is None and latlng is not None and not value and n == len(self.rows) - 1:
            self._blank = True  # the row stays while its last location is typed away
        self.ctx.document.edit(
            self.tr("Edit location"),
            apply,
            merge=f"{self.latlng.field_id}#{n}",
            origin=self.latlng.field_id,
        )
        if len(self.rows) != self._count():  # a location typed away: the rows follow
            self.refresh()

    def _add_row(self) -> None:
        if locations(self.ctx.document.plan) and not self._blank:
            self._blank = True
            self.refresh()
        take_focus(self.rows[-1].country)

    def _remove(self, n: int) -> None:
        found = locations(self.ctx.document.plan)
        if n < len(found):
            doomed = sorted((i for i in found[n] if i is not None), reverse=True)

            def apply(p) -> bool:
                for i in doomed:
                    p.remove_tag_at(i)
                return True

            self.ctx.document.edit(self.tr("Remove location"), apply)
        else:
            self._blank = False
        self.refresh()
        take_focus(self.rows[min(n, len(self.rows) - 1)].country)


class LatLngField(Field):
    """The problems of the locations' latitudes and longitudes, under their rows; ``lat`` and
    ``lng`` are the first location's."""

    def __init__(self, ctx: FormContext, parent: LocationsField) -> None:
        super().__init__(ctx, "tag:latlng", "", parent)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.locations = parent
        self.hide()

    @property
    def lat(self) -> QLineEdit:
        return self.locations.rows[0].lat

    @property
    def lng(self) -> QLineEdit:
        return self.locations.rows[0].lng

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

    def set_problems(self, problems: list[model.FieldProblem]) -> None:
        super().set_problems(problems)
        self.setVisible(bool(problems))


class SdgField(Field):
    """The 17 goals as check boxes, at most five; values written as ``N. label`` as stored."""

    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(
            ctx, "tag:sdgs", self.tr("Sustainable Development Goals (at most 5)"), parent
        )
        self.grid = grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        self.boxes: dict[int, QCheckBox] = {}
        goals = model.sdg_goals()
        self._columns = 0
        for number, _stored, label in goals:
            box = QCheckBox(f"{number}. {label}", self)  # the file keeps the stored label
            box.setToolTip(f"{number}. {label}")
            box.setMinimumWidth(60)
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self.watch(box, self.tr("SDG {}").format(f"{number}. {label}"))
            box.toggled.connect(lambda on, n=number: self._toggled(n, on))
            self.boxes[number] = box
        self.labels = {number: stored for number, stored, _label in goals}
        self._arrange(2)
        self._layout.addLayout(grid)
        self.refresh()

    def _arrange(self, columns: int) -> None:
        """The goals down ``columns`` columns, in reading order."""
        if columns == self._columns:
            return
        self._columns = columns
        rows = (len(self.boxes) + columns - 1) // columns
        for i, box in enumerate(self.boxes.values()):
            self.grid.removeWidget(box)
            self.grid.addWidget(box, i % rows, i // rows)
        for column in range(2):
            self.grid.setColumnStretch(column, 1 if column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Two columns where the longest goal's name fits in one, else one column (French and
        Portuguese names run longer): a name is never cut where the form has room for it."""
        super().resizeEvent(event)
        widest = max(box.sizeHint().width() for box in self.boxes.values())
        margins = self.contentsMargins().left() + self.contentsMargins().right()
        room = event.size().width() - margins - self.grid.horizontalSpacing()
        self._arrange(2 if room >= 2 * widest else 1)

    def focus_widget(self):
        return self.boxes[1]

    def _numbers(self, values: list[str]) -> list[int | None]:
        return [model.sdg_number(v) for v in values]

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
        types = self.ctx.document.plan.tag_values("type")
        limit = vocabularies.tag_limit("sdgs", types[0].strip().lower() if types else "")
        full = limit is not None and sum(b.isChecked() for b in self.boxes.values()) >= limit
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
        completions = model.terms(key) + ctx.workspace_terms.get(key, [])
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


class OtherRow:
    """One row of the other tags: its key, its editor, and whether it still has its line
    (``bound``; an emptied row has none, and remembers where its line stood: ``at``)."""

    def __init__(self, key: str, editor: QWidget, remove: QToolButton) -> None:
        self.key, self.editor, self.remove = key, editor, remove
        self.bound = True
        self.at = 0

    def text(self) -> str:
        e = self.editor
        return e.currentText() if isinstance(e, QComboBox) else e.text()

    def set_text(self, value: str) -> None:
        if isinstance(self.editor, ListCombo):
            self.editor.set_value(value)
        elif self.editor.text() != value:
            self.editor.setText(value)


def options_of(key: str) -> list[str]:
    """The closed list a metafield offers (options.json through tag_keys.json), or []."""
    return vocabularies.tag_options(key)


class OtherTagsField(Field):
    """Every other tag as key/value rows (a combo over its list for keys with one: gender,
    experiment status…); rows can be added and removed, an emptied row removes its line.
    Repeated lines of keys shown once elsewhere (a second focal point or year) are here too."""

    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(ctx, "tags:other", self.tr("Other tags"), parent)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        self._layout.addLayout(self.grid)
        self.rows: list[OtherRow] = []
        add_row = QHBoxLayout()
        self.new_key = ListCombo(self._known_keys, self)
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
        self.refresh()

    @staticmethod
    def _known_keys() -> list[str]:
        return [k for k in vocabularies.tag_keys() if k not in model.HEADER_KEYS]

    def _others(self) -> list[tuple[int, str, str]]:
        out = []
        seen: set[object] = set()
        for i, t in enumerate(self.ctx.document.plan.tags):
            if t.key in SINGLE_KEYS or t.key == "sdgs":
                # the first value is in its own field (an SDG box per goal); repeats are here
                mark = (t.key, model.sdg_number(t.value) if t.key == "sdgs" else None)
                if mark not in seen and (t.key != "sdgs" or mark[1] is not None):
                    seen.add(mark)
                    continue
            elif t.key in model.HEADER_KEYS:
                continue
            out.append((i, t.key, t.value))
        return out

    def refresh(self) -> None:
        others = self._others()
        bound = [r for r in self.rows if r.bound]
        if [r.key for r in bound] != [k for _, k, _ in others]:
            self._build(others)
            return
        for row, (_, _, value) in zip(bound, others, strict=True):
            row.set_text(value)

    def _build(self, others: list[tuple[int, str, str]]) -> None:
        _clear(self.grid)
        self.rows = []
        for n, (_, key, value) in enumerate(others):
            label = QLabel(key, self)
            name = key.replace("_", " ")
            options = options_of(key) if key not in model.HEADER_KEYS else []
            if options:
                editor = ListCombo(options, self)
                editor.setEditText(value)
                editor.lineEdit().textEdited.connect(lambda _t, n=n: self._edit(n))
                editor.activated.connect(lambda _i, n=n: self._edit(n))
            else:
                editor = QLineEdit(value, self)
                editor.textEdited.connect(lambda _t, n=n: self._edit(n))
            self.watch(editor, name)
            remove = remove_button(self, self.tr("Remove tag {}").format(key))
            remove.clicked.connect(lambda _=False, n=n: self._remove(n))
            self.grid.addWidget(label, n, 0)
            self.grid.addWidget(editor, n, 1)
            self.grid.addWidget(remove, n, 2)
            self.rows.append(OtherRow(key, editor, remove))

    def _index(self, n: int) -> int:
        """The tag index of the ``n``-th row (bound)."""
        bound = [r for r in self.rows if r.bound]
        return self._others()[bound.index(self.rows[n])][0]

    def _edit(self, n: int) -> None:
        row = self.rows[n]
        text = row.text()
        if text.endswith("]"):
            return
        key = row.key
        if row.bound:
            index = self._index(n)
            if text:
                apply = lambda p: p.replace_tag(index, text)  # noqa: E731
            else:  # emptied: its line goes, the row stays to be typed in again
                row.bound, row.at = False, index
                apply = lambda p: p.remove_tag_at(index)  # noqa: E731
        elif text:
            row.bound = True
            at = row.at
            apply = lambda p: place_tag(p, at, key, text)  # noqa: E731
        else:
            return
        self.ctx.document.edit(
            self.tr("Edit tag"), apply, merge=f"{self.field_id}#{n}", origin=self.field_id
        )

    def _remove(self, n: int) -> None:
        row = self.rows[n]
        if row.bound:
            index = self._index(n)
            self.ctx.document.edit(self.tr("Remove tag"), lambda p: p.remove_tag_at(index))
        else:
            self._build(self._others())

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

        title = TitleField(ctx, self)
        focal = LineTagField(ctx, "focal_point", self.tr("Focal point (email)"), self)
        year = LineTagField(ctx, "year", self.tr("Year"), self)
        kind = TypesField(ctx, self)
        where = LocationsField(ctx, self)
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
            (where, 3, 0, 1, 2),
            (where.latlng, None, 0, 0, 0),
            (sdgs, 4, 0, 1, 2),
            (methods, 5, 0, 1, 2),
            (sources, 6, 0, 1, 2),
            (areas, 7, 0, 1, 2),
            (others, 8, 0, 1, 2),
        ]
        for widget, row, col, rs, cs in placed:
            if row is not None:  # the latlng problems stand in the locations' own layout
                lay.addWidget(widget, row, col, rs, cs)
            self.fields.append(widget)
        lay.setColumnStretch(0, 1)
        lay.setColumnStretch(1, 1)
