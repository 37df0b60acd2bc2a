// The cooperative pass, run per sentence after the trigger patterns (find_cooperative_stances):
// first it corrects their candidates (a participle inside an apposition "X, a force armed and paid by
// Y" describes X; "helped by backing from X" is not also aids; "their arms", "sent a delegation",
// "criticised support for X", an adverbial "in support of" after an object, actors under "any"),
// then reads appositions behind a bracketed acronym ("the SSA (SSA), a group loyal to X", "the SDF
// (SDF), Washington's main partner") and dispatches each token to the patterns of stance_coop_*.cpp
// and stance_support.cpp from one trigger walk and one word-class lookup.
#include "stance_coop.hpp"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace sg::extract {

// One candidate for exactly these two mentions: an apposition head stands alone, never for the
// whole coordination it ends ("Federal forces and fighters of the PMF, the umbrella backed by Iran").
void add_one(Analysis& a, const SentenceView& v, std::int32_t src, std::int32_t tgt, Relation rel,
             std::uint32_t tb, std::uint32_t te, float strength, const std::string& rule) {
  if (src < 0 || tgt < 0) return;
  const Mention& ms = v.ms[static_cast<std::size_t>(src)];
  const Mention& mt = v.ms[static_cast<std::size_t>(tgt)];
  if (ms.actor == mt.actor || ms.actor == kNone || mt.actor == kNone) return;
  Candidate c;
  c.sentence = v.index;
  c.source = ms.actor;
  c.target = mt.actor;
  c.relation = rel;
  c.trigger = tb;
  c.trigger_end = te;
  c.src_tok = ms.tb;
  c.tgt_tok = mt.tb;
  c.strength = strength * (ms.weak || mt.weak ? 0.8f : 1.0f);
  c.rule = rule;
  c.via_coref = ms.kind == MentionKind::description || ms.kind == MentionKind::pronoun ||
                mt.kind == MentionKind::description || mt.kind == MentionKind::pronoun;
  stamp(v, c, ms, mt);
  a.candidates.push_back(std::move(c));
}

