// Syntax helpers shared by the stance patterns: trigger lookup, attack event nouns, coordination
// across a bracketed acronym, "blamed ... on X", "what X called", "X, along with Y,", "on the X
// side", passive auxiliaries, event nouns closing a mention.
#include <algorithm>

#include "frames.hpp"

namespace sg::extract {

// Longest trigger starting at token i: its trie node and length, or kNone.
std::uint32_t trigger_at(const SentenceView& v, std::uint32_t i, std::uint32_t& len) {
  std::uint32_t node = 0, best = kNone;
  len = 0;
  for (std::uint32_t j = i; j < v.te; ++j) {
    // "urged Yemenis to \"rise up\" against": quotation marks inside a trigger phrase are skipped
    if (j > i && v.a.tok(j).has(kQuote) && v.a.tok(j).has(kPunct) && node != 0) continue;
    node = v.a.g.child(node, v.a.tok(j).word);
    if (node == kNone) break;
    // "marched on Monday": a preposition that opens a date ends no trigger
    const bool dated =
        (v.a.tok(j).norm == "on" || v.a.tok(j).norm == "in") && j + 1 < v.te && v.in_date[j + 1 - v.tb];
    if (!v.a.g.triggers[node].empty() && !dated) {
      best = node;
      len = j - i + 1;
    }
  }
  return best;
}

// Length of an attack event noun at token k ("assault", "air strikes", "invasion"), or 0.
std::uint32_t event_noun_at(const SentenceView& v, std::uint32_t k) {
  std::uint32_t len = 0;
  const std::uint32_t node = k < v.te ? trigger_at(v, k, len) : kNone;
  if (node == kNone) return 0;
  for (const Trigger& t : v.a.g.triggers[node])
    if (t.relation == Relation::attacks && t.frame == Frame::noun) {
      // "invasion of" carries its preposition: the event noun is the word before it
      const std::string& last = v.a.tok(k + len - 1).norm;
      return len > 1 && (last == "of" || last == "on" || last == "against") ? len - 1 : len;
    }
  return 0;
}

bool event_between(const SentenceView& v, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t k = from; k < to; ++k)
    if (v.at(k) < 0 && event_noun_at(v, k) > 0) return true;
  return false;
}

// The actor coordinated with mention m across a bracketed acronym: "Ethiopia's federal government
// and the Tigray People's Liberation Front (TPLF)" gives Ethiopia for TPLF.
std::int32_t coordinated_before(const SentenceView& v, std::int32_t m) {
  const Mention& x = v.ms[static_cast<std::size_t>(m)];
  std::uint32_t k = x.tb;
  if (k > v.tb && v.a.tok(k - 1).punct('(')) {
    --k;
    const std::int32_t full = k > v.tb ? v.at(k - 1) : -1;
    if (full < 0 || v.ms[static_cast<std::size_t>(full)].actor != x.actor) return -1;
    k = v.ms[static_cast<std::size_t>(full)].tb;
  }
  if (k > v.tb && v.a.tok(k - 1).norm == "the") --k;
  if (k <= v.tb || v.a.tok(k - 1).norm != "and") return -1;
  // the first conjunct: a mention within a few words before "and" ("Ethiopia's federal government")
  for (std::uint32_t q = k - 1, n = 0; q > v.tb && n < 4; ++n) {
    --q;
    const std::int32_t p = v.at(q);
    if (p >= 0) {
      const Mention& y = v.ms[static_cast<std::size_t>(p)];
      return v.usable(p) && y.actor != x.actor ? p : -1;
    }
    if (v.a.tok(q).has(kPunct)) return -1;
  }
  return -1;
}

// "blamed the deaths of 13 peacekeepers on the M23": the blamed actor follows "on".
std::int32_t blamed_on(const SentenceView& v, std::uint32_t e) {
  for (std::uint32_t k = e; k < v.te && k < e + 15; ++k) {
    const Token& t = v.a.tok(k);
    if (t.punct(',') || t.punct(';') || t.punct('.') || v.cue(k, kCueStopObj)) return -1;
    if (t.norm == "on" && k > e) return find_object(v, k + 1, {});
  }
  return -1;
}

