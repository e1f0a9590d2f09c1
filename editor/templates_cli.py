"""``plan-editor new``: write a new plan from a bundled template."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHOICES = {
    "learningplan": "learningplan",
    "closing": "closing",
    "experiment": "experiment",
    "solution": "solution",
    "blank": "blank",
}


def add_new_parser(sub) -> None:
    p = sub.add_parser("new", help="write a new plan from a template")
    p.add_argument("--template", required=True, choices=list(CHOICES))
    p.add_argument("--title", help="the plan's title")
    p.add_argument("--focal-point", metavar="EMAIL")
    p.add_argument("--country", help="country name; its centre becomes [[latlng]]")
    p.add_argument("--year", type=int, help="default: this year")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def cmd_new(args: argparse.Namespace) -> int:
    from editor.newplan import NewPlanError, new_plan
    from editor.planfile import PlanFileError, write

    out = Path(args.output)
    if out.exists() and not args.force:
        print(f"plan-editor: {out}: already exists (use --force to overwrite)", file=sys.stderr)
        return 1
    try:
        doc = new_plan(
            CHOICES[args.template],
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