namespace {

bool possessive_end(const SentenceView& v, const Mention& x) {
  return v.a.tok(x.te - 1).has(kPossessive);
}

bool cooperative(Relation r) {
  return r == Relation::backs || r == Relation::aids || r == Relation::allies_with;
}

// Where the mention before a comma ends once a bracketed acronym is skipped: "the Stability Support
// Apparatus (SSA), a group": the token after "Apparatus". Sets *bracket when one was skipped.
std::int32_t head_before_comma(const SentenceView& v, std::uint32_t comma, bool* bracket) {
  std::uint32_t h = comma;
  if (h > v.tb && v.a.tok(h - 1).punct(')')) {
    while (h > v.tb && !v.a.tok(h - 1).punct('(')) --h;
    if (h <= v.tb + 1) return -1;
    --h;
    if (bracket) *bracket = true;
  }
  return h > v.tb && v.usable(v.at(h - 1)) && !v.ms[static_cast<std::size_t>(v.at(h - 1))].weak ? v.at(h - 1)
                                                                                                : -1;
}

std::int32_t appositive_head_impl(const SentenceView& v, std::uint32_t i, bool* bracket) {
  for (std::uint32_t k = i, n = 0; k > v.tb && n < 12; ++n) {
    --k;
    const Token& t = v.a.tok(k);
    const std::int32_t m = v.at(k);
    if (m >= 0) {
      const Mention& x = v.ms[static_cast<std::size_t>(m)];
      // "X, Washington's main partner": a possessor may open the apposition
      const bool opener = possessive_end(v, x) && x.tb > v.tb && v.a.tok(x.tb - 1).punct(',');
      if (!(opener || x.weak || x.modifier)) return -1;
      k = x.tb;
      continue;
    }
    if (t.punct(',')) {
      const Token& open = v.a.tok(k + 1);
      const std::int32_t om = v.at(k + 1);
      const bool noun_phrase = one_of(open.norm, {"a", "an", "the"}) ||
                               (om >= 0 && possessive_end(v, v.ms[static_cast<std::size_t>(om)]));
      return noun_phrase && k + 1 < i ? head_before_comma(v, k, bracket) : -1;
    }
    // "armed and paid by": coordinated participles stay inside the apposition
    const std::string& prev = k > v.tb ? v.a.tok(k - 1).norm : t.norm;
    const bool participles =
        t.norm == "and" && prev.size() > 4 && prev.compare(prev.size() - 2, 2, "ed") == 0;
    if (t.has(kPunct) ||
        (one_of(t.norm, {"which", "who", "whose", "that", "and", "or", "but"}) && !participles) ||
        v.cue(k, kCueSpeech))
      return -1;
  }
  return -1;
}

// "X, a force of local fighters armed by Y": the participle describes X, not the clause's subject.
void appositive_participles(Analysis& a, const SentenceView& v, std::size_t first) {
  for (std::size_t x = first; x < a.candidates.size(); ++x) {
    Candidate& c = a.candidates[x];
    if (c.sentence != v.index || !cooperative(c.relation) || c.rule.find("passive") == std::string::npos)
      continue;
    const std::int32_t head = appositive_head_impl(v, c.trigger, nullptr);
    if (head < 0) continue;
    const Mention& h = v.ms[static_cast<std::size_t>(head)];
    if (h.actor == c.target || h.actor == c.source || h.tb > c.src_tok) continue;
    c.target = h.actor;
    c.tgt_tok = h.tb;
    c.tgt_text = std::string(v.a.text(h.tb, h.te));
    c.rule += "+apposition";
  }
}

// "helped by backing from Saudi Arabia": the help noun after "by" has its own trigger ("backing
// from" backs); the participle's relation would name the same helper twice, once wrongly. And
// "their arms" are an actor's own weapons, not help given.
void drop_help_through_noun(Analysis& a, const SentenceView& v, std::size_t first) {
  auto& cs = a.candidates;
  cs.erase(
      std::remove_if(
          cs.begin() + static_cast<std::ptrdiff_t>(first), cs.end(),
          [&](const Candidate& c) {
            if (c.sentence != v.index || !cooperative(c.relation)) return false;
            // "would confront any government forces sent to protect the YPG": an actor under
            // "any" is hypothetical, no one in particular helps
            if (c.src_tok > v.tb && (a.tok(c.src_tok - 1).norm == "any" ||
                                     (c.src_tok > v.tb + 1 && a.tok(c.src_tok - 2).norm == "any")))
              return true;
            // "Russia criticised military support for Ukraine": help named as the object of a
            // verb that opposes or ends it is nobody's help
            if (c.rule.find(":noun:") != std::string::npos && c.src_tok < c.trigger)
              for (std::uint32_t k = c.src_tok + 1; k < c.trigger; ++k)
                if (one_of(a.tok(k).norm,
                           {"criticised", "criticized", "condemned", "denounced", "opposed",   "rejected",
                            "slammed",    "blocked",    "halted",    "suspended", "ended",     "end",
                            "stopped",    "questioned", "decried",   "protested", "cancelled", "canceled",
                            "froze",      "withdrew",   "withheld",  "cut",       "curbed"}))
                  return true;
            // "sent a delegation to Moscow": envoys and messages are no material help
            if (c.relation == Relation::aids && c.rule.rfind("aids:active:", 0) == 0)
              for (std::uint32_t k = c.trigger_end; k < c.tgt_tok && k < c.trigger_end + 5; ++k)
                if (one_of(a.tok(k).norm,
                           {"delegation", "envoy", "envoys", "message", "letter", "condolences", "invitation",
                            "representative", "representatives", "diplomats", "observers", "mediators",
                            "mediator", "signal", "warning"}))
                  return true;
            // "warplanes struck Houthi positions in support of Saleh's fighters": an adverbial
            // "in support of" belongs to the clause's subject, never to the object of its verb
            if (c.rule.find(":in support of") != std::string::npos && c.src_tok > v.tb) {
              std::uint32_t len = 0;
              const std::string& before = a.tok(c.src_tok - 1).norm;
              if (trigger_at(v, c.src_tok - 1, len) != kNone ||
                  (before.size() > 4 && before.compare(before.size() - 2, 2, "ed") == 0))
                return true;
            }
            // "agreed to lay down their arms to end ...": an actor's own weapons are no gift
            if (c.rule.rfind("aids:noun:", 0) == 0 && c.trigger > v.tb &&
                one_of(a.tok(c.trigger - 1).norm, {"their", "its", "his", "our", "own"}))
              return true;
            if (c.rule.rfind(c.relation == Relation::aids ? "aids:passive:" : "backs:passive:", 0) != 0)
              return false;
            std::uint32_t k = c.trigger_end;
            if (k >= v.te || a.tok(k).norm != "by") return false;
            ++k;
            if (k < v.te && a.tok(k).norm == "the") ++k;
            std::uint32_t len = 0;
            const std::uint32_t node = k < v.te && v.at(k) < 0 ? trigger_at(v, k, len) : kNone;
            if (node == kNone) return false;
            for (const Trigger& tr : a.g.triggers[node])
              if (cooperative(tr.relation) && tr.relation != c.relation && tr.frame == Frame::passive)
                return true;
            return false;
          }),
      cs.end());
}

// "Fano, a militia armed and funded by Eritrea": a helping participle inside an apposition, where
// the clause gives the trigger patterns no subject to attach it to.
void appositive_help(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t node,
                     std::uint32_t len) {
  for (const Trigger& tr : a.g.triggers[node]) {
    if (!cooperative(tr.relation) || tr.frame != Frame::passive || tr.preps.size() != 1 ||
        tr.preps[0] != a.g.word_id("by"))
      continue;
    std::uint32_t by = i + len;
    while (by < v.te && by < i + len + 4 && a.tok(by).norm != "by" && !a.tok(by).has(kPunct) && v.at(by) < 0)
      ++by;
    if (by >= v.te || a.tok(by).norm != "by") return;
    const std::int32_t head = appositive_head_impl(v, i, nullptr);
    const std::int32_t agent = find_object(v, by + 1, {});
    if (head >= 0 && agent >= 0)
      for (const auto g : v.members(agent))
        add_one(a, v, g, head, tr.relation, i, i + len, tr.strength * 0.9f, tr.rule + "+apposition");
    return;
  }
}

// "the SSA (SSA), a powerful armed group loyal to Dbeibah", "the SDF (SDF), Washington's main
// partner": cooperative role and noun triggers whose apposition head sits before a bracket.
void bracketed_appositions(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t node,
                           std::uint32_t len) {
  {
    for (const Trigger& tr : a.g.triggers[node]) {
      if (!cooperative(tr.relation) || !(tr.frame == Frame::noun || tr.frame == Frame::role_of)) continue;
      bool bracket = false;
      if (tr.frame == Frame::noun) {
        if (!tr.preps.empty() || find_possessor(v, i) >= 0) continue;  // "loyal to", "allied to"
        const std::int32_t head = appositive_head_impl(v, i, &bracket);
        if (head >= 0 && bracket)
          add_one(a, v, head, find_object(v, i + len, {}), tr.relation, i, i + len, tr.strength * 0.9f,
                  tr.rule + "+apposition");
      } else {
        const std::int32_t owner = find_possessor(v, i);
        if (owner < 0) {
          // "Kyiv's Western backers": a collective between the owner and the role noun holds the role
          const std::int32_t holder = i > v.tb ? v.at(i - 1) : -1;
          if (holder < 0 || !v.usable(holder)) continue;
          const Mention& h = v.ms[static_cast<std::size_t>(holder)];
          const std::int32_t p = h.tb > v.tb ? v.at(h.tb - 1) : -1;
          if (p >= 0 && p != holder && v.ms[static_cast<std::size_t>(p)].actor != kNone &&
              v.ms[static_cast<std::size_t>(p)].kind != MentionKind::place &&
              possessive_end(v, v.ms[static_cast<std::size_t>(p)]))
            add_one(a, v, holder, p, tr.relation, i, i + len, tr.strength * 0.9f, tr.rule + "+holder");
          continue;
        }
        const std::int32_t head = appositive_head_impl(v, i, &bracket);
        if (head >= 0 && bracket && head != owner)
          add_one(a, v, head, owner, tr.relation, i, i + len, tr.strength * 0.9f, tr.rule + "+apposition");
      }
    }
  }
}

}  // namespace

