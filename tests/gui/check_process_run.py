"""Run by tests/gui/test_check_process.py in a new Python process, as the editor starts:
the checks' process first, then the window on the seed plan, settled. Prints one JSON line of
what the window shows and what this process imported; with ``kill``, then kills the checks'
process, empties the title with the keyboard and reports what the window says after that. With
``prefetched``, the process is asked to check the plan file first, as ``editor.cli`` does, and
the window opens once that check is done; with ``changed``, the file is edited (its title
emptied) after that check and before the window opens it."""

from __future__ import annotations

import json
import os
import signal
import sys

from editor.ui.checkprocess import check_pid, prefetch, start_process

if __name__ == "__main__":
    start_process()
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from editor.ui.app import _application, open_window, settle
    from editor.ui.interaction import Interaction
    from editor.ui.settings import Settings

    folder, plan, mode = sys.argv[1], sys.argv[2], sys.argv[3]
    if mode in ("prefetched", "changed"):
        prefetch(plan)
        check_pid()  # answered after the check of the file (one worker, in order)
    if mode == "changed":  # its title emptied, by another program
        with open(plan, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
        with open(plan, "w", encoding="utf-8", newline="") as f:
            f.write("\n".join(["# ", *lines[1:]]))
    app = _application()
    store = QSettings(os.path.join(folder, "settings.ini"), QSettings.Format.IniFormat)
    window = open_window([plan], Settings(store), Interaction())
    at_open = window.status_label.text()  # before the event loop ever ran
    first_render = {}  # what this process had imported when the preview first showed the plan
    window.preview.rendered.connect(
        lambda _: first_render.setdefault("markdown", "markdown" in sys.modules)
    )
    window.show()
    assert settle(window)
    said = {
        "status": window.status_label.text(),
        "pydantic": "pydantic" in sys.modules,
        "changes_panel": "editor.ui.compare" in sys.modules,
        "markdown_at_first_render": first_render["markdown"],
        "preview": window.preview.toPlainText(),
        "checks_pid": check_pid(),
        "pid": os.getpid(),
        "status_at_open": at_open,
        "problems": [p.message for p in window.report.problems],
        "title": window.form.fields["title"].focus_widget().text(),
    }
    if mode == "kill":
        os.kill(said["checks_pid"], signal.SIGKILL)
        window.activateWindow()
        title = window.form.fields["title"].focus_widget()
        title.setFocus()
        QTest.keyClick(title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(title, Qt.Key.Key_Delete)
        for _ in range(200):
            QTest.qWait(25)
            problems = [p.message for p in window.report.problems]
            if "The plan has no title." in problems:
                break
        said["after_kill"] = problems
    print(json.dumps(said))
    window.link.stop()