// "condemned what he called the TPLF's attack": skip the speaker's framing.
std::uint32_t past_what_called(const SentenceView& v, std::uint32_t e) {
  if (e + 2 >= v.te || v.a.tok(e).norm != "what") return e;
  for (std::uint32_t k = e + 1; k < v.te && k < e + 5; ++k) {
    const std::string& w = v.a.tok(k).norm;
    if (w == "called" || w == "calls" || w == "described" || w == "termed") {
      std::uint32_t r = k + 1;
      if (r < v.te && v.a.tok(r).norm == "as") ++r;
      return r;
    }
  }
  return e;
}

// The token after the coordination group of mention m.
std::uint32_t group_end(const SentenceView& v, std::int32_t m) {
  std::uint32_t end = v.ms[static_cast<std::size_t>(m)].te;
  for (const auto k : v.members(m)) end = std::max(end, v.ms[static_cast<std::size_t>(k)].te);
  return end;
}

// "Iran, along with Hezbollah and Iraqi militias, has supplied": the actors of the aside act too.
std::vector<std::int32_t> along_with(const SentenceView& v, std::int32_t s) {
  std::vector<std::int32_t> out;
  std::uint32_t k = group_end(v, s);
  if (k + 2 >= v.te || !v.a.tok(k).punct(',')) return out;
  const std::string& w = v.a.tok(k + 1).norm;
  if (w != "along" && w != "together" && w != "alongside") return out;
  for (k += 2; k < v.te && !v.a.tok(k).punct(','); ++k) {
    const std::int32_t m = v.at(k);
    if (!v.usable(m)) continue;
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    k = x.te - 1;
    // "Iraqi Shi'ite militias such as Harakat al-Nujaba": the named example, not the demonym or kind
    const bool example_follows =
        x.te + 1 < v.te && v.a.tok(x.te).norm == "such" && v.a.tok(x.te + 1).norm == "as";
    if (!x.weak && !example_follows) out.push_back(m);
  }
  return out;
}

// "X crossed into Belgorod together with Y and attacked ...": the partner named between the
// subject and the verb acts too.
std::vector<std::int32_t> together_with(const SentenceView& v, std::int32_t s, std::uint32_t i) {
  std::vector<std::int32_t> out;
  for (std::uint32_t k = group_end(v, s); k + 1 < i; ++k) {
    if (v.a.tok(k).punct(';')) break;
    const std::string& w = v.a.tok(k).norm;
    std::uint32_t q = (w == "together" || w == "along") && v.a.tok(k + 1).norm == "with" ? k + 2
                      : w == "alongside"                                                 ? k + 1
                                                                                         : 0;
    if (q == 0) continue;
    if (q < i && v.a.tok(q).norm == "the") ++q;
    const std::int32_t m = q < i ? v.at(q) : -1;
    if (v.usable(m) && !v.ms[static_cast<std::size_t>(m)].weak)
      for (const auto x : v.members(m)) out.push_back(x);
    break;
  }
  return out;
}

// "struck targets across Yugoslavia", "bombed targets inside Georgia": a state (not its capital) after
// "targets inside/across/throughout" is the one struck, not a place (called from mentions.cpp).
bool targets_across(const Analysis& a, std::uint32_t sb, std::uint32_t i) {
  if (i < sb + 2) return false;
  const std::string& prep = a.tok(i - 1).norm;
  const std::string& noun = a.tok(i - 2).norm;
  if (noun != "targets" && noun != "sites") return false;
  if (prep == "inside" || prep == "across" || prep == "throughout") return true;
  // "struck targets in Baghdad": only right after a strike verb, so "IS targets in Syria" stays a place
  if (prep != "in" || i < sb + 3) return false;
  const std::string& verb = a.tok(i - 3).norm;
  return verb == "struck" || verb == "hit" || verb == "bombed" || verb == "pounded" || verb == "shelled" ||
         verb == "attacked" || verb == "strike" || verb == "bomb" || verb == "hitting" ||
         verb == "striking" || verb == "bombing" || verb == "pounding";
}

