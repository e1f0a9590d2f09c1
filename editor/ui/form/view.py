"""The form of the open plan: header fields, then each section with its questions.

Sections are built in slices from the event loop so a 3 MB plan shows its window at once and
stays responsive while the rest of the form is built. After a structural edit (a group or
section added or removed, the Source tab re-parsed) the sections are rebuilt, since questions
are renumbered; after an undo or redo every field re-reads its value; a field's own typing is
never echoed back to it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.catalog import vocabularies
from editor.catalog.limits import GROUP_REPEATS
from editor.catalog.prompts import normalise_prompt
from editor.ui.firstpaint import FIRST_CHECK_WAIT_MS, after_first_paint
from editor.ui.form import model
from editor.ui.form.fields import (
    Field,
    FieldWatcher,
    FormContext,
    FreeText,
    WrapLabel,
    answer_field,
)
from editor.ui.form.header import HeaderForm
from editor.ui.images import block_image
from editor.ui.slices import Slices
from editor.ui.style import Backdrop, Card, look

FIRST_SLICE = 0.08  # seconds of building before the window is shown
SLICE = 0.02  # seconds per later slice
EAGER_QUESTIONS = 300  # plans with more questions build their sections only where one looks
CHUNK = 25  # sections per placeholder
SPACING = 14  # px between the form's boxes (a placeholder counts it between its sections)


def _estimate(span, questions) -> int:
    """A placeholder's height: roughly what the built section will take."""
    height = 90
    for kind, i in span.items:
        if kind == "question":
            answer = questions[i].answer
            lines = answer.count("\n") + len(answer) // 90 + 2
            height += 50 + min(lines * 17, 520)
        else:
            height += 140
    return height


class Placeholder(QWidget):
    """Stands in for sections ``index`` .. ``end - 1`` not built yet; focusing it builds one."""

    def __init__(self, form: FormView, index: int, end: int, heights: list[int]) -> None:
        super().__init__()
        self.form = form
        self.index = index
        self.end = end
        self.heights = heights
        self.setFixedHeight(sum(heights[index:end]) + SPACING * (end - index - 1))
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(self.tr("Section {} (loading)").format(index + 1))

    def focusInEvent(self, event) -> None:
        # Tab into unbuilt sections builds the first of them, Shift+Tab the last.
        form, generation = self.form, self.form.generation
        if event.reason() == Qt.FocusReason.BacktabFocusReason:
            index, step = self.end - 1, -1
        else:
            index, step = self.index, 1
        QTimer.singleShot(0, form, lambda: form.focus_stop_from(index, step, generation))


def tab_stops(part: QWidget) -> list[QWidget]:
    """What Tab reaches inside ``part``, in reading order: its inputs and buttons shown."""
    return [w for w in reading_order(part) if w.isEnabled() and w.isVisibleTo(part)]


def reading_order(widget: QWidget) -> list[QWidget]:
    """The inputs inside ``widget`` in the order its layouts place them: what Tab visits.

    Layouts list their items as the code lays them out (rows of a box, a grid in the order it
    was filled), which is the order a reader sees them; an input's own insides (a combo's line
    edit, a text box's scroll bars) are not visited. Children outside any layout come last.
    """
    out: list[QWidget] = []

    def visit(w: QWidget) -> None:
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(w)
            return
        placed: list[QWidget] = []
        layout = w.layout()
        if layout is not None:
            _laid_out(layout, placed)
        known = set(map(id, placed))
        placed += [
            c
            for c in w.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if id(c) not in known and not c.isWindow()
        ]
        for child in placed:
            visit(child)

    visit(widget)
    return out


def _laid_out(layout, into: list[QWidget]) -> None:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is not None:
            into.append(item.widget())
        elif item.layout() is not None:
            _laid_out(item.layout(), into)


@dataclass
class PlanView:
    """What every section of one build needs, computed once per build (not once per section)."""

    questions: list
    titles: list
    repeats: dict[int, tuple[int, int]]
    free: dict[int, int]  # block index of a free text -> its number (``PlanFile.free_texts``)


