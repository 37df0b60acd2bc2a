// Stances read from diplomatic acts and name-calling, which the trigger lexicon cannot frame:
// "expelled the French ambassador", "ordered Rwanda's ambassador to leave", "recalled its envoy
// from X" (sanctions) and "called Burhan 'a criminal'", "calling Putin the aggressor" (condemns).
#include <array>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>

#include "stance_coop.hpp"

namespace sg::extract {

namespace {

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
                    "puppet", "mercenaries", "gangsters", "bandits", "warlord", "usurper", "outlaws", "gang",
                    "gangs", "extremists", "fascists", "nazis",
                    // "called the RSF a rebel militia": a state denying an armed force its standing
                    "rebel", "rebels", "militia"});
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
    // "called the military authorities \"illegitimate\"": the mention's head nouns, articles, quotes
    const bool filler = a.tok(q).has(kPunct)
                            ? a.tok(q).has(kQuote) || a.tok(q).norm == "\"" || a.tok(q).norm == "'"
                            : one_of(x, {"a", "an", "the", "war", "brutal", "common", "mere"}) ||
                                  v.cue(q, kCueGovNoun) || v.cue(q, kCueForceNoun);
    if (!filler) return;
  }
}

// "called on Rwanda to withdraw its troops", "urged Russia to pull out": demanding an actor's
// retreat opposes it.
void demand_retreat(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = a.tok(i).norm;
  std::uint32_t k = i + 1;
  if (one_of(w, {"called", "calls", "calling", "call"})) {
    if (k >= v.te || a.tok(k).norm != "on") return;
    ++k;
  } else if (!one_of(w, {"urged", "urges", "urging", "urge", "pressed", "told", "ordered", "demanded",
                         "asked"})) {
    return;
  }
  if (k < v.te && a.tok(k).norm == "the") ++k;
  const std::int32_t target = v.at(k);
  if (!v.usable(target)) return;
  const std::uint32_t q = v.ms[static_cast<std::size_t>(target)].te;
  if (q + 1 >= v.te || a.tok(q).norm != "to") return;
  const std::string& act = a.tok(q + 1).norm;
  if (!one_of(act, {"withdraw", "pull", "leave", "retreat"})) return;
  add_candidate(a, v, find_subject(v, i), target, Relation::opposes, i, q + 2, 0.6f,
                "opposes:demand_retreat:" + w);
}

// "a resolution holding Crown Prince X responsible for the murder", "held Kigali accountable for":
// holding an actor to account accuses it.
void held_responsible(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(a.tok(i).norm, {"responsible", "accountable", "liable"}) || i <= v.tb + 1) return;
  const std::int32_t target = v.at(i - 1);
  if (!v.usable(target)) return;
  std::uint32_t k = v.ms[static_cast<std::size_t>(target)].tb;
  if (k > v.tb && a.tok(k - 1).norm == "the") --k;
  // a title before the name: "holding Crown Prince Mohammed bin Salman responsible"
  while (k > v.tb + 1 && a.tok(k - 1).has(kCap) && !a.tok(k - 1).has(kPunct) && v.at(k - 1) < 0) --k;
  if (k <= v.tb || !one_of(a.tok(k - 1).norm, {"hold", "holds", "held", "holding"})) return;
  add_candidate(a, v, find_subject(v, k - 1), target, Relation::accuses, k - 1, i + 1, 0.7f,
                "accuses:held_to_account");
}

// "X said the Lebanese government was responsible": holding an actor responsible accuses it.
void said_responsible(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (i < v.tb + 3) return;
  const std::string& w = a.tok(i).norm;
  // "said the Houthis bore full responsibility": a degree word before the noun
  const bool degree = one_of(a.tok(i - 1).norm, {"full", "sole", "entire", "complete", "direct", "primary"});
  const std::string& verb = a.tok(degree ? i - 2 : i - 1).norm;
  // "said X was responsible", "said X bore responsibility for", "said X was to blame"
  std::uint32_t p = degree ? i - 2 : i - 1;
  if (w == "blame" && verb == "to") --p;
  const bool be = one_of(a.tok(p).norm, {"was", "is", "were", "are"});
  if (!((w == "responsible" && be) || (w == "blame" && verb == "to" && be) ||
        (w == "responsibility" && one_of(verb, {"bore", "bears", "bear"}))))
    return;
  if (p <= v.tb + 1) return;
  const std::int32_t target = v.at(p - 1);
  if (!v.usable(target)) return;
  std::uint32_t k = v.ms[static_cast<std::size_t>(target)].tb;
  if (k > v.tb && a.tok(k - 1).norm == "the") --k;
  if (k > v.tb && a.tok(k - 1).norm == "that") --k;
  if (k <= v.tb || !v.cue(k - 1, kCueSpeech)) return;
  add_candidate(a, v, find_subject(v, k - 1), target, Relation::accuses, p, i + 1, 0.7f,
                "accuses:held_responsible");
}

