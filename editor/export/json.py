"""The JSON export: each plan's ``structure`` (title, tags, status, template, sections with
questions, groups as instances, free text), one file per plan in a folder, or one file (a
plan's object, or a list of them). No Qt here."""

from __future__ import annotations

import json
from pathlib import Path

from editor.export.problems import cannot_export, cannot_make_folder, cannot_write
from editor.export.structure import Report, Source, out_paths, structure


def dumps(data) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_json(sources: list[Source], out: Path, *, combine: bool = False) -> Report:
    """combine=False and several plans: one ``.json`` per plan inside folder ``out``; else one
    file ``out`` (one plan's object, or the list of all)."""
    out = Path(out)
    report = Report()
    if len(sources) > 1 and not combine:
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            report.problems.append(cannot_make_folder(out, e))
            return report
        for source, path in zip(sources, out_paths(sources, out, ".json"), strict=True):
            _write(report, path, lambda s=source: structure(s), source.path)
        return report
    if len(sources) == 1 and not combine:
        _write(report, out, lambda: structure(sources[0]), sources[0].path)
        return report
    _write(report, out, lambda: [structure(s) for s in sources], out)
    return report


def _write(report: Report, path: Path, make, name: Path) -> None:
    try:
        text = dumps(make())
    except Exception as e:  # one plan the structure cannot take must not stop the rest
        report.problems.append(cannot_export(name, e))
        return
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as e:
        report.problems.append(cannot_write(path, e))
        return
    report.written.append(path)
