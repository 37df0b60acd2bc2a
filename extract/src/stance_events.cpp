// Events read back to their agents: "condemned the strikes" (the latest attacker, or whoever
// claimed the act), "condemned the attack on X" (whoever attacked X), "Russia's invasion" (the
// possessor); "X struck back" (whoever attacked X).
#include <algorithm>

#include "frames.hpp"

namespace sg::extract {

namespace {

void condemn_event_by(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t e, std::uint32_t k,
                      std::uint32_t len, const Trigger& tr, bool seizure);

// The actor that claimed responsibility for an act in the last few sentences, or kNone.
std::uint32_t claimed_responsibility(const Analysis& a, std::uint32_t sentence) {
  for (std::uint32_t back = 0; back <= 4 && back <= sentence; ++back) {
    const std::uint32_t si = sentence - back;
    const Sentence& st = a.doc.sentences[si];
    for (std::uint32_t i = st.tok_begin; i + 1 < st.tok_end; ++i) {
      const std::string& w = a.tok(i).norm;
      if ((w == "claimed" || w == "claims" || w == "claiming") && a.tok(i + 1).norm == "responsibility") {
        const SentenceView sv(a, si);
        const std::int32_t m = find_subject(sv, i);
        if (m >= 0) return sv.ms[static_cast<std::size_t>(m)].actor;
      }
    }
  }
  return kNone;
}

// The speaker (mention s) takes a stance against the agent of an earlier act `prev`.
void read_back(Analysis& a, const SentenceView& v, std::int32_t s, const Candidate& prev, const Trigger& tr,
               std::uint32_t trigger, std::uint32_t trigger_end, std::uint32_t target_tok, float scale,
               const char* suffix) {
  const Mention& speaker = v.ms[static_cast<std::size_t>(s)];
  Candidate cand = prev;  // copied before push_back, which may move `prev`
  cand.sentence = v.index;
  cand.source = speaker.actor;
  cand.target = prev.source;
  cand.relation = tr.relation;
  cand.trigger = trigger;
  cand.trigger_end = trigger_end;
  cand.src_tok = speaker.tb;
  cand.tgt_tok = target_tok;
  cand.strength = tr.strength * scale;
  cand.rule = tr.rule + suffix;
  cand.via_coref = true;
  cand.embedded = false;
  cand.threatener = kNone;
  stamp(v, cand, speaker, speaker);
  cand.tgt_text = prev.src_text;
  a.candidates.push_back(std::move(cand));
}

// read_back for the act at candidates[first] and for every other agent of the same kind of act in
// the same sentence ("The United States and Britain struck ... Iran condemned the strikes").
void read_back_all(Analysis& a, const SentenceView& v, std::int32_t s, std::size_t first, const Trigger& tr,
                   std::uint32_t trigger, std::uint32_t trigger_end, std::uint32_t target_tok, float scale,
                   const char* suffix) {
  const Candidate act = a.candidates[first];
  const std::uint32_t speaker = v.ms[static_cast<std::size_t>(s)].actor;
  std::vector<std::uint32_t> done;
  const std::size_t n = a.candidates.size();
  for (std::size_t x = 0; x < n; ++x) {
    const Candidate prev = a.candidates[x];  // copied: read_back appends
    if (x != first && (prev.sentence != act.sentence || prev.relation != act.relation ||
                       prev.target != act.target || prev.asserted_by != kNone || prev.source == speaker))
      continue;
    if (std::find(done.begin(), done.end(), prev.source) != done.end()) continue;
    if (x != first) {
      Candidate probe = prev;
      if (!survives_polarity(a, probe) || probe.relation != prev.relation) continue;
    }
    done.push_back(prev.source);
    read_back(a, v, s, prev, tr, trigger, trigger_end, target_tok, scale, suffix);
  }
}

void condemn_event_by(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t e, std::uint32_t k,
                      std::uint32_t len, const Trigger& tr, bool seizure) {
  const std::uint32_t speaker = v.ms[static_cast<std::size_t>(s)].actor;
  for (std::size_t x = a.candidates.size(); x-- > 0;) {
    const Candidate& prev = a.candidates[x];
    if (prev.sentence + (seizure ? 6 : 4) < v.index) break;
    const bool kind = prev.relation == Relation::attacks || (seizure && prev.relation == Relation::opposes);
    if (!kind || prev.source == speaker || prev.asserted_by != kNone) continue;
    Candidate probe = prev;
    if (!survives_polarity(a, probe) || probe.relation != prev.relation) continue;
    read_back_all(a, v, s, x, tr, e - 1, k + len, k, 0.75f, "+event");
    return;
  }
  // "condemned the assault" long after the lede: the event the article opens with, unless the
  // sentence names another actor the event may belong to
  // (the speaker's own body is no other actor: "NATO's Stoltenberg condemned ... and said the alliance")
  const Mention& sm = v.ms[static_cast<std::size_t>(s)];
  std::uint32_t title_owner = kNone;  // "NATO Secretary-General Jens Stoltenberg"
  for (const Mention& m : v.ms)
    if (m.te <= sm.tb && sm.tb - m.te <= 2 && m.actor != kNone) title_owner = m.actor;
  const auto own_body = [&](std::uint32_t actor) {
    if (actor == title_owner) return true;
    for (const Candidate& m : a.candidates)
      if (m.relation == Relation::member_of && m.source == speaker && m.target == actor) return true;
    return false;
  };
  bool other = false;
  for (std::size_t m = 0; m < v.ms.size(); ++m)
    other |= v.usable(static_cast<std::int32_t>(m)) && v.ms[m].kind != MentionKind::pronoun &&
             v.ms[m].actor != speaker && v.ms[m].group != v.ms[static_cast<std::size_t>(s)].group &&
             !v.a.tok(v.ms[m].te - 1).has(kPossessive) &&  // "a violation of Yemen's sovereignty"
             !own_body(v.ms[m].actor);
  for (const Candidate& prev : a.candidates) {
    if (other) break;
    if (prev.sentence > 1 || prev.sentence >= v.index) break;
    if (prev.relation != Relation::attacks || prev.source == speaker || prev.asserted_by != kNone) continue;
    Candidate probe = prev;
    if (!survives_polarity(a, probe) || probe.relation != Relation::attacks) continue;
    read_back_all(a, v, s, static_cast<std::size_t>(&prev - a.candidates.data()), tr, e > v.tb ? e - 1 : e,
                  k + len, k, 0.7f, "+lede_event");
    return;
  }
  const std::uint32_t claimer = claimed_responsibility(a, v.index);
  if (claimer != kNone && claimer != speaker) {
    // "ELN claimed responsibility for a car bomb ... The bombing was condemned by the UN"
    Candidate cand;
    cand.sentence = v.index;
    cand.source = speaker;
    cand.target = claimer;
    cand.relation = tr.relation;
    cand.trigger = e > v.tb ? e - 1 : e;
    cand.trigger_end = k + len;
    cand.src_tok = v.ms[static_cast<std::size_t>(s)].tb;
    cand.tgt_tok = k;
    cand.strength = tr.strength * 0.75f;
    cand.rule = tr.rule + "+event";
    cand.via_coref = true;
    stamp(v, cand, v.ms[static_cast<std::size_t>(s)], v.ms[static_cast<std::size_t>(s)]);
    a.candidates.push_back(std::move(cand));
  }
}

}  // namespace

namespace {

bool event_modifier(const Token& t) {
  static const char* const words[] = {"the",       "these",    "this",    "those",          "that",
                                      "latest",    "new",      "recent",  "renewed",        "continued",
                                      "ongoing",   "repeated", "brutal",  "deadly",         "unprovoked",
                                      "cowardly",  "barbaric", "heinous", "indiscriminate", "illegal",
                                      "overnight", "weekend",  "twin",    "reported"};
  if (t.has(kQuote) && t.has(kPunct)) return true;
  for (const char* w : words)
    if (t.norm == w) return true;
  return false;
}

// The attacker of the actor named at token k ("the attack on X"): the latest surviving attack on X
// told in the last sentences, read back as the speaker's stance toward its agent.
void condemn_attack_on(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t e, std::uint32_t k,
                       const Trigger& tr) {
  const std::int32_t victim = find_object(v, k, {});
  if (!v.usable(victim)) return;
  const std::uint32_t hit = v.ms[static_cast<std::size_t>(victim)].actor;
  const std::uint32_t speaker = v.ms[static_cast<std::size_t>(s)].actor;
  for (std::size_t x = a.candidates.size(); x-- > 0;) {
    const Candidate& prev = a.candidates[x];
    if (prev.sentence + 6 < v.index) break;
    if (prev.relation != Relation::attacks || prev.target != hit || prev.source == speaker ||
        prev.asserted_by != kNone)
      continue;
    Candidate probe = prev;
    if (!survives_polarity(a, probe) || probe.relation != Relation::attacks) continue;
    read_back(a, v, s, prev, tr, e > v.tb ? e - 1 : e, k, k, 0.75f, "+event");
    return;
  }
}

}  // namespace

// "The United States condemned the assault": the event noun stands for the latest attack told in
// the last few sentences, and the stance is toward whoever carried it out. "condemned Russia's
// invasion", "the Turkish operation", "the strikes by X": the event names its agent; "the attack
// on X": the one who attacked X.
void condemn_event(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t e, const Trigger& tr) {
  std::uint32_t k = e;
  while (k < v.te && k < e + 4 && event_modifier(v.a.tok(k))) ++k;
  if (k >= v.te) return;
  if (v.at(k) >= 0) {
    const std::int32_t m = v.at(k);
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    if (x.actor == kNone || x.kind == MentionKind::place) return;
    std::uint32_t q = x.te;
    while (q < v.te && q < x.te + 3 && event_modifier(v.a.tok(q))) ++q;
    const Token& last = v.a.tok(x.te - 1);
    const bool owner = last.has(kPossessive) || x.weak || x.modifier;
    if (owner && event_noun_at(v, q) > 0)
      add_candidate(a, v, s, m, tr.relation, e > v.tb ? e - 1 : e, q + event_noun_at(v, q),
                    tr.strength * 0.9f, tr.rule + "+agent");
    return;
  }
  std::uint32_t len = event_noun_at(v, k);
  bool event = len > 0;
  // "denounced the coup", "condemned the detentions": a seizure of power stands for the plotters
  const std::string& head = v.a.tok(k).norm;
  const bool seizure = head == "coup" || head == "takeover" || head == "putsch" || head == "detentions" ||
                       head == "detention" || head == "arrests";
  const bool incident = head == "incident" || head == "incidents";  // "condemned the incident"
  if ((seizure || incident) && !event) len = 1;
  event |= seizure || incident;
  if (!event) return;
  const std::uint32_t after = k + len;
  const std::string& prep = after < v.te ? v.a.tok(after).norm : head;
  const bool dated_on = after + 1 < v.te && prep == "on" && v.in_date[after + 1 - v.tb];
  if (after + 1 < v.te && prep == "by") {  // "condemned the strikes by Israel"
    add_candidate(a, v, s, find_object(v, after + 1, {}), tr.relation, e > v.tb ? e - 1 : e, after,
                  tr.strength * 0.9f, tr.rule + "+agent");
    return;
  }
  const std::uint32_t by = agent_by_after(v, after);
  if (by != 0) {  // "condemned the bombing of Gaza by Israel", "the offensive launched by the M23"
    add_candidate(a, v, s, find_object(v, by + 1, {}), tr.relation, e > v.tb ? e - 1 : e, by,
                  tr.strength * 0.85f, tr.rule + "+agent");
    return;
  }
  if (after + 1 < v.te && !dated_on && (prep == "on" || prep == "against" || prep == "of")) {
    for (const auto sm : v.members(s)) condemn_attack_on(a, v, sm, e, after + 1, tr);
    return;
  }
  const std::uint32_t agent = seizure || incident ? kNone : earlier_agent(a, v.index, head);
  if (agent != kNone) {  // "... a lightning offensive by Azerbaijani forces. France condemned the offensive"
    for (const auto sm : v.members(s))
      add_toward_agent(a, v, v.ms[static_cast<std::size_t>(sm)], agent, tr.relation, e > v.tb ? e - 1 : e,
                       k + len, tr.strength * 0.75f, tr.rule + "+same_event");
    return;
  }
  for (const auto sm : v.members(s)) condemn_event_by(a, v, sm, e, k, len, tr, seizure);
}

}  // namespace sg::extract