std::int32_t appositive_head(const SentenceView& v, std::uint32_t i) {
  return appositive_head_impl(v, i, nullptr);
}

namespace {

// The word classes of a token (CoopWord bits), from one hash lookup instead of a list scan per pattern.
std::uint32_t coop_word(const std::string& w) {
  static const std::unordered_map<std::string_view, std::uint32_t> table = [] {
    std::unordered_map<std::string_view, std::uint32_t> t;
    const auto add = [&t](std::initializer_list<std::string_view> words, std::uint32_t bit) {
      for (const auto x : words) t[x] |= bit;
    };
    add({"backed", "supported", "helped", "aided", "assisted", "reinforced"}, kCwHelpBy);
    add({"talks", "negotiations", "meeting", "meetings", "consultations", "summit"}, kCwTalks);
    add({"armed", "equipped", "rearmed"}, kCwArmed);
    add({"right"}, kCwRight);
    add({"carried", "carries", "carrying", "orchestrated", "perpetrated", "masterminded", "behind", "broken",
         "broke", "violated", "breached"},
        kCwCulprit);
    add({"each", "both"}, kCwEach);
    add({"fight", "fights", "fought", "fighting", "battled", "battling"}, kCwFight);
    add({"sent",      "sends",     "send",     "sending",    "flew",      "flies",       "fly",
         "flying",    "flown",     "shipped",  "ships",      "shipping",  "smuggled",    "smuggles",
         "smuggling", "delivered", "delivers", "delivering", "airlifted", "airlifting",  "trucked",
         "funnelled", "funneled",  "supplied", "supplies",   "supplying", "provided",    "provides",
         "providing", "sold",      "sells",    "selling",    "handed",    "transferred", "gave"},
        kCwTransfer);
    return t;
  }();
  const auto it = table.find(std::string_view(w));
  return it == table.end() ? 0 : it->second;
}

}  // namespace

