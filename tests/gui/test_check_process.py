"""The checks (templates, matching, validation: pydantic) run in a process of their own, which
starts with the editor, is shared by its windows and ends with it, however it ends.

Each test runs the editor in a new Python process, as a user starts it (the test process has
long imported pydantic), and looks at the processes by a mark in their environment.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from paths import SEED
from PySide6.QtCore import QTimer

HERE = Path(__file__).parent

pytestmark = pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")


def _marked(mark: str) -> list[str]:
    """The command lines of the running processes whose environment holds ``mark``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if mark.encode() in (entry / "environ").read_bytes():
                found.append((entry / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except OSError:
            continue
    return found


def _mark(what: str) -> str:
    """A mark for this test's processes only (not those an earlier run may have left)."""
    return f"plan-editor-test-{what}-{uuid.uuid4().hex}"


def _env(mark: str) -> dict:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", LANGUAGE="en", PLAN_EDITOR_MARK=mark)


def _gone(mark: str, seconds: float = 10) -> list[str]:
    deadline = time.monotonic() + seconds
    while (left := _marked(mark)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


def _run(tmp_path, mode: str, mark: str) -> dict:
    plan = tmp_path / SEED.name
    shutil.copyfile(SEED, plan)
    done = subprocess.run(
        [sys.executable, str(HERE / "check_process_run.py"), str(tmp_path), str(plan), mode],
        env=_env(mark),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=HERE.parent,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_is_checked_by_another_process_and_never_imports_pydantic(tmp_path):
    mark = _mark("look")
    said = _run(tmp_path, "look", mark)
    assert said["status"] == "Publishable"  # the seed's checks, shown in the status bar
    assert said["checks_pid"] not in (None, said["pid"])
    assert said["pydantic"] is False
    assert said["changes_panel"] is False  # Review ▸ Compare's panel is made when first used
    # The first preview shows the plan's answers from the markdown the checks' process converted:
    # python-markdown is not imported here for it.
    assert "FROM AI GONE WRONG TO AI FOR GOOD" in said["preview"]
    assert said["markdown_at_first_render"] is False
    assert _gone(mark) == []  # and the checks' process ended with it


def test_checks_go_on_in_the_window_when_their_process_is_killed(tmp_path):
    mark = _mark("kill")
    said = _run(tmp_path, "kill", mark)
    assert said["status"] == "Publishable"
    assert "The plan has no title." in said["after_kill"]
    assert _gone(mark) == []


def test_the_file_opened_is_checked_while_the_window_starts(tmp_path):
    """The command line has the checks' process read and check the plan file it opens while
    the window starts: the window shows its status before its event loop first runs, and its
    first preview the markdown converted there."""
    said = _run(tmp_path, "prefetched", _mark("prefetched"))
    assert said["status_at_open"] == "Publishable"
    assert said["status"] == "Publishable"
    assert "FROM AI GONE WRONG TO AI FOR GOOD" in said["preview"]
    assert said["markdown_at_first_render"] is False


def test_a_file_changed_after_that_check_is_checked_as_the_window_opened_it(tmp_path):
    """Another program empties the title after the checks' process read the file and before
    the window opens it: the window shows the checks of what it opened, not of what was read."""
    said = _run(tmp_path, "changed", _mark("changed"))
    assert said["title"] == ""
    assert "The plan has no title." in said["problems"]


def test_a_killed_editor_leaves_no_process_behind(tmp_path):
    mark = _mark("killed")
    plan = tmp_path / SEED.name
    shutil.copyfile(SEED, plan)
    editor = subprocess.Popen(
        [sys.executable, "-m", "editor.cli", str(tmp_path), str(plan)],
        env=_env(mark),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while len(_marked(mark)) < 2:  # the editor and its checks' process
            assert time.monotonic() < deadline, "the checks' process never started"
            assert editor.poll() is None, "the editor exited"
            time.sleep(0.05)
        # a fork of the editor's interpreter, not a new one: no resource tracker beside it
        assert not any("resource_tracker" in c for c in _marked(mark))
    finally:
        editor.send_signal(signal.SIGKILL)
        editor.wait(timeout=30)
    assert _gone(mark) == []


def test_a_screenshot_run_leaves_no_process_behind(tmp_path):
    mark = _mark("shot")
    plan = tmp_path / SEED.name
    shutil.copyfile(SEED, plan)
    shot = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "editor.cli", "--screenshot", str(shot), str(tmp_path), str(plan)],
        env=_env(mark),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert shot.stat().st_size > 50_000
    assert _gone(mark, 5) == []


def test_what_the_checks_send_back_needs_no_pydantic_and_is_said_in_the_window_s_language(qapp):
    """The checks' answer for the seed, as the process pickles it: no pydantic class in it (the
    window never imports pydantic to read it), and its problems said in French once the window
    speaks French."""
    import pickle

    from editor.planfile import read
    from editor.ui import language
    from editor.ui.form import model

    plan = read(SEED)
    plan.set_title("")
    sent = pickle.dumps(model.check_text(plan.dumps(), *plan.written_as))
    assert b"pydantic" not in sent
    checked = pickle.loads(sent)
    assert checked.template is not None and checked.template.id == "closing"
    language.apply("fr")
    try:
        said = [p.message for p in checked.report().problems]
    finally:
        language.apply("en")
    assert said == [
        "'in-depth interviews' et 'in depth interviews' semblent être le même terme",
        "Le plan n’a pas de titre.",
    ]


def test_the_form_s_sections_are_built_once_with_the_template(qtbot, settings, interaction):
    """The sections wait for the first check: the seed's checklist shows as check boxes from
    the start, not as a text box rebuilt into check boxes a moment later."""
    from PySide6.QtWidgets import QCheckBox

    from editor.ui.app import open_window, settle

    window = open_window([str(SEED)], settings=settings, interaction=interaction)
    qtbot.addWidget(window)
    builds = []
    window.form.built.connect(lambda: builds.append(window.form.fields.get("q:2")))
    window.show()
    assert settle(window)
    assert len(builds) == 1
    assert builds[0].findChildren(QCheckBox)  # "Considering the outcomes…": its options
    window.link.stop()


def test_a_silent_checks_process_holds_neither_the_form_nor_the_preview(
    qtbot, settings, interaction, monkeypatch
):
    """The sections and the first preview wait for the first check (its template, the first
    page's markdown converted there), but not for ever: with no answer, they show the plan
    ``FIRST_CHECK_WAIT_MS`` after the first frame."""
    from editor.ui.app import open_window
    from editor.ui.checker import Checker
    from editor.ui.firstpaint import FIRST_CHECK_WAIT_MS, after_first_paint

    monkeypatch.setattr(Checker, "request", lambda self, plan: None)
    monkeypatch.setattr(Checker, "convert", lambda self, plan: None)
    window = open_window([str(SEED)], settings=settings, interaction=interaction)
    qtbot.addWidget(window)
    painted = []
    after_first_paint(window, lambda: painted.append(time.monotonic()))
    window.show()
    qtbot.waitUntil(lambda: bool(painted), timeout=5000)
    start = painted[0]
    preview = window.preview
    qtbot.waitUntil(lambda: "FROM AI GONE WRONG TO AI FOR GOOD" in preview.text(), timeout=5000)
    qtbot.waitUntil(window.form.is_built, timeout=5000)
    assert time.monotonic() - start >= FIRST_CHECK_WAIT_MS / 1000 * 0.8  # it did wait
    assert window.report is None  # no check came
    window.link.stop()


def test_a_conversion_that_fails_gives_nothing_and_leaves_the_check_whole(monkeypatch):
    """python-markdown has its limits (a list nested thousands deep overflows its recursion):
    the first page's conversion then gives nothing (the preview converts what it can itself),
    and the check, a job of its own, still finds the template and the status."""
    from editor.export import html
    from editor.ui.form import model

    text, written = SEED.read_text(encoding="utf-8"), ("utf-8", False, "\n")
    assert "FROM AI GONE WRONG" in "".join(model.convert_text(text, *written).values())

    def overflow(plan):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(html, "conversions", overflow)
    assert model.convert_text(text, *written) is None
    checked = model.check_text(text, *written)
    assert checked.template is not None and checked.template.id == "closing"
    assert checked.status == "Complete"  # (the window words it "Publishable")


@pytest.mark.parametrize("sent", ["conversions", "nothing"])
def test_the_first_preview_shows_what_the_checks_process_converted(
    qtbot, settings, interaction, monkeypatch, sent
):
    """The first preview waits for the conversions (here for as long as it takes) and shows
    them, converted there, with its own words around them; when the process sends nothing
    (it could not convert), the preview converts the plan itself at once."""
    from editor.planfile import read
    from editor.ui import preview as preview_module
    from editor.ui.app import open_window
    from editor.ui.checker import Checker

    first = next(q.answer for q in read(SEED).questions if q.answer.strip() and q.checked is None)
    converted = (
        {first: "<p>CONVERTED IN THE CHECKS' PROCESS</p>"} if sent == "conversions" else None
    )
    monkeypatch.setattr(preview_module, "FIRST_CHECK_WAIT_MS", 60_000)
    monkeypatch.setattr(
        Checker,
        "convert",
        lambda self, plan: QTimer.singleShot(300, lambda: self.converted.emit(converted)),
    )
    window = open_window([str(SEED)], settings=settings, interaction=interaction)
    qtbot.addWidget(window)
    window.show()
    preview = window.preview
    qtbot.waitUntil(lambda: preview.render_count > 0, timeout=10_000)
    text = preview.text()
    assert ("CONVERTED IN THE CHECKS' PROCESS" in text) == (sent == "conversions")
    assert "Generative AI for development (and specifically" in text  # the rest, converted here
    assert "Learnings on your challenge" in text
    window.link.stop()


@pytest.mark.parametrize("case", ["late", "another plan", "unreadable", "unreadable at once"])
def test_the_first_check_takes_the_file_s_check_only_for_the_plan_the_window_opened(
    qtbot, monkeypatch, case
):
    """The file's check, asked for before the window (``checkprocess.prefetch``), is taken by
    the window's first check when it is of the plan opened, whenever it comes; for another plan
    (the file was edited since it was read there) or when it could not be read there, the plan
    opened is checked and converted as always. Here a thread stands for the checks' process."""
    import threading
    from concurrent.futures import Future, ThreadPoolExecutor

    from editor.planfile import read
    from editor.ui import checker as checker_module
    from editor.ui.form import model

    pool = ThreadPoolExecutor(1)
    prefetched = [Future()]
    monkeypatch.setattr(checker_module, "start_process", lambda: pool)
    monkeypatch.setattr(
        checker_module, "take_prefetched", lambda: prefetched.pop() if prefetched else None
    )
    future = prefetched[0]

    def finish() -> None:
        future.set_running_or_notify_cancel()
        if case.startswith("unreadable"):
            future.set_exception(OSError("the file could not be read there"))
        else:
            future.set_result(model.check_file(str(SEED)))

    if case == "unreadable at once":
        finish()
    else:
        threading.Timer(0.2, finish).start()
    plan = read(SEED)
    if case == "another plan":
        plan.set_title("")
    checker = checker_module.Checker()
    reports, converted = [], []
    checker.finished.connect(lambda plan, template, report: reports.append(report))
    checker.converted.connect(converted.append)
    checker.request(plan)
    checker.convert(plan)
    qtbot.waitUntil(lambda: bool(reports and converted), timeout=10_000)
    qtbot.wait(300)
    assert len(reports) == 1
    problems = [p.message for p in reports[0].problems]
    assert ("The plan has no title." in problems) == (case == "another plan")
    assert reports[0].status == "Complete"
    if case != "unreadable":  # (failed once asked: the preview converts what it shows itself)
        assert "FROM AI GONE WRONG" in "".join(converted[0].values())
    pool.shutdown()


def test_the_command_line_has_the_file_it_opens_checked_first(tmp_path, monkeypatch):
    """``plan-editor FOLDER FILE`` asks the checks' process for the check of FILE, the plan the
    window opens, before it imports Qt's widgets; a folder alone asks for none."""
    from editor import cli
    from editor.ui import app, checkprocess

    asked = []
    monkeypatch.setattr(checkprocess, "start_process", lambda: None)
    monkeypatch.setattr(checkprocess, "stop_process", lambda: None)
    monkeypatch.setattr(checkprocess, "prefetch", asked.append)
    monkeypatch.setattr(app, "screenshot", lambda png, paths, lang=None: 0)
    plan = tmp_path / SEED.name
    shutil.copyfile(SEED, plan)
    shot = str(tmp_path / "shot.png")
    assert cli.main(["--screenshot", shot, str(tmp_path), str(plan)]) == 0
    assert cli.main(["--screenshot", shot, str(tmp_path)]) == 0
    assert asked == [str(plan)]
