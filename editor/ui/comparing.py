"""The window's part of Review ▸ Compare: the actions (Compare with File…, Compare with a
Version…, Stop Comparing) and ``compare_with(base, label)``, which the review calls with its
base. The Changes dock and its panel (``editor.ui.compare``) are made the first time they are
needed: the first window does not import them. Every question goes through ``Interaction``.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Qt

from editor.ui.actions import ActionId


class Comparing(QObject):
    """The window's comparisons. ``window`` is the ``MainWindow`` (its document, form,
    interaction and actions)."""

    def __init__(self, window, delay_ms: int = 400) -> None:
        super().__init__(window)
        self.window = window
        self._delay_ms = delay_ms
        self._dock = None
        self._shown = False
        a = window.actions
        self._file, self._version = a[ActionId.COMPARE_FILE], a[ActionId.COMPARE_VERSION]
        self._stop = a[ActionId.STOP_COMPARE]
        self._file.triggered.connect(self.compare_with_file)
        self._version.triggered.connect(self.compare_with_version)
        self._stop.triggered.connect(self.stop)

    @property
    def dock(self):
        """The Changes dock under the form, made (hidden) on first use."""
        if self._dock is None:
            from editor.ui.compare import ChangesDock

            window = self.window
            self._dock = ChangesDock(window, self._delay_ms)
            window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self._dock)
            self._dock.hide()
            self._dock.panel.jump.connect(window.jump_to)
            self._dock.panel.stopped.connect(self.update_actions)
        return self._dock

    @property
    def panel(self):
        """The Changes panel (``editor.ui.compare.ChangesPanel``)."""
        return self.dock.panel

    def update_actions(self) -> None:
        doc = self.window.document
        self._file.setEnabled(doc is not None)
        self._version.setEnabled(bool(doc is not None and doc.path))
        self._stop.setEnabled(self._dock is not None and self._dock.panel.comparing)

    def compare_with(self, base, label: str) -> bool:
        """Show the changes of the open plan against ``base`` (a ``PlanFile``, named
        ``label``)."""
        from editor.ui.compare import HEIGHT

        window = self.window
        if window.document is None:
            return False
        if window.source is not None:
            window.source.commit()
        self.panel.start(window.document, window.form, base, label)
        first = not self._shown
        self._shown = True
        self.dock.show()
        self.dock.raise_()
        if first:  # the list of a few rows, the form keeps most of the height
            window.resizeDocks([self.dock], [HEIGHT], Qt.Orientation.Vertical)
        self.update_actions()
        return True

    def compare_with_file(self) -> bool:
        from editor.planfile import ReadError, read_bytes
        from editor.ui.compare import plan_of

        window = self.window
        doc = window.document
        if doc is None:
            return False
        start = os.path.dirname(doc.path) if doc.path else (window.workspace.folder or os.getcwd())
        path = window.interaction.choose_open_path(start)
        if not path:
            return False
        try:
            base = plan_of(read_bytes(path), path)
        except (ReadError, OSError) as e:
            window.interaction.show_error(self.tr("Cannot compare"), str(e))
            return False
        return self.compare_with(base, f"“{os.path.basename(path)}”")

    def compare_with_version(self) -> bool:
        from editor.planfile import ReadError
        from editor.ui.compare import plan_of, version_columns
        from editor.workspace import history

        window = self.window
        doc = window.document
        if doc is None or not doc.path:
            return False
        found = history.versions(doc.path)
        if not found:
            window.interaction.show_info(
                self.tr("Compare with a Version"),
                self.tr(
                    "No versions of this plan are kept yet: each save keeps the one it replaces."
                ),
            )
            return False
        items = [" · ".join(version_columns(v)) for v in found]
        at = window.interaction.choose_version(
            self.tr("Compare with a Version"), self.tr("Compare the plan with:"), items
        )
        if at is None or not 0 <= at < len(found):
            return False
        version = found[at]
        try:
            base = plan_of(history.read(doc.path, version.number), doc.path)
        except (history.HistoryError, ReadError) as e:
            window.interaction.show_error(self.tr("Cannot compare"), str(e))
            return False
        when = version_columns(version)[0]
        return self.compare_with(base, self.tr("the version of {}").format(when))

    def stop(self) -> None:
        """Stop Comparing: the panel and the marks go."""
        if self._dock is not None:
            self._dock.panel.stop()
            self._dock.hide()
        self.update_actions()
