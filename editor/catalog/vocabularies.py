"""The platform's controlled vocabularies, loaded once from editor/data/vocabularies/.

SDGs (by number, stored label, alias or translation), the seeded methods and data sources,
the option lists of checklist and radio questions, the tag keys and their limits, and the
countries with their centroid and bounding box. `nearest` suggests the closest vocabulary
term for a free value. No Qt here.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from editor import i18n
from editor.catalog.prompts import QUOTES
from editor.resources import resource_path

_TRAILING = " .:;,!?"


def fold(text: str) -> str:
    """A lookup key: entities decoded, accents and quotes folded, `&` as `and`, spaces and
    case ignored, trailing punctuation dropped."""
    text = html.unescape(text).translate(QUOTES)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\s*&\s*", " and ", text)
    return " ".join(text.split()).casefold().rstrip(_TRAILING)


@cache
@cache
def _load(name: str) -> Any:
    with resource_path("vocabularies", name).open(encoding="utf-8") as f:
        return json.load(f)


# --- SDGs -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sdg:
    number: int
    label: str  # as the platform stores it (goal 10 misspelt)
    aliases: tuple[str, ...]
    labels: dict[str, str] = field(hash=False, compare=False)  # fr, es, pt
    description: str = ""

    @property
    def tag_value(self) -> str:
        """The value of a `[[sdgs:…]]` tag: `N. label`."""
        return f"{self.number}. {self.label}"

    def names(self) -> list[str]:
        return [self.label, *self.aliases, *self.labels.values()]

    def shown_label(self, language: str | None = None) -> str:
        """The goal's name in ``language`` (that of this run when None); the stored English
        label in English. The file keeps the stored label whatever the window shows."""
        return self.labels.get(language or i18n.language(), self.label)


@cache
def sdgs() -> tuple[Sdg, ...]:
    """The 17 goals, in order."""
    return tuple(
        Sdg(g["number"], g["label"], tuple(g["aliases"]), g["labels"], g.get("description", ""))
        for g in _load("sdgs.json")["goals"]
    )


@cache
def _sdg_keys() -> dict[str, int]:
    return {fold(name): g.number for g in sdgs() for name in g.names()}


_SDG_NUMBER = re.compile(
    r"^(?:sdg|goal|ods|odd|objective|objectif|objetivo)?\s*#?\s*(\d{1,2})(?!\d)\s*[.:)\-–]?\s*(.*)$",
    re.IGNORECASE,
)


def normalise_sdg(value: object) -> int | None:
    """The goal number of `10`, `"10"`, `"10. Reduced innequalities"`, `"SDG 10"`,
    `"Reduced inequalities"` or `"Inégalités réduites"`; None if it names no goal."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 1 <= value <= 17 else None
    if not isinstance(value, str):
        return None
    text = value.strip()
    match = _SDG_NUMBER.match(text)
    if match:
        number = int(match.group(1))
        return number if 1 <= number <= 17 else None
    return _sdg_keys().get(fold(text))


def sdg(value: object) -> Sdg | None:
    """The goal `value` names (see `normalise_sdg`)."""
    number = normalise_sdg(value)
    return sdgs()[number - 1] if number else None


# --- term lists and option lists --------------------------------------------------------


def methods() -> list[str]:
    """The platform's seeded methods (closed on learning plans and experiments)."""
    return list(_load("methods.json")["terms"])


def datasources() -> list[str]:
    """The platform's seeded data sources (open list)."""
    return list(_load("datasources.json")["terms"])


@dataclass(frozen=True)
class OptionList:
    id: str
    label: str
    multiple: bool  # checklist (True) or radio list (False)
    options: tuple[str, ...]
    legacy: tuple[str, ...] = ()  # older labels seen in files


@cache
def option_lists() -> dict[str, OptionList]:
    """Every option list of options.json, by id."""
    return {
        key: OptionList(
            key, d["label"], d["multiple"], tuple(d["options"]), tuple(d.get("legacy", ()))
        )
        for key, d in _load("options.json")["lists"].items()
    }


def options(list_id: str) -> list[str]:
    """The options of one list; KeyError if there is no such list."""
    return list(option_lists()[list_id].options)


# --- tag keys ---------------------------------------------------------------------------