class PreambleBox(Card):
    """The free text of the header: an article or page body, text between the tags, or a
    description written before the first section."""

    def __init__(self, form: FormView, snapshot: PlanView) -> None:
        super().__init__("section")
        plan = form.ctx.document.plan
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        types = {t.strip().lower() for t in plan.tag_values("type")}
        if types & set(vocabularies.document_types("articles")):
            label = self.tr("Article")
        elif types & set(vocabularies.document_types("pages")):
            label = self.tr("Page")
        else:
            label = self.tr("Description")
        header = [i for i in snapshot.free if i < plan.outline.header_end]
        self.fields: list[Field] = []
        for n, i in enumerate(header):
            last = n == len(header) - 1
            f = FreeText(form.ctx, snapshot.free[i], label if last else self.tr("Text"))
            self.fields.append(f)
            lay.addWidget(f)


class GroupBox(Card):
    """One instance of a group ("Partner 2"): all its items, boxed, with Add another (a whole
    instance after the last one) and Remove (this instance)."""

    def __init__(
        self,
        form: FormView,
        title: str,
        section: int,
        divs: list[int],
        fields: list[QWidget],
        run_end: int,
        prompts: list[str],
        count: int,
        limit: int,
    ) -> None:
        super().__init__("group")
        self.index = divs[0]
        self.divs = divs
        self.fields = [f for f in fields if isinstance(f, Field)]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        heading = QLabel(title, self)
        heading.setObjectName("groupTitle")
        lay.addWidget(heading)
        for f in fields:
            lay.addWidget(f)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        add = QPushButton(self.tr("Add another"), self)
        add.setAccessibleName(self.tr("Add another, after {}").format(title))
        add.setEnabled(count < limit)
        if count >= limit:
            add.setToolTip(self.tr("At most {} of these").format(limit))
        add.clicked.connect(lambda: form.add_instance(section, run_end, prompts))
        remove = QPushButton(self.tr("Remove"), self)
        remove.setAccessibleName(self.tr("Remove {}").format(title))
        remove.clicked.connect(lambda: form.remove_instance(divs))
        self.add, self.remove = add, remove
        buttons.addWidget(add)
        buttons.addWidget(remove)
        lay.addLayout(buttons)


class PartsBox(QFrame):
    """Group divs with an empty prompt: unlabelled parts of the question above (its text, its
    picture, its link), each removable, and Add another part."""

    def __init__(
        self, form: FormView, section: int, divs: list[int], parts: list[list[QWidget]]
    ) -> None:
        super().__init__()
        self.setObjectName("parts")
        self.index = divs[0]
        self.divs = divs
        self.fields = [f for part in parts for f in part if isinstance(f, Field)]
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 0, 0, 4)
        for n, (div, widgets) in enumerate(zip(divs, parts, strict=True), 1):
            row = QHBoxLayout()
            column = QVBoxLayout()
            for w in widgets:
                column.addWidget(w)
            row.addLayout(column, 1)
            remove = QToolButton(self)
            remove.setText("✕")
            remove.setToolTip(self.tr("Remove this part"))
            remove.setAccessibleName(self.tr("Remove part {}").format(n))
            remove.clicked.connect(lambda _=False, d=div: form.remove_instance([d]))
            row.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
            lay.addLayout(row)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add another part"), self)
        add.setAccessibleName(self.tr("Add another text part to this answer"))
        add.clicked.connect(lambda: form.add_instance(section, divs[-1], [""]))
        self.add = add
        buttons.addWidget(add)
        buttons.addStretch(1)
        lay.addLayout(buttons)


def _div_widgets(form: FormView, plan, group: int, questions) -> list[QWidget]:
    """The fields of one group div: its question (or questions) and its images."""
    out: list[QWidget] = []
    for kind, j in plan.outline.groups[group].items:
        if kind == "question":
            out.append(answer_field(form.ctx, questions[j]))
        elif kind == "image":
            out.append(block_image(form.ctx, plan, j))
    return out


