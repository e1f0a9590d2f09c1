"""Compare two versions of a plan field by field (``editor.catalog.diff``) and ``plan-editor
diff``: real files copied into temporary folders, edited as the form edits them, written to disk
and read back."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from paths import CORPUS, SEED

from editor.catalog.diff import FieldChange, diff, take_base, to_json, word_diff
from editor.cli import main
from editor.planfile import read, write


@pytest.fixture
def groups() -> Path:
    """A learning plan of the archive with three partners (a group of four items)."""
    name = "accelerating_access_to_market_through_an_integrated_approach_for_informal_s_.md"
    return CORPUS / "sic" / name


@pytest.fixture
def blog() -> Path:
    """A blog: its free texts are the document."""
    return CORPUS / "blog-tanzania-2023.txt"


PARTNER = (
    "Please state the name of the partner:",
    "What sector does your partner belong to?",
    "Please provide a brief description of the partnership.",
    "Is this a new and unusual partner for UNDP?",
)


def copies(tmp_path: Path, source: Path) -> tuple[Path, Path]:
    base, new = tmp_path / f"base{source.suffix}", tmp_path / f"new{source.suffix}"
    shutil.copyfile(source, base)
    shutil.copyfile(source, new)
    return base, new


def edited(tmp_path: Path, source: Path, edit) -> tuple[Path, Path]:
    """(base, new): two copies of ``source``, ``new`` edited by ``edit(plan)`` and written."""
    base, new = copies(tmp_path, source)
    plan = read(new)
    edit(plan)
    write(plan, new)
    return base, new


def changes(base: Path, new: Path) -> list[FieldChange]:
    return diff(read(base), read(new))


def shape(found: list[FieldChange]) -> list[tuple[str, str, str]]:
    return [(c.field, c.kind, c.label) for c in found]


def number_of(plan, start: str) -> int:
    return next(q.number for q in plan.questions if q.prompt.startswith(start))


def partner_runs(plan) -> list[int]:
    """The group index of each partner's first div (the divs whose prompt is the name's)."""
    return [
        q.group
        for q in plan.questions
        if q.group is not None and q.prompt.strip().startswith("Please state the name")
    ]


def add_partner(plan, after: int, name: str) -> None:
    """Add a partner (its four divs) after div ``after``, as the form's Add another does."""
    at = after
    section = plan.outline.groups[after].section
    for prompt in PARTNER:
        at = plan.add_group(section, [(prompt, name if "name" in prompt else "")], after=at)


# -- nothing changed ---------------------------------------------------------------------------