// "warned that the Iraqi government would bear the consequences", "X will pay a heavy price": the
// one who warns or vows threatens the actor told it will pay.
void pay_the_price(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(a.tok(i).norm, {"pay", "bear", "face", "regret"})) return;
  bool cost = a.tok(i).norm == "regret";
  for (std::uint32_t k = i + 1; k < v.te && k < i + 6 && !cost; ++k)
    cost = one_of(a.tok(k).norm, {"price", "consequences", "consequence", "response", "retaliation"});
  if (!cost) return;
  std::uint32_t k = i;
  while (k > v.tb && one_of(a.tok(k - 1).norm, {"to", "have", "prepare", "dearly"})) --k;
  if (k <= v.tb + 1 || !one_of(a.tok(k - 1).norm, {"would", "will", "shall"})) return;
  const std::int32_t target = v.at(k - 2);
  if (!v.usable(target)) return;
  const std::uint32_t first = v.ms[static_cast<std::size_t>(target)].tb;
  if (first > v.tb && v.cue(first - 1, kCueNotSubject)) return;  // "those behind it will pay"
  std::int32_t source = -1;
  for (std::uint32_t q = v.ms[static_cast<std::size_t>(target)].tb; q > v.tb && source < 0;) {
    --q;
    if (v.cue(q, kCueThreat) || v.cue(q, kCueSpeech)) source = find_subject(v, q);
  }
  add_candidate(a, v, source, target, Relation::threatens, i, i + 1, 0.65f, "threatens:pay_the_price");
}

}  // namespace

void find_cooperative_stances(Analysis& a, const SentenceView& v);  // stance_coop.cpp

namespace {

enum DiplomaticWord : std::uint32_t {
  kDwEnvoy = 1u << 0,
  kDwNaming = 1u << 1,
  kDwDemand = 1u << 2,
  kDwResponsible = 1u << 3,
  kDwPrice = 1u << 4,
  kDwWith = 1u << 5,
  kDwOffer = 1u << 6,
};

// The patterns a token may start, from one hash lookup instead of every pattern's word list.
std::uint32_t diplomatic_word(const std::string& w) {
  static const std::unordered_map<std::string_view, std::uint32_t> table = [] {
    std::unordered_map<std::string_view, std::uint32_t> t;
    const auto add = [&t](std::initializer_list<std::string_view> words, std::uint32_t bit) {
      for (const auto x : words) t[x] |= bit;
    };
    add({"expelled", "expels", "expel", "expelling", "ordered", "orders", "recalled", "recalls", "recall",
         "recalling", "withdrew", "withdraws"},
        kDwEnvoy);
    add({"called", "calls", "calling", "branded", "brands", "branding", "labelled", "labeled", "dubbed",
         "termed"},
        kDwNaming);
    add({"called", "calls", "calling", "call", "urged", "urges", "urging", "urge", "pressed", "told",
         "ordered", "demanded", "asked"},
        kDwDemand);
    add({"responsible", "responsibility", "blame", "accountable", "liable"}, kDwResponsible);
    add({"pay", "bear", "face", "regret"}, kDwPrice);
    add({"with"}, kDwWith);
    add({"offered", "offers", "pledged", "pledges", "promised", "promises", "gave", "gives", "granted",
         "grants"},
        kDwOffer);
    return t;
  }();
  const auto it = table.find(std::string_view(w));
  return it == table.end() ? 0 : it->second;
}

}  // namespace

void find_diplomatic_stances(Analysis& a, const SentenceView& v) {
  for (std::uint32_t i = v.tb; i + 1 < v.te; ++i) {
    if (v.at(i) >= 0) continue;
    const std::uint32_t w = diplomatic_word(a.tok(i).norm);
    if (w == 0) continue;
    if (w & kDwEnvoy) envoy_acts(a, v, i);
    if (w & kDwNaming) name_calling(a, v, i);
    if (w & kDwDemand) demand_retreat(a, v, i);
    if (w & kDwResponsible) {
      said_responsible(a, v, i);
      held_responsible(a, v, i);
    }
    if (w & kDwPrice) pay_the_price(a, v, i);
    if (w & kDwWith) with_help(a, v, i);
    if (w & kDwOffer) offered_help(a, v, i);
  }
  find_cooperative_stances(a, v);
}

}  // namespace sg::extract
