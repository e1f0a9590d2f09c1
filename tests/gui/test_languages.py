"""The window in French, Spanish and Portuguese, as a user who chose the language sees it.

Each test opens the seed plan in its workspace folder through ``editor.ui.app.open_window``, the
set-up ``plan-editor --lang`` goes through, and reads what the window shows: the menus and their
items, labels, buttons, group titles, tabs, column headers, placeholders, the status bar and the
preview. A text the English window shows that the translated window shows the same is an
untranslated string of ours unless the plan file holds it (the questions and answers are the
platform's content and stay as written).
"""

from __future__ import annotations

import html
import json
import re
import shutil

import pytest
from paths import SEED
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from editor.ui import language
from editor.ui.actions import ActionId
from editor.ui.interaction import Interaction

LANGUAGES = ("fr", "es", "pt")
MENUS = {
    "fr": ["Fichier", "Édition", "Affichage", "Révision", "Aide"],
    "es": ["Archivo", "Editar", "Ver", "Revisión", "Ayuda"],
    "pt": ["Arquivo", "Editar", "Exibir", "Revisão", "Ajuda"],
}
# Words of ours that are the same in the language as in English.
SAME = {
    "fr": {"Source", "Type", "Date", "Audio", "Continent", "Plan Editor", "Notes", "Latitude"}
    | {"Longitude"},
    "es": {"Audio", "Plan Editor", "Formulario de soluciones (español)"},  # (a Spanish form)
    "pt": {"Plan Editor", "Status", "Latitude", "Longitude"},
}
# Language names are written in their own language in every language (View > Language).
NATIVE = {"English", "Français", "Español", "Português"}


@pytest.fixture
def in_language(qtbot, settings, interaction, tmp_path):
    """``in_language(code)`` -> the seed plan's window, shown and settled, in ``code``."""
    from editor.ui.app import open_window, settle

    folder = tmp_path / "plans"
    folder.mkdir()
    plan = folder / SEED.name
    shutil.copyfile(SEED, plan)
    windows = []

    def opener(code: str):
        window = open_window([str(folder), str(plan)], settings, interaction, lang=code)
        qtbot.addWidget(window)
        window.resize(1500, 950)
        window.show()
        assert settle(window)
        qtbot.waitUntil(lambda: window.workspace.model.rowCount() > 0, timeout=10000)
        windows.append(window)
        return window

    yield opener
    for window in windows:
        window.link.stop()
    language.apply("en")  # the next tests speak English again


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text or "")
    return " ".join(html.unescape(text).replace("&", "").split())


def _menu_texts(menu: QMenu, out: list[str]) -> None:
    menu.aboutToShow.emit()  # menus filled when opened (Open Recent)
    for action in menu.actions():
        if action.menu() is not None:
            out.append(_plain(action.menu().title()))
            _menu_texts(action.menu(), out)
        elif not action.isSeparator():
            out.append(_plain(action.text()))


def shown_texts(window) -> list[str]:
    """Every text a user can read in ``window`` now or in its menus."""
    out = [_plain(a.text()) for a in window.menuBar().actions()]
    for action in window.menuBar().actions():
        _menu_texts(action.menu(), out)
    out += widget_texts(window)
    out += [line.strip() for line in window.preview.toPlainText().splitlines()]
    return [t for t in out if t]