@dataclass(frozen=True)
class TagKey:
    key: str
    label: str
    block: str  # header, terms, location, meta, source
    vocabulary: str | None
    closed_for: tuple[str, ...]
    max: dict[str, int] = field(hash=False, compare=False)
    required_for: tuple[str, ...] = ()
    types: tuple[str, ...] = ("*",)
    labels: dict[str, str] = field(default_factory=dict, hash=False, compare=False)  # fr, es, pt

    def max_for(self, doctype: str) -> int | None:
        """The most values a document of this type may hold, or None for no limit."""
        return self.max.get(doctype, self.max.get("*"))

    def is_closed_for(self, doctype: str) -> bool:
        return "*" in self.closed_for or doctype in self.closed_for


@cache
def tag_keys() -> dict[str, TagKey]:
    """The known tag keys, by key. Keys not listed are still valid and kept as they are."""
    return {
        key: TagKey(
            key,
            d["label"],
            d["block"],
            d.get("vocabulary"),
            tuple(d.get("closed_for", ())),
            dict(d.get("max", {})),
            tuple(d.get("required_for", ())),
            tuple(d.get("types", ("*",))),
            dict(d.get("labels", {})),
        )
        for key, d in _load("tag_keys.json")["keys"].items()
    }


def tag_label(key: str, language: str | None = None) -> str:
    """How the form labels tag ``key`` in ``language`` (that of this run when None): the
    English label where there is no translation; a key not listed as words ("audio_file":
    "Audio file")."""
    spec = tag_keys().get(key)
    if spec is None:
        return key.replace("_", " ").capitalize()
    return spec.labels.get(language or i18n.language(), spec.label)


def tag_limit(key: str, doctype: str) -> int | None:
    """The most values of ``key`` a document of type ``doctype`` may hold (five SDGs…), or None."""
    spec = tag_keys().get(key)
    return spec.max_for(doctype) if spec is not None else None


@cache
def term_keys() -> tuple[str, ...]:
    """The keys of the open term lists (methods, data sources, thematic areas): the tags of the
    sorted block other than the SDGs, which are a closed list of 17 goals."""
    return tuple(k for k, s in tag_keys().items() if s.block == "terms" and s.vocabulary != "sdgs")


def header_keys() -> tuple[str, ...]:
    """The tags a plan's header shows in places of their own (the form's fields, the preview's
    and the exports' rows): who, when, what, where, the SDGs and the term lists; the other tags
    are listed below them."""
    return ("focal_point", "year", "type", "country", "latlng", "sdgs", *term_keys())


def document_types(kind: str | None = None) -> tuple[str, ...]:
    """The values of ``[[type:…]]``, in the form's order; of one ``kind`` ("forms", "articles",
    "pages") when given."""
    types = _load("tag_keys.json")["document_types"]
    kinds = [kind] if kind is not None else [k for k in types if not k.startswith("_")]
    return tuple(t for k in kinds for t in types[k])


def tag_options(key: str) -> list[str]:
    """The options a tag key offers when its vocabulary is an option list of options.json
    (gender, experiment status, sample size…), as stored; [] for an open key, a term list
    (methods, countries) or an unknown key. A file's own value outside them stays valid."""
    spec = tag_keys().get(key)
    if spec is None or spec.vocabulary not in option_lists():
        return []
    return options(spec.vocabulary)


# --- countries --------------------------------------------------------------------------


@dataclass(frozen=True)
class BBox:
    min_lat: float
    min_lng: float
    max_lat: float
    max_lng: float

    def contains(self, lat: float, lng: float, margin: float = 0.0) -> bool:
        """Whether the point lies in the box widened by `margin` degrees; a box with
        min_lng > max_lng crosses the antimeridian."""
        if not self.min_lat - margin <= lat <= self.max_lat + margin:
            return False
        lng = (lng + 180.0) % 360.0 - 180.0
        west, east = self.min_lng - margin, self.max_lng + margin
        if self.min_lng > self.max_lng:
            return lng >= west or lng <= east
        if east - west >= 360.0:
            return True
        return any(west <= x <= east for x in (lng, lng - 360.0, lng + 360.0))


@dataclass(frozen=True)
class Country:
    name: str  # as the platform writes it
    aliases: tuple[str, ...]
    iso2: str | None
    iso3: str | None
    centroid: tuple[float, float] | None  # (lat, lng)
    bbox: BBox | None
    bbox_exact: bool  # False: an approximate box around the centroid
    pseudo: bool = False  # e.g. "Null Island", the platform's marker for global documents
    # For shapes across the antimeridian (Fiji, Russia): near the centroid the platform
    # writes, which it computes without unwrapping (163.4°E for Fiji, outside Fiji).
    platform_centroid: tuple[float, float] | None = None
    regions: tuple[str, ...] = ()  # parts of it that files name as their country ("Puntland")

    def contains(self, lat: float, lng: float, margin: float = 0.0) -> bool | None:
        """Whether a point lies within the country's box (None when the box is unknown)."""
        return None if self.bbox is None else self.bbox.contains(lat, lng, margin)


