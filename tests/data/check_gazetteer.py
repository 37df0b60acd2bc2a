#!/usr/bin/env python3
"""Consistency check of data/gazetteer/*.tsv (run by ctest as `gazetteer_consistency`).

Usage: check_gazetteer.py [GAZETTEER_DIR]   (default: data/gazetteer next to this repo's tests/)
Exits 1 and lists every problem found; prints a one-line summary per file when all is well.
"""
import re
import sys
import unicodedata
from pathlib import Path

COLUMNS = {
    "states.tsv": ["iso3", "name", "capital", "demonyms", "aliases"],
    "leaders.tsv": ["slug", "name", "iso3", "title", "from", "to", "aliases"],
    "organisations.tsv": ["slug", "kind", "name", "country", "aliases"],
    "affiliations.tsv": ["member", "group", "from", "to"],
    "places.tsv": ["name", "iso3", "kind", "aliases"],
    "shared_aliases.tsv": ["alias", "reason"],
}
REQUIRED = {
    "states.tsv": {"iso3", "name", "capital"},
    "leaders.tsv": {"slug", "name", "iso3", "title", "from"},
    "organisations.tsv": {"slug", "kind", "name"},
    "affiliations.tsv": {"member", "group"},
    "places.tsv": {"name", "kind"},  # iso3 empty = spans several countries (Sahel, Red Sea)
    "shared_aliases.tsv": {"alias", "reason"},
}
MINIMUM_ROWS = {"states.tsv": 193, "leaders.tsv": 600, "organisations.tsv": 300, "places.tsv": 250}
ORG_KINDS = {"igo", "armed_group", "party", "government", "collective", "other"}
PLACE_KINDS = {"city", "region", "province", "other"}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO3 = re.compile(r"^[A-Z]{3}$")

problems = []


def problem(where, message):
    problems.append(f"{where}: {message}")