// Called once per sentence after the trigger patterns, so their candidates can be corrected first.
void find_cooperative_stances(Analysis& a, const SentenceView& v) {
  std::size_t first = a.candidates.size();
  while (first > 0 && a.candidates[first - 1].sentence == v.index) --first;
  appositive_participles(a, v, first);
  drop_help_through_noun(a, v, first);
  coop_corrections(a, v, first);
  second_charge(a, v, first);
  for (std::uint32_t i = v.tb; i < v.te; ++i) {
    if (v.at(i) >= 0) continue;
    std::uint32_t len = 0;
    const std::uint32_t node = trigger_at(v, i, len);
    if (node != kNone) {
      bracketed_appositions(a, v, i, node, len);
      appositive_help(a, v, i, node, len);
      coop_trigger_claims(a, v, i, node, len, first);
    }
    const std::uint32_t w = coop_word(a.tok(i).norm);
    if (w == 0 || i + 1 >= v.te) continue;
    if (w & kCwHelpBy) help_by(a, v, i);
    if (w & kCwTalks) talks_between(a, v, i);
    if (w & kCwArmed) armed_with_made(a, v, i);
    if (w & kCwRight) right_to(a, v, i);
    if ((w & kCwCulprit) && i >= v.tb + 2) said_culprit(a, v, i);
    if (w & kCwEach) reciprocal_blame(a, v, i);
    if (w & kCwTransfer) transfers_at(a, v, i);
    if (w & kCwFight) fight_on_side(a, v, i);
  }
}

}  // namespace sg::extract
