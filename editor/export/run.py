"""``export(paths, to, out)``: what ``plan-editor export`` and File ▸ Export call.

Reads the plans (folders expanded), then hands them to the writer of the format: json and xlsx
here, docx and html imported when asked for, pdf from ``editor.ui.pdf`` (drawn by Qt; imported
only when "pdf" is asked for, by the command line or the window). For several plans without
``combine``, each plan is written on its own into folder ``out`` so that ``progress(done, total,
name)`` follows the plans and ``cancelled()`` is asked between them. A plan that fails to read
or write is named in the report and the rest goes on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

from editor.export.formats import COMBINED, FORMATS, SUFFIX  # noqa: F401 (run.FORMATS…)
from editor.export.problems import cannot_export, cannot_make_folder, no_such_path
from editor.export.structure import Report, Source, out_paths, plan_paths, read_source
from editor.i18n import translate

Progress = Callable[[int, int, str], None]


def writer(to: str, *, remote_images: bool = False) -> Callable[..., Report]:
    """The writer of a format (ImportError when its module is not there). ``remote_images``:
    the user agreed to load the plans' remote images, which Word then embeds."""
    if to == "json":
        from editor.export.json import write_json

        return write_json
    if to == "xlsx":
        from editor.export.xlsx import write_xlsx

        return lambda sources, out, combine=False: write_xlsx(sources, out)
    if to == "docx":
        from editor.export.docx import write_docx

        return functools.partial(write_docx, fetch=fetch_remote) if remote_images else write_docx
    if to == "html":
        from editor.export.html import write_html

        return write_html
    if to == "pdf":
        from editor.ui.pdf import write_pdf  # the one import of the ui: Qt draws the PDF

        return write_pdf
    raise ValueError(f"unknown format {to!r}: one of {', '.join(FORMATS)}")


def export(
    paths: list[Path],
    to: str,
    out: Path,
    *,
    combine: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    remote_images: bool = False,
) -> Report:
    """Export the plans under ``paths`` as ``to`` into ``out`` (see the module's docstring).
    ``remote_images``: the user agreed to load the plans' remote images (Word embeds them)."""
    out = Path(out)
    report = Report()
    try:
        write = writer(to, remote_images=remote_images)
    except ImportError as e:
        said = translate("Export", "{}: this export is not available ({})")
        report.problems.append(said.format(to, e))
        return report
    files: list[Path] = []
    for given in map(Path, paths):
        if given.exists():
            files += plan_paths(given)
        else:
            report.problems.append(no_such_path(given))
    one_each = to != "xlsx" and not combine and len(files) > 1
    # reading is half the work when writing one file per plan, all of it before a combined file
    total = len(files) * (2 if one_each else 1)
    done = 0

    def step(name: str) -> bool:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, total, name)
        return cancelled is not None and cancelled()

    sources: list[Source] = []
    for path in files:
        if cancelled is not None and cancelled():
            return report
        source, problem = read_source(path)
        if source is None:
            report.problems.append(problem)
        else:
            sources.append(source)
        if step(path.name):
            return report
    if not sources:
        if not files:
            report.problems.append(translate("Export", "no plan files to export"))
        return report
    if not one_each or len(sources) == 1:
        report.extend(_safe(write, sources, out, combine and to in COMBINED))
        return report
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        report.problems.append(cannot_make_folder(out, e))
        return report
    for source, target in zip(sources, out_paths(sources, out, SUFFIX[to]), strict=True):
        report.extend(_safe(write, [source], target, False))
        if step(source.path.name):
            break
    return report


REMOTE_TIMEOUT = 15  # seconds per image
REMOTE_LIMIT = 20 * 1024 * 1024  # bytes: a larger "image" is not one to embed


def fetch_remote(url: str) -> bytes | None:
    """The bytes of a remote image (http or https), or None when it cannot be had in time."""
    from urllib.request import Request, urlopen

    if not url.lower().startswith(("http://", "https://")):
        return None
    try:
        with urlopen(
            Request(url, headers={"User-Agent": "plan-editor"}), timeout=REMOTE_TIMEOUT
        ) as r:
            data = r.read(REMOTE_LIMIT + 1)
    except (OSError, ValueError):
        return None
    return data if len(data) <= REMOTE_LIMIT else None


def _safe(write, sources: list[Source], out: Path, combine: bool) -> Report:
    try:
        return write(sources, out, combine=combine)
    except Exception as e:  # a writer's fault on one plan must not stop the others
        names = ", ".join(str(s.path) for s in sources) if len(sources) == 1 else str(out)
        return Report(problems=[cannot_export(names, e)])
