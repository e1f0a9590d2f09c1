"""The window-level round trip: every gesture a user can make in a field, undone by hand, gives
back the file's bytes. Shared by the sampled test in ``make test`` and ``make acceptance``."""

from __future__ import annotations

import os
import re
import shutil
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from paths import CORPUS
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
)

from editor.ui.actions import ActionId

TYPE_TAG = re.compile(rb"^\[\[type:([^\]]*)\]\]", re.M)
LAZY_QUESTIONS = 300  # the form builds such plans only where one looks: not walked here


def corpus_by_type() -> dict[str, list[Path]]:
    """Every real file of the corpus, by its ``[[type:…]]`` (``none`` without one)."""
    out: dict[str, list[Path]] = {}
    if not CORPUS.is_dir():
        return out
    for path in sorted(p for p in CORPUS.rglob("*") if p.suffix in (".txt", ".md")):
        m = TYPE_TAG.search(path.read_bytes()[:4000])
        kind = m.group(1).decode("utf-8", "replace").strip().lower() if m else "none"
        out.setdefault(kind, []).append(path)
    return out


def stratified_sample(total: int = 60) -> list[Path]:
    """About ``total`` files, every document type, spread evenly through each type's files."""
    groups = corpus_by_type()
    if not groups:
        return []
    share = {
        k: max(2, round(total * len(v) / sum(map(len, groups.values())))) for k, v in groups.items()
    }
    sample = []
    for kind, files in sorted(groups.items()):
        n = min(len(files), share[kind])
        step = len(files) / n
        sample += [files[int(i * step)] for i in range(n)]
    return sample


def files_to_walk() -> list[Path]:
    """The whole corpus for ``make acceptance`` (PLAN_EDITOR_ACCEPTANCE=1), else the sample."""
    if os.environ.get("PLAN_EDITOR_ACCEPTANCE") == "1":
        return [p for files in corpus_by_type().values() for p in files]
    return stratified_sample()


@dataclass
class Walk:
    """What one file's walk exercised."""

    fields: int = 0
    options: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


def _widgets(window, kind):
    """Widgets of ``kind`` the form shows, in reading order (disabled ones too, so that the
    indexes stay the same when the SDG limit disables boxes)."""
    form = window.form
    found = [w for w in form.body.findChildren(kind) if w.isVisibleTo(form.body)]
    return sorted(
        found,
        key=lambda w: (w.mapTo(form.body, QPoint(0, 0)).y(), w.mapTo(form.body, QPoint(0, 0)).x()),
    )


def _editable(w) -> bool:
    if isinstance(w, QLineEdit):
        return not w.isReadOnly()
    return isinstance(w, QPlainTextEdit) and not w.isReadOnly()


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.form.is_built(), timeout=10000)


def _type_and_delete(qtbot, w) -> None:
    w.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(
        w,
        Qt.Key.Key_End,
        Qt.KeyboardModifier.ControlModifier
        if isinstance(w, QPlainTextEdit)
        else Qt.KeyboardModifier.NoModifier,
    )
    # a character the field accepts (the year takes digits only)
    digits = isinstance(w, QLineEdit) and w.validator() is not None
    shown = w.text() if isinstance(w, QLineEdit) else None
    QTest.keyClick(w, Qt.Key.Key_1 if digits else Qt.Key.Key_X)
    if shown is None or w.text() != shown:  # a full year takes no fifth digit: nothing to delete
        QTest.keyClick(w, Qt.Key.Key_Backspace)
    popup = QApplication.activePopupWidget()  # a completion list the typing opened
    if popup is not None:
        QTest.keyClick(popup, Qt.Key.Key_Escape)
    if isinstance(w, QPlainTextEdit):
        QTest.keyClick(w, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(w, Qt.Key.Key_Y)
        QTest.keyClick(w, Qt.Key.Key_Backspace)


def _click(qtbot, button) -> None:
    """Click the box itself (a click right of a short label is no click, as on screen)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def _changes(before: str, after: str) -> tuple[list[str], list[str]]:
    """(non-blank lines removed, non-blank lines added), counted as multisets: plans repeat
    whole sections, which line diffs align badly."""
    old = Counter(line for line in before.splitlines() if line.strip())
    new = Counter(line for line in after.splitlines() if line.strip())
    return list((old - new).elements()), list((new - old).elements())


def walk_file(qtbot, open_window, src: Path, tmp_path: Path) -> Walk | None:
    """Open a copy of ``src``, type and delete in every field, tick and untick every option,
    save, and report what differs; None when the plan is too large to walk."""
    path = tmp_path / src.name
    shutil.copyfile(src, path)
    start = time.perf_counter()
    window = open_window(path)
    doc = window.document
    if len(doc.plan.questions) > LAZY_QUESTIONS:
        return None
    walk = Walk()
    _settle(qtbot, window)
    count = len(
        [w for w in _widgets(window, QLineEdit) + _widgets(window, QPlainTextEdit) if _editable(w)]
    )
    for i in range(count):
        editors = [
            w
            for w in _widgets(window, QLineEdit) + _widgets(window, QPlainTextEdit)
            if _editable(w)
        ]
        if i >= len(editors):
            break
        if not editors[i].isEnabled():
            continue
        before = doc.plan.dumps()
        _type_and_delete(qtbot, editors[i])
        _settle(qtbot, window)
        walk.fields += 1
        if doc.plan.dumps() != before:
            name = editors[i].accessibleName() or type(editors[i]).__name__
            walk.problems.append(f"{src.name}: typing and deleting in {name!r} changed the text")
            break
    buttons = len(
        [b for b in _widgets(window, QAbstractButton) if isinstance(b, (QCheckBox, QRadioButton))]
    )
    for i in range(buttons):
        options = [
            b for b in _widgets(window, QAbstractButton) if isinstance(b, (QCheckBox, QRadioButton))
        ]
        if i >= len(options):
            break
        button = options[i]
        if not button.isEnabled():
            continue
        name = button.accessibleName() or button.text()
        before = doc.plan.dumps()
        was = button.isChecked()
        radio = isinstance(button, QRadioButton)
        window.form.ensureWidgetVisible(button)
        _click(qtbot, button)
        _settle(qtbot, window)
        walk.options += 1
        after = doc.plan.dumps()
        removed, added = _changes(before, after)
        if radio and was:
            expected = (0, 0)  # clicking the chosen radio button changes nothing
        elif radio:
            expected = (len(removed) and 1, 1)
        else:
            expected = (1, 0) if was else (0, 1)
        if (len(removed), len(added)) != expected:
            walk.problems.append(
                f"{src.name}: clicking {name!r} removed {removed[:3]} and added {added[:3]}"
            )
        options = [
            b for b in _widgets(window, QAbstractButton) if isinstance(b, (QCheckBox, QRadioButton))
        ]
        if radio or not options[i].isEnabled():  # a radio, or an SDG past the limit: Undo
            if after != before:
                window.actions[ActionId.UNDO].trigger()
        else:
            _click(qtbot, options[i])
        _settle(qtbot, window)
        if doc.plan.dumps() != before:
            walk.problems.append(f"{src.name}: clicking {name!r} twice did not give the text back")
            break
    window.save()
    if path.read_bytes() != src.read_bytes():
        walk.problems.append(f"{src.name}: saved bytes differ from the original")
    walk.seconds = time.perf_counter() - start
    return walk
