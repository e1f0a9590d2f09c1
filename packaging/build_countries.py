"""Regenerate editor/data/vocabularies/countries.json (build-time tool, not shipped code).

Sources
-------
- countryinfo 1.0.1 (PyPI, MIT licence; https://github.com/porimol/countryinfo).
  Per country it holds `latlng` (a rounded "centre" from restcountries), `area` (km²),
  `altSpellings` and a `geoJSON` boundary. The boundaries are johan/world.geo.json, i.e.
  Natural Earth 1:110m admin-0 shapes (public domain). 76 of the 249 ISO countries have no
  boundary in this version (small island states and territories, but also Hungary, Serbia,
  Montenegro, Myanmar and Jamaica, through packaging errors in countryinfo).
- pycountry 26.2.16 (PyPI, LGPL-2.1; data from Debian iso-codes): the list of countries,
  ISO 3166-1 alpha-2 / alpha-3 codes and the ISO names, which become aliases.
- country-converter (coco) was checked too: it holds names, codes and regexes but no
  coordinates, and it is GPL-3.0, so it is not used.

What the generated fields mean
------------------------------
- `centroid`: the area-weighted planar centroid of the country's boundary polygons in
  lon/lat degrees (holes subtracted). This is what the SDG Commons platform writes into
  `[[latlng:…]]`: its values in the archive match this centroid of the 1:110m shapes within
  about 0.1°. Unlike the platform, polygons that cross the antimeridian (Fiji, Russia…) are
  unwrapped first, so Fiji's centroid lies in Fiji; for those countries the centroid computed
  without unwrapping, near what the platform writes (163.4°E for Fiji, in the Coral Sea), is
  kept as `platform_centroid`. Countries without a boundary fall back to countryinfo's `latlng`.
- `bbox` (min_lat, min_lng, max_lat, max_lng): the extent of the boundary polygons. When it
  crosses the antimeridian, min_lng > max_lng (the GeoJSON RFC 7946 convention). The 1:110m
  shapes drop small outlying islands, so a validator should allow a margin.
  Countries without a boundary get an approximate box (`bbox_exact: false`): a square of side
  sqrt(area) around `latlng`, at least 2° each way; treat it as "near", not as "inside".
- Entries with neither boundary nor `latlng` in countryinfo keep `centroid`/`bbox` = null.
- `name` is the name the platform writes (pycountry's common name, or short name, with the
  overrides below taken from the archive); every other known spelling is in `aliases`.

Run (in a throwaway venv, never the project's):
    python3 -m venv /tmp/geo-venv
    /tmp/geo-venv/bin/pip install countryinfo==1.0.1 pycountry==26.2.16
    /tmp/geo-venv/bin/python packaging/build_countries.py
"""

from __future__ import annotations

import json
import math
import sys
from importlib import metadata
from pathlib import Path

import pycountry
from countryinfo import CountryInfo

OUT = Path(__file__).resolve().parent.parent / "editor" / "data" / "vocabularies" / "countries.json"

# Names the platform writes that differ from pycountry's common/short name (seen in the archive).
PLATFORM_NAMES = {
    "BOL": "Bolivia",
    "COD": "Democratic Republic of the Congo",
    "COG": "Republic of the Congo",
    "CPV": "Cape Verde",
    "FSM": "Micronesia",
    "IRN": "Iran",
    "KOR": "South Korea",
    "LAO": "Laos",
    "MDA": "Moldova",
    "PRK": "North Korea",
    "PSE": "Palestine",
    "RUS": "Russia",
    "SYR": "Syria",
    "TLS": "East Timor",
    "TUR": "Turkey",
    "TZA": "Tanzania",
    "VEN": "Venezuela",
    "VNM": "Vietnam",
}

