"""New plans from a template, in the exporter's canonical layout, every question unanswered.

Used by ``plan-editor new`` and the window's New dialog. No Qt here.
"""

from __future__ import annotations

import datetime as _dt

from editor.catalog import vocabularies as vocab
from editor.catalog.templates import Item, Template, load_template
from editor.i18n import translate
from editor.planfile import PlanFile, layout
from editor.planfile.messages import shown
from editor.planfile.rules import check_focal_point


class NewPlanError(ValueError):
    """A value given for a new plan that cannot be used (unknown country, bad email…)."""


def field_problem(focal_point: str | None, country: str | None) -> str | None:
    """What is wrong with the focal point or the country a new plan is given, in the language
    of the run (the New Plan dialog asks again with it); None when both are right."""
    if focal_point and (problem := check_focal_point(focal_point)):
        return shown(problem)
    if country and vocab.country(country) is None:
        suggestion = vocab.nearest(country, "countries")
        if suggestion:
            said = translate("NewPlan", "unknown country {}; did you mean {}?")
            return said.format(repr(country), suggestion)
        return translate("NewPlan", "unknown country {}").format(repr(country))
    return None


def new_plan_text(
    template: Template,
    *,
    title: str | None = None,
    focal_point: str | None = None,
    country: str | None = None,
    year: int | None = None,
    doctype: str | None = None,
) -> str:
    """The text of a new plan: title, head tags, location, then every section and question."""
    year = year or _dt.date.today().year
    doctype = doctype or template.type
    title = title if title is not None else ""
    out = [layout.title_line(template.title_prefix + title if title else "") + "\n"]
    if said := field_problem(focal_point, country):
        raise NewPlanError(said)
    if focal_point:
        out.append(layout.tag_line("focal_point", focal_point) + "\n")
    out.append(layout.tag_line("year", str(year)) + "\n")
    if doctype:
        out.append(layout.tag_line("type", doctype) + "\n")
    if country:
        found = vocab.country(country)
        out.append(layout.tag_line("country", found.name))
        if found.centroid is not None:
            lat, lng = found.centroid
            out.append(layout.tag_line("latlng", f"{lat},{lng}"))
    for section in template.sections:
        for _ in range(max(section.min, 1)):
            if section.title is not None:
                out.append(f"## {section.title}\n")
                if section.lead is not None:
                    out.append(f"**{section.lead}**\n")
            out.extend(_item(item, title) for item in section.items)
    return "".join(out)


def _item(item: Item, title: str) -> str:
    if item.kind == "tags":
        return ""  # the exporter writes tag items as tags, not prompts
    if item.kind == "group":
        blocks = "".join(
            layout.group([(sub.prompt, "")]) for sub in item.items if sub.kind != "tags"
        )
        return layout.question(item.prompt) + blocks
    # The learning plan asks for its name as a question too; the title answers it.
    return layout.question(item.prompt, title if item.id == "title" and item.kind == "text" else "")


def new_plan(template_id: str, **fields) -> PlanFile:
    """A new document from the bundled template ``template_id``."""
    return PlanFile(new_plan_text(load_template(template_id), **fields))


# The follow-up form of a document type, as the platform offers it ("copied forward"): a closing
# form follows its learning plan. Experiments and solutions have no follow-up form.
FOLLOW_UPS = {"learningplan": "closing"}
# What a follow-up takes from the plan it follows, besides its title: who, where, how, and why.
CARRIED = ("focal_point", "country", "latlng", "methods", "datasources", "sdgs")


def follow_up_template(plan: PlanFile) -> str | None:
    """The template id of the form that follows ``plan``, or None when it has none (a closing
    form, whose title already says "Closing:", follows nothing)."""
    types = [t.strip().lower() for t in plan.tag_values("type")]
    template = FOLLOW_UPS.get(types[0]) if types else None
    if template is None:
        return None
    prefix = load_template(template).title_prefix
    if prefix and (plan.title or "").startswith(prefix.strip()):
        return None
    return template


def follow_up(plan: PlanFile, template_id: str | None = None) -> PlanFile:
    """The next form of ``plan``, as the platform's follow-up makes it: the title with the
    template's prefix ("Closing: …"), the same focal point, country and location, methods, data
    sources and SDGs, as the plan holds them, and the template's questions empty."""
    template_id = template_id or follow_up_template(plan)
    if template_id is None:
        raise NewPlanError(
            translate(
                "NewPlan",
                "this plan has no follow-up form: only a learning plan (not its closing form) "
                "has one",
            )
        )
    template = load_template(template_id)
    title = (plan.title or "").strip()
    new = PlanFile(new_plan_text(template, title=title, doctype=template.type))
    for key in CARRIED:
        for value in plan.tag_values(key):
            if key in ("focal_point",) and new.tag_values(key):
                continue
            new.add_tag(key, value)
    return new
