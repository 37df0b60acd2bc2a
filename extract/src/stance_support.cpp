// Material help told as a transfer: "flying weapons into Tripoli for the GNA's militias", "sent
// hundreds of fighters across the border to X" (the route is a place, the receiver follows "for" or
// "to"), and the double object "sent Baghdad Hellfire missiles". A transfer read inside "accused Y
// of ..." is Y's act, asserted by the accuser. Also help brought along ("raised with Iranian training
// and money") and help offered ("offered Maliki's government its full support").
#include "stance_coop.hpp"
#include "stance_wording.hpp"

namespace sg::extract {

namespace {

bool material_noun(const std::string& w) {
  return one_of(w,
                {"weapons", "arms",      "ammunition", "munitions", "missiles",    "rockets",     "drones",
                 "rifles",  "tanks",     "jets",       "aircraft",  "warplanes",   "helicopters", "artillery",
                 "mortars", "equipment", "supplies",   "fighters",  "mercenaries", "advisers",    "advisors",
                 "troops",  "vehicles",  "cash",       "money",     "fuel"});
}

// Where the material phrase after a transfer verb ends: "weapons", "hundreds of fighters and
// armoured vehicles", "Hellfire missiles and surveillance drones". Returns 0 when none.
std::uint32_t material_end(const SentenceView& v, std::uint32_t k) {
  std::uint32_t found = 0;
  for (std::uint32_t n = 0; k < v.te && n < 7; ++k, ++n) {
    const Token& t = v.a.tok(k);
    if (t.has(kPunct) || v.at(k) >= 0) break;
    if (material_noun(t.norm))
      found = k + 1;
    else if (found != 0 && t.norm != "and")
      break;
  }
  return found;
}

// "Y accused X of V-ing": X (the mention before "of") and the accuser Y, or -1 / kNone.
std::int32_t accused_before(const SentenceView& v, std::uint32_t verb, std::uint32_t& accuser) {
  accuser = kNone;
  if (verb < v.tb + 3 || v.a.tok(verb - 1).norm != "of") return -1;
  const std::int32_t m = v.at(verb - 2);
  if (!v.usable(m)) return -1;
  const Mention& x = v.ms[static_cast<std::size_t>(m)];
  if (x.tb <= v.tb || !one_of(v.a.tok(x.tb - 1).norm, {"accused", "accuses", "accuse", "accusing"}))
    return -1;
  const std::int32_t s = find_subject(v, x.tb - 1);
  if (s >= 0) accuser = v.ms[static_cast<std::size_t>(s)].actor;
  return m;
}

void add_transfer(Analysis& a, const SentenceView& v, std::int32_t giver, std::int32_t receiver,
                  std::uint32_t i, std::uint32_t e, const char* rule) {
  std::uint32_t accuser = kNone;
  const std::int32_t accused = accused_before(v, i, accuser);
  if (accused >= 0) giver = accused;
  if (giver < 0 || receiver < 0) return;
  const std::size_t before = a.candidates.size();
  for (const auto g : v.members(giver)) add_one(a, v, g, receiver, Relation::aids, i, e, 0.7f, rule);
  for (std::size_t y = before; y < a.candidates.size() && accuser != kNone; ++y) {
    a.candidates[y].asserted_by = accuser;
    a.candidates[y].embedded = true;
  }
}

// "flying weapons into Tripoli for the GNA's militias": material, a route, then the receiver.
void transfer_for(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::uint32_t m_end = material_end(v, i + 1);
  if (m_end == 0) return;
  std::uint32_t k = m_end;
  for (std::uint32_t n = 0; k < v.te && n < 8; ++k, ++n) {
    const Token& t = v.a.tok(k);
    const std::int32_t m = v.at(k);
    if (m >= 0) {
      if (v.ms[static_cast<std::size_t>(m)].kind != MentionKind::place) return;
      k = v.ms[static_cast<std::size_t>(m)].te - 1;
      continue;
    }
    if (v.in_date[k - v.tb]) continue;
    if (t.norm == "for" || t.norm == "to") {
      // the receiver stands right after the preposition: "for the GNA's militias", "to Kyiv", or
      // after the purpose: "to fight for Assad", "to help the GNA"
      std::uint32_t r = k + 1;
      if (t.norm == "to" && r < v.te &&
          one_of(v.a.tok(r).norm,
                 {"fight", "help", "support", "defend", "protect", "assist", "reinforce", "bolster"})) {
        ++r;
        if (r < v.te && one_of(v.a.tok(r).norm, {"for", "alongside", "with", "beside"})) ++r;
      }
      if (r < v.te && v.a.tok(r).norm == "the") ++r;
      // "for the GNA's militias": the owner of the receiving force receives
      const std::int32_t receiver =
          r < v.te && v.usable(v.at(r)) && !v.ms[static_cast<std::size_t>(v.at(r))].weak ? v.at(r) : -1;
      if (receiver < 0) return;
      add_transfer(a, v, find_subject(v, i), receiver, i, k + 1, "aids:transfer_for");
      return;
    }
    if (t.has(kPunct) ||
        !(v.cue(k, kCuePlacePrep) || one_of(t.norm, {"the", "across", "over", "via", "through", "border",
                                                     "last", "this", "week", "month"})))
      return;
  }
}

// "The United States has already sent Baghdad Hellfire missiles": giver, receiver, material.
void double_object(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(v.a.tok(i).norm, {"sent", "sends", "sold", "sells", "supplied", "handed", "shipped", "gave"}))
    return;
  const std::int32_t receiver = v.at(i + 1);
  if (!v.usable(receiver) || v.ms[static_cast<std::size_t>(receiver)].weak) return;
  const Mention& r = v.ms[static_cast<std::size_t>(receiver)];
  if (v.a.tok(r.te - 1).has(kPossessive) || r.kind == MentionKind::pronoun) return;
  if (material_end(v, r.te) == 0) return;
  add_transfer(a, v, find_subject(v, i), receiver, i, r.te, "aids:double_object");
}

// "The NDF, raised with Iranian training and money", "advanced with Russian air support": the
// helper named in front of the help aids the one who acts with it.
void with_help_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (a.tok(i).norm != "with") return;
  std::uint32_t k = i + 1;
  if (k < v.te && a.tok(k).norm == "the") ++k;
  const std::int32_t helper = v.at(k);
  if (helper < 0) return;
  const Mention& x = v.ms[static_cast<std::size_t>(helper)];
  if (x.actor == kNone || x.kind == MentionKind::place || x.te >= v.te) return;
  std::uint32_t n = x.te;
  if (n + 1 < v.te && (a.tok(n).norm == "air" || a.tok(n).norm == "military" || a.tok(n).norm == "financial"))
    ++n;
  const std::string& noun = a.tok(n).norm;
  Relation rel;
  if (one_of(noun, {"money", "weapons", "arms", "funding", "help", "assistance", "support"}))
    rel = noun == "support" && a.tok(n - 1).norm != "air" && a.tok(n - 1).norm != "military" ? Relation::backs
                                                                                             : Relation::aids;
  else if (one_of(noun, {"training", "backing"}))
    rel = Relation::backs;
  else
    return;
  add_candidate(a, v, helper, helped_one(v, i), rel, i, n + 1, 0.65f, "with_help:" + noun);
}