# Extra spellings seen in the archive or in common use, by ISO alpha-3.
EXTRA_ALIASES = {
    "BIH": ["Federation of Bosnia and Herzegovina", "Republika Srpska"],
    "CIV": ["Ivory Coast", "Cote d'Ivoire"],
    "COD": ["DR Congo", "DRC", "Congo-Kinshasa", "Congo, Democratic Republic of the"],
    "COG": ["Congo-Brazzaville", "Congo Republic"],
    "CPV": ["Cabo Verde"],
    "CZE": ["Czech Republic"],
    "GNB": ["Guinea Bissau"],
    "GBR": ["UK", "Great Britain"],
    "MKD": ["Macedonia", "Republic of Macedonia"],
    "MMR": ["Burma"],
    "PSE": ["State of Palestine", "Palestinian Territories"],
    "SWZ": ["Swaziland", "eSwatini"],
    "TLS": ["Timor-Leste", "Timor Leste"],
    "TTO": ["Trinidad"],
    "TUR": ["Türkiye", "Turkiye"],
    "USA": ["United States of America", "USA", "US"],
    "VNM": ["Viet Nam"],
}

# Parts of a country that real files name as their country (published values): they resolve
# to the country, and the check suggests the country's own name.
REGIONS = {
    "BEL": ["Walloon Brabant"],
    "GBR": ["England"],
    "SOM": ["Puntland", "Somaliland"],
}

# Not a country: Natural Earth's marker at 0,0, which the platform uses for global documents.
PSEUDO = [
    {
        "name": "Null Island",
        "aliases": [],
        "iso2": None,
        "iso3": None,
        "pseudo": True,
        "centroid": {"lat": 0.0, "lng": 0.0},
        "bbox": {"min_lat": 0.0, "min_lng": 0.0, "max_lat": 0.0, "max_lng": 0.0},
        "bbox_exact": True,
    }
]

MIN_HALF_EXTENT = 2.0  # degrees, for approximate boxes
KM_PER_DEGREE = 111.32


def _countryinfo_by_iso3() -> dict[str, list[dict]]:
    """All countryinfo records grouped by ISO alpha-3 (some codes have several files)."""
    out: dict[str, list[dict]] = {}
    for record in CountryInfo.all().values():
        iso3 = (record.get("ISO") or {}).get("alpha3")
        if iso3:
            out.setdefault(iso3, []).append(record)
    return out


def _polygons(geojson: dict) -> list[list[list[list[float]]]]:
    polys = []
    for feature in geojson.get("features") or []:
        geom = feature.get("geometry") or {}
        if geom.get("type") == "Polygon":
            polys.append(geom["coordinates"])
        elif geom.get("type") == "MultiPolygon":
            polys.extend(geom["coordinates"])
    return polys


def _unwrap(polys: list) -> tuple[list, bool]:
    """Shift western longitudes by 360° when that makes the shape narrower (antimeridian)."""
    lngs = [p[0] for poly in polys for ring in poly for p in ring]
    span = max(lngs) - min(lngs)
    shifted = [lng + 360 if lng < 0 else lng for lng in lngs]
    # only a shape wider than a hemisphere that becomes narrower than one is wrapped
    if span > 180 and max(shifted) - min(shifted) < 180:
        return [
            [[[x + 360 if x < 0 else x, y] for x, y in ring] for ring in poly] for poly in polys
        ], True
    return polys, False


def _ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, 0.0, 0.0
    return abs(a) / 2, cx / (3 * a), cy / (3 * a)


def _centroid(polys: list) -> tuple[float, float]:
    total = sx = sy = 0.0
    for poly in polys:
        for k, ring in enumerate(poly):
            area, x, y = _ring_area_centroid(ring)
            weight = area if k == 0 else -area  # rings after the first are holes
            total += weight
            sx += x * weight
            sy += y * weight
    return sy / total, sx / total


def _norm_lng(lng: float) -> float:
    return lng - 360 if lng > 180 else lng + 360 if lng < -180 else lng


def _r(x: float) -> float:
    return round(x, 4)


def _geometry(polys: list) -> tuple[dict, dict, dict | None]:
    naive_lat, naive_lng = _centroid(polys)
    polys, wrapped = _unwrap(polys)
    lat, lng = _centroid(polys)
    xs = [p[0] for poly in polys for ring in poly for p in ring]
    ys = [p[1] for poly in polys for ring in poly for p in ring]
    centroid = {"lat": _r(lat), "lng": _r(_norm_lng(lng))}
    bbox = {
        "min_lat": _r(min(ys)),
        "min_lng": _r(_norm_lng(min(xs))),
        "max_lat": _r(max(ys)),
        "max_lng": _r(_norm_lng(max(xs))),
    }
    platform = {"lat": _r(naive_lat), "lng": _r(naive_lng)} if wrapped else None
    return centroid, bbox, platform


