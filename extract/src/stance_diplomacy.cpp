// Stances read from diplomatic acts and name-calling, which the trigger lexicon cannot frame:
// "expelled the French ambassador", "ordered Rwanda's ambassador to leave", "recalled its envoy
// from X" (sanctions) and "called Burhan 'a criminal'", "calling Putin the aggressor" (condemns).
#include <array>
#include <string_view>

#include "frames.hpp"

namespace sg::extract {

namespace {

bool one_of(const std::string& w, std::initializer_list<std::string_view> words) {
  for (const auto x : words)
    if (w == x) return true;
  return false;
}

bool envoy_word(const std::string& w) {
  return one_of(w, {"ambassador", "ambassadors", "envoy", "envoys", "diplomats", "diplomat", "representative",
                    "charge", "consul", "attache", "attaches"});
}

// The state whose envoy is named at token k: "the French ambassador", "Rwanda's ambassador",
// "the ambassador of Iran". Returns the mention and sets *end past the phrase.
std::int32_t envoy_owner(const SentenceView& v, std::uint32_t k, std::uint32_t& end) {
  if (k < v.te && (v.a.tok(k).norm == "the" || v.a.tok(k).norm == "its" || v.a.tok(k).norm == "their")) ++k;
  const std::int32_t m = v.at(k);
  if (m >= 0) {
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    if (x.actor == kNone || x.kind == MentionKind::place) return -1;
    std::uint32_t q = x.te;
    if (envoy_word(v.a.tok(x.te - 1).norm)) {  // "the French ambassador" as one mention
      end = x.te;
      return m;
    }
    if (q < v.te && (v.a.tok(q).norm == "military" || v.a.tok(q).norm == "top")) ++q;
    if (q < v.te && envoy_word(v.a.tok(q).norm)) {
      end = q + 1;
      return m;
    }
    return -1;
  }
  std::uint32_t q = k;
  if (q < v.te && (v.a.tok(q).norm == "military" || v.a.tok(q).norm == "top")) ++q;
  if (q + 2 < v.te && envoy_word(v.a.tok(q).norm) && v.a.tok(q + 1).norm == "of") {
    end = q + 2;
    std::uint32_t r = q + 2;
    if (r < v.te && v.a.tok(r).norm == "the") ++r;
    return v.usable(v.at(r)) ? v.at(r) : -1;
  }
  if (q < v.te && envoy_word(v.a.tok(q).norm)) {  // "recalled its ambassador from X"
    end = q + 1;
    return -2;
  }
  return -1;
}

void envoy_acts(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = a.tok(i).norm;
  const bool expel = one_of(w, {"expelled", "expels", "expel", "expelling", "ordered", "orders"});
  const bool recall = one_of(w, {"recalled", "recalls", "recall", "recalling", "withdrew", "withdraws"});
  if (!expel && !recall) return;
  std::uint32_t end = 0;
  std::int32_t target = envoy_owner(v, i + 1, end);
  if (target == -1) return;
  if (w == "ordered" || w == "orders") {  // "ordered X's ambassador to leave"
    if (end + 1 >= v.te || a.tok(end).norm != "to" || a.tok(end + 1).norm != "leave") return;
  }
  if (recall) {
    // the envoy is called home from the target: "recalled its ambassador from Qatar / to NATO"
    if (end >= v.te || !(a.tok(end).norm == "from" || a.tok(end).norm == "to" || a.tok(end).norm == "in"))
      return;
    std::uint32_t r = end + 1;
    if (r < v.te && a.tok(r).norm == "the") ++r;
    target = v.usable(v.at(r)) ? v.at(r) : -1;
  } else if (target < 0) {
    return;
  }
  const std::int32_t source = find_subject(v, i);
  add_candidate(a, v, source, target, Relation::sanctions, i, end, 0.8f, "sanctions:diplomatic:" + w);
}

bool insult_word(const std::string& w) {
  return one_of(w, {"criminal", "criminals", "aggressor", "aggressors", "terrorist", "terrorists", "murderer",
                    "murderers", "butcher", "butchers", "war criminal", "traitor", "traitors", "dictator",
                    "tyrant", "thug", "thugs", "illegitimate", "invader", "invaders", "occupier", "occupiers",
                    "puppet", "mercenaries", "gangsters", "bandits", "warlord", "usurper", "outlaws"});
}

// "called Burhan 'a criminal'", "branded the junta illegitimate": naming an actor with an insult.
void name_calling(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = a.tok(i).norm;
  if (!one_of(w, {"called", "calls", "calling", "branded", "brands", "branding", "labelled", "labeled",
                  "dubbed", "termed"}))
    return;
  std::uint32_t k = i + 1;
  if (k < v.te && a.tok(k).norm == "the") ++k;
  const std::int32_t target = v.at(k);
  if (!v.usable(target)) return;
  std::uint32_t q = v.ms[static_cast<std::size_t>(target)].te;
  for (std::uint32_t n = 0; q < v.te && n < 4; ++q, ++n) {
    const std::string& x = a.tok(q).norm;
    if (insult_word(x)) {
      const std::int32_t source = find_subject(v, i);
      add_candidate(a, v, source, target, Relation::condemns, i, q + 1, 0.7f, "condemns:name_calling:" + w);
      return;
    }
    const bool filler = a.tok(q).has(kPunct) ? a.tok(q).has(kQuote) || a.tok(q).norm == "\"" || a.tok(q).norm == "'"
                                             : one_of(x, {"a", "an", "the", "war", "brutal", "common", "mere"});
    if (!filler) return;
  }
}

}  // namespace

void find_diplomatic_stances(Analysis& a, const SentenceView& v) {
  for (std::uint32_t i = v.tb; i + 1 < v.te; ++i) {
    if (v.at(i) >= 0) continue;
    envoy_acts(a, v, i);
    name_calling(a, v, i);
  }
}

}  // namespace sg::extract
