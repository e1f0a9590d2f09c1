"""``plan-editor new``: argument parsing (the command itself arrives with the templates)."""

from __future__ import annotations

import argparse


def add_new_parser(sub) -> None:
    p = sub.add_parser("new", help="write a new plan from a template")
    p.add_argument("--template", required=True,
                   choices=["learningplan", "closing", "experiment", "solution", "blank"])
    p.add_argument("--title")
    p.add_argument("--focal-point")
    p.add_argument("--country")
    p.add_argument("--year", type=int)
    p.add_argument("-o", "--output", required=True, metavar="FILE")


def cmd_new(args: argparse.Namespace) -> int:
    raise SystemExit("plan-editor new: not available yet")
