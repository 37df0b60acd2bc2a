// Longest-match lookup of actor names; see mention_match.hpp.
#include "mention_match.hpp"

namespace sg::extract {

namespace {

bool case_ok(const Analysis& a, const NameEntry& e, std::uint32_t tb, std::uint32_t te) {
  if (e.exact_case) {
    for (auto i = tb; i < te; ++i)
      if (!a.tok(i).has(kAllCaps)) return false;
    return true;
  }
  if (e.needs_cap) return a.tok(tb).has(kCap);
  for (auto i = tb; i < te; ++i)
    if (a.tok(i).has(kCap)) return true;
  return false;
}

int entry_rank(const Analysis& a, const NameEntry& e) {
  const GazActor& ga = a.g.actors[e.actor];
  const std::int32_t day = a.published.days();
  if (ga.kind == "person") return day >= ga.from && day <= ga.to ? 5 : 3;
  switch (e.kind) {
    case NameKind::name:
      return 4;
    case NameKind::capital:
      return 2;
    case NameKind::demonym:
      return 1;
    case NameKind::place:
      return 0;
  }
  return 0;
}

}  // namespace

bool official_title(const std::string& t) {
  if (t.find("prime minister") != std::string::npos || t.find("president") != std::string::npos ||
      t.find("general secretary") != std::string::npos)
    return false;
  for (const char* w : {"minister", "secretary", "army chief", "chief of", "general staff",
                        "intelligence chief", "commander", "spokes"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

Match longest(const Analysis& a, std::uint32_t i, std::uint32_t end) {
  Match m;
  std::uint32_t node = 0;
  for (std::uint32_t j = i; j < end; ++j) {
    const Token& t = a.tok(j);
    if (t.has(kPunct)) break;
    node = a.g.child(node, t.word);
    if (node == kNone) break;
    const std::uint32_t len = j - i + 1;
    const NameEntry* best = nullptr;
    for (const auto& e : a.g.names[node])
      if (case_ok(a, e, i, j + 1) && (!best || entry_rank(a, e) > entry_rank(a, *best))) best = &e;
    if (best) {
      m.len = len;
      m.entry = best;
      m.coll = nullptr;
      m.desc = nullptr;
    } else if (!a.g.collectives[node].empty() &&
               (!a.g.collectives[node].front().needs_cap || a.tok(i).has(kCap))) {
      m.len = len;
      m.entry = nullptr;
      m.coll = &a.g.collectives[node].front();
      m.desc = nullptr;
    } else if (!a.g.descriptions[node].empty()) {
      m.len = len;
      m.entry = nullptr;
      m.coll = nullptr;
      m.desc = &a.g.descriptions[node].front();
    }
  }
  for (std::uint32_t k = 0; k < a.local.size(); ++k) {
    const auto& w = a.local[k].words;
    if (w.size() < m.len || i + w.size() > end) continue;
    // a unit the text introduced may open with its number ("the 16th Brigade")
    bool ok = a.tok(i).has(kCap) || (a.tok(i).has(kDigit) && w.size() >= 2);
    for (std::size_t x = 0; ok && x < w.size(); ++x)
      ok = a.tok(i + static_cast<std::uint32_t>(x)).norm == w[x];
    if (ok && (w.size() > m.len || m.entry == nullptr || m.entry->kind != NameKind::name)) {
      m = Match{};
      m.len = static_cast<std::uint32_t>(w.size());
      m.local = k;
    }
  }
  return m;
}

}  // namespace sg::extract
