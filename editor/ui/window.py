"""The main window: workspace list | form and source tabs | live preview, composed from parts.

The window owns no editing logic: it opens and closes ``Document``s, routes actions, asks the
user through ``Interaction`` and keeps settings. The templates and validation run in the checks'
process (``editor.ui.checker``); the preview, the form's sections and the workspace scan, which
the first frame does not need, come after it.
"""

from __future__ import annotations

import gc
import os

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QActionGroup, QUndoGroup
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.i18n import LANGUAGES, QT_TRANSLATE_NOOP, SOURCE, choose, system_language
from editor.planfile import PlanFileError, ReadError, WriteError
from editor.planfile.messages import status_word
from editor.planfile.source import EncodeError, encoding_name, to_utf8
from editor.ui import settings as S
from editor.ui.actions import ActionId, PaneCycler, create_actions
from editor.ui.checker import Checker
from editor.ui.comparing import Comparing
from editor.ui.document import DiskChangedError, Document
from editor.ui.firstpaint import HOUSEKEEPING_MS, after_first_paint
from editor.ui.form import model
from editor.ui.form.fields import FormContext
from editor.ui.form.view import FormView
from editor.ui.interaction import Choice, DialogInteraction, Interaction
from editor.ui.language import said_in
from editor.ui.preview import PreviewPane
from editor.ui.problems import ProblemsPanel
from editor.ui.review import ReviewController
from editor.ui.source_view import SourceView
from editor.ui.style import look, sheet
from editor.ui.workspace.link import WorkspaceLink
from editor.ui.workspace.panel import WorkspacePanel

