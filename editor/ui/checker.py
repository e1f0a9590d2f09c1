"""Template matching and validation of the open plan, run when typing pauses.

The window asks for a check after every edit; ``Checker`` coalesces the requests and runs one
check of the latest state from the event loop once the editor is idle (the window's debounce
timer). A check costs ~3 ms on the seed and ~60 ms on a 3 MB plan, so it runs on the GUI thread:
no worker process to outlive the editor, no copy of the plan to ship.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from editor.ui.form import model


def check_plan(plan):
    """(template adapted for the form or None, report) for ``plan``."""
    template = model.match_template(plan)
    report = model.validate(plan, template)
    return template, report


class Checker(QObject):
    """``request(plan)``; ``finished(template, report)`` follows from the event loop."""

    finished = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = None
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._run)

    def request(self, plan) -> None:
        self._pending = plan
        self._timer.start()

    def _run(self) -> None:
        plan, self._pending = self._pending, None
        if plan is None:
            return
        try:
            template, report = check_plan(plan)
        except Exception as e:  # a checker failure must never take the editor down
            template = None
            report = model.Report(
                [model.FieldProblem("title", self.tr("Checks failed: {}").format(e), "info")]
            )
        self.finished.emit(template, report)