def normalize(name):
    """Mirror of sg::normalize_name: fold case and accents, punctuation to spaces, drop leading 'the'."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    folded = re.sub(r"[^0-9a-z]+", " ", folded).strip()
    if folded.startswith("the "):
        folded = folded[4:]
    return folded


def read_table(directory, filename):
    path = directory / filename
    header = COLUMNS[filename]
    rows = []
    try:
        text = path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        problem(filename, f"cannot read as UTF-8: {err}")
        return rows
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        problem(f"{filename}:1", f"header must be {header}")
        return rows
    for number, line in enumerate(lines[1:], start=2):
        where = f"{filename}:{number}"
        if line.startswith("#") or line == "":
            continue
        cells = line.split("\t")
        if len(cells) != len(header):
            problem(where, f"{len(cells)} columns, expected {len(header)}")
            continue
        row = dict(zip(header, cells))
        for column, cell in row.items():
            if cell != cell.strip():
                problem(where, f"{column} has surrounding whitespace")
            if column in REQUIRED[filename] and not cell:
                problem(where, f"{column} is empty")
            if "|" in cell and any(not part.strip() for part in cell.split("|")):
                problem(where, f"{column} has an empty list item")
        rows.append((where, row))
    return rows


def split_list(cell):
    return [part for part in cell.split("|") if part] if cell else []


def check_dates(where, row):
    start, end = row["from"], row["to"]
    for value in (start, end):
        if value and not DATE.match(value):
            problem(where, f"bad date {value!r} (YYYY, YYYY-MM or YYYY-MM-DD)")
            return
    if start and end and start[: len(end)] > end[: len(start)]:
        problem(where, f"from {start} after to {end}")


def main():
    default = Path(__file__).resolve().parents[2] / "data" / "gazetteer"
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    tables = {name: read_table(directory, name) for name in COLUMNS}

    names_by_actor = {}  # normalized alias -> set of actor ids

    def claim(actor, alias, where):
        key = normalize(alias)
        if not key:
            problem(where, f"alias {alias!r} normalizes to nothing")
            return
        names_by_actor.setdefault(key, {}).setdefault(actor, where)

    states = set()
    for where, row in tables["states.tsv"]:
        iso = row["iso3"]
        if not ISO3.match(iso):
            problem(where, f"bad iso3 {iso!r}")
        if iso in states:
            problem(where, f"duplicate iso3 {iso}")
        states.add(iso)
        actor = f"state:{iso}"
        for cell in ("name", "capital", "demonyms", "aliases"):
            for alias in split_list(row[cell]) if cell != "name" else [row["name"]]:
                claim(actor, alias, where)

    leader_names = {}
    for where, row in tables["leaders.tsv"]:
        slug = row["slug"]
        if not SLUG.match(slug):
            problem(where, f"bad slug {slug!r}")
        if leader_names.setdefault(slug, row["name"]) != row["name"]:
            problem(where, f"slug {slug} used for two names")
        if row["iso3"] not in states:
            problem(where, f"iso3 {row['iso3']} not in states.tsv")
        if row["title"] != row["title"].lower():
            problem(where, "title must be lower case")
        check_dates(where, row)
        for alias in [row["name"]] + split_list(row["aliases"]):
            claim(f"person:{slug}", alias, where)

    organisations = {}
    for where, row in tables["organisations.tsv"]:
        slug = row["slug"]
        if not SLUG.match(slug):
            problem(where, f"bad slug {slug!r}")
        if slug in organisations or slug in leader_names:
            problem(where, f"duplicate slug {slug}")
        organisations[slug] = row
        if row["kind"] not in ORG_KINDS:
            problem(where, f"kind {row['kind']!r} not one of {sorted(ORG_KINDS)}")
        if row["country"] and row["country"] not in states:
            problem(where, f"country {row['country']} not in states.tsv")
        for alias in [row["name"]] + split_list(row["aliases"]):
            claim(f"org:{slug}", alias, where)

    # The extractor names a state actor by the slug of its name; no person or group may take it.
    for where, row in tables["states.tsv"]:
        slug = normalize(row["name"]).replace(" ", "-")
        if slug in organisations or slug in leader_names:
            problem(where, f"state slug {slug} is also a leader or organisation slug")

    for where, row in tables["affiliations.tsv"]:
        if row["member"] not in leader_names and row["member"] not in organisations:
            problem(where, f"member {row['member']} is neither a leader nor an organisation slug")
        if row["group"] not in organisations:
            problem(where, f"group {row['group']} not in organisations.tsv")
        check_dates(where, row)

    allowed = {}
    for where, row in tables["shared_aliases.tsv"]:
        allowed[normalize(row["alias"])] = where

    for key, actors in sorted(names_by_actor.items()):
        if len(actors) > 1 and key not in allowed:
            listing = ", ".join(f"{actor} ({where})" for actor, where in actors.items())
            problem("aliases", f"{key!r} names several actors: {listing}; list it in shared_aliases.tsv")

    place_keys = {}
    for where, row in tables["places.tsv"]:
        if row["iso3"] and row["iso3"] not in states:
            problem(where, f"iso3 {row['iso3']} not in states.tsv")
        if row["kind"] not in PLACE_KINDS:
            problem(where, f"kind {row['kind']!r} not one of {sorted(PLACE_KINDS)}")
        for alias in [row["name"]] + split_list(row["aliases"]):
            key = normalize(alias)
            place = (row["name"], row["iso3"])
            if place_keys.setdefault(key, place) != place and key not in allowed:
                problem(where, f"place name {alias!r} also names {place_keys[key]}")
            if key in names_by_actor and key not in allowed:
                problem(where, f"place name {alias!r} also names actor {sorted(names_by_actor[key])}")

    for filename, minimum in MINIMUM_ROWS.items():
        if len(tables[filename]) < minimum:
            problem(filename, f"{len(tables[filename])} rows, expected at least {minimum}")

    if problems:
        print("\n".join(problems))
        print(f"{len(problems)} problem(s)")
        return 1
    for filename, rows in tables.items():
        print(f"{filename}: {len(rows)} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