def widget_texts(root) -> list[str]:
    """The texts of the widgets shown in ``root`` (a window or a dialog) and its title."""
    out = [_plain(root.windowTitle())]
    for widget in root.findChildren(object):
        if not hasattr(widget, "isVisible") or not widget.isVisible():
            continue
        if isinstance(widget, QLabel):
            out.append(_plain(widget.text()))
        elif isinstance(widget, QAbstractButton):
            out.append(_plain(widget.text()))
        elif isinstance(widget, QGroupBox):
            out.append(_plain(widget.title()))
        elif isinstance(widget, QLineEdit):
            out.append(_plain(widget.placeholderText()))
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly():
            out.append(_plain(widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            out += [_plain(widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QDockWidget):
            out.append(_plain(widget.windowTitle()))
        elif isinstance(widget, QComboBox):
            out += [_plain(widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            out += [_plain(widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount(QModelIndex())):
                out.append(_plain(str(model.headerData(column, Qt.Orientation.Horizontal) or "")))
    return [t for t in out if t]


def _content(value, out: list[str], skip=("label", "labels", "description", "_about")) -> None:
    """The strings of a template or vocabulary file but its own names of itself: the platform's
    questions, options, section and group names, and terms."""
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, list):
        for v in value:
            _content(v, out)
    elif isinstance(value, dict):
        for k, v in value.items():
            if k not in skip:
                _content(v, out)


def content_words(plan_text: str) -> str:
    """The plan's text and the forms' content (what stays as the platform wrote it)."""
    from editor.resources import resource_path

    out = [plan_text]
    for folder in ("templates", "vocabularies"):
        for path in sorted(resource_path(folder).glob("*.json")):
            if path.name != "tag_keys.json":  # its labels are the editor's words
                _content(json.loads(path.read_text(encoding="utf-8")), out)
    return " ".join(" ".join(out).replace("&", "").split())


def _is_content(text: str, content: str) -> bool:
    # a mark before, a "required" star, a count or a point after, a group's number ("Partner 2")
    text = re.sub(r"^[☑☐•✕⚠ⓘ✔]\s*|\s*\*$|\s*\([-\d.,]+\)$|\s+\d+$", "", text.replace("&", ""))
    parts = [p for p in re.split(r"\s{2,}", text) if p]
    return all(p in content for p in parts)


def _ours(texts: list[str], plan_text: str) -> set[str]:
    """The texts that are not the plan's or the forms' own words, nor numbers, nor language
    names, nor addresses."""
    content = content_words(plan_text)
    return {
        t
        for t in texts
        if re.search(r"[A-Za-z]{2}", t)
        and t not in NATIVE
        and ".txt" not in t  # a file's name, the window's title
        and not re.match(r"https?://|\S+@\S+$|\w+ \(\.\w+\)$", t)  # "PDF (.pdf)"
        and not _is_content(t, content)
    }


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_menus_are_in_the_language(in_language, code):
    window = in_language(code)
    titles = [_plain(a.text()) for a in window.menuBar().actions()]
    assert titles == MENUS[code]


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_english_string_of_ours_shows(in_language, code):
    plan_text = SEED.read_text(encoding="utf-8")
    english = _ours(shown_texts(in_language("en")), plan_text)
    assert len(english) > 60  # the comparison sees the window's texts
    translated = _ours(shown_texts(in_language(code)), plan_text)
    untranslated = sorted((english & translated) - SAME[code])
    assert not untranslated, f"shown in English in the {code} window: {untranslated}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_sdg_names_show_in_the_language_and_the_file_keeps_the_stored_label(
    in_language, qtbot, code
):
    from editor.catalog.vocabularies import sdgs

    window = in_language(code)
    goal = sdgs()[2]  # 3. Good health and well-being
    boxes = [b for b in window.form.findChildren(QAbstractButton) if b.text().startswith("3. ")]
    assert len(boxes) == 1
    assert boxes[0].text() == f"3. {goal.labels[code]}"
    before = window.document.plan.tag_values("sdgs")
    box = boxes[0]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    after = window.document.plan.tag_values("sdgs")
    changed = set(after) ^ set(before)
    assert changed == {goal.tag_value}  # as the platform stores it, in English


class Peek(Interaction):
    """Shows each dialog the window asks for, as a user sees it, keeps its texts and cancels."""

    def __init__(self) -> None:
        self.seen: dict[str, list[str]] = {}

    def _look(self, name: str, dialog) -> None:
        dialog.show()
        self.seen[name] = widget_texts(dialog)
        dialog.close()

    def ask_new_plan(self, choices, countries):
        from editor.ui.dialogs import NewPlanDialog

        self._look("new plan", NewPlanDialog(choices, countries))

    def ask_export(self, choices):
        from editor.ui.export import ExportDialog

        self._look("export", ExportDialog(choices))

    def show_history(self, dialog) -> None:
        self._look("history", dialog)


def _dialog_texts(qtbot, settings, folder, plan, code) -> dict[str, list[str]]:
    from editor.ui.app import open_window, settle

    peek = Peek()
    window = open_window([str(folder), str(plan)], settings, peek, lang=code)
    qtbot.addWidget(window)
    window.show()
    assert settle(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # New from Template
    for action in (ActionId.EXPORT, ActionId.HISTORY):  # what a click on File > Export… does
        window.actions[action].trigger()
    window.link.stop()
    return peek.seen


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_dialogs_are_in_the_language(qtbot, settings, tmp_path, code):
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = folder / SEED.name
    shutil.copyfile(SEED, plan)
    try:
        english = _dialog_texts(qtbot, settings, folder, plan, "en")
        translated = _dialog_texts(qtbot, settings, folder, plan, code)
    finally:
        language.apply("en")
    plan_text = plan.read_text(encoding="utf-8")
    assert set(english) == {"new plan", "export", "history"}
    for name, texts in english.items():
        same = (_ours(texts, plan_text) & _ours(translated[name], plan_text)) - SAME[code]
        assert not same, f"the {name} dialog shows in English in {code}: {sorted(same)}"


@pytest.mark.parametrize("code", ("en", *LANGUAGES))
def test_no_label_button_or_goal_is_cut(in_language, code):
    """Longer words (French and Portuguese run ~20% longer) still fit: every check box, button
    and one-line label of the form and the status bar is as wide as its text needs."""
    from PySide6.QtWidgets import QCheckBox, QPushButton

    window = in_language(code)
    cut = []
    for root in (window.form.widget(), window.statusBar()):
        for widget in root.findChildren(QWidget):
            if not isinstance(widget, QCheckBox | QPushButton | QLabel) or not widget.isVisible():
                continue
            if isinstance(widget, QLabel) and (widget.wordWrap() or "<a href" in widget.text()):
                continue  # (a link shows the plan's own address, shortened in its middle)
            if widget.width() < widget.sizeHint().width():
                cut.append(f"{widget.text()!r}: {widget.width()} < {widget.sizeHint().width()}")
    assert not cut, f"cut in {code}: {cut}"


class Reviewer(Peek):
    """Starts a review as ana@undp.org, writes one note, and looks at the merge dialog."""

    def ask_reviewer(self, current):
        return "ana@undp.org"

    def ask_note(self, label):
        return "Please shorten."

    def resolve_conflicts(self, conflicts, notes):
        from editor.ui.workspace.ondisk import MergeDialog

        self._look("merge", MergeDialog(conflicts, notes))


def _review_and_disk_texts(qtbot, settings, folder, plan, code) -> list[str]:
    """A reviewer's window: a review started, a note on the title, an unsaved edit of the
    title when another program changes it on disk (the bar), then Merge (the dialog)."""
    from editor.ui.app import open_window, settle

    reviewer = Reviewer()
    window = open_window([str(folder), str(plan)], settings, reviewer, lang=code)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    assert settle(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.actions[ActionId.START_REVIEW].trigger()
    title = window.form.header.findChild(QLineEdit)  # the title comes first in the header
    qtbot.mouseClick(title, Qt.MouseButton.LeftButton)
    qtbot.keyClick(
        title, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    qtbot.waitUntil(
        lambda: window.review_ui.review is not None and bool(window.review_ui.review.notes)
    )
    qtbot.keyClick(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, "!")
    text = plan.read_text(encoding="utf-8").replace("Closing: Generative", "Closing: New", 1)
    tmp = plan.with_name(plan.name + ".tmp~")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(plan)
    bar = window.link.bar
    qtbot.waitUntil(bar.isVisible, timeout=10000)
    texts = shown_texts(window)
    qtbot.mouseClick(bar.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "merge" in reviewer.seen)
    texts += reviewer.seen["merge"]
    window.document.undo_stack.setClean()
    window.link.stop()
    return texts


@pytest.mark.parametrize("code", LANGUAGES)
def test_a_review_and_a_change_on_disk_are_in_the_language(qtbot, settings, tmp_path, code):
    folder = tmp_path / "plans"
    folder.mkdir()
    plan = folder / SEED.name
    texts = {}
    try:
        for run in ("en", code):
            shutil.copyfile(SEED, plan)
            for review in folder.glob("*.review.txt"):
                review.unlink()
            texts[run] = _review_and_disk_texts(qtbot, settings, folder, plan, run)
    finally:
        language.apply("en")
    seed = SEED.read_text(encoding="utf-8")
    edited = seed.splitlines()[0].removeprefix("# ") + "!"  # the title as the user typed it
    plan_text = f"{seed} {edited} Please shorten. ana@undp.org Closing: New"
    english, translated = _ours(texts["en"], plan_text), _ours(texts[code], plan_text)
    assert any("ana@undp.org" in t for t in texts["en"])  # the review shows
    untranslated = sorted((english & translated) - SAME[code])
    assert not untranslated, f"shown in English in the {code} window: {untranslated}"


def test_view_language_is_kept_and_speaks_from_the_next_start(
    qtbot, settings, interaction, tmp_path
):
    """View > Language > Français: the window says (in French) that the editor will be in
    French from its next start, and the next window is."""
    from editor.ui.app import open_window

    plan = tmp_path / SEED.name
    shutil.copyfile(SEED, plan)
    try:
        window = open_window([str(plan)], settings, interaction)
        qtbot.addWidget(window)
        window.show()
        assert [_plain(a.text()) for a in window.menuBar().actions()][0] == "File"
        menu = window.language_menu
        assert [a.text() for a in menu.actions()][1:] == [
            "English",
            "Français",
            "Español",
            "Português",
        ]
        french = next(a for a in menu.actions() if a.text() == "Français")
        french.trigger()  # what a click on it does
        assert french.isChecked()
        assert interaction.infos == [
            ("Langue", "Langue de Plan Editor à partir du prochain démarrage\xa0: Français.")
        ]
        assert [_plain(a.text()) for a in window.menuBar().actions()][0] == "File"  # this run
        window.link.stop()
        again = open_window([str(plan)], settings, interaction)  # the next start
        qtbot.addWidget(again)
        assert [_plain(a.text()) for a in again.menuBar().actions()] == MENUS["fr"]
        chosen = [a.text() for a in again.language_menu.actions() if a.isChecked()]
        assert chosen == ["Français"]
        again.link.stop()
    finally:
        language.apply("en")


def _accelerator(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("code", ("en", *LANGUAGES))
def test_no_two_items_of_a_menu_share_an_alt_letter(in_language, code):
    window = in_language(code)
    menus = [("menu bar", [a.text() for a in window.menuBar().actions()])]
    for action in window.menuBar().actions():
        action.menu().aboutToShow.emit()
        texts = [a.text() for a in action.menu().actions() if not a.isSeparator()]
        menus.append((_plain(action.text()), texts))
    clashes = []
    for name, texts in menus:
        letters = [_accelerator(t) for t in texts]
        clashes += [
            f"{name}: {t!r}"
            for t, letter in zip(texts, letters, strict=True)
            if letter and letters.count(letter) > 1
        ]
    assert not clashes, f"the same Alt letter twice in {code}: {clashes}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_qt_s_own_file_dialog_is_in_the_language(qtbot, code):
    """The file dialog Qt draws where the desktop has none of its own (Open, Save As, Export):
    its labels and buttons come from Qt's catalogues, and from ours where Qt's lack them."""
    from PySide6.QtWidgets import QFileDialog

    try:
        texts = {}
        for run in ("en", code):
            language.apply(run)
            dialog = QFileDialog(None, "", str(SEED.parent))
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            qtbot.addWidget(dialog)
            dialog.show()
            texts[run] = {t for t in widget_texts(dialog) if t and t != dialog.windowTitle()}
            dialog.close()
    finally:
        language.apply("en")
    assert len(texts["en"]) >= 4  # the labels and the buttons
    same = {t for t in texts["en"] & texts[code] if not t.startswith("/")} - SAME[code]
    assert not same, f"Qt's file dialog in English in {code}: {sorted(same)}"
