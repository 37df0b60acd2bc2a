#!/usr/bin/env python3
"""List candidate armed groups from a PETRARCH2/Phoenix actor dictionary, for human review.

The Phoenix dictionaries (MIT licence, github.com/openeventdata/petrarch2) write one actor per
block: a head line `NAME_WITH_UNDERSCORES_ [CODE] # comment` followed by `+SYNONYM_` lines.
CAMEO codes start with a three-letter country code (IGO/INT/etc. for international ones).
This prints a TSV `name<TAB>country<TAB>code<TAB>aliases` with names in the dictionary's upper
case, so a person can pick the groups worth adding to data/gazetteer/organisations.tsv and write
them with proper casing. It never writes into data/ itself: the dictionaries contain noise.

Usage: git -C <petrarch2.git> show HEAD:petrarch2/data/dictionaries/Phoenix.MilNonState.actors.txt \
         | scripts/gazetteer/petrarch_candidates.py [--country SYR] > /tmp/candidates.tsv
"""
import argparse
import re
import sys

HEAD = re.compile(r"^([^\s+#\[][^\[#]*?)\s*(\[([A-Z0-9]+)\])?\s*(#.*)?$")


def clean(token):
    """'AL-NUSRA_FRONT_(JN)_' -> 'AL-NUSRA FRONT (JN)'."""
    return re.sub(r"\s+", " ", token.replace("_", " ")).strip()


def blocks(lines):
    current = None
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith("+"):
            if current is not None:
                synonym = line[1:].split("#", 1)[0].strip()
                if synonym:
                    current["aliases"].append(clean(synonym))
            continue
        match = HEAD.match(line.strip())
        if not match:
            continue
        if current is not None:
            yield current
        current = {"name": clean(match.group(1)), "code": match.group(3) or "", "aliases": []}
    if current is not None:
        yield current


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--country", help="keep only codes starting with this 3-letter code")
    args = parser.parse_args()
    print("name\tcountry\tcode\taliases")
    for actor in blocks(sys.stdin):
        country = actor["code"][:3]
        if args.country and country != args.country:
            continue
        aliases = "|".join(dict.fromkeys(a for a in actor["aliases"] if a != actor["name"]))
        print(f"{actor['name']}\t{country}\t{actor['code']}\t{aliases}")


if __name__ == "__main__":
    main()