def _instances(prompts: list[str], group_form) -> list[list[int]]:
    """Positions in a run of divs where each instance of the group starts, as lists."""
    first = normalise_prompt(prompts[0])
    out: list[list[int]] = []
    for n, prompt in enumerate(prompts):
        starts = group_form.starts(prompt) if group_form else normalise_prompt(prompt) == first
        if not out or starts:
            out.append([])
        out[-1].append(n)
    return out


class SectionBox(Card):
    """One section: its title, lead and items, and repeat controls when it repeats."""

    def __init__(self, form: FormView, index: int, snapshot: PlanView) -> None:
        super().__init__("section")
        self.index = index
        plan = form.ctx.document.plan
        span = plan.outline.sections[index]
        title = snapshot.titles[index]
        repeat = snapshot.repeats.get(index)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(4)
        if title is not None:  # None: what stands before the first heading has none
            heading = WrapLabel(title if title.strip() else self.tr("(untitled section)"), self)
            look(heading, "sectionTitle")
            lay.addWidget(heading)
        lead = plan.section_lead(index)
        if lead:
            label = WrapLabel(lead, self)
            look(label, "lead")
            lay.addWidget(label)
        questions = snapshot.questions
        self.fields: list[Field] = []
        self.groups: dict[int, QFrame] = {}  # every div index -> the box showing it
        items = span.items
        above = None  # the prompt of the question just above (a group stands under it)
        k = 0
        while k < len(items):
            kind, i = items[k]
            if kind == "group":
                run = []
                while k < len(items) and items[k][0] == "group":
                    run.append(items[k][1])
                    k += 1
                _add_run(self, form, index, run, above, lay, questions)
                above = None
                continue
            k += 1
            above = questions[i].prompt if kind == "question" else None
            if kind == "question":
                f = answer_field(form.ctx, questions[i])
                self.fields.append(f)
                lay.addWidget(f)
            elif kind == "image":
                lay.addWidget(block_image(form.ctx, plan, i, self))
            elif kind == "text":
                f = FreeText(form.ctx, snapshot.free[i], self.tr("Text"))
                self.fields.append(f)
                lay.addWidget(f)
        if repeat is not None:
            count, limit = repeat
            prompts = [questions[i].prompt for kind, i in span.items if kind == "question"]
            row = QHBoxLayout()
            row.addStretch(1)
            add = QPushButton(self.tr("Add section “{}”").format(title or ""), self)
            add.setAccessibleName(
                self.tr("Add another section “{}” after this one").format(title or "")
            )
            add.setEnabled(count < limit)
            add.clicked.connect(lambda: form.add_section(index, title or "", lead or "", prompts))
            remove = QPushButton(self.tr("Remove this section"), self)
            remove.setAccessibleName(self.tr("Remove this section “{}”").format(title or ""))
            remove.clicked.connect(lambda: form.remove_section(index))
            row.addWidget(add)
            row.addWidget(remove)
            lay.addLayout(row)


def _add_run(box: SectionBox, form: FormView, section: int, run: list[int], above, lay, questions):
    """A run of consecutive group divs: parts of the question above when their prompts are
    empty, else the instances of the group the template defines under that question."""
    plan = form.ctx.document.plan
    outline = plan.outline

    def prompt_of(g: int) -> str:
        first = next((j for kind, j in outline.groups[g].items if kind == "question"), None)
        return questions[first].prompt if first is not None else ""

    prompts = [prompt_of(g) for g in run]
    widgets = [_div_widgets(form, plan, g, questions) for g in run]
    if not any(p.strip() for p in prompts):
        parts = PartsBox(form, section, run, widgets)
        box.fields.extend(parts.fields)
        for g in run:
            box.groups[g] = parts
        lay.addWidget(parts)
        return
    template = form.ctx.template
    group_form = template.group_form(above) if template is not None and above else None
    instances = _instances(prompts, group_form)
    limit = group_form.repeats[1] if group_form else GROUP_REPEATS
    label = group_form.label if group_form else box.tr("Group")
    new = list(group_form.prompts) if group_form else [prompts[n] for n in instances[0]]
    for number, positions in enumerate(instances, 1):
        divs = [run[n] for n in positions]
        inside = [w for n in positions for w in widgets[n]]
        group = GroupBox(
            form, f"{label} {number}", section, divs, inside, run[-1], new, len(instances), limit
        )
        box.fields.extend(group.fields)
        for g in divs:
            box.groups[g] = group
        lay.addWidget(group)


