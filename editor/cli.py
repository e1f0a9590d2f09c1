"""``plan-editor``: the command line, and the window when no subcommand is given.

plan-editor check FILE|DIR...          problems per file; exit 0 no errors, 1 errors, 2 unreadable
                                       and the conflict copies sync services left (no error)
plan-editor format [--check] FILE...   rewrite in canonical layout (--check: report, exit 1)
plan-editor show FILE [--json]         the structure
plan-editor set FILE [-o OUT] ...      edit title, tags and answers (--encoding utf-8)
plan-editor new --template T -o FILE   a new plan from a template
plan-editor history FILE [--json]      the versions kept of FILE (--show N, --restore N)
plan-editor diff BASE FILE [--json]    the changes field by field; exit 0 none, 1 some, 2 unreadable
plan-editor export FILE|DIR... --to FMT -o OUT [--combine]
                                       docx, pdf, html, json or xlsx; exit 0 all written,
                                       1 some plans failed (named), 2 nothing could be written
plan-editor [FILE|DIR...]              open the window (``--screenshot PNG`` saves one and exits)

``--lang fr|es|pt|en`` anywhere sets the language of one run (else View > Language's choice
for the window, else LANGUAGE, LC_ALL, LANG); the command line translates the checks' messages.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

COMMANDS = ("check", "format", "show", "set", "new", "history", "review", "diff", "export")

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
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="the language of this run: en, fr, es or pt (default: the window's choice, "
        "else LANGUAGE, LC_ALL, LANG)",
    )
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

    p = sub.add_parser("new", help="write a new plan from a template, or a plan's follow-up form")
    made = p.add_mutually_exclusive_group(required=True)
    made.add_argument("--template", choices=NEW_TEMPLATES)
    made.add_argument(
        "--follow-up",
        metavar="PLAN",
        help="the form that follows PLAN (a closing form for a learning plan), pre-filled",
    )
    p.add_argument("--title", help="the plan's title")
    p.add_argument("--focal-point", metavar="EMAIL")
    p.add_argument("--country", help="country name; its centre becomes [[latlng]]")
    p.add_argument("--year", type=int, help="default: this year")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")

    p = sub.add_parser("history", help="list, show or restore the versions kept of a plan")
    p.add_argument("path", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the list as JSON")
    shown = p.add_mutually_exclusive_group()
    shown.add_argument("--show", type=int, metavar="N", help="print version N byte for byte")
    shown.add_argument(
        "--restore", type=int, metavar="N", help="write version N back (keeping the current one)"
    )

    p = sub.add_parser("review", help="add notes and a verdict to the review beside a plan")
    p.add_argument("path", metavar="FILE")
    p.add_argument("--base", metavar="BASE", help="the plan as it was before the reviewer's edits")
    p.add_argument("--reviewer", metavar="EMAIL")
    p.add_argument(
        "--note",
        action="append",
        default=[],
        type=_key_value,
        metavar="FIELD=TEXT",
        help="a note on FIELD: plan, title, a tag key, or N for the N-th prompt",
    )
    p.add_argument("--verdict", choices=["approved", "revise"])
    p.add_argument("--reason", help="why the plan needs revision (with --verdict revise)")
    p.add_argument("--show", action="store_true", help="print the review")
    p.add_argument("--json", action="store_true", help="with --show: as JSON")
    p = sub.add_parser("diff", help="the changes from BASE to FILE, field by field")
    p.add_argument("base", metavar="BASE")
    p.add_argument("path", metavar="FILE")
    p.add_argument("--json", action="store_true", help='print {"changes": [...]} as JSON')
    p = sub.add_parser("export", help="write plans as Word, PDF, HTML, JSON or a spreadsheet")
    p.add_argument("paths", nargs="+", metavar="FILE|DIR")
    p.add_argument("--to", required=True, choices=["docx", "pdf", "html", "json", "xlsx"])
    p.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="a file, or for several plans a folder"
    )
    p.add_argument(
        "--combine", action="store_true", help="several plans in one file (docx, pdf, html, json)"
    )
    p.add_argument(
        "--remote-images",
        action="store_true",
        help="load the plans' remote images to embed them in Word (uses the network)",
    )
    return parser


def _conflict_copies(paths: Sequence[str]) -> tuple[list, set[Path]]:
    """The conflict copies under the folders named (and the files named that are copies), and
    the copies found in folders: those are not checked as plans of their own."""
    from editor.workspace.conflicts import found_under, identify

    copies, skipped = [], set()
    for p in map(Path, paths):
        found = found_under(p) if p.is_dir() else [c for c in [identify(p)] if c is not None]
        copies += [c for c in found if c not in copies]
        if p.is_dir():
            skipped.update(c.copy for c in found)
    return copies, skipped


def cmd_check(args: argparse.Namespace) -> int:
    from editor.catalog.validation import describe, validate
    from editor.i18n import translate
    from editor.planfile import ReadError, read
    from editor.planfile.messages import severity_word

    status = 0
    reports = []
    copies, skipped = _conflict_copies(args.paths)
    for path in _plan_files(args.paths):
        if path in skipped:
            continue  # a sync service's copy of a plan: listed below, not a plan of its own
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
            mine = [
                {"path": str(c.copy), "service": c.service} for c in copies if c.original == path
            ]
            reports.append(
                {"path": str(path), **report.model_dump(mode="json"), "conflict_copies": mine}
            )
        else:
            print(f"{path}: {report.summary()}")
            for p in report.problems:
                where = translate("CommandLine", "line {}: ").format(p.line) if p.line else ""
                fix = p.suggestion and translate("CommandLine", " (suggestion: {})")
                fix = fix.format(p.suggestion) if fix else ""
                print(f"  {severity_word(p.severity)}: {where}{p.field}: {describe(p)}{fix}")
    if args.json:
        print(json.dumps(reports, indent=2, ensure_ascii=False))
    else:
        for c in copies:
            print(
                f"{c.copy}: conflict copy of {c.original} ({c.service}); "
                f"open {c.original} in the editor to merge it"
            )
    return status  # a conflict copy is no error: it changes no exit code


def cmd_format(args: argparse.Namespace) -> int:
    from editor.planfile import PlanFileError, read
    from editor.planfile.normalise import normalise
    from editor.workspace.history import write_keeping

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
                write_keeping(canonical, path)
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
    from editor.planfile import PlanFileError, read
    from editor.planfile.source import EncodeError, to_utf8
    from editor.workspace.history import write_keeping

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
        write_keeping(doc, args.output or args.path)
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
    from editor.planfile import PlanFileError
    from editor.workspace.history import write_keeping

    out = Path(args.output)
    if out.exists() and not args.force:
        print(f"plan-editor: {out}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    try:
        if args.follow_up:
            from editor.catalog.newplan import follow_up
            from editor.planfile import read

            doc = follow_up(read(args.follow_up))
        else:
            doc = new_plan(
                args.template,
                title=args.title,
                focal_point=args.focal_point,
                country=args.country,
                year=args.year,
            )
        write_keeping(doc, out)
    except NewPlanError as e:
        print(f"plan-editor: {out}: {e}", file=sys.stderr)
        return 1
    except PlanFileError as e:
        print(f"plan-editor: {e}", file=sys.stderr)
        return 2
    made = f"follow-up of {args.follow_up}" if args.follow_up else f"{args.template} plan"
    print(f"{out}: new {made} written")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from editor.planfile import PlanFileError
    from editor.workspace.history import HistoryError, store

    path = Path(args.path)
    history = store()
    found = history.versions(path)
    if path.is_dir():
        _err(f"{path}: is a folder, not a plan file")
        return 2
    if path.exists() or not found:  # a deleted file's versions can still be listed and restored
        try:
            with open(path, "rb"):
                pass
        except OSError as e:
            _err(f"{path}: cannot be read: {e.strerror or e}")
            return 2
    if args.show is not None or args.restore is not None:
        number = args.show if args.show is not None else args.restore
        try:
            data = history.read(path, number)
        except HistoryError as e:
            _err(str(e))
            return 2
        if args.show is not None:
            sys.stdout.flush()
            sys.stdout.buffer.write(data)  # the bytes as kept, whatever the console's encoding
            sys.stdout.buffer.flush()
            return 0
        try:
            history.write_bytes_keeping(path, data)
        except PlanFileError as e:
            _err(str(e))
            return 2
        print(f"{path}: restored version {number} of {found[number - 1].local_time}")
        return 0
    if args.json:
        print(json.dumps([v.as_json() for v in found], indent=2))
        return 0
    if not found:
        print(f"{path}: no versions kept")
        return 0
    print(f"{path}: {len(found)} version{'s' if len(found) != 1 else ''}, newest first")
    for v in found:
        print(f"{v.number:>4}  {v.local_time}  {v.size:>8} bytes  {v.source}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from editor.catalog.diff import diff, to_json, word_markup
    from editor.planfile import ReadError, read

    try:
        base, new = read(args.base), read(args.path)
    except ReadError as e:
        _err(str(e))
        return 2
    changes = diff(base, new)
    if args.json:
        print(json.dumps(to_json(changes), indent=2, ensure_ascii=False))
        return 1 if changes else 0
    for n, c in enumerate(changes):
        print(("\n" if n else "") + f"{c.kind:<8} {c.label}")
        lines = f"{c.old or ''}\n{c.new or ''}".split("\n")
        if c.words and max(map(len, lines)) > 100:  # a long answer: its word diff
            print(word_markup(_around_changes(c.words)))
            continue
        for sign, value in (("-", c.old), ("+", c.new)):
            for line in (value or "").split("\n") if value is not None else []:
                print(f"{sign} {line}")
    return 1 if changes else 0


def _around_changes(words, context: int = 60) -> list[tuple[str, str]]:
    """A long text's word diff with the kept text cut to ``context`` characters around each
    change."""
    out = []
    for n, (op, text) in enumerate(words):
        if op == "=" and len(text) > 2 * context:
            head = text[:context].rsplit(" ", 1)[0] if n else ""
            tail = text[-context:].split(" ", 1)[-1] if n < len(words) - 1 else ""
            text = f"{head} … {tail}"
        out.append((op, text))
    return out


def cmd_export(args: argparse.Namespace) -> int:
    from editor.export.run import export

    if args.to == "pdf":
        from PySide6.QtGui import QGuiApplication

        app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # Qt draws the PDF
        app.setApplicationName("plan-editor")
    report = export(
        [Path(p) for p in args.paths],
        args.to,
        Path(args.output),
        combine=args.combine,
        remote_images=args.remote_images,
    )
    for problem in report.problems:
        _err(problem)
    for path in report.written:
        print(path)
    if not report.written:
        return 2
    return 1 if report.problems else 0


def version() -> str:
    """The installed package's version (pyproject.toml is its one home)."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as installed

    try:
        return installed("plan-editor")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "unknown"


