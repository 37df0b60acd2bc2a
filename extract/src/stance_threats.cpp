// Threats and retaliation read with their target: "would retaliate against any attack by the
// regime", "warned it would respond to any Israeli attack", "the rebels would hit back if Assad's
// forces ...", "threatened to execute a hostage each time Israel struck". The retaliation is proposed
// as an attack; the polarity rules turn a future, conditional or vowed one into a threat. "X
// responded with air strikes" and "announced a counter-offensive" (no target named) strike back at
// whoever last attacked X.
#include <string_view>

#include "frames.hpp"

namespace sg::extract {

namespace {

// Length of a retaliation verb at token i ("retaliate", "respond", "hit back", "strike back"), or 0.
std::uint32_t retaliation_verb(const SentenceView& v, std::uint32_t i) {
  const std::string& w = v.a.tok(i).norm;
  if (one_of(w, {"retaliate", "retaliates", "retaliated", "retaliating", "respond", "responds", "responded",
                 "responding", "avenge", "avenged", "avenging"}))
    return 1;
  if (i + 1 < v.te && v.a.tok(i + 1).norm == "back" &&
      one_of(w, {"hit", "hits", "hitting", "strike", "strikes", "striking", "struck"}))
    return 2;
  return 0;
}

bool determiner(const std::string& w) {
  return one_of(
      w, {"any", "a", "an", "the", "all", "every", "further", "future", "new", "more", "this", "such"});
}

bool event_noun(const SentenceView& v, std::uint32_t k) {
  const std::string& w = v.a.tok(k).norm;
  if (one_of(w, {"aggression", "attack", "attacks", "assault", "incursion", "invasion", "offensive", "strike",
                 "strikes", "provocation", "provocations", "violation", "violations", "advance", "operation",
                 "intervention", "move"}))
    return true;
  return false;
}

// The actor behind an event phrase starting at k: "any Israeli attack", "Hezbollah's attack", "any
// attack by the regime", "Israel". Stops at the end of the phrase.
std::int32_t event_actor(const SentenceView& v, std::uint32_t k, std::uint32_t end) {
  while (k < end && (determiner(v.a.tok(k).norm) || v.a.tok(k).has(kQuote))) ++k;
  if (k >= end) return -1;
  const std::int32_t m = v.at(k);
  if (m >= 0) {
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    if (x.actor == kNone || x.kind == MentionKind::place) return -1;
    const Token& last = v.a.tok(x.te - 1);
    const bool poss = last.has(kPossessive) || last.norm == "its" || last.norm == "their";
    if ((x.weak || x.modifier || poss) && (x.te >= end || !event_noun(v, x.te))) return -1;
    if (!x.weak && !x.modifier && !poss && x.te < end && v.at(x.te) < 0 && !v.a.tok(x.te).has(kPunct) &&
        !event_noun(v, x.te - 1) && !event_noun(v, x.te) && !v.cue(x.te, kCueForceNoun | kCueAsset))
      return -1;  // "respond to Israel's" fine; "respond to Iranian concerns" is no actor
    return m;
  }
  if (!event_noun(v, k)) return -1;
  if (k + 2 < end && (v.a.tok(k + 1).norm == "by" || v.a.tok(k + 1).norm == "from")) {
    std::uint32_t q = k + 2;
    if (v.a.tok(q).norm == "the") ++q;
    const std::int32_t m = v.at(q);
    if (v.usable(m)) return m;
  }
  return -1;
}

// The subject of a conditional clause: "if Assad's forces kept up their attacks", "if the Kurdish
// force's operation threatened Turkey".
std::int32_t condition_actor(const SentenceView& v, std::uint32_t k, std::uint32_t end) {
  for (std::uint32_t q = k, n = 0; q < end && n < 4; ++q, ++n) {
    const std::int32_t m = v.at(q);
    if (m < 0) {
      if (v.a.tok(q).has(kPunct) && !v.a.tok(q).has(kQuote)) return -1;
      continue;
    }
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    if (x.actor == kNone || x.kind == MentionKind::place || x.kind == MentionKind::pronoun) return -1;
    if (x.weak && (x.te >= end || !(event_noun(v, x.te) || v.cue(x.te, kCueForceNoun)))) return -1;
    return m;
  }
  return -1;
}

void retaliation(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::uint32_t len = retaliation_verb(v, i);
  if (len == 0) return;
  const std::uint32_t e = i + len;
  const std::int32_t s = find_subject(v, i);
  if (s < 0) return;
  std::uint32_t end = e;
  while (end < v.te && end < e + 16 && !v.a.tok(end).punct('.') && !v.a.tok(end).punct(';') &&
         !v.a.tok(end).punct(','))
    ++end;
  std::int32_t target = -1;
  for (std::uint32_t k = e; k < end && target < 0; ++k) {
    const std::string& w = v.a.tok(k).norm;
    if (one_of(w, {"against", "to", "at", "on", "for"}) && v.at(k) < 0) target = event_actor(v, k + 1, end);
    if (w == "if" && target < 0) target = condition_actor(v, k + 1, end);
  }
  const std::string rule = "attacks:retaliation:" + v.a.tok(i).norm;
  if (target >= 0) {
    if (v.ms[static_cast<std::size_t>(target)].actor != v.ms[static_cast<std::size_t>(s)].actor)
      add_candidate(a, v, s, target, Relation::attacks, i, e, 0.7f, rule);
    return;
  }
  // "The military responded with air strikes": the one it strikes is whoever last attacked it
  if (e + 1 < v.te && v.a.tok(e).norm == "with" && len == 1) {
    std::uint32_t k = e + 1;
    while (k < v.te && (determiner(v.a.tok(k).norm) || v.a.tok(k).norm == "heavy")) ++k;
    std::uint32_t tl = 0;
    const std::uint32_t node = k < v.te ? trigger_at(v, k, tl) : kNone;
    bool force = k < v.te && v.cue(k, kCueForceNoun);
    if (node != kNone)
      for (const Trigger& t : a.g.triggers[node])
        force |= t.relation == Relation::attacks && t.frame == Frame::noun;
    if (force) strike_back(a, v, s, i, e, 0.8f, rule);
  }
}

// "threatened to execute a hostage each time Israel struck", "threatened to turn Lebanon's clock
// back if ...": a threat with no attack verb names its target in its condition or as a possessor.
void conditional_threat(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(v.a.tok(i).norm, {"threatened", "threatens", "threaten", "threatening", "warned", "warns"}))
    return;
  std::uint32_t k = i + 1;
  while (k < v.te && k < i + 5 && v.in_date[k - v.tb]) ++k;  // "threatened on Monday to"
  if (k < v.te && v.at(k) < 0 && (v.a.tok(k).norm == "on" || v.a.tok(k).norm == "in")) ++k;
  while (k < v.te && v.in_date[k - v.tb]) ++k;
  if (k + 1 >= v.te || v.a.tok(k).norm != "to") return;
  const std::int32_t s = find_subject(v, i);
  if (s < 0) return;
  std::uint32_t end = k + 1;
  while (end < v.te && end < k + 20 && !v.a.tok(end).punct('.') && !v.a.tok(end).punct(';') &&
         !v.a.tok(end).punct(','))
    ++end;
  std::int32_t target = -1;
  for (std::uint32_t q = k + 2; q < end && target < 0; ++q) {
    const std::string& w = v.a.tok(q).norm;
    const bool when =
        w == "if" || w == "unless" || w == "whenever" ||
        ((w == "time" || w == "times") && q > k && one_of(v.a.tok(q - 1).norm, {"each", "every"}));
    if (when) {
      target = condition_actor(v, q + 1, end);
      break;
    }
    const std::int32_t m = v.at(q);
    if (m >= 0 && target < 0 && v.usable(m)) {
      const Mention& x = v.ms[static_cast<std::size_t>(m)];
      if (v.a.tok(x.te - 1).has(kPossessive) && !x.weak) target = m;  // "to turn Lebanon's clock back"
      if (target < 0) return;  // an object of its own: the verb's pattern reads it
    }
  }
  if (target < 0 || v.ms[static_cast<std::size_t>(target)].actor == v.ms[static_cast<std::size_t>(s)].actor)
    return;
  add_candidate(a, v, s, target, Relation::threatens, i, k + 2, 0.65f,
                "threatens:conditional:" + v.a.tok(i).norm);
}

// "announced a counter-offensive on Sunday", "launched counter-attacks": a counter-attack with no
// target named strikes back at whoever attacked the one launching it.
void counter_attack(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = v.a.tok(i).norm;
  std::uint32_t len = 1;  // "counter-offensive" is two tokens, "counteroffensive" one
  if (w == "counter" && i + 1 < v.te &&
      one_of(v.a.tok(i + 1).norm, {"offensive", "attack", "attacks", "offensives"}))
    len = 2;
  else if (!one_of(w, {"counteroffensive", "counterattack", "counterattacks", "counteroffensives"}))
    return;
  for (std::uint32_t k = i + len; k < v.te && k < i + len + 3; ++k)
    if (one_of(v.a.tok(k).norm, {"on", "against", "upon"}) && !(k + 1 < v.te && v.in_date[k + 1 - v.tb]))
      return;
  for (std::uint32_t k = i, n = 0; k > v.tb && n < 3; ++n) {
    --k;
    const std::string& verb = v.a.tok(k).norm;
    if (one_of(verb, {"launched", "launch", "launches", "launching", "announced", "announces", "began",
                      "begun", "mounted", "mount", "staged"})) {
      const std::int32_t s = find_subject(v, k);
      if (s >= 0) strike_back(a, v, s, k, i + len, 0.8f, "attacks:counter");
      return;
    }
  }
}

}  // namespace

std::int32_t condition_target(const SentenceView& v, std::uint32_t from) {
  for (std::uint32_t k = from; k + 1 < v.te && k < from + 12; ++k) {
    const Token& t = v.a.tok(k);
    if (t.punct('.') || t.punct(';') || t.punct(',')) return -1;
    if (t.norm == "if" || t.norm == "unless" || t.norm == "whenever") {
      std::uint32_t end = k + 1;
      while (end < v.te && end < k + 12 && !v.a.tok(end).punct('.') && !v.a.tok(end).punct(',')) ++end;
      return condition_actor(v, k + 1, end);
    }
  }
  return -1;
}

void threat_patterns(Analysis& a, const SentenceView& v, std::uint32_t i) {
  retaliation(a, v, i);
  conditional_threat(a, v, i);
  counter_attack(a, v, i);
}

}  // namespace sg::extract
