"""The answer widgets of the form, one per question kind, and what they share.

Every field has an id (``"q:7"``, ``"title"``, ``"tag:country"``), reads its value from the
document in ``refresh`` and writes through ``Document.edit`` so each change is one undo step;
typing in one field merges into one step (``merge=<field id>``). Problems are shown under the
field. ``FormContext`` carries what every field needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from editor.catalog.prompts import split_continuation
from editor.planfile import checklist_options, entities
from editor.ui.document import Document
from editor.ui.form import model
from editor.ui.images import ImageList, ImageStore
from editor.ui.interaction import Interaction
from editor.ui.problems import MARKS
from editor.ui.style import look, sheet

MAX_ANSWER_HEIGHT = 520  # px; longer answers scroll inside their box


@dataclass
class FormContext:
    document: Document
    interaction: Interaction
    template: model.FormTemplate | None = None
    workspace_terms: dict[str, list[str]] = field(default_factory=dict)
    watcher: FieldWatcher | None = None
    images: ImageStore | None = None  # where images load (the window's, shared)


class FieldWatcher(QObject):
    """Event filter on every editor: Undo/Redo go to the window, focus tells who is edited."""

    focused = Signal(str)

    def watch(self, widget: QWidget, field_id: str) -> None:
        # A Python attribute, not a Qt property: reading an unset property crashes PySide 6.12.
        widget._field_id = field_id
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and (
            event.matches(QKeySequence.StandardKey.Undo)
            or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()  # not accepted: the shortcut reaches the document's undo action
            return True
        if kind == QEvent.Type.FocusIn:
            fid = getattr(obj, "_field_id", None)
            if fid:
                self.focused.emit(fid)
        return False


class WrapLabel(QLabel):
    """A word-wrapped label that remembers its height for each width it was asked about.

    Qt asks every label of the form for its height whenever the form's layout changes (a
    section built as the form scrolls, a field grown by a line), and a label lays its text out
    each time it answers; a large plan holds thousands. What the height depends on (the text,
    the font, the style) clears what it remembers."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self._heights: dict[int, int] = {}

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= 4:  # a splitter dragged: keep the widths of now
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def setText(self, text: str) -> None:
        self._heights.clear()
        super().setText(text)

    def setTextFormat(self, text_format: Qt.TextFormat) -> None:
        self._heights.clear()
        super().setTextFormat(text_format)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._heights.clear()
        super().changeEvent(event)


class Field(QWidget):
    """A labelled editor with a problem line under it."""

    def __init__(self, ctx: FormContext, field_id: str, label: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field_id = field_id
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 4, 0, 4)
        self._layout.setSpacing(3)
        self.label = WrapLabel(label, self)
        look(self.label, "prompt")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if label:
            self._layout.addWidget(self.label)
        else:
            self.label.hide()
        self.problem = WrapLabel(parent=self)
        look(self.problem, "problem")
        self.problem.hide()
        self._problem_added = False
        # Review notes on this field (set_note), under its problems.
        self.note = WrapLabel(parent=self)
        self.note.setObjectName("note")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note.hide()

    def add(self, widget: QWidget) -> None:
        self._layout.addWidget(widget)

    def add_heading_button(self, button: QWidget) -> None:
        """Put ``button`` at the right of the label (before the rows in reading order)."""
        self._layout.removeWidget(self.label)
        row = QHBoxLayout()
        row.addWidget(self.label, 1)
        row.addWidget(button)
        self._layout.insertLayout(0, row)

    def watch(self, widget: QWidget, name: str) -> None:
        widget.setAccessibleName(name)
        if self.ctx.watcher is not None:
            self.ctx.watcher.watch(widget, self.field_id)

    def focus_widget(self) -> QWidget:
        return self

    def refresh(self) -> None:
        """Show the document's current value (without making an edit)."""

    def _add_problem_line(self) -> None:
        if not self._problem_added:
            self._layout.addWidget(self.problem)
            self._layout.addWidget(self.note)
            self._problem_added = True

    def set_note(self, text: str, resolved: bool = False) -> None:
        """Show the review notes on this field (``text``; none when empty), greyed when all
        are resolved."""
        self._add_problem_line()
        self.note.setStyleSheet(sheet("note", resolved) if text else "")
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def set_problems(self, problems: list[model.FieldProblem]) -> None:
        self._add_problem_line()
        if not problems:
            self.problem.hide()
            return
        worst = "error" if any(p.severity == "error" for p in problems) else "warning"
        look(self.problem, "problem", worst)
        mark = MARKS[worst]
        self.problem.setText("\n".join(f"{mark} {p.message}" for p in problems))
        self.problem.show()


