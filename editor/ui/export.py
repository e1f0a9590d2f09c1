"""File ▸ Export… and File ▸ Print…: the window's side of ``editor.export``.

Export asks (through ``Interaction.ask_export``, the ``ExportDialog`` in a real run) for the
format, what to export — the open plan as the buffer shows it, unsaved edits included, or the
plans the workspace list shows (after a search or filter, those rows) — and whether several
plans make one document; then for a file or a folder. Several plans go through
``run.export`` under a modal progress dialog that can be cancelled; the end says how many were
written and names each plan that failed. Print lays the open plan out as the PDF export does
(``pdf.paint_plans``) on a ``QPrinter`` shown in a print preview.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QProgressDialog,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.export import formats
from editor.export.problems import cannot_export

if TYPE_CHECKING:
    from editor.export.structure import Report
from editor.i18n import translate
from editor.planfile import PlanFile
from editor.ui import settings as S

PLAN, SHOWN = "plan", "shown"


def format_names() -> dict[str, str]:
    """Each format of ``formats.FORMATS`` as a user knows it."""
    return {
        "docx": translate("Export", "Word (.docx)"),
        "pdf": translate("Export", "PDF (.pdf)"),
        "html": translate("Export", "Web page (.html)"),
        "json": translate("Export", "JSON (.json)"),
        "xlsx": translate("Export", "Excel workbook (.xlsx)"),
    }


def file_filter(fmt: str) -> str:
    return f"{format_names()[fmt]} (*{formats.SUFFIX[fmt]});;" + translate(
        "Export", "All files (*)"
    )


@dataclass
class ExportChoices:
    """What the dialog offers: the open plan (when there is one) and the plans shown."""

    has_plan: bool
    shown: int
    fmt: str = "docx"  # the format chosen last


@dataclass
class ExportChoice:
    fmt: str  # one of formats.FORMATS
    what: str  # PLAN or SHOWN
    combine: bool = False  # several plans in one document (docx, pdf, html, json)


class ExportDialog(QDialog):
    """Format, what to export, one document or one file each."""

    def __init__(self, choices: ExportChoices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.format = QComboBox(self)
        for fmt, name in format_names().items():
            self.format.addItem(name, fmt)
        self.format.setCurrentIndex(max(0, self.format.findData(choices.fmt)))
        self.this_plan = QRadioButton(self.tr("&This plan"), self)
        self.shown = QRadioButton(
            self.tr("The &plans shown in the list ({})").format(choices.shown), self
        )
        self.this_plan.setEnabled(choices.has_plan)
        self.shown.setEnabled(choices.shown > 0)
        group = QButtonGroup(self)
        group.addButton(self.this_plan)
        group.addButton(self.shown)
        (self.this_plan if choices.has_plan else self.shown).setChecked(True)
        self.combine = QCheckBox(self.tr("&One document"), self)
        self.combine.setToolTip(self.tr("All the plans in one file, each starting on a new page"))
        self.count = choices.shown
        form = QFormLayout()
        label = QLabel(self.tr("&Format:"), self)
        label.setBuddy(self.format)
        form.addRow(label, self.format)
        box = QVBoxLayout()
        box.addWidget(self.this_plan)
        box.addWidget(self.shown)
        box.addWidget(self.combine)
        form.addRow(self.tr("Export:"), box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        for signal in (self.format.currentIndexChanged, self.shown.toggled):
            signal.connect(self._update)
        self._update()
        self.format.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update(self, *_args) -> None:
        several = self.shown.isChecked() and self.count > 1
        self.combine.setEnabled(several and self.format.currentData() in formats.COMBINED)

    def choice(self) -> ExportChoice:
        return ExportChoice(
            self.format.currentData(),
            SHOWN if self.shown.isChecked() else PLAN,
            self.combine.isEnabled() and self.combine.isChecked(),
        )


class Exporter(QObject):
    """File ▸ Export… and File ▸ Print… of ``window`` (a ``MainWindow``)."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.fmt = "docx"
        self.progress: QProgressDialog | None = None

    # -- export ----------------------------------------------------------------------------------

    def export(self) -> Report | None:
        w = self.window
        doc = w.document
        shown = w.workspace.shown_paths()
        if doc is None and not shown:
            return None
        if w.source is not None:
            w.source.commit()
        choice = w.interaction.ask_export(ExportChoices(doc is not None, len(shown), self.fmt))
        if choice is None or (choice.what == PLAN and doc is None):
            return None
        self.fmt = choice.fmt
        suffix = formats.SUFFIX[choice.fmt]
        folder = self._folder()
        one_file = choice.what == PLAN or len(shown) == 1 or choice.combine or choice.fmt == "xlsx"
        if one_file:
            if choice.what == PLAN:
                stem = Path(doc.path).stem if doc.path else file_stem(doc.plan.title)
            elif len(shown) == 1:
                stem = Path(shown[0]).stem
            else:
                stem = Path(w.workspace.folder or folder).name or "plans"
            out = w.interaction.choose_export_file(folder, stem + suffix, choice.fmt)
            if out and not Path(out).suffix:
                out += suffix
        else:
            out = w.interaction.choose_folder(folder)
        if not out:
            return None
        if choice.what == PLAN:
            report = self._export_plan(doc, choice.fmt, Path(out))
        else:
            report = self._export_paths(shown, choice, Path(out))
        self._tell(report, out)
        return report

    def _folder(self) -> str:
        doc = self.window.document
        if doc is not None and doc.path:
            return os.path.dirname(doc.path)
        return self.window.workspace.folder or os.getcwd()

    def _remote_images(self) -> bool:
        """View ▸ Load Remote Images is the user's consent: Word then embeds them too."""
        return bool(self.window.settings.get(S.REMOTE_IMAGES))

    def _export_plan(self, doc, fmt: str, out: Path) -> Report:
        """The open plan as the buffer holds it (unsaved edits included), its file's name kept
        for links and images relative to it."""
        from editor.export import run
        from editor.export.structure import Report, Source

        plan = PlanFile(doc.plan.dumps(), newline=doc.plan.newline)
        path = Path(doc.path) if doc.path else Path(self._folder()) / file_stem(plan.title)
        try:
            write = run.writer(fmt, remote_images=self._remote_images())
            return write([Source(path, plan)], out, combine=False)
        except Exception as e:  # a writer's fault is said, never a crash of the window
            return Report(problems=[cannot_export(doc.display_name, e)])

    def _export_paths(self, paths: list[str], choice: ExportChoice, out: Path) -> Report:
        from editor.export import run

        dialog = QProgressDialog(
            self.tr("Exporting %n plan(s)…", "", len(paths)),
            self.tr("Cancel"),
            0,
            len(paths),
            self.window,
        )
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.show()
        self.progress = dialog

        def progress(done: int, total: int, name: str) -> None:
            dialog.setMaximum(total)
            dialog.setValue(done)
            dialog.setLabelText(self.tr("Exporting {} ({} of {})…").format(name, done, total))
            QApplication.processEvents()  # the window repaints; Cancel can be clicked

        QApplication.processEvents()
        try:
            report = run.export(
                [Path(p) for p in paths],
                choice.fmt,
                out,
                combine=choice.combine,
                progress=progress,
                cancelled=dialog.wasCanceled,
                remote_images=self._remote_images(),
            )
            if dialog.wasCanceled():
                report.problems.append(self.tr("The export was cancelled."))
        finally:
            self.progress = None
            dialog.close()
            dialog.deleteLater()
        return report

    def _tell(self, report: Report, out: str) -> None:
        w = self.window
        n = len(report.written)
        said = self.tr("%n file(s) written to {}.", "", n).format(out) if n else ""
        if report.problems:
            failed = "\n".join(f"• {p}" for p in report.problems)
            text = (said + "\n\n" if said else "") + self.tr("Not exported:\n{}").format(failed)
            w.interaction.show_error(self.tr("Export"), text)
        else:
            w.interaction.show_info(self.tr("Export"), said)
        w.statusBar().showMessage(
            self.tr("Exported {} file(s) to {}").format(n, out)
            if n
            else self.tr("Nothing was exported"),
            8000,
        )

    # -- print -----------------------------------------------------------------------------------

    def print_plan(self) -> bool:
        """File ▸ Print: the open plan, laid out as the PDF export, through a print preview."""
        w = self.window
        doc = w.document
        if doc is None:
            return False
        if w.source is not None:
            w.source.commit()
        from PySide6.QtPrintSupport import QPrinter

        from editor.export.structure import Report, Source
        from editor.ui import pdf

        plan = PlanFile(doc.plan.dumps(), newline=doc.plan.newline)
        path = Path(doc.path) if doc.path else Path(self._folder()) / file_stem(plan.title)
        source = Source(path, plan)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(pdf.page_layout(pdf.locale_page_size()))
        problems: list[str] = []

        def paint(device) -> None:
            report = Report()
            pdf.paint_plans(device, [source], report)
            problems[:] = report.problems

        printed = w.interaction.print_plan(printer, paint)
        if printed:
            w.statusBar().showMessage(self.tr("Printed {}").format(doc.display_name), 8000)
        if problems:
            w.interaction.show_error(self.tr("Print"), "\n".join(problems))
        return printed


def file_stem(title: str | None) -> str:
    """A file name (without its suffix) made of a plan's title: letters and digits, the rest
    as '_', at most 60 characters."""
    stem = "".join(c if c.isalnum() else "_" for c in (title or "plan").lower()).strip("_")
    return stem[:60] or "plan"
