// Mention shapes built from several words: head references ("the Observatory"), qualified
// collectives ("Sunni tribal fighters"), coalitions ("the US-led coalition"), apposition heads and
// definite descriptions; declared in mention_shapes.hpp.
#include "mention_match.hpp"
#include "mention_shapes.hpp"

namespace sg::extract {

// "the Observatory" after "the Syrian Observatory for Human Rights": the latest actor whose
// multi-word name holds that capitalised word.
std::uint32_t head_reference(const Analysis& a, std::uint32_t s, const std::vector<Mention>& current,
                             std::uint32_t i, std::uint32_t end) {
  if (a.tok(i).norm != "the" || i + 1 >= end) return kNone;
  const Token& w = a.tok(i + 1);
  if (!w.has(kCap) || w.has(kPunct) || w.has(kAllCaps) || (i + 2 < end && a.tok(i + 2).has(kCap)) ||
      has_cue(w, kCueFunction))
    return kNone;
  // "the Saudi-led coalition": a word that opens a name or demonym of its own is no head reference
  if (longest(a, i + 1, end).len > 0 || (i + 2 < end && a.tok(i + 2).has(kHyphenBefore))) return kNone;
  auto match = [&](const Mention& o) {
    if (o.actor == kNone || o.kind != MentionKind::name) return false;
    const auto& heads = a.actors.info[o.actor].heads;
    if (heads.size() < 2) return false;
    for (const auto& h : heads)
      if (h == w.norm) return true;
    return false;
  };
  for (std::size_t x = current.size(); x-- > 0;)
    if (match(current[x])) return current[x].actor;
  for (std::uint32_t q = s; q-- > 0 && s - q <= 6;)
    for (std::size_t x = a.mentions[q].size(); x-- > 0;)
      if (match(a.mentions[q][x])) return a.mentions[q][x].actor;
  return kNone;
}

// "Kurdish fighters", "Shi'ite militias": an ethnic or sectarian adjective and a fighting noun.
std::uint32_t adjective_collective(const Analysis& a, std::uint32_t i, std::uint32_t end) {
  const Token& t = a.tok(i);
  if (i + 1 >= end) return 0;
  // "ethnic Albanians", "ethnic Hazara civilians": a people, not the state of the same name
  if (t.norm == "ethnic" && a.tok(i + 1).has(kCap) && !a.tok(i + 1).has(kPunct)) {
    const std::string& people = a.tok(i + 1).norm;
    if (people.size() > 3 && people.back() == 's') return i + 2;  // "ethnic Serbs"
    // "ethnic Albanian villagers" (but "ethnic Armenian officials" are officials)
    const std::string& n = i + 2 < end ? a.tok(i + 2).norm : people;
    return n == "civilians" || n == "villagers" || n == "residents" ? i + 3 : 0;
  }
  if (!t.has(kCap) || !has_cue(t, kCueSkipAdj)) return 0;
  std::uint32_t k = i + 1;
  if (k + 1 < end && has_cue(a.tok(k), kCueSkipAdj) && a.tok(k).has(kCap)) ++k;  // "Iraqi Shi'ite"
  // "Sunni tribal fighters", "Arab rebel factions": the qualifier belongs to the collective's name
  if (!a.tok(k).has(kHyphenBefore))
    if (const Match m = longest(a, k, end); m.coll && m.entry == nullptr && m.local == kNone)
      return k + m.len;
  const std::string& n = a.tok(k).norm;
  const bool fighting = n == "fighters" || n == "militias" || n == "militiamen" || n == "rebels" ||
                        n == "insurgents" || n == "tribesmen" || n == "gunmen" || n == "militants";
  return fighting && !a.tok(k).has(kHyphenBefore) ? k + 1 : 0;
}

// "US-led [international] coalition" / "anti-IS coalition": the end of the coalition noun, or 0.
std::uint32_t coalition_end(const Analysis& a, const Mention& m, std::uint32_t end) {
  if (m.actor == kNone) return 0;
  std::uint32_t k = m.te;
  const bool led =
      k < end && a.tok(k).has(kHyphenBefore) && (a.tok(k).norm == "led" || a.tok(k).norm == "backed");
  const bool anti = m.tb > 0 && a.tok(m.tb).has(kHyphenBefore) && a.tok(m.tb - 1).norm == "anti";
  if (!led && !anti) return 0;
  if (led) ++k;
  for (int adj = 0; adj < 3 && k < end; ++adj, ++k) {
    const std::string& w = a.tok(k).norm;
    if (w == "coalition" || w == "alliance") return k + 1;
    if (a.tok(k).has(kPunct) || a.tok(k).has(kCap)) return 0;
  }
  return 0;
}

// "Jaish al-Fatah, an alliance of Islamist factions": the head noun an apposition gives a named
// group ("alliance"), so that "the alliance" can refer back to it; empty when there is none.
std::string_view appositive_head(const Analysis& a, std::uint32_t te, std::uint32_t end) {
  if (te + 2 >= end || !a.tok(te).punct(',')) return {};
  const std::string& det = a.tok(te + 1).norm;
  if (det != "a" && det != "an" && det != "the") return {};
  for (std::uint32_t k = te + 2; k < end && k < te + 7; ++k) {
    const Token& t = a.tok(k);
    if (t.has(kPunct) && !t.punct('-')) return {};
    const std::string& w = t.norm;
    if (w == "alliance" || w == "coalition" || w == "front" || w == "movement" || w == "brigade" ||
        w == "battalion" || w == "council" || w == "committee" || w == "umbrella" || w == "militia")
      return w;
    if (w == "of" || w == "that" || w == "which" || w == "who") return {};
  }
  return {};
}

// The description "the <noun>" for the noun at token k ("the militants"), or nullptr.
const Description* definite_description(const Analysis& a, std::uint32_t k) {
  const std::uint32_t the = a.g.child(0, a.g.word_id("the"));
  if (the == kNone) return nullptr;
  const std::uint32_t node = a.g.child(the, a.tok(k).word);
  if (node == kNone || a.g.descriptions[node].empty()) return nullptr;
  return &a.g.descriptions[node].front();
}

// "Fighters from Misrata", "gunmen from Tal Afar": a fighting noun from a city or region names an
// armed actor of that place; the end of the phrase, or 0 (never for states: "troops from Chad").
std::uint32_t fighters_from_place(const Analysis& a, std::uint32_t i, std::uint32_t end) {
  const std::string& n = a.tok(i).norm;
  if (n != "fighters" && n != "militiamen" && n != "gunmen" && n != "tribesmen") return 0;
  if (i + 2 >= end || a.tok(i + 1).norm != "from" || !a.tok(i + 2).has(kCap)) return 0;
  const Match m = longest(a, i + 2, end);
  if (!m.entry || a.g.actors[m.entry->actor].kind != "place") return 0;
  return i + 2 + m.len;
}

}  // namespace sg::extract
