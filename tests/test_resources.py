"""The bundled vocabularies and templates: they load, agree with each other and with the
real files of the corpus."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from paths import SEEDS, SHARED

from editor.catalog import templates, vocabularies
from editor.catalog.templates import all_templates, load_template, normalise_prompt
from editor.catalog.vocabularies import country, nearest, normalise_sdg, option_lists, sdg
from editor.resources import resource_path

CORPUS_FILES = sorted(
    [*SHARED.glob("corpus/**/*.md"), *SHARED.glob("corpus/**/*.txt"), *SEEDS.glob("*.txt")]
)
COUNTRY_TAG = re.compile(r"^\[\[country:(.*)\]\]\r?$", re.M)
TEMPLATE_IDS = sorted(p.stem for p in resource_path("templates").glob("*.json"))


def corpus_countries() -> set[str]:
    names: set[str] = set()
    for path in CORPUS_FILES:
        names.update(COUNTRY_TAG.findall(path.read_text(encoding="utf-8", errors="replace")))
    return names


# --- templates --------------------------------------------------------------------------


def test_the_expected_templates_are_bundled():
    assert {"learningplan", "closing", "experiment", "solution", "blank"} <= set(TEMPLATE_IDS)


@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_every_template_loads_and_validates(template_id):
    template = load_template(template_id)
    assert template.id == template_id
    assert template.title_limit == 99
    for item in template.items():
        if item.kind in ("checklist", "radio"):
            assert item.options
        if item.kind == "tags":
            assert item.tag in vocabularies.tag_keys()


def test_all_templates_lists_every_file():
    assert [t.id for t in all_templates()] == TEMPLATE_IDS


def test_every_option_list_a_template_names_exists():
    lists = option_lists()
    for template in all_templates():
        for item in template.items():
            if isinstance(item.options, str):
                assert item.options in lists, f"{template.id}.{item.id}: {item.options}"


def test_every_tag_a_template_names_is_a_known_tag_key():
    keys = vocabularies.tag_keys()
    for template in all_templates():
        for spec in template.tags:
            assert spec.key in keys
        for item in template.items():
            if item.tag:
                assert item.tag in keys, f"{template.id}.{item.id}: {item.tag}"


def test_tweet_summary_is_limited_to_280_characters():
    assert load_template("learningplan").item("tweet_summary").max_chars == 280


def test_learning_plan_has_one_to_five_learning_questions_sections():
    section = load_template("learningplan").section("Learning questions")
    assert section is not None
    assert (section.min, section.max) == (1, 5)


def test_learning_plan_sections_follow_the_platform_order():
    titles = [s.title for s in load_template("learningplan").sections]
    assert titles == [
        "Title",
        "Challenge statement",
        "Challenge classification",
        "Partners",
        "Learning questions",
        "Closing",
    ]


def test_closing_time_shares_must_add_up_to_100():
    template = load_template("closing2022")
    [rule] = template.rules
    assert rule.kind == "sum_100"
    assert [template.item(i).prompt for i in rule.items] == ["Sense", "Explore", "Test", "Grow"]


def test_solution_writes_no_section_heading():
    [section] = load_template("solution").sections
    assert section.title is None and section.lead is None


def test_prompt_variants_of_the_real_files_match_the_same_item():
    lp = load_template("learningplan")
    amp = (
        "Usage of methods: Relating to your choice above, how will you use your methods "
        "&amp; tools for this learning question? What value do these add in answering your "
        "learning question?"
    )
    assert [i.id for i in lp.find_items(amp)] == ["methods_usage"]
    assert [i.id for i in lp.find_items("Please state the name of the Parter:")] == ["partner_name"]
    # the first line of a prompt of several lines, with a trailing non-breaking space
    first_line = (
        "Challenge type: If you are working on multiple challenges, please indicate if this is "
        'your "big bet" or "exploratory" challenge.\u00a0'
    )
    assert [i.id for i in lp.find_items(first_line)] == ["challenge_type"]
    tweet = (
        'Short "tweet" summary: We would like to tweet what you are working on, can you '
        "summarize your challenge in a maximum of 280 characters"
    )
    assert [i.id for i in lp.find_items(tweet)] == ["tweet_summary"]


def test_the_seed_prompts_are_all_known_to_the_closing_template():
    closing = load_template("closing")
    seed = (SEEDS / "000_33b8e432ee79a81b.txt").read_text(encoding="utf-8")
    prompts = [line[2:] for line in seed.splitlines() if line.startswith("> ") and line[2:]]
    assert prompts
    for prompt in prompts:
        assert closing.find_items(prompt), prompt


def test_normalise_prompt_folds_the_spellings_of_the_archive():
    assert normalise_prompt("Methods &amp; tools?") == normalise_prompt("methods & tools")
    assert normalise_prompt("“tweet”\u00a0summary:  ") == normalise_prompt('"tweet" summary')
    assert normalise_prompt("A\nB") == "a b"


def test_a_template_with_a_checklist_without_options_is_rejected():
    bad = {
        "id": "bad",
        "type": "experiment",
        "label": "Bad",
        "sections": [{"title": "S", "items": [{"id": "x", "kind": "checklist", "prompt": "?"}]}],
    }
    with pytest.raises(ValueError):
        templates.Template.model_validate(bad)


# --- vocabularies -----------------------------------------------------------------------


def test_there_are_17_sdgs_with_translations():
    goals = vocabularies.sdgs()
    assert [g.number for g in goals] == list(range(1, 18))
    assert all(set(g.labels) == {"fr", "es", "pt"} for g in goals)


@pytest.mark.parametrize(
    "value",
    [
        10,
        "10",
        "10. Reduced innequalities",
        "Reduced innequalities",
        "Reduced inequalities",
        "reduced  inequalities ",
        "Inégalités réduites",
        "Reducción de las desigualdades",
        "SDG 10",
    ],
)
def test_sdg_10_resolves_from_its_spellings_and_translations(value):
    assert normalise_sdg(value) == 10


def test_sdg_10_is_written_with_the_stored_misspelling():
    assert sdg("Reduced inequalities").tag_value == "10. Reduced innequalities"


@pytest.mark.parametrize("value", [0, 18, "", "Nothing at all", None, True])
def test_values_that_name_no_sdg(value):
    assert normalise_sdg(value) is None


def test_option_lists_keep_the_stored_strings():
    lists = option_lists()
    assert (
        "This activity offers strong collaboration oportunities" in lists["quality_check"].options
    )
    assert lists["learning_cycle_stages"].options == ("Sense", "Explore", "Test", "Grow")
    for required in (
        "learning_cycle_stages",
        "rd_stages",
        "challenge_type",
        "new_partner",
        "partnering_sector",
        "handover",
        "experiment_outcome",
        "quality_check",
        "gender",
        "age",
        "prototype",
        "experiment_status",
        "experiment_type",
        "control_group",
        "assignment_type",
        "sample_size",
    ):
        assert required in lists


def test_methods_are_closed_on_plans_and_datasources_open():
    keys = vocabularies.tag_keys()
    assert keys["methods"].is_closed_for("learningplan")
    assert not keys["datasources"].is_closed_for("learningplan")
    assert keys["sdgs"].max_for("solution") == 5
    assert keys["gender"].max_for("solution") == 1
    assert "Visual Thinking & Mapping" in vocabularies.methods()


def test_nearest_suggests_vocabulary_terms():
    assert nearest("design thinking", "methods") == "Design Thinking"
    assert nearest("Sytem thinking", "methods") == "System Thinking"
    assert nearest("reduced inequalities", "sdgs") == "10. Reduced innequalities"
    assert nearest("Viet Nam", "countries") == "Vietnam"
    assert nearest("completly unrelated words", "methods") is None


# --- countries --------------------------------------------------------------------------


def test_the_corpus_holds_country_tags():
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared/corpus is not present")
    assert len(corpus_countries()) > 50


@pytest.mark.parametrize("name", sorted(corpus_countries()))
def test_every_corpus_country_resolves_and_its_centroid_is_in_its_box(name):
    found = country(name)
    assert found is not None, name
    assert found.centroid is not None and found.bbox is not None
    assert found.contains(*found.centroid)


@pytest.mark.parametrize(
    ("value", "iso3"),
    [("Viet Nam", "VNM"), ("tanzania", "TZA"), ("MX", "MEX"), ("MEX", "MEX"), ("Türkiye", "TUR")],
)
def test_countries_resolve_by_alias_and_iso_code(value, iso3):
    assert country(value).iso3 == iso3


def test_country_boxes_tell_near_from_far():
    mexico = country("Mexico")
    assert mexico.contains(23.949171200328962, -102.53030787352746)  # the seed's latlng
    assert not mexico.contains(46.8, 103.0)  # Mongolia
    fiji = country("Fiji")  # its box crosses the antimeridian
    assert fiji.contains(-17.8, 178.0) and fiji.contains(-16.5, -179.9)
    assert not fiji.contains(-17.4, 163.4)  # what the platform writes for Fiji
    assert fiji.platform_centroid is not None


def test_every_country_with_a_centroid_has_it_in_its_box():
    for c in vocabularies.countries():
        if c.centroid is not None:
            assert c.contains(*c.centroid), c.name


def test_the_loaders_import_no_qt():
    # in a fresh interpreter: pytest-qt has imported Qt into this one
    code = (
        "import sys, editor.catalog.vocabularies, editor.catalog.templates, editor.resources; "
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    root = Path(__file__).resolve().parents[1]
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0


def test_new_from_template_offers_current_forms_not_archived_ones():
    from editor.ui.form.model import template_choices

    offered = {tid for tid, _ in template_choices()}
    assert {"learningplan", "closing", "experiment", "solution", "blank"} <= offered
    archived = {t.id for t in all_templates() if t.archived}
    assert "solution_covid2020" in archived and not offered & archived
