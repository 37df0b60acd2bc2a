"""Helpers for build_own_heldout.py: dates resolved like GUIDE.md says, edge constructors."""
import datetime

DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def resolve(pub, spec):
    """'pub' -> publication date; 'mon'..'sun' -> most recent such day on or before pub; ISO date as is."""
    p = datetime.date.fromisoformat(pub)
    if spec == "pub":
        return pub
    if spec in DAYS:
        back = (p.weekday() - DAYS.index(spec)) % 7
        return (p - datetime.timedelta(days=back)).isoformat()
    datetime.date.fromisoformat(spec)
    return spec


class Article:
    def __init__(self, id, pub, title, text, source="stancegraph own held-out corpus"):
        self.d = {"id": id, "published_at": pub, "title": title, "source": source,
                  "url": f"https://example.org/own-heldout/{id}", "text": text.strip() + "\n",
                  "edges": [], "absent": []}

    def e(self, src, rel, tgt, when="pub", by=None, opt=False, note=None):
        edge = {"source": list(src), "relation": rel, "target": list(tgt),
                "date": resolve(self.d["published_at"], when)}
        if by:
            edge["asserted_by"] = list(by)
        edge["optional"] = opt
        if note:
            edge["note"] = note
        self.d["edges"].append(edge)
        return self

    def no(self, src, rel, tgt, note):
        self.d["absent"].append({"source": list(src), "relation": rel, "target": list(tgt), "note": note})
        return self