def test_an_unchanged_copy_has_no_change_and_exits_0(tmp_path, capsys):
    base, new = copies(tmp_path, SEED)
    assert changes(base, new) == []
    assert main(["diff", str(base), str(new)]) == 0
    assert capsys.readouterr().out == ""
    assert main(["diff", str(base), str(new), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"changes": []}


# -- one field of each kind ----------------------------------------------------------------


def test_the_title_changed(tmp_path):
    base, new = edited(tmp_path, SEED, lambda p: p.set_title("Generative AI in Mexico"))
    [c] = changes(base, new)
    assert (c.field, c.kind, c.label) == ("title", "changed", "Title")
    assert c.old == read(base).title and c.new == "Generative AI in Mexico"
    # a word diff, not the old title then the new one
    assert [(op, t.strip()) for op, t in c.words] == [
        ("-", "Closing:"),
        ("=", "Generative AI"),
        ("-", "systems as a driver for sustainable development"),
        ("=", "in Mexico"),
    ]


def test_a_tag_added_and_a_key_removed(tmp_path):
    def edit(plan):
        plan.add_tag("sdgs", "9. Industry, innovation and infrastructure")
        plan.remove_tag("year")

    base, new = edited(tmp_path, SEED, edit)
    found = changes(base, new)
    assert shape(found) == [("tag:year", "removed", "Year"), ("tag:sdgs", "added", "SDGs")]
    year, sdgs = found
    assert (year.old, year.new) == ("2023", None)
    assert (sdgs.old, sdgs.new) == (None, "9. Industry, innovation and infrastructure")


def test_one_value_of_a_key_removed_is_one_change_of_that_key(tmp_path):
    base, new = edited(tmp_path, SEED, lambda p: p.remove_tag("methods", "Ethnography"))
    [c] = changes(base, new)
    assert (c.field, c.kind, c.label) == ("tag:methods", "changed", "Methods")
    assert c.old == "System Thinking\nEthnography\nCollective Intelligence"
    assert c.new == "System Thinking\nCollective Intelligence"


def test_an_answer_changed_has_a_word_diff(tmp_path):
    def edit(plan):
        n = number_of(plan, "Can you provide more detail")
        plan.set_answer(n, plan.question(n).answer.replace("new topic", "fresh topic"))

    base, new = edited(tmp_path, SEED, edit)
    [c] = changes(base, new)
    n = number_of(read(new), "Can you provide more detail")
    assert (c.field, c.kind) == (f"q:{n}", "changed")
    assert c.label == "Can you provide more detail on your handover process?"
    assert [w for w in c.words if w[0] != "="] == [("-", "new"), ("+", "fresh")]
    assert "".join(t for op, t in c.words if op != "+") == c.old
    assert "".join(t for op, t in c.words if op != "-") == c.new


def test_a_checklist_option_ticked(tmp_path):
    def edit(plan):
        n = number_of(plan, "Considering the outcomes")
        plan.set_checked(n, ["Our work has not yet scaled", "Handed over to the government"])

    base, new = edited(tmp_path, SEED, edit)
    [c] = changes(base, new)
    assert c.kind == "changed" and c.label.startswith("Considering the outcomes")
    assert c.old == "Our work has not yet scaled"  # the ticked options, one per line
    assert c.new == "Our work has not yet scaled\nHanded over to the government"


def test_a_group_instance_added_is_one_change_named_like_the_form(tmp_path, groups):
    assert len(partner_runs(read(groups))) == 3

    def edit(plan):
        last = partner_runs(plan)[-1] + 3  # the last div of the third partner
        add_partner(plan, last, "Ministry of Trade")

    base, new = edited(tmp_path, groups, edit)
    [c] = changes(base, new)
    fourth = partner_runs(read(new))[3]
    assert (c.field, c.kind, c.label) == (f"group:{fourth}", "added", "Partner 4")
    assert c.old is None and "Ministry of Trade" in c.new


def test_a_partner_inserted_between_two_leaves_the_later_ones_alone(tmp_path, groups):
    def edit(plan):
        add_partner(plan, partner_runs(plan)[0] + 3, "Chamber of Commerce")

    base, new = edited(tmp_path, groups, edit)
    assert shape(changes(base, new)) == [
        (f"group:{partner_runs(read(new))[1]}", "added", "Partner 2")
    ]


def test_a_partner_removed_and_an_item_of_another_changed(tmp_path, groups):
    def edit(plan):
        runs = partner_runs(plan)
        name = plan.questions[next(j for k, j in plan.outline.groups[runs[0]].items)]
        plan.set_answer(name.number, "A renamed partner")
        for g in reversed(range(runs[1], runs[1] + 4)):
            plan.remove_group(g)

    base, new = edited(tmp_path, groups, edit)
    found = changes(base, new)
    assert [c.kind for c in found] == ["changed", "removed"]
    assert found[0].label.startswith("Please state the name of the")  # the file's own prompt
    assert found[0].new == "A renamed partner" and found[1].label == "Partner 2"
    assert found[1].field == f"group:{partner_runs(read(base))[1]}"  # the base's, as removed


def test_a_free_text_changed(tmp_path, blog):
    def edit(plan):
        plan.set_free_text(1, plan.free_text(1).replace("Tanzania", "TANZANIA", 1))

    base, new = edited(tmp_path, blog, edit)
    [c] = changes(base, new)
    assert (c.field, c.kind, c.label) == ("text:1", "changed", "Article")
    assert [w for w in c.words if w[0] != "="][0][0] == "-"


INSERTED = "> Who else should hear about this?\n\nThe ministry.\n\n"
BEFORE = "> Can you provide more detail"


def test_a_question_inserted_or_removed_leaves_the_later_ones_alone(tmp_path):
    """Questions match by prompt: another program's inserted question is one change."""
    base, new = copies(tmp_path, SEED)
    text = SEED.read_text(encoding="utf-8")
    assert text.count(BEFORE) == 1
    new.write_text(text.replace(BEFORE, INSERTED + BEFORE), encoding="utf-8")
    n = number_of(read(new), "Who else")
    assert shape(changes(base, new)) == [(f"q:{n}", "added", "Who else should hear about this?")]
    [removed] = changes(new, base)
    assert (removed.field, removed.kind, removed.old) == (f"q:{n}", "removed", "The ministry.")
    plan = read(new)  # the inserted question taken away again
    assert take_base(plan, changes(base, new)[0]) and plan.dumps() == read(base).dumps()


def test_every_kind_at_once_in_reading_order(tmp_path):
    def edit(plan):
        plan.set_title("Generative AI in Mexico")
        plan.add_tag("sdgs", "9. Industry, innovation and infrastructure")
        plan.remove_tag("year")
        n = number_of(plan, "Can you provide more detail")
        plan.set_answer(n, "A shorter answer.")
        plan.set_checked(number_of(plan, "Considering"), ["Handed over to the government"])
        add_partner(plan, partner_runs(plan)[-1] + 3, "PIT Policy Lab 2")

    base, new = edited(tmp_path, SEED, edit)
    found = changes(base, new)
    kinds = [(c.field.split(":")[0], c.kind) for c in found]
    assert kinds == [
        ("title", "changed"),
        ("tag", "removed"),
        ("tag", "added"),
        ("q", "changed"),
        ("q", "changed"),
        ("group", "added"),
    ]
    assert found[-1].label == "Partner 2"


# -- taking the base back ------------------------------------------------------------------

EDITS = {
    "title": lambda p: p.set_title("Generative AI in Mexico"),
    "tag added": lambda p: p.add_tag("sdgs", "9. Industry, innovation and infrastructure"),
    "tag removed": lambda p: p.remove_tag("methods", "Ethnography"),
    "key removed": lambda p: p.remove_tag("year"),
    "answer": lambda p: p.set_answer(3, p.question(3).answer + " And more."),
    "answer cleared": lambda p: p.set_answer(3, ""),
    "checklist": lambda p: p.set_checked(2, ["Our work has not yet scaled", "Handed over"]),
    "partner added": lambda p: add_partner(p, partner_runs(p)[-1] + 3, "Another"),
    "partner removed": lambda p: [p.remove_group(g) for g in (3, 2, 1, 0)],
    "last of a section removed": lambda p: p.remove_question(number_of(p, "Why was it nec")),
}


@pytest.mark.parametrize("name", sorted(EDITS))
def test_take_base_gives_the_base_back_byte_for_byte(tmp_path, name):
    base, new = edited(tmp_path, SEED, EDITS[name])
    plan = read(new)
    [c] = changes(base, new)
    assert take_base(plan, c) is True
    assert plan.dumps() == read(base).dumps()
    assert take_base(plan, c) is False  # already the base: nothing changes


def test_taking_every_change_gives_the_base_back(tmp_path):
    def edit(plan):
        for name in ("title", "tag added", "key removed", "answer", "checklist", "partner added"):
            EDITS[name](plan)

    base, new = edited(tmp_path, SEED, edit)
    plan = read(new)
    found = diff(read(base), plan)  # as the window does: the plan it compares is the one edited
    assert len(found) == 6
    assert all(take_base(plan, c) for c in found)
    assert plan.dumps() == read(base).dumps()


def test_take_base_of_a_free_text_and_of_an_inserted_partner(tmp_path, groups, blog):
    base, new = edited(tmp_path, blog, lambda p: p.set_free_text(1, "Gone."))
    plan = read(new)
    [c] = changes(base, new)
    assert take_base(plan, c) and plan.dumps() == read(base).dumps()

    base, new = edited(
        tmp_path, groups, lambda p: add_partner(p, partner_runs(p)[0] + 3, "Inserted")
    )
    plan = read(new)
    [c] = changes(base, new)
    assert take_base(plan, c) and plan.dumps() == read(base).dumps()


# -- the word diff ---------------------------------------------------------------------------


def test_word_diff_merges_runs_and_keeps_every_character():
    words = word_diff("one two three four", "one 2 3 four five")
    assert words == (
        ("=", "one "),
        ("-", "two three"),
        ("+", "2 3"),
        ("=", " four"),
        ("+", " five"),
    )
    assert word_diff("same", "same") == (("=", "same"),)


def test_word_diff_gives_back_both_texts_and_cuts_at_word_boundaries():
    rng = random.Random(12)
    pieces = ["a", "bb", "word", " ", "  ", "\n", "x.", "é", "\u00a0"]
    for _ in range(3000):
        old = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        new = list(old)
        for _ in range(rng.randint(0, 3)):
            at = rng.randint(0, len(new))
            new[at : at + rng.randint(0, 2)] = rng.choice(pieces)
        new = "".join(new)
        words = word_diff(old, new)
        assert "".join(t for op, t in words if op != "+") == old
        assert "".join(t for op, t in words if op != "-") == new
        assert all(t for _, t in words) and all(
            a[0] != b[0] for a, b in zip(words, words[1:], strict=False)
        )
        kept = 0  # every change starts where a word starts (or a space run) in the old text
        for op, t in words:
            if op != "+" and 0 < kept < len(old):
                assert op == "=" or old[kept - 1].isspace() != old[kept].isspace(), words
            kept += len(t) if op != "+" else 0


def test_word_diff_of_a_long_text_with_one_edit_is_one_change():
    text = "lorem ipsum dolor " * 40_000
    mid = len(text) // 2 + 2  # inside "lorem"
    words = word_diff(text, text[:mid] + "NEW" + text[mid:])
    assert [(op, t) for op, t in words if op != "="] == [("-", "lorem"), ("+", "loNEWrem")]
    assert [op for op, _ in words] == ["=", "-", "+", "="]


# -- the command line ------------------------------------------------------------------------


def test_cli_prints_one_block_per_change_and_exits_1(tmp_path, capsys):
    def edit(plan):
        plan.set_title("Generative AI in Mexico")
        plan.set_answer(1, plan.question(1).answer.replace("wide variety", "broad range"))

    base, new = edited(tmp_path, SEED, edit)
    assert main(["diff", str(base), str(new)]) == 1
    out = capsys.readouterr().out
    title = read(base).title
    assert f"changed  Title\n- {title}\n+ Generative AI in Mexico\n" in out
    assert "changed  What are the top key insights" in out
    assert "[-wide variety-]{+broad range+}" in out
    assert "We started our learning cycle" not in out.split("[-wide")[1]  # only around the edit


def test_cli_json_is_an_object_with_a_changes_list(tmp_path, capsys):
    base, new = edited(tmp_path, SEED, lambda p: p.remove_tag("year"))
    assert main(["diff", str(base), str(new), "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data == to_json(changes(base, new))
    assert data == {
        "changes": [
            {
                "field": "tag:year",
                "label": "Year",
                "kind": "removed",
                "old": "2023",
                "new": None,
                "words": [],
            }
        ]
    }


def test_cli_exits_2_when_a_file_cannot_be_read(tmp_path, capsys):
    base, _ = copies(tmp_path, SEED)
    assert main(["diff", str(base), str(tmp_path / "missing.txt")]) == 2
    assert "missing.txt" in capsys.readouterr().err
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\xff" * 100)
    assert main(["diff", str(binary), str(base)]) == 2
    assert "binary.txt" in capsys.readouterr().err