class AnswerEdit(QPlainTextEdit):
    """A plain-text markdown editor that grows with its content (up to a limit)."""

    edited = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setUndoRedoEnabled(False)  # the document's stack holds the history
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._loading = False
        self.textChanged.connect(self._changed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def text(self) -> str:
        # toRawText keeps non-breaking spaces that toPlainText would turn into spaces.
        return self.document().toRawText().replace("\u2029", "\n").replace("\u2028", "\n")

    def set_text(self, text: str) -> None:
        if text == self.text():
            return
        self._loading = True
        try:
            pos = self.textCursor().position()
            self.setPlainText(text)
            cursor = self.textCursor()
            cursor.setPosition(min(pos, len(text)))
            self.setTextCursor(cursor)
        finally:
            self._loading = False
        self._fit()

    def _changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.text())

    def _fit(self, *_):
        lines = max(2, int(self.document().size().height()))
        margins = self.contentsMargins()
        doc_margin = self.document().documentMargin()
        height = lines * self.fontMetrics().lineSpacing() + 2 * doc_margin + margins.top()
        height += margins.bottom() + 4
        self.setFixedHeight(int(min(height, MAX_ANSWER_HEIGHT)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def wheelEvent(self, event) -> None:
        # While the box is not scrollable, let the form scroll.
        if self.verticalScrollBar().maximum() == 0:
            event.ignore()
            return
        super().wheelEvent(event)


class QuestionField(Field):
    """Base of the answer fields: knows its question number and spec."""

    def __init__(self, ctx: FormContext, question, spec: model.QuestionSpec, parent=None):
        prompt = entities.shown(question.prompt.strip())
        label = prompt  # an empty prompt: a part of the question above, shown unlabelled
        if spec.required and prompt:
            label += " *"
        super().__init__(ctx, f"q:{question.number}", label, parent)
        self.number = question.number
        self.spec = spec
        self.accessible = prompt or self.tr("Answer {}").format(question.number)

    def question(self):
        return self.ctx.document.plan.question(self.number)


class TextAnswer(QuestionField):
    def __init__(self, ctx: FormContext, question, spec, parent=None) -> None:
        super().__init__(ctx, question, spec, parent)
        self.editor = AnswerEdit(self)
        self.editor.setPlaceholderText(self.tr("Your answer (markdown)"))
        self.watch(self.editor, self.accessible)
        self.editor.set_text(entities.shown(question.answer))
        self.editor.edited.connect(self._write)
        self.add(self.editor)
        self.counter = None
        if spec.max_chars:
            self.counter = QLabel(self)
            look(self.counter, "counter")
            self.counter.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.add(self.counter)
            self._count(self.editor.text())
        if question.images:
            self.add(ImageList(ctx, self.number, question.images, self))

    def focus_widget(self) -> QWidget:
        return self.editor

    def _count(self, text: str) -> None:
        if self.counter is not None:
            look(self.counter, "counter", len(text) > (self.spec.max_chars or 0))
            self.counter.setText(f"{len(text)} / {self.spec.max_chars}")

    def _write(self, text: str) -> None:
        n = self.number
        self._count(text)
        doc = self.ctx.document
        doc.edit(
            self.tr("Edit answer {}").format(n),
            lambda plan: doc.set_answer(plan, n, text),
            merge=self.field_id,
            origin=self.field_id,
        )

    def refresh(self) -> None:
        answer = entities.shown(self.question().answer)
        self.editor.set_text(answer)
        self._count(answer)


class FreeText(Field):
    """Text that belongs to no question (an article, a page body, a description before the
    first section, text at section level): a markdown field like an answer."""

    def __init__(self, ctx: FormContext, index: int, label: str, parent=None) -> None:
        super().__init__(ctx, f"text:{index}", label, parent)
        self.index = index
        self.editor = AnswerEdit(self)
        self.watch(self.editor, f"{label} ({index + 1})" if label else self.tr("Text"))
        self.editor.set_text(entities.shown(ctx.document.plan.free_text(index)))
        self.editor.edited.connect(self._write)
        self.add(self.editor)

    def focus_widget(self) -> QWidget:
        return self.editor

    def _write(self, text: str) -> None:
        k = self.index

        def apply(plan) -> bool:
            return plan.set_free_text(k, entities.edit_raw(plan.free_text(k), text))

        self.ctx.document.edit(
            self.tr("Edit text"), apply, merge=self.field_id, origin=self.field_id
        )

    def refresh(self) -> None:
        texts = self.ctx.document.plan.free_texts()
        if self.index < len(texts):
            self.editor.set_text(entities.shown(self.ctx.document.plan.free_text(self.index)))


class ChoiceAnswer(QuestionField):
    """Checkboxes (checklist) or radio buttons: checked options are written as ``- option``."""

    def __init__(self, ctx: FormContext, question, spec, parent=None) -> None:
        super().__init__(ctx, question, spec, parent)
        self.radio = spec.kind == "radio"
        box = QWidget(self)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(8, 0, 0, 0)
        lay.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(self.radio)
        self.buttons: dict[str, QCheckBox | QRadioButton] = {}
        if spec.continuation:  # the rest of the prompt, which the file holds as answer text
            note = WrapLabel(spec.continuation, box)
            note.setObjectName("continuation")
            note.setTextFormat(Qt.TextFormat.PlainText)
            lay.addWidget(note)
        for option in spec.options:
            if not option:
                continue
            button = QRadioButton(box) if self.radio else QCheckBox(box)
            self.watch(button, f"{self.accessible}: {option}")
            self.group.addButton(button)
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            row.addWidget(OptionLabel(option, button, box), 1)
            lay.addLayout(row)
            self.buttons[option] = button
        self.add(box)
        if question.images:  # pictures the file holds after the ticks (a mosaic)
            self.add(ImageList(ctx, self.number, question.images, self))
        self.refresh()
        self.group.buttonToggled.connect(self._toggled)

    def focus_widget(self) -> QWidget:
        return next(iter(self.buttons.values()), self)

    def ticked(self) -> list[str]:
        """The options the answer ticks (``- option`` lines after the prompt's continuation)."""
        rest = split_continuation(self.spec.continuation, self.question().answer)[1]
        return [entities.shown(o) for o in checklist_options(rest) or () if o]

    def refresh(self) -> None:
        checked = set(self.ticked())
        if all(b.isChecked() == (o in checked) for o, b in self.buttons.items()):
            return
        # Showing the answer is no edit: no toggle of any button may reach ``_toggled``, and a
        # radio list is not exclusive while its buttons are set one by one.
        self.group.blockSignals(True)
        self.group.setExclusive(False)
        for option, button in self.buttons.items():
            button.setChecked(option in checked)
        self.group.setExclusive(self.radio)
        self.group.blockSignals(False)

    def _toggled(self, button, on: bool) -> None:
        if self.radio and not on:
            return  # the button turned on writes the choice
        wanted = [o for o, b in self.buttons.items() if b.isChecked()]
        offered = list(self.buttons)
        n = self.number
        loaded = self.ctx.document.loaded_answer(n)
        rest = split_continuation(self.spec.continuation, loaded or "")[1]
        doc = self.ctx.document
        ticked_then = {entities.shown(o) for o in checklist_options(rest) or ()} - {""}
        if loaded is not None and ticked_then == set(wanted):
            # ticked as the file had it: its own lines, in its own order, come back
            edit = lambda plan: doc.set_answer(plan, n, entities.shown(loaded))  # noqa: E731
        else:
            edit = lambda plan: plan.set_checked(n, wanted, offered)  # noqa: E731
        self.ctx.document.edit(self.tr("Change answer {}").format(n), edit, origin=self.field_id)


class OptionLabel(WrapLabel):
    """The wrapping text of a check box or radio button; clicking it clicks the button."""

    def __init__(self, text: str, button, parent=None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)
        self.button = button

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.button.click()
            self.button.setFocus()


class ImagesAnswer(QuestionField):
    """A question whose answer is images (and perhaps a caption text)."""

    def __init__(self, ctx: FormContext, question, spec, parent=None) -> None:
        super().__init__(ctx, question, spec, parent)
        self.text = None
        if question.answer.strip():
            self.text = TextAnswer(ctx, question, model.QuestionSpec(), self)
            self.text.label.hide()
            self.add(self.text)
        elif not question.images:
            pass
        self.images = ImageList(ctx, question.number, question.images, self)
        self.add(self.images)
        if self.text is None:
            self.watch(self.images.add_button, self.accessible)

    def focus_widget(self) -> QWidget:
        return self.text.focus_widget() if self.text else self.images

    def refresh(self) -> None:
        if self.text is not None:
            self.text.refresh()


def answer_field(ctx: FormContext, question) -> QuestionField:
    spec = model.question_spec(question, ctx.template)
    if spec.kind in ("checklist", "radio") and spec.options:
        return ChoiceAnswer(ctx, question, spec)
    if spec.kind == "images" or (question.images and not question.answer.strip()):
        return ImagesAnswer(ctx, question, spec)
    return TextAnswer(ctx, question, spec)