class FormView(QScrollArea):
    """The scrollable form; ``focused(field_id)`` follows the field being edited."""

    focused = Signal(str)
    built = Signal()

    def __init__(self, ctx: FormContext, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("form")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.ctx = ctx
        ctx.watcher = FieldWatcher(self)
        ctx.watcher.focused.connect(self.focused)
        self.body = Backdrop("formBody")
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(20, 16, 20, 24)
        self.column.setSpacing(SPACING)
        self.setWidget(self.body)
        self.fields: dict[str, Field] = {}
        self.order: list[Field] = []
        self.header: HeaderForm | None = None
        self.sections: list[SectionBox] = []
        self._building: Slices | None = None  # the sections still to build, a slice at a time
        self._view: PlanView | None = None
        self.slots: list[QWidget] = []
        self.preamble: PreambleBox | None = None
        self._free_count = 0
        self._lazy = False
        self._awaiting = False  # the sections wait for the first check's template
        self._painted = False  # the window has shown its first frame
        self._scroll_timer = QTimer(self, singleShot=True, interval=30)
        self._scroll_timer.timeout.connect(lambda: self._build_visible())
        self._tab_timer = QTimer(self, singleShot=True, interval=200)
        self._tab_timer.timeout.connect(self._fix_tab_order)
        self._focus_after: tuple[str, object] | None = None  # where a structural edit sends it
        self._generation = 0
        self._problems: dict[str, list[model.FieldProblem]] = {}
        self._notes: dict[str, tuple[str, bool]] = {}  # review notes: (text, resolved)
        ctx.document.changed.connect(self._document_changed)

    # -- building ----------------------------------------------------------------------------

    def build(self, template_pending: bool = False) -> None:
        """The header now, the sections after the window's first frame. ``template_pending``:
        they wait for ``set_template`` (the first check), up to ``FIRST_CHECK_WAIT_MS``, so that
        they are built once, with the template's checklists and groups."""
        self.header = HeaderForm(self.ctx, self.body)
        header_box = Card("section", self.body)
        lay = QVBoxLayout(header_box)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.addWidget(self.header)
        self.column.addWidget(header_box)
        for f in self.header.fields:
            self._register(f)
        self.column.addStretch(1)
        # The header fills the first screen: the sections (and the walk over the whole plan
        # they need) come after the window's first frame, unless a rebuild started them.
        self._awaiting = template_pending

        def start() -> None:
            self._painted = True
            if self._awaiting:
                QTimer.singleShot(FIRST_CHECK_WAIT_MS, self, self._stop_awaiting)
            elif self._generation == 0:
                self._start_sections(FIRST_SLICE)

        after_first_paint(self, start)

    def _stop_awaiting(self) -> None:
        """The first check is late: the sections are built without its template."""
        if self._awaiting and self._generation == 0:
            self._awaiting = False
            self._start_sections(FIRST_SLICE)

    def _start_sections(self, budget: float = FIRST_SLICE) -> None:
        """Lay out one placeholder per section, then build sections into them.

        Small plans are built completely (in slices); large ones only where the user looks:
        a placeholder is built when it scrolls near the viewport or takes the focus.
        """
        self._generation += 1
        self._awaiting = False
        plan = self.ctx.document.plan
        titles = plan.section_titles()
        questions = plan.questions
        free = {i: n for n, i in enumerate(plan.free_texts())}
        self._view = PlanView(questions, titles, self._repeats(titles), free)
        self._free_count = len(free)
        self._lazy = len(questions) > EAGER_QUESTIONS
        heights = [_estimate(span, questions) for span in plan.outline.sections]
        self.slots = []
        self.preamble = None
        if any(i < plan.outline.header_end for i in free):
            self.preamble = PreambleBox(self, self._view)
            self.column.insertWidget(self.column.count() - 1, self.preamble)
            for f in self.preamble.fields:
                self._register(f)
        for start in range(0, len(heights), CHUNK):
            slot = Placeholder(self, start, min(start + CHUNK, len(heights)), heights)
            self.column.insertWidget(self.column.count() - 1, slot)
            self.slots.append(slot)
        if self._building is not None:
            self._building.cancel()
        if self._lazy:
            self._build_visible(budget)
            self._fix_tab_order()  # once, while few sections are built; then _chain_in
            self.built.emit()
            return
        self._building = Slices(
            self._build_steps(len(heights)), SLICE, self, on_done=lambda _: self._built()
        )
        self._building.start(first=budget)

    def _build_steps(self, count: int):
        for index in range(count):
            self.ensure_section(index)
            yield

    def _built(self) -> None:
        self._fix_tab_order()
        self.built.emit()

    def ensure_section(self, index: int) -> SectionBox | None:
        """Build section ``index`` now if a placeholder still stands for it."""
        at = next(
            (
                n
                for n, slot in enumerate(self.slots)
                if (isinstance(slot, SectionBox) and slot.index == index)
                or (isinstance(slot, Placeholder) and slot.index <= index < slot.end)
            ),
            None,
        )
        if at is None:
            return None
        slot = self.slots[at]
        if isinstance(slot, SectionBox):
            return slot
        bar = self.verticalScrollBar()
        above = slot.y() + slot.height() <= bar.value()
        anchor = self._focus_below(slot)
        old_height = slot.height()
        box = SectionBox(self, index, self._view)
        parts: list[QWidget] = []
        if slot.index < index:
            parts.append(Placeholder(self, slot.index, index, slot.heights))
        parts.append(box)
        if index + 1 < slot.end:
            parts.append(Placeholder(self, index + 1, slot.end, slot.heights))
        position = self.column.indexOf(slot)
        self.column.removeWidget(slot)
        # Not setParent(None): a widget the layout has not shown yet would be shown as a window
        # of its own once it has no parent, taking focus and activation from the main window.
        if slot.hasFocus():  # hidden with the focus, Qt would pass it on to the next stop
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        slot.hide()  # gone from the screen (and from what a user can reach) at once
        slot.deleteLater()
        for offset, part in enumerate(parts):
            self.column.insertWidget(position + offset, part)
            part.show()  # now, not on the next turn: it can take the focus at once
        self.slots[at : at + 1] = parts
        if self._lazy:  # a small plan's whole form is put in order once built (_built)
            self._chain_in(at, parts)
        self.sections.append(box)
        for f in box.fields:
            self._register(f)
        if anchor is not None:  # the field being edited stays where it is on the screen
            widget, y = anchor
            self._lay_out()
            bar.setValue(bar.value() + widget.mapTo(self.body, QPoint(0, 0)).y() - y)
        elif above:  # keep what the user looks at still when a section above it grows
            grown = sum(p.sizeHint().height() for p in parts) + SPACING * (len(parts) - 1)
            bar.setValue(bar.value() + grown - old_height)
        return box

    def _focus_below(self, slot: QWidget) -> tuple[QWidget, int] | None:
        """The focused widget and where it stands in the form, when the viewport shows it below
        ``slot`` (which a section is about to replace)."""
        widget = QApplication.focusWidget()
        if widget is None or not self.body.isAncestorOf(widget) or slot.isAncestorOf(widget):
            return None
        y = widget.mapTo(self.body, QPoint(0, 0)).y()
        top = self.verticalScrollBar().value()
        if y < slot.y() or not top <= y <= top + self.viewport().height():
            return None
        return widget, y

    def _lay_out(self) -> None:
        """Lay the form out now: a section just built, and its text boxes, which take their
        height once they have their width."""
        for _ in range(3):
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self.body.layout().activate()

    def _build_visible(self, budget: float = SLICE) -> None:
        """Build the sections within a screen of the viewport (large plans), a slice per turn."""
        top = self.verticalScrollBar().value() - self.viewport().height() // 2
        bottom = top + 2 * self.viewport().height()
        deadline = time.perf_counter() + budget
        while (index := self._unbuilt_between(top, bottom)) is not None:
            self.ensure_section(index)
            if time.perf_counter() > deadline:
                QTimer.singleShot(0, self._build_visible)
                return

    def _unbuilt_between(self, top: int, bottom: int) -> int | None:
        """The first section not built yet that its placeholder places between ``top`` and
        ``bottom`` (the body's coordinates), by the heights estimated for its sections."""
        for slot in self.slots:
            if not isinstance(slot, Placeholder):
                continue
            y = slot.y()
            for index in range(slot.index, slot.end):
                height = slot.heights[index]
                if y >= bottom:
                    break
                if y + height > top:
                    return index
                y += height + SPACING
        return None

    def _chain_in(self, at: int, parts: list[QWidget]) -> None:
        """Tab order for ``parts`` (a section and the placeholders left around it), which took
        the place of slot ``at``: after the last stop before them, a placeholder or an input
        (each placeholder is a stop: Tab into it builds its section). The stops after them
        keep their place, so a large plan's thousands of inputs are not walked again."""
        before = None
        for slot in reversed(self.slots[:at]):
            found = reading_order(slot)
            if found:
                before = found[-1]
                break
        if before is None:  # the first slot: after the description, or else the header
            for part in (self.preamble, self.header):
                found = reading_order(part) if part is not None else []
                if found:
                    before = found[-1]
                    break
        chain = [before] if before is not None else []
        for part in parts:
            chain += reading_order(part)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if self._lazy and not self._scroll_timer.isActive():
            self._scroll_timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._lazy:
            self._scroll_timer.start()

    def _repeats(self, titles: list) -> dict[int, tuple[int, int]]:
        """Section index -> (count of its kind, most allowed), for repeatable sections."""
        out = {}
        template = self.ctx.template
        counts: dict = {}
        for title in titles:
            counts[title] = counts.get(title, 0) + 1
        for i, title in enumerate(titles):
            count = counts[title]
            limit = None
            if template is not None:
                found = template.section_repeats(title)
                if found is not None and found[1] > 1:
                    limit = found[1]
            if limit is None and count > 1 and title:
                limit = GROUP_REPEATS
            if limit is not None:
                out[i] = (count, limit)
        return out

    def _register(self, f: Field) -> None:
        self.fields[f.field_id] = f
        self.order.append(f)
        problems = self._problems.get(f.field_id)
        if problems:
            f.set_problems(problems)
        note = self._notes.get(f.field_id)
        if note:
            f.set_note(*note)

    def is_built(self) -> bool:
        """True when the eager part of the build is done (all of a small plan)."""
        return self._generation > 0 and not (self._building and self._building.running)

    def rebuild_sections(self) -> None:
        """Throw the section widgets away and build them again from the plan.

        The focus comes back where the edit says (the new group, the next one after a removal)
        or to the field that had it; meanwhile the form holds it, so it never wanders off to
        another pane while the widgets that had it are destroyed.
        """
        field = self.current_field()
        target = self._focus_after or (("field", field) if field else None)
        self._focus_after = None
        if self.body.isAncestorOf(QApplication.focusWidget()):
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        scroll = self.verticalScrollBar().value()
        header_fields = set(self.header.fields) if self.header else set()
        for slot in self.slots + ([self.preamble] if self.preamble is not None else []):
            self.column.removeWidget(slot)
            slot.hide()
            slot.deleteLater()  # kept a child until deleted: see ensure_section
        self.preamble = None
        self.sections = []
        self.slots = []
        self.order = [f for f in self.order if f in header_fields]
        self.fields = {f.field_id: f for f in self.order}
        self._start_sections(FIRST_SLICE)
        QTimer.singleShot(0, lambda: self.verticalScrollBar().setValue(scroll))
        if target is not None:
            generation = self._generation
            # After the new widgets are shown (queued by their layouts) and laid out.
            QTimer.singleShot(0, lambda: self._take_focus(target, generation))

    def _take_focus(self, target: tuple[str, object], generation: int) -> None:
        """Focus ``("field", id)``, or the first input of ``("group", i)`` / ``("section", i)``."""
        if generation != self._generation or not self.hasFocus():
            return  # rebuilt again meanwhile, or the user has moved on
        kind, at = target
        if kind == "field":  # back in the field the user was in; the view stays where it was
            f = self.field(at)
            if f is not None:
                f.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
            return
        outline = self.ctx.document.plan.outline
        if kind == "group":
            if not 0 <= at < len(outline.groups):
                return
            box = self.ensure_section(outline.groups[at].section)
            part = box.groups.get(at) if box is not None else None
        else:
            box = self.ensure_section(max(0, min(at, len(outline.sections) - 1)))
            part = box
        if part is None:
            return
        self._fix_tab_order()
        stops = tab_stops(part)
        if stops:
            self._focus_shown(stops[0], Qt.FocusReason.OtherFocusReason)

    def _focus_shown(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        self._lay_out()  # where the widgets of a section just built stand
        self.ensureWidgetVisible(widget, 0, 40)
        widget.setFocus(reason)

    @property
    def generation(self) -> int:
        """How many times the sections were built: a step planned for an earlier build lapses."""
        return self._generation

    def focus_stop_from(self, index: int, step: int, generation: int) -> None:
        """Tab (``step`` 1) or Shift+Tab (-1) into sections not built yet: the first stop of
        section ``index``, or the last for Shift+Tab, going on to the next section that has
        one (a heading alone has none), each built as needed and the stop scrolled to."""
        if generation != self._generation:
            return  # rebuilt meanwhile: that section is not the one the user tabbed to
        count = len(self.ctx.document.plan.outline.sections)
        while 0 <= index < count:
            box = self.ensure_section(index)
            stops = tab_stops(box) if box is not None else []
            if stops:
                if step > 0:
                    self._focus_shown(stops[0], Qt.FocusReason.TabFocusReason)
                else:
                    self._focus_shown(stops[-1], Qt.FocusReason.BacktabFocusReason)
                return
            index += step

    def _fix_tab_order(self) -> None:
        """Tab moves through the form in reading order, whatever order widgets were made in:
        each group's fields then its Add another / Remove, each section then its own buttons."""
        chain = reading_order(self.body)
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # -- following the document ------------------------------------------------------------------

    def _document_changed(self, origin: str | None, structural: bool) -> None:
        if structural:
            if self.header:
                for f in self.header.fields:
                    f.refresh()
            self.rebuild_sections()
        elif (
            origin
            and origin.startswith("text:")
            and (len(self.ctx.document.plan.free_texts()) != self._free_count)
        ):
            self.rebuild_sections()  # a text emptied (or filled again): renumber the texts
        elif origin is None:
            for f in self.order:
                f.refresh()
            self._tab_timer.start()  # a tag row or chip may have been made: put it in order

    def set_template(self, template: model.FormTemplate | None) -> None:
        """The template the checks found (None: none fits, the form keeps the one it has).
        The sections are built with it, or built again when it is another template."""
        current = self.ctx.template
        if template is None:
            template = current
        self.ctx.template = template
        if self._generation == 0:  # the sections wait for it
            self._awaiting = False
            if self._painted:
                self._start_sections(FIRST_SLICE)
        elif template is not None and (current is None or current.id != template.id):
            self.rebuild_sections()

    # -- problems and navigation -----------------------------------------------------------------

    def set_problems(self, problems: list[model.FieldProblem]) -> None:
        by_field: dict[str, list[model.FieldProblem]] = {}
        for p in problems:
            by_field.setdefault(p.field, []).append(p)
        for fid in set(self._problems) | set(by_field):
            f = self.fields.get(fid)
            if f is not None:
                f.set_problems(by_field.get(fid, []))
        self._problems = by_field

    def set_notes(self, notes: dict[str, tuple[str, bool]]) -> None:
        """Show review notes under their fields: field id -> (text, all resolved); the fields
        built later (lazy sections, rebuilds) get theirs when they are made."""
        for fid in set(self._notes) | set(notes):
            f = self.fields.get(fid)
            if f is not None:
                f.set_note(*notes.get(fid, ("", False)))
        self._notes = dict(notes)

    def current_field(self) -> str | None:
        w = self.focusWidget() if self.body.isAncestorOf(self.focusWidget() or self) else None
        while w is not None and not isinstance(w, Field):
            w = w.parentWidget()
        return w.field_id if w is not None else None

    def field(self, field_id: str) -> Field | None:
        """The field of ``field_id``, its section built first if need be."""
        if field_id.startswith("q:") and field_id not in self.fields:
            try:
                self.ensure_section(self.ctx.document.plan.question(int(field_id[2:])).section)
            except (ValueError, IndexError):
                pass
        f = self.fields.get(field_id)
        if f is None and field_id.startswith("tag:"):
            f = self.fields.get("tags:other")
        return f

    def jump_to(self, field_id: str) -> bool:
        f = self.field(field_id)
        if f is None:
            return False
        self.ensureWidgetVisible(f, 0, 40)
        f.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def add_instance(self, section: int, after: int, prompts: list[str]) -> None:
        """Add a whole instance of a group (one div per item) after div ``after``."""

        def apply(plan) -> None:
            at = after
            for prompt in prompts:
                at = plan.add_group(section, [(prompt, "")], after=at)

        self._structural_edit(("group", after + 1), self.tr("Add another"), apply)

    def remove_instance(self, divs: list[int]) -> None:
        """Remove the divs of one instance (or one part); the focus goes to the next one."""
        outline = self.ctx.document.plan.outline
        section = outline.groups[divs[0]].section
        box = self.ensure_section(section)
        boxes = []
        for g in [i for kind, i in outline.sections[section].items if kind == "group"]:
            part = box.groups.get(g) if box is not None else None
            if part is not None and part not in boxes:
                boxes.append(part)
        mine = next((b for b in boxes if divs[0] in b.divs), None)
        at = boxes.index(mine) if mine in boxes else -1
        if 0 <= at < len(boxes) - 1 and boxes[at + 1].divs[0] > divs[-1]:
            target = ("group", boxes[at + 1].divs[0] - len(divs))  # moves up into its place
        elif at > 0:
            target = ("group", boxes[at - 1].divs[0])
        else:
            target = ("section", section)

        def apply(plan) -> None:
            for g in reversed(divs):
                plan.remove_group(g)

        self._structural_edit(target, self.tr("Remove"), apply)

    def add_section(self, index: int, title: str, lead: str, prompts: list[str]) -> None:
        self._structural_edit(
            ("section", index + 1),
            self.tr("Add section"),
            lambda p: p.add_section(title, lead, [(q, "") for q in prompts], index=index + 1),
        )

    def remove_section(self, index: int) -> None:
        titles = self.ctx.document.plan.section_titles()
        kin = [i for i, t in enumerate(titles) if t == titles[index]]
        at = kin.index(index)
        if at + 1 < len(kin):
            target = ("section", kin[at + 1] - 1)
        elif at > 0:
            target = ("section", kin[at - 1])
        else:
            target = ("section", index if index + 1 < len(titles) else index - 1)
        self._structural_edit(target, self.tr("Remove section"), lambda p: p.remove_section(index))

    def _structural_edit(self, focus: tuple[str, int], text: str, apply) -> None:
        """Run a structural edit; the rebuilt form gives the focus to ``focus``."""
        self._focus_after = focus
        try:
            self.ctx.document.edit(text, apply, structural=True)
        finally:
            self._focus_after = None