@cache
def countries() -> tuple[Country, ...]:
    """Every country and territory of countries.json."""
    out = []
    for d in _load("countries.json")["countries"]:
        c, b, p = d.get("centroid"), d.get("bbox"), d.get("platform_centroid")
        out.append(
            Country(
                name=d["name"],
                aliases=tuple(d.get("aliases", ())),
                iso2=d.get("iso2"),
                iso3=d.get("iso3"),
                centroid=(c["lat"], c["lng"]) if c else None,
                bbox=BBox(b["min_lat"], b["min_lng"], b["max_lat"], b["max_lng"]) if b else None,
                bbox_exact=bool(d.get("bbox_exact")),
                pseudo=bool(d.get("pseudo")),
                platform_centroid=(p["lat"], p["lng"]) if p else None,
                regions=tuple(d.get("regions", ())),
            )
        )
    return tuple(out)


@cache
def _country_keys() -> dict[str, Country]:
    keys: dict[str, Country] = {}
    for c in countries():  # names first, so no alias can shadow a name
        keys[fold(c.name)] = c
    for c in countries():
        for alias in c.aliases:
            keys.setdefault(fold(alias), c)
    for c in countries():
        for region in c.regions:
            keys.setdefault(fold(region), c)
    return keys


def is_region(value: str) -> bool:
    """Whether ``value`` names a part of a country ("Somaliland"), not the country itself."""
    found = country(value)
    return found is not None and fold(value.strip()) in map(fold, found.regions)


def country(value: str) -> Country | None:
    """The country a name, alias, or ISO alpha-2 / alpha-3 code names; None if unknown."""
    text = value.strip()
    if len(text) in (2, 3) and text.isalpha():
        code = text.upper()
        for c in countries():
            if code in (c.iso2, c.iso3):
                return c
    return _country_keys().get(fold(text))


# --- suggestions ------------------------------------------------------------------------


def _terms(vocabulary: str | Iterable[str]) -> list[str]:
    if not isinstance(vocabulary, str):
        return list(vocabulary)
    if vocabulary == "sdgs":
        return [g.tag_value for g in sdgs()]
    if vocabulary == "methods":
        return methods()
    if vocabulary == "datasources":
        return datasources()
    if vocabulary == "countries":
        return [c.name for c in countries()]
    return options(vocabulary)


@cache
def _choice_keys(vocabulary: str) -> dict[str, str]:
    return _fold_choices(vocabulary)


def _fold_choices(vocabulary: str | Iterable[str]) -> dict[str, str]:
    """Folded spelling -> the term it stands for (aliases lead to their term)."""
    if vocabulary == "sdgs":
        pairs = [(n, g.tag_value) for g in sdgs() for n in [g.tag_value, *g.names()]]
    elif vocabulary == "countries":
        pairs = [(n, c.name) for c in countries() for n in [c.name, *c.aliases]]
    else:
        pairs = [(t, t) for t in _terms(vocabulary)]
    keys: dict[str, str] = {}
    for spelling, target in pairs:
        keys.setdefault(fold(spelling), target)
    return keys


def is_term(value: str, vocabulary: str) -> bool:
    """True when ``value`` is a term of ``vocabulary`` (or an alias of one), as spelt or folded."""
    return fold(value) in _choice_keys(vocabulary)


def nearest(term: str, vocabulary: str | Iterable[str], cutoff: float = 80.0) -> str | None:
    """The vocabulary term closest to `term` (fuzzy), or None when nothing scores `cutoff`.

    `vocabulary` is "sdgs" (answers `N. label`), "methods", "datasources", "countries", an
    option list id, or any iterable of terms.
    """
    if not term.strip():
        return None
    if vocabulary == "sdgs" and (goal := sdg(term)) is not None:
        return goal.tag_value
    keys = _choice_keys(vocabulary) if isinstance(vocabulary, str) else _fold_choices(vocabulary)
    key = fold(term)
    if key in keys:
        return keys[key]
    from rapidfuzz import fuzz, process  # only where a suggestion is looked for: not at start-up

    found = process.extractOne(key, list(keys), scorer=fuzz.WRatio, score_cutoff=cutoff)
    return keys[found[0]] if found else None