// "offered Maliki's government its full support", "promised Kyiv more weapons": the giver backs or
// aids the receiver named between the verb and the help.
void offered_help_impl(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (!one_of(a.tok(i).norm, {"offered", "offers", "pledged", "pledges", "promised", "promises", "gave",
                              "gives", "granted", "grants"}))
    return;
  std::uint32_t k = i + 1;
  if (k < v.te && a.tok(k).norm == "the") ++k;
  const std::int32_t receiver = v.at(k);
  if (!v.usable(receiver)) return;
  std::uint32_t q = v.ms[static_cast<std::size_t>(receiver)].te;
  while (q < v.te && (v.cue(q, kCueGovNoun) || v.cue(q, kCueForceNoun))) ++q;  // "Maliki's government"
  for (std::uint32_t n = 0; q < v.te && n < 4 &&
                            one_of(a.tok(q).norm, {"its", "their", "his", "her", "full", "unconditional",
                                                   "more", "military", "and", "family", "political"});
       ++n)
    ++q;
  if (q >= v.te) return;
  const std::string& noun = a.tok(q).norm;
  Relation rel;
  // "granted him and his family asylum": shelter given backs the one sheltered
  if (one_of(noun, {"support", "backing", "asylum", "refuge", "sanctuary", "shelter"}))
    rel = Relation::backs;
  else if (one_of(noun, {"weapons", "arms", "aid", "assistance", "money", "funding"}))
    rel = Relation::aids;
  else
    return;
  add_candidate(a, v, find_subject(v, i), receiver, rel, i, q + 1, 0.65f, "offered_help:" + noun);
}

}  // namespace

void with_help(Analysis& a, const SentenceView& v, std::uint32_t i) {
  with_help_impl(a, v, i);
}
void offered_help(Analysis& a, const SentenceView& v, std::uint32_t i) {
  offered_help_impl(a, v, i);
}

void transfers_at(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (i <= v.tb || i + 2 >= v.te) return;
  transfer_for(a, v, i);
  double_object(a, v, i);
}

}  // namespace sg::extract
