"""``plan-editor``: the command line, and the window when no subcommand is given.

plan-editor check FILE|DIR...          problems per file; exit 0 no errors, 1 errors, 2 unreadable
plan-editor format [--check] FILE...   rewrite in canonical layout (--check: report, exit 1)
plan-editor show FILE [--json]         the structure
plan-editor set FILE [-o OUT] ...      edit title, tags and answers (--encoding utf-8)
plan-editor new --template T -o FILE   a new plan from a template
plan-editor [FILE|DIR...]              open the window (``--screenshot PNG`` saves one and exits)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

COMMANDS = ("check", "format", "show", "set", "new")

NEW_TEMPLATES = ["learningplan", "closing", "experiment", "solution", "blank"]


def _err(message: str) -> None:
    print(f"plan-editor: {message}", file=sys.stderr)


def _plan_files(paths: Sequence[str]) -> Iterator[Path]:
    """The files named, and the plan files found under the folders named."""
    from editor.workspace.scan import iter_plan_files

    for p in map(Path, paths):
        yield from iter_plan_files(p) if p.is_dir() else [p]


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key:
        raise argparse.ArgumentTypeError(f"expected KEY=VALUE, got {text!r}")
    return key.strip(), value


def _answer(text: str) -> tuple[int, str]:
    number, sep, value = text.partition("=")
    if not sep or not number.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected N=TEXT or N=@file, got {text!r}")
    if value.startswith("@"):
        try:
            value = Path(value[1:]).read_text(encoding="utf-8")
        except OSError as e:
            raise argparse.ArgumentTypeError(f"cannot read {value[1:]}: {e.strerror}") from None
    return int(number), value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="plan-editor",
        description="An offline editor for UNDP Accelerator Lab plan files.",
        epilog="Without a command, plan-editor [FILE|DIR...] [--screenshot PNG] opens the window "
        "on a folder of plans (the last one used, else Plans in your documents folder).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("check", help="list problems per file")
    p.add_argument("paths", nargs="+", metavar="FILE|DIR")
    p.add_argument("--json", action="store_true", help="print the reports as JSON")

    p = sub.add_parser("format", help="rewrite files in the canonical layout")
    p.add_argument("paths", nargs="+", metavar="FILE")
    p.add_argument("--check", action="store_true", help="only report files that would change")

    p = sub.add_parser("show", help="print the structure of a plan")
    p.add_argument("path", metavar="FILE")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("set", help="edit a plan's title, tags and answers")
    p.add_argument("path", metavar="FILE")
    p.add_argument("-o", "--output", metavar="OUT", help="write here instead of editing in place")
    p.add_argument("--title")
    p.add_argument(
        "--tag",
        type=_key_value,
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="replace all values of KEY with VALUE",
    )
    p.add_argument("--add-tag", type=_key_value, action="append", default=[], metavar="KEY=VALUE")
    p.add_argument(
        "--remove-tag",
        type=_key_value,
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="remove KEY=VALUE (KEY= removes every value)",
    )
    p.add_argument(
        "--answer",
        type=_answer,
        action="append",
        default=[],
        metavar="N=TEXT|N=@file",
        help="set the answer of the N-th prompt in `show` order",
    )
    p.add_argument(
        "--encoding",
        type=str.lower,
        choices=["utf-8"],
        help="write the file as UTF-8 (line endings kept), e.g. when the text no longer fits"
        " its Windows-1252 encoding",
    )

    p = sub.add_parser("new", help="write a new plan from a template")
    p.add_argument("--template", required=True, choices=NEW_TEMPLATES)
    p.add_argument("--title", help="the plan's title")
    p.add_argument("--focal-point", metavar="EMAIL")
    p.add_argument("--country", help="country name; its centre becomes [[latlng]]")
    p.add_argument("--year", type=int, help="default: this year")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    return parser


def cmd_check(args: argparse.Namespace) -> int:
    from editor.catalog.validation import validate
    from editor.planfile import ReadError, read

    status = 0
    reports = []
    for path in _plan_files(args.paths):
        try:
            doc = read(path)
        except ReadError as e:
            _err(str(e))
            status = 2
            continue
        report = validate(doc)
        if report.errors and status == 0:
            status = 1
        if args.json:
            reports.append({"path": str(path), **report.model_dump(mode="json")})
        else:
            print(f"{path}: {report.summary()}")
            for p in report.problems:
                where = f"line {p.line}: " if p.line else ""
                fix = f" (suggestion: {p.suggestion})" if p.suggestion else ""
                print(f"  {p.severity}: {where}{p.field}: {p.message}{fix}")
    if args.json:
        print(json.dumps(reports, indent=2, ensure_ascii=False))
    return status


def cmd_format(args: argparse.Namespace) -> int:
    from editor.planfile import PlanFileError, read, write
    from editor.planfile.normalise import normalise

    status = 0
    for path in _plan_files(args.paths):
        try:
            doc = read(path)
            canonical = normalise(doc)
            if canonical.dumps() == doc.dumps():
                continue
            if args.check:
                print(f"{path}: would be reformatted")
                status = max(status, 1)
            else:
                write(canonical, path)
                print(f"{path}: reformatted")
        except PlanFileError as e:
            _err(str(e))
            status = 2
    return status


def structure(doc) -> dict:
    """What `show` prints: title, tags, sections with their items."""
    return doc.plan().model_dump(mode="json")


def cmd_show(args: argparse.Namespace) -> int:
    from editor.planfile import ReadError, read

    try:
        doc = read(args.path)
    except ReadError as e:
        _err(str(e))
        return 2
    data = structure(doc)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    print(f"# {data['title'] or '(no title)'}")
    for tag in data["tags"]:
        print(f"  [{tag['key']}] {tag['value']}")
    for section in data["sections"]:
        print(f"\n## {section['title'] if section['title'] is not None else '(no section)'}")
        _print_items(section["items"], "")
    return 0


def _print_items(items: list[dict], indent: str) -> None:
    for item in items:
        if item["kind"] == "question":
            answer = item["answer"].replace("\n", " ")
            answer = answer if len(answer) <= 70 else answer[:69] + "…"
            print(f"{indent}{item['number']:>3}. {item['prompt'] or '(empty prompt)'}")
            if answer:
                print(f"{indent}     {answer}")
        elif item["kind"] == "group":
            print(f"{indent}  [group]")
            _print_items(item["items"], indent + "    ")
        elif item["kind"] == "image":
            print(f"{indent}  [image] {item['url']}")


def cmd_set(args: argparse.Namespace) -> int:
    from editor.planfile import PlanFileError, read, write
    from editor.planfile.source import EncodeError, to_utf8

    try:
        doc = read(args.path)
        if args.title is not None:
            doc.set_title(args.title)
        for key, value in args.tag:
            doc.set_tag(key, value)
        for key, value in args.add_tag:
            doc.add_tag(key, value)
        for key, value in args.remove_tag:
            if not doc.remove_tag(key, value or None):
                _err(f"{args.path}: no tag {key}={value} to remove")
                return 1
        for number, text in args.answer:
            doc.set_answer(number, text)
        if args.encoding:
            to_utf8(doc)
        write(doc, args.output or args.path)
    except EncodeError as e:
        _err(f"{e} (run again with --encoding utf-8 to convert the file)")
        return 1
    except PlanFileError as e:
        _err(str(e))
        return 2
    except (ValueError, IndexError) as e:
        _err(f"{args.path}: {e}")
        return 1
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from editor.catalog.newplan import NewPlanError, new_plan
    from editor.planfile import PlanFileError, write

    out = Path(args.output)
    if out.exists() and not args.force:
        print(f"plan-editor: {out}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    try:
        doc = new_plan(
            args.template,
            title=args.title,
            focal_point=args.focal_point,
            country=args.country,
            year=args.year,
        )
        write(doc, out)
    except NewPlanError as e:
        print(f"plan-editor: {out}: {e}", file=sys.stderr)
        return 1
    except PlanFileError as e:
        print(f"plan-editor: {e}", file=sys.stderr)
        return 2
    print(f"{out}: new {args.template} plan written")
    return 0


def version() -> str:
    """The installed package's version (pyproject.toml is its one home)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("plan-editor")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in ("-h", "--help", "--version"):
        build_parser().parse_args(argv[:1])
    if not argv or argv[0] not in COMMANDS:
        return _gui(argv)
    args = build_parser().parse_args(argv)
    commands = {
        "check": cmd_check,
        "format": cmd_format,
        "show": cmd_show,
        "set": cmd_set,
        "new": cmd_new,
    }
    return commands[args.command](args)


def _gui(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="plan-editor", description="Open the plan editor window.")
    parser.add_argument(
        "paths", nargs="*", metavar="FILE|DIR", help="plan files or a workspace folder"
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", help="save a screenshot of the window and exit"
    )
    args = parser.parse_args(argv)
    for path in args.paths:
        if not os.path.exists(path):
            _err(_not_found(path))
            return 2
    from editor.ui.app import run_gui, screenshot

    if args.screenshot:
        return screenshot(args.screenshot, args.paths)
    return run_gui(args.paths)


def _not_found(word: str) -> str:
    """What to say of an argument that is neither a command nor an existing file or folder."""
    if os.sep in word or "/" in word or Path(word).suffix:
        return f"{word}: no such file or folder"
    import difflib

    close = difflib.get_close_matches(word, COMMANDS, n=1)
    hint = f"did you mean '{close[0]}'? " if close else ""
    return (
        f"'{word}' is not a command nor a file or folder; {hint}"
        f"the commands are {', '.join(COMMANDS)} (plan-editor --help)"
    )


def gui_main() -> int:
    return _gui(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