def cmd_review(args: argparse.Namespace) -> int:
    from editor.catalog import review as rv
    from editor.planfile import PlanFileError, ReadError, content_hash, read, read_bytes

    try:
        plan = read(args.path)
        review = rv.load(args.path)
    except (ReadError, OSError, rv.ReviewError) as e:
        _err(f"{args.path}: {e}")
        return 2
    if args.show:
        if args.json:
            print(json.dumps(rv.to_json(review), indent=2, ensure_ascii=False))
        else:
            _print_review(review)
        return 0
    if args.verdict == "revise" and not (args.reason or review.reason):
        _err("--verdict revise needs --reason: say what the author should change")
        return 2
    try:
        if args.base:
            base = read(args.base)
            review.base = content_hash(read_bytes(args.base))
            rv.record_changes(review, base, plan)
        elif not review.base:  # the review starts from the plan as it is now
            review.base = content_hash(read_bytes(args.path))
        if args.reviewer:
            review.reviewer = args.reviewer
        for name, text in args.note:
            field_id, label = rv.field_of(plan, name)
            review.note(field_id, label, text)
        if args.verdict:
            review.verdict = "approved" if args.verdict == "approved" else "needs revision"
        if args.reason:
            review.reason = args.reason
        review.date = rv.today()
        written = rv.save(review, args.path)
    except (ReadError, OSError, rv.ReviewError, PlanFileError) as e:
        _err(str(e))
        return 2
    print(f"{written}: {len(review.notes)} notes, verdict: {review.verdict or 'none yet'}")
    return 0


