"""One validation report per document: the core's field checks plus the template's rules.

Problems are data (where, what, severity, suggested fix) and never stop a file from opening or
saving. The status is Unfinished while a required answer is missing, else Complete.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from editor.planfile import PlanFile
from editor.planfile.validate import Problem, tag_problems

Status = Literal["Unfinished", "Complete"]


class Report(BaseModel):
    status: Status = "Complete"
    problems: list[Problem] = Field(default_factory=list)
    required: int = Field(0, description="required questions and tags in the template")
    answered: int = Field(0, description="of those, how many are answered")
    missing: list[str] = Field(default_factory=list, description="required items left unanswered")

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    def summary(self) -> str:
        counts = {s: sum(1 for p in self.problems if p.severity == s) for s in ("error", "warning")}
        parts = [self.status]
        if self.required:
            parts.append(f"{self.answered}/{self.required} required answered")
        parts.append(f"{counts['error']} errors, {counts['warning']} warnings")
        return ", ".join(parts)


def validate(doc: PlanFile) -> Report:
    return Report(problems=tag_problems(doc))