VALIDATE_MS = 400


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: S.Settings | None = None,
        interaction: Interaction | None = None,
        drafts=None,
        cache_dir=None,
    ):
        super().__init__()
        self.settings = settings or S.Settings()
        self.interaction = interaction or DialogInteraction(self)
        self.undo_group = QUndoGroup(self)
        self.actions = create_actions(self, self.undo_group)
        self.document: Document | None = None
        self.form: FormView | None = None
        self.source: SourceView | None = None
        self.report: model.Report | None = None
        self._drafts, self._cache_dir = drafts, cache_dir
        self.comparing = Comparing(self, VALIDATE_MS)  # Review ▸ Compare (its dock on first use)
        self._build_layout()
        self._exporter = None  # File ▸ Export… and Print…: ``exporter``, made on first use
        self._build_menus()
        self._build_status()
        self._connect()
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_MS)
        self._validate_timer.timeout.connect(self.validate_now)
        self.checker = Checker(self)
        self.checker.finished.connect(self._checked)
        self.checker.converted.connect(self.preview.take)  # (keyed by text: never stale)
        self._update_title()
        self._restore_state()

    # -- composition -----------------------------------------------------------------------------

    def _build_layout(self) -> None:
        self.workspace = WorkspacePanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.form_stack = QStackedWidget(self)
        empty = QLabel(self.tr("Open a plan from the list, or use File ▸ Open."), self)
        look(empty, "empty")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.form_stack.addWidget(empty)
        self.problems = ProblemsPanel(self)
        self.form_split = QSplitter(Qt.Orientation.Vertical, self)
        self.form_split.addWidget(self.form_stack)
        self.form_split.addWidget(self.problems)
        self.form_split.setStretchFactor(0, 1)
        self.form_split.setSizes([700, 90])
        self.link = WorkspaceLink(
            self.workspace,
            self.interaction,
            lambda: self.document,
            self,
            self._drafts,
            self._cache_dir,
        )
        self.link.notice.connect(self.statusBar().showMessage)
        self.link.openRequested.connect(self.open_path)
        self.link.recovered.connect(self.set_document)
        self.link.bar.saveAsRequested.connect(self.save_as)
        form_page = QWidget(self)
        page = QVBoxLayout(form_page)
        page.setContentsMargins(0, 0, 0, 0)
        page.setSpacing(4)
        page.addWidget(self.link.bar)
        page.addWidget(self.link.conflict_bar)
        self.review_ui = ReviewController(self)  # Review menu: its bar and notes panel
        page.addWidget(self.review_ui.bar)
        self.form_split.addWidget(self.review_ui.notes)
        page.addWidget(self.form_split, 1)
        self.source_stack = QStackedWidget(self)
        self.source_stack.addWidget(QWidget(self))
        self.tabs.addTab(form_page, self.tr("Form"))
        self.tabs.addTab(self.source_stack, self.tr("Source"))
        self.preview = PreviewPane(self.settings.get(S.REMOTE_IMAGES), self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.workspace)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.preview)
        self.splitter.setChildrenCollapsible(False)
        for i, stretch in enumerate((0, 3, 2)):
            self.splitter.setStretchFactor(i, stretch)
        self.setCentralWidget(self.splitter)

    def _build_menus(self) -> None:
        a = self.actions
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        file.addAction(a[ActionId.NEW])
        file.addAction(a[ActionId.FOLLOW_UP])
        file.aboutToShow.connect(self._update_follow_up)  # templates load when asked, not at start
        file.addAction(a[ActionId.OPEN])
        self.recent_menu = file.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file.addSeparator()
        for aid in (ActionId.SAVE, ActionId.SAVE_AS, ActionId.REVERT, ActionId.HISTORY):
            file.addAction(a[aid])
        file.addAction(a[ActionId.CLOSE])
        file.addSeparator()
        file.addAction(a[ActionId.EXPORT])
        file.addAction(a[ActionId.PRINT])
        file.addSeparator()
        file.addAction(a[ActionId.QUIT])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(a[ActionId.UNDO])
        edit.addAction(a[ActionId.REDO])
        edit.addSeparator()
        edit.addAction(a[ActionId.FIND])
        edit.addAction(a[ActionId.NEXT_PROBLEM])
        view = bar.addMenu(self.tr("&View"))
        view.addAction(a[ActionId.SHOW_FORM])
        view.addAction(a[ActionId.SHOW_SOURCE])
        view.addAction(a[ActionId.NEXT_PANE])
        view.addAction(a[ActionId.PREVIOUS_PANE])
        view.addSeparator()
        view.addAction(a[ActionId.REMOTE_IMAGES])
        view.addSeparator()
        self.language_menu = view.addMenu(self.tr("&Language"))
        self._fill_languages()
        # -- Review: comparing (editor/ui/comparing.py); the review's own items follow
        self.review_menu = bar.addMenu(self.tr("&Review"))
        for aid in (ActionId.COMPARE_FILE, ActionId.COMPARE_VERSION, ActionId.STOP_COMPARE):
            self.review_menu.addAction(a[aid])
        self.review_menu.addSeparator()
        # --
        self.review_ui.fill_menu(self.review_menu)  # the review's items (editor/ui/review.py)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(a[ActionId.ABOUT])
        a[ActionId.REMOTE_IMAGES].setChecked(self.settings.get(S.REMOTE_IMAGES))

    def _fill_languages(self) -> None:
        """View > Language: the system's language, then each language named in itself; the
        choice is stored and applies from the next start."""
        group = QActionGroup(self.language_menu)
        chosen = self.settings.get(S.LANGUAGE)
        system = LANGUAGES[system_language() or SOURCE]
        choices = [("", self.tr("System Default ({})").format(system)), *LANGUAGES.items()]
        for code, name in choices:
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self._choose_language(action.data()))

    def _choose_language(self, code: str) -> None:
        self.settings.set(S.LANGUAGE, code)
        language = choose(None, code)
        title = said_in(language, "MainWindow", QT_TRANSLATE_NOOP("MainWindow", "Language"))
        text = QT_TRANSLATE_NOOP("MainWindow", "Plan Editor will be in {} from its next start.")
        self.interaction.show_info(
            title, said_in(language, "MainWindow", text).format(LANGUAGES[language])
        )

    def _build_status(self) -> None:
        self.status_label = QLabel(self)
        look(self.status_label, "status")
        self.progress_label = QLabel(self)
        self.problem_label = QLabel(self)
        for label in (self.status_label, self.progress_label, self.problem_label):
            label.setStyleSheet(sheet("statusItem"))
        bar = self.statusBar()
        bar.addPermanentWidget(self.problem_label)
        bar.addPermanentWidget(self.progress_label)
        bar.addPermanentWidget(self.status_label)

    def _connect(self) -> None:
        a = self.actions
        a[ActionId.NEW].triggered.connect(self.new_from_template)
        a[ActionId.FOLLOW_UP].triggered.connect(self.new_follow_up)
        a[ActionId.OPEN].triggered.connect(self.open_dialog)
        a[ActionId.SAVE].triggered.connect(self.save)
        a[ActionId.SAVE_AS].triggered.connect(self.save_as)
        a[ActionId.REVERT].triggered.connect(self.revert)
        a[ActionId.HISTORY].triggered.connect(self.show_history)
        a[ActionId.CLOSE].triggered.connect(self.close_document)
        a[ActionId.EXPORT].triggered.connect(lambda: self.exporter.export())
        a[ActionId.PRINT].triggered.connect(lambda: self.exporter.print_plan())
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.SHOW_FORM].triggered.connect(lambda: self.tabs.setCurrentIndex(0))
        a[ActionId.SHOW_SOURCE].triggered.connect(lambda: self.tabs.setCurrentIndex(1))
        a[ActionId.NEXT_PROBLEM].triggered.connect(self.next_problem)
        a[ActionId.FIND].triggered.connect(self.workspace.focus_search)

        self.panes = PaneCycler([self.workspace, self.tabs, self.preview], self)
        a[ActionId.NEXT_PANE].triggered.connect(self.panes.next)
        a[ActionId.PREVIOUS_PANE].triggered.connect(self.panes.previous)
        a[ActionId.REMOTE_IMAGES].toggled.connect(self._set_remote_images)
        a[ActionId.ABOUT].triggered.connect(self._about)
        self.workspace.openRequested.connect(self.open_path)
        self.workspace.progress.connect(_keep_listed)
        self.problems.jump.connect(self.jump_to)
        self.tabs.currentChanged.connect(self._tab_changed)

    @property
    def exporter(self):
        """File ▸ Export… and Print… (``editor.ui.export.Exporter``), made on first use."""
        if self._exporter is None:
            from editor.ui.export import Exporter

            self._exporter = Exporter(self)
        return self._exporter

    # -- workspace and files ---------------------------------------------------------------------

    def open_workspace(self, folder: str) -> None:
        self.settings.set(S.LAST_WORKSPACE, os.path.abspath(folder))
        self.workspace.set_folder(folder, self.link.cache_dir)
        self.link.start(folder)

    def open_dialog(self) -> None:
        start = os.path.dirname(self.document.path) if self.document and self.document.path else ""
        path = self.interaction.choose_open_path(start or self.workspace.folder or os.getcwd())
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        if self.document is not None and self.document.path == os.path.abspath(path):
            return True
        if not self.maybe_save():
            return False
        try:
            doc = Document.open(path, self)
        except (ReadError, OSError) as e:
            self.interaction.show_error(self.tr("Cannot open plan"), str(e))
            return False
        self.set_document(doc)
        self.settings.add_recent(doc.path)
        self.workspace.select_path(doc.path)
        return True

    @staticmethod
    def _follow_up_template(plan) -> str | None:
        from editor.catalog.newplan import follow_up_template

        return follow_up_template(plan)

    def _update_follow_up(self) -> None:
        doc = self.document
        has = doc is not None and self._follow_up_template(doc.plan) is not None
        self.actions[ActionId.FOLLOW_UP].setEnabled(has)

    def new_follow_up(self) -> None:
        """File ▸ New Follow-up Form: the closing form of the open learning plan, pre-filled as
        the platform's follow-up is (title, focal point, location, methods, data sources,
        SDGs), as a new unsaved plan."""
        doc = self.document
        if doc is None or not self._follow_up_template(doc.plan):
            return
        from editor.catalog.newplan import NewPlanError, follow_up

        try:
            plan = follow_up(doc.plan)
        except NewPlanError as e:
            self.interaction.show_error(self.tr("Cannot create the follow-up form"), str(e))
            return
        if not self.maybe_save():
            return
        self.set_document(Document(plan, None, self))

    def new_from_template(self) -> None:
        if not self.maybe_save():
            return
        choices = model.template_choices()
        values = self.interaction.ask_new_plan(choices, sorted(model.countries()))
        if not values:
            return
        from editor.catalog.newplan import NewPlanError, new_plan

        template = values.pop("template")
        try:
            plan = new_plan(template, **{k: v for k, v in values.items() if v})
        except NewPlanError as e:
            self.interaction.show_error(self.tr("Cannot create the plan"), str(e))
            return
        self.set_document(Document(plan, None, self))

    def set_document(self, doc: Document | None) -> None:
        self.comparing.stop()  # a comparison belongs to the plan it was started on
        old = self.document
        if old is not None:
            self.undo_group.removeStack(old.undo_stack)
            for stack in (self.form_stack, self.source_stack):
                while stack.count() > 1:
                    w = stack.widget(1)
                    stack.removeWidget(w)
                    w.deleteLater()
            old.deleteLater()
        self.document = doc
        self.link.document_opened(doc)
        self.form = self.source = None
        self.report = None
        if doc is None:
            self.preview.plan = None
            self.preview.clear()
            self.problems.clear()
            self._update_title()
            self._update_status()
            self.review_ui.document_opened(None)
            return
        self.undo_group.addStack(doc.undo_stack)
        self.undo_group.setActiveStack(doc.undo_stack)
        ctx = FormContext(
            doc,
            self.interaction,
            workspace_terms=self.workspace.workspace_terms(),
            images=self.preview.images,
        )
        self.form = FormView(ctx, self)
        self.form.focused.connect(self.preview.follow)
        self.form_stack.addWidget(self.form)
        self.form_stack.setCurrentWidget(self.form)
        self.form.build(template_pending=True)  # the sections wait a moment for the first check
        self.source = SourceView(doc, ctx.watcher, self)
        self.source_stack.addWidget(self.source)
        self.source_stack.setCurrentWidget(self.source)
        doc.changed.connect(self._document_changed)
        doc.modificationChanged.connect(self._update_title)
        doc.pathChanged.connect(self._update_title)
        own_process = self.checker.in_own_process
        held = self.preview.set_plan(doc.plan, doc.path, hold=own_process)
        self._update_title()
        self.review_ui.document_opened(doc)
        if own_process:  # at once: the checks' process works meanwhile
            # (last: the file's first check may be done already, and then reports at once)
            self.checker.request(doc.plan)
            if held:  # the window's first preview: the first page's markdown converted there
                self.checker.convert(doc.plan)
        else:
            after_first_paint(self, lambda d=doc: self._after_open(d))

    def _after_open(self, doc: Document) -> None:
        """Checks on the GUI thread wait until the window is on screen."""
        if doc is not self.document or self.form is None:
            return
        self.checker.request(doc.plan)

    # -- following the document ------------------------------------------------------------------

    def _document_changed(self, origin: str | None, structural: bool) -> None:
        self.link.document_edited()
        self.preview.schedule()
        if origin and origin != "source":
            self.preview.follow(origin)
        self._validate_timer.start()

    def validate_now(self) -> None:
        """Check the plan; the report arrives in ``_checked``."""
        if self.document is not None:
            self.checker.request(self.document.plan)

    def _checked(self, plan, template, report: model.Report) -> None:
        if self.document is None or self.form is None or plan is not self.document.plan:
            return  # the check of a plan no longer open
        self.form.set_template(template)
        self.report = report
        self.form.set_problems(report.problems)
        self.problems.set_problems(report.problems)
        self._update_status()

    def _update_status(self) -> None:
        r = self.report
        if r is None:
            for label in (self.status_label, self.progress_label, self.problem_label):
                label.clear()
            return
        complete = r.status == "Complete"
        self.status_label.setText(status_word(r.status))
        look(self.status_label, "status", complete)
        self.progress_label.setText(self.tr("{} of {} answered").format(r.answered, r.total))
        errors = sum(1 for p in r.problems if p.severity == "error")
        warnings = len(r.problems) - errors
        self.problem_label.setText(
            self.tr("%n error(s)", "", errors) + ", " + self.tr("%n warning(s)", "", warnings)
        )

    def _update_title(self, *_args) -> None:
        doc = self.document
        app = self.tr("Plan Editor")
        if doc is None:
            self.setWindowTitle(app)
            self.setWindowModified(False)
        else:
            self.setWindowTitle(f"{doc.display_name}[*] — {app}")
            self.setWindowModified(doc.is_modified)
        has_doc = doc is not None
        for aid in (ActionId.SAVE, ActionId.SAVE_AS, ActionId.CLOSE, ActionId.PRINT):
            self.actions[aid].setEnabled(has_doc)
        self.actions[ActionId.REVERT].setEnabled(bool(has_doc and doc.path and doc.is_modified))
        self.actions[ActionId.HISTORY].setEnabled(bool(has_doc and doc.path))
        self.comparing.update_actions()

    def _tab_changed(self, index: int) -> None:
        if index == 0 and self.source is not None:
            self.source.commit()

    def jump_to(self, field_id: str) -> None:
        self.tabs.setCurrentIndex(0)
        if self.form is not None:
            self.form.jump_to(field_id)
            self.preview.follow(field_id)

    def next_problem(self) -> None:
        if not self.report or not self.report.problems or self.form is None:
            return
        fields = [p.field for p in self.report.problems]
        current = self.form.current_field()
        index = (fields.index(current) + 1) % len(fields) if current in fields else 0
        self.jump_to(fields[index])

    # -- saving and closing ----------------------------------------------------------------------

    def save(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        if doc.path is None:
            return self.save_as()
        return self._write(doc.path)

    def save_as(self) -> bool:
        doc = self.document
        if doc is None:
            return False
        folder = os.path.dirname(doc.path) if doc.path else (self.workspace.folder or os.getcwd())
        suggested = doc.display_name if doc.path else _file_name(doc.plan.title)
        path = self.interaction.choose_save_path(folder, suggested)
        if not path:
            return False
        return self._write(path)

    def _write(self, path: str) -> bool:
        if self.source is not None:
            self.source.commit()
        try:
            data = self.document.save(path)
        except DiskChangedError:
            # Never overwrite a change made on disk that the editor has not shown.
            self.link.bar.show_changed(self.document.display_name)
            self.statusBar().showMessage(
                self.tr("Not saved: the file changed on disk. Merge, reload or keep yours."), 8000
            )
            return False
        except (WriteError, PlanFileError, OSError, ValueError) as e:
            if isinstance(e, EncodeError) and not e.encoding.startswith("utf"):
                # The text no longer fits the file's encoding: offer UTF-8, which holds any.
                # Nothing changes on disk unless the user says yes (Revert still goes back).
                doc = self.document
                old = encoding_name(e.encoding)
                ask = self.tr(
                    "The character {} ({}) on line {}, column {} cannot be written in {}, "
                    "the encoding of “{}”.\n\nSave the plan as UTF-8 instead? Its line endings "
                    "are kept."
                ).format(e.shown, e.code_point, e.line, e.column, old, doc.display_name)
                if not self.interaction.ask_save_as_utf8(self.tr("Save as UTF-8"), ask):
                    self.statusBar().showMessage(
                        self.tr("Not saved: {} cannot hold {}.").format(old, e.shown), 8000
                    )
                    return False
                was = to_utf8(doc.plan)
                if not self._write(path):
                    doc.plan.write_as(*was)
                    return False
                self.statusBar().showMessage(
                    self.tr("Saved {} as UTF-8, converted from {}; line endings kept.").format(
                        doc.path, old
                    ),
                    8000,
                )
                return True
            reason = getattr(e, "reason", None) or str(e)
            self.interaction.show_error(
                self.tr("Cannot save plan"),
                self.tr("The plan was not saved: {}").format(reason),
                str(e),
            )
            ask = self.tr("Save the plan somewhere else?")
            if self.interaction.ask_yes_no(self.tr("Save As"), ask, default=False):
                return self.save_as()
            return False
        self.link.saved(self.document.path, data)
        self.review_ui.plan_saved()  # while reviewing: the base texts of the changed fields
        self.workspace.select_path(self.document.path)  # after Save As: the new file's row
        self.settings.add_recent(self.document.path)
        self.statusBar().showMessage(self.tr("Saved {}").format(self.document.path), 4000)
        return True

    def revert(self) -> None:
        doc = self.document
        if doc is None or not doc.path:
            return
        if self.source is not None:
            self.source.commit()
        ask = self.tr("Discard your changes and reload “{}” from disk?").format(doc.display_name)
        if not self.interaction.ask_yes_no(self.tr("Revert"), ask, default=False):
            return
        try:
            doc.revert()
        except ReadError as e:
            self.interaction.show_error(self.tr("Cannot revert"), str(e))

    def show_history(self) -> None:
        """File ▸ History: the versions kept of the open plan, to compare and restore."""
        doc = self.document
        if doc is None or not doc.path:
            return
        if self.source is not None:
            self.source.commit()
        from editor.ui.history import HistoryDialog

        self.interaction.show_history(HistoryDialog(doc, self))

    @property
    def changes(self):
        """The Changes panel (``editor.ui.compare.ChangesPanel``), made on first use."""
        return self.comparing.panel

    def compare_with(self, base, label: str) -> bool:
        """Show the changes of the open plan against ``base`` (a ``PlanFile``) in the Changes
        panel, marked in the form, each to accept or reject; ``label`` names the base."""
        return self.comparing.compare_with(base, label)

    def maybe_save(self) -> bool:
        """True when it is fine to drop the open document (saved, discarded or unchanged)."""
        doc = self.document
        if doc is None:
            return True
        if self.source is not None:
            self.source.commit()
        if not doc.is_modified:
            return True
        choice = self.interaction.ask_save_changes(doc.display_name)
        if choice == Choice.SAVE:
            return self.save()
        if choice == Choice.DISCARD:
            self.link.closed_cleanly(doc.path)
            return True
        return False

    def close_document(self) -> bool:
        if not self.maybe_save():
            return False
        self.set_document(None)
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not getattr(self, "_drafts_offered", False):
            self._drafts_offered = True
            after_first_paint(self, self.link.offer_drafts)  # after a crash: offer unsaved work

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self.document is not None:
            self.link.closed_cleanly(self.document.path)
        self.link.stop()
        self._save_state()
        event.accept()

    # -- settings --------------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self.settings.get(S.WINDOW_GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        self.splitter.setSizes(self.settings.get(S.SPLITTER_SIZES))

    def _save_state(self) -> None:
        self.settings.set(S.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(S.SPLITTER_SIZES, self.splitter.sizes())
        self.settings.sync()

    def _set_remote_images(self, allowed: bool) -> None:
        self.settings.set(S.REMOTE_IMAGES, allowed)
        self.preview.set_remote_images(allowed)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.get(S.RECENT_FILES)
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not recent:
            self.recent_menu.addAction(self.tr("No recent plans")).setEnabled(False)

    def _about(self) -> None:
        from editor.cli import version

        about = self.tr("An offline editor for UNDP Accelerator Lab plan files.")
        said = self.tr("Version {}").format(version())
        self.interaction.show_info(self.tr("About Plan Editor"), f"{about}\n\n{said}")


def _keep_listed(_count: int, done: bool) -> None:
    """A folder is listed: one collection of the garbage there is, then what is alive (the
    folder's thousands of summaries among it) is frozen out of the collector's later full
    passes, which walked it for 25-65 ms each (200 ms and more in a process as big as the
    benches'), a stall of the window each time. What is frozen and dies later is still freed by
    its reference count; only an object in a reference cycle among them (say the form open at
    that moment, once another plan replaces it) is kept until the editor ends: once per folder
    listed, never more. It waits until the window has shown the plan opened with it."""
    if done:
        QTimer.singleShot(HOUSEKEEPING_MS, _collect_and_freeze)


def _collect_and_freeze() -> None:
    gc.collect()
    gc.freeze()


def _file_name(title: str | None) -> str:
    from editor.ui.export import file_stem

    return file_stem(title) + ".txt"