def _print_review(review) -> None:
    print(f"Review of {review.plan}")
    print(f"  reviewer: {review.reviewer or '-'}   date: {review.date or '-'}")
    verdict = review.verdict or "none yet"
    print(f"  verdict: {verdict}" + (f" ({review.reason})" if review.reason else ""))
    for note in review.notes:
        status = "resolved" if note.resolved else "open"
        print(f"\nnote on {note.label} [{note.field}] by {note.by or '-'}, {note.date} ({status})")
        print("  " + note.text.replace("\n", "\n  "))
        for reply in note.replies:
            print(f"  reply by {reply.by}, {reply.date}: " + reply.text.replace("\n", "\n    "))
    for field_id, (label, text) in review.base_texts.items():
        print(f"\nchanged {label} [{field_id}]; before the review:")
        print("  - " + text.replace("\n", "\n  - "))


def _take_lang(argv: list[str]) -> tuple[str | None, list[str]]:
    """(``--lang``'s value, the other arguments); ``--lang X`` and ``--lang=X`` anywhere."""
    rest, lang, it = [], None, iter(argv)
    for arg in it:
        if arg == "--lang":
            lang = next(it, "")
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
        else:
            rest.append(arg)
    return lang, rest


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang, argv = _take_lang(argv)
    if lang is not None:
        from editor.i18n import LANGUAGES, supported

        if supported(lang) is None:
            _err(
                f"{lang!r} is not a language of the editor; the languages are {', '.join(LANGUAGES)}"
            )
            return 2
    if argv and argv[0] in ("-h", "--help", "--version"):
        build_parser().parse_args(argv[:1])
    if not argv or argv[0] not in COMMANDS:
        return _gui(argv, lang)
    args = build_parser().parse_args(argv)
    _command_line_language(lang)
    commands = {
        "check": cmd_check,
        "format": cmd_format,
        "show": cmd_show,
        "set": cmd_set,
        "new": cmd_new,
        "diff": cmd_diff,
        "history": cmd_history,
        "review": cmd_review,
        "export": cmd_export,
    }
    return commands[args.command](args)