// "India, whose ..., and China, which ..., both backed X": the subject's partner before its aside.
std::int32_t both_partner(const SentenceView& v, std::int32_t s, std::uint32_t i) {
  const Mention& x = v.ms[static_cast<std::size_t>(s)];
  if (i <= v.tb || v.a.tok(i - 1).norm != "both" || x.tb < v.tb + 3) return -1;
  if (v.a.tok(x.tb - 1).norm != "and" || !v.a.tok(x.tb - 2).punct(',')) return -1;
  std::uint32_t k = v.tb;
  if (v.a.tok(k).norm == "the") ++k;
  const std::int32_t m = v.at(k);
  if (!v.usable(m) || v.ms[static_cast<std::size_t>(m)].weak ||
      v.ms[static_cast<std::size_t>(m)].group == x.group || v.ms[static_cast<std::size_t>(m)].te >= x.tb ||
      !v.a.tok(v.ms[static_cast<std::size_t>(m)].te).punct(','))
    return -1;
  return m;
}

// "accused both sides: the rebels of ..., the army of ...": the actors the list after the colon
// names, each followed by what it is accused of.
std::vector<std::int32_t> both_sides_listed(const SentenceView& v, std::uint32_t e) {
  std::vector<std::int32_t> out;
  std::uint32_t k = e;
  if (k + 2 >= v.te || v.a.tok(k).norm != "both") return out;
  const std::string& w = v.a.tok(k + 1).norm;
  if (w != "sides" && w != "parties" && w != "camps") return out;
  if (!v.a.tok(k + 2).punct(':')) return out;
  for (k += 3; k < v.te; ++k) {
    const std::int32_t m = v.at(k);
    if (m < 0) continue;
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    k = x.te - 1;
    const bool opens =
        x.tb == e + 3 || v.a.tok(x.tb - 1).punct(',') || v.a.tok(x.tb - 1).norm == "and" ||
        (v.a.tok(x.tb - 1).norm == "the" &&
         (v.a.tok(x.tb - 2).punct(',') || v.a.tok(x.tb - 2).punct(':') || v.a.tok(x.tb - 2).norm == "and"));
    if (v.usable(m) && opens && x.te < v.te && (v.a.tok(x.te).norm == "of" || v.a.tok(x.te).norm == "for"))
      out.push_back(m);
  }
  return out;
}

// "on the government side", "on Ukraine's side": the object sits in a "side" phrase.
bool on_the_side_of(const SentenceView& v, std::int32_t o) {
  const Mention& x = v.ms[static_cast<std::size_t>(o)];
  if (x.te >= v.te || v.a.tok(x.te).norm != "side") return false;
  std::uint32_t k = x.tb;
  if (k > v.tb && v.a.tok(k - 1).norm == "the") --k;
  return k > v.tb && v.a.tok(k - 1).norm == "on";
}

bool passive_aux(const SentenceView& v, std::uint32_t i) {
  if (i == v.tb) return false;
  const std::string& w = v.a.tok(i - 1).norm;
  return w == "was" || w == "were" || w == "been" || w == "is" || w == "are" || w == "being";
}

// "Israeli strikes on Hamas": the mention "Israeli strikes" ends in an event noun that is itself
// a noun trigger, read with the demonym as its source.
bool event_head(const SentenceView& v, std::uint32_t i) {
  const Mention& x = v.ms[static_cast<std::size_t>(v.at(i))];
  if (i + 1 != x.te || i == x.tb || i + 1 >= v.te) return false;
  std::uint32_t len = 0;
  const std::uint32_t node = trigger_at(v, i, len);
  if (node == kNone || len != 1) return false;
  for (const Trigger& t : v.a.g.triggers[node])
    if (t.frame == Frame::noun && t.relation == Relation::attacks) return true;
  return false;
}

}  // namespace sg::extract
