"""The spreadsheet export (openpyxl): one row per plan; columns path, title, type, status, each
tag key (repeated values joined with "; ") and each question of the plan's template (matched
with ``editor.catalog.matching``; the header is the template's prompt). One sheet per template
when plans of several templates are exported; plans without a template on a sheet of their own.
No Qt here."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from editor.catalog.templates import load_template
from editor.export.problems import cannot_export, cannot_write
from editor.export.structure import Report, Source, questions, structure
from editor.i18n import translate

FIXED = ("path", "title", "type", "status")
JOIN = "; "
NO_TEMPLATE = "no template"
CELL_LIMIT = 32767  # Excel's most characters in a cell
SKIPPED_KINDS = ("tags", "group", "note")  # not answers of their own


def _cell(value: str | None) -> str | None:
    if value is None:
        return None
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return value if len(value) <= CELL_LIMIT else value[: CELL_LIMIT - 1] + "…"


def _answer(q: dict) -> str:
    if q["options"] is not None and (q["ticked"] or not q["answer"].strip()):
        return JOIN.join(q["ticked"])
    return q["answer"].strip()


def _row(data: dict, tag_keys: list[str], item_ids: list[str]) -> list[str | None]:
    tags: dict[str, list[str]] = {}
    for tag in data["tags"]:
        tags.setdefault(tag["key"], []).append(tag["value"].strip())
    answers: dict[str, list[str]] = {}
    for q in questions(data):
        if q["id"] is not None and (text := _answer(q)):
            answers.setdefault(q["id"], []).append(text)  # a group's item: one per instance
    row = [data["path"], data["title"], data["type"], data["status"]]
    row += [JOIN.join(tags[k]) if k in tags else None for k in tag_keys]
    row += [JOIN.join(answers[i]) if i in answers else None for i in item_ids]
    return [_cell(v) for v in row]


def _sheet_title(name: str, taken: set[str]) -> str:
    base = "".join("_" if c in "[]:*?/\\" else c for c in name)[:31] or "plans"
    title, n = base, 1
    while title.lower() in taken:
        n += 1
        title = f"{base[: 31 - len(str(n)) - 1]} {n}"
    taken.add(title.lower())
    return title


def write_xlsx(sources: list[Source], out: Path) -> Report:
    """One workbook ``out``: a sheet per template (or one sheet when all share one)."""
    out = Path(out)
    report = Report()
    by_template: dict[str | None, list[dict]] = {}
    for source in sources:
        try:
            data = structure(source)
        except Exception as e:  # one plan the structure cannot take must not stop the rest
            report.problems.append(cannot_export(source.path, e))
            continue
        by_template.setdefault(data["template"], []).append(data)
    if not by_template:
        if not report.problems:
            report.problems.append(translate("Export", "{}: no plans to export").format(out))
        return report
    book = Workbook()
    book.remove(book.active)
    taken: set[str] = set()
    order = sorted(by_template, key=lambda t: (t is None, t or ""))
    for template in order:
        rows = by_template[template]
        items = []
        if template is not None:
            items = [i for i in load_template(template).items() if i.kind not in SKIPPED_KINDS]
        tag_keys: list[str] = []
        for data in rows:
            for tag in data["tags"]:
                if tag["key"] not in tag_keys:
                    tag_keys.append(tag["key"])
        sheet = book.create_sheet(_sheet_title(template or NO_TEMPLATE, taken))
        sheet.append([*FIXED, *tag_keys, *(_cell(i.prompt) for i in items)])
        sheet.freeze_panes = "B2"
        for data in rows:
            sheet.append(_row(data, tag_keys, [i.id for i in items]))
    try:
        book.save(out)
    except OSError as e:
        report.problems.append(cannot_write(out, e))
        return report
    report.written.append(out)
    return report