def _command_line_language(lang: str | None) -> None:
    """Translate the output into ``--lang``'s language, else the system's (QtCore is imported
    only for a language other than English)."""
    from editor.i18n import SOURCE, choose

    language = choose(lang)
    if language != SOURCE:
        from editor.translations import install_for_command_line

        install_for_command_line(language)


def _gui(argv: list[str], lang: str | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plan-editor", description="Open the plan editor window.")
    parser.add_argument(
        "paths", nargs="*", metavar="FILE|DIR", help="plan files or a workspace folder"
    )
    parser.add_argument(
        "--screenshot", metavar="PNG", help="save a screenshot of the window and exit"
    )
    parser.add_argument("--lang", metavar="LANG", help="the language of this run: en, fr, es, pt")
    args = parser.parse_args(argv)
    for path in args.paths:
        if not os.path.exists(path):
            _err(_not_found(path))
            return 2
    from editor.ui.checkprocess import prefetch, start_process, stop_process
    from editor.ui.qtimports import lighten

    start_process()  # first: its interpreter starts while this one imports Qt
    first = next((p for p in args.paths if not os.path.isdir(p)), None)  # the window opens it
    if first is not None:
        prefetch(first)  # checked there while the window starts
    try:
        lighten()
        from editor.ui.app import run_gui, screenshot

        if args.screenshot:
            return screenshot(args.screenshot, args.paths, lang=lang)
        return run_gui(args.paths, lang)
    finally:
        stop_process()  # at once: the editor's exit does not wait for the checks' clean-up
        # The window has closed (its settings synced, its plans saved or let go) and nothing
        # left needs a finaliser: the interpreter's exit need not walk the whole heap for
        # garbage in cycles, ~50 ms of every exit.
        import gc

        gc.freeze()


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
    lang, argv = _take_lang(sys.argv[1:])
    return _gui(argv, lang)


if __name__ == "__main__":
    sys.exit(main())