def _approximate(latlng: list[float], area_km2: float | None) -> tuple[dict, dict]:
    lat, lng = float(latlng[0]), float(latlng[1])
    side_deg = math.sqrt(area_km2 or 0) / KM_PER_DEGREE
    half_lat = max(MIN_HALF_EXTENT, side_deg)
    half_lng = max(MIN_HALF_EXTENT, side_deg / max(math.cos(math.radians(lat)), 0.1))
    bbox = {
        "min_lat": _r(max(-90.0, lat - half_lat)),
        "min_lng": _r(_norm_lng(lng - half_lng)),
        "max_lat": _r(min(90.0, lat + half_lat)),
        "max_lng": _r(_norm_lng(lng + half_lng)),
    }
    return {"lat": _r(lat), "lng": _r(lng)}, bbox


def _aliases(name: str, candidates: list[str]) -> list[str]:
    seen = {name.casefold()}
    out = []
    for alias in candidates:
        alias = (alias or "").strip()
        # two- and three-letter codes are looked up as ISO codes, not as aliases
        if len(alias) <= 3 and alias.isupper():
            continue
        if alias and alias.casefold() not in seen:
            seen.add(alias.casefold())
            out.append(alias)
    return out


def build() -> dict:
    info = _countryinfo_by_iso3()
    entries = []
    for country in pycountry.countries:
        iso3 = country.alpha_3
        records = info.get(iso3, [])
        common = getattr(country, "common_name", None)
        name = PLATFORM_NAMES.get(iso3) or common or country.name
        candidates = [country.name, common, getattr(country, "official_name", None)]
        candidates += EXTRA_ALIASES.get(iso3, [])
        for record in records:
            candidates.append(record.get("name"))
            candidates += record.get("altSpellings") or []
        entry = {
            "name": name,
            "aliases": _aliases(name, [c for c in candidates if c]),
            "regions": REGIONS.get(iso3, []),
            "iso2": country.alpha_2,
            "iso3": iso3,
            "centroid": None,
            "bbox": None,
            "bbox_exact": False,
        }
        shaped = [r for r in records if _polygons(r.get("geoJSON") or {})]
        located = [r for r in records if r.get("latlng")]
        if shaped:
            centroid, bbox, platform = _geometry(_polygons(shaped[0]["geoJSON"]))
            entry.update(centroid=centroid, bbox=bbox, bbox_exact=True)
            if platform:
                entry["platform_centroid"] = platform
        elif located:
            entry["centroid"], entry["bbox"] = _approximate(
                located[0]["latlng"], located[0].get("area")
            )
        entries.append(entry)
    _drop_ambiguous_aliases(entries)
    entries.sort(key=lambda e: e["name"].casefold())
    return {
        "source": {
            "generator": "packaging/build_countries.py",
            "countryinfo": metadata.version("countryinfo"),
            "pycountry": metadata.version("pycountry"),
            "centroid": "area-weighted planar centroid of Natural Earth 1:110m boundary "
            "(countryinfo geoJSON); countryinfo latlng where no boundary",
            "bbox": "extent of that boundary; approximate box around latlng when "
            "bbox_exact is false; min_lng > max_lng means it crosses the antimeridian",
        },
        "countries": entries + PSEUDO,
    }


def _drop_ambiguous_aliases(entries: list[dict]) -> None:
    """An alias that names two countries (or another country's name) resolves to neither."""
    owners: dict[str, set[str]] = {}
    names = {e["name"].casefold(): e["iso3"] for e in entries}
    for e in entries:
        for alias in e["aliases"]:
            owners.setdefault(alias.casefold(), set()).add(e["iso3"])
    for e in entries:
        kept = []
        for alias in e["aliases"]:
            key = alias.casefold()
            if len(owners[key]) > 1 or names.get(key, e["iso3"]) != e["iso3"]:
                print(f"dropping ambiguous alias {alias!r} of {e['name']}", file=sys.stderr)
                continue
            kept.append(alias)
        e["aliases"] = kept


def main() -> None:
    data = build()
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(data['countries'])} entries to {OUT}")


if __name__ == "__main__":
    main()
