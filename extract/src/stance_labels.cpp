// Stances told by naming another actor a terrorist or criminal body: "\"X is a terrorist
// organisation,\" Y said", "Y said X was a terrorist group", "Y considers X a terrorist organisation",
// "Y branded X terrorists". The one who gives the name condemns the named actor; with nobody giving it
// (the article's own voice) there is no edge. Also a first-person response said to reach an actor, and
// a demanded withdrawal of an actor ("demanded an Eritrean withdrawal": opposes), and support for an
// event told earlier with its agent ("voiced support for the operation": backs the agent), and the
// acts such an event began with ("the campaign began with raids on X": the agent attacks X).
#include <initializer_list>
#include <string_view>

#include "frames.hpp"

namespace sg::extract {

namespace {

// Length of a hostile label at k ("a terrorist organisation", "terrorists", "a criminal gang"), or 0.
std::uint32_t label_at(const SentenceView& v, std::uint32_t k) {
  std::uint32_t q = k;
  if (q < v.te && one_of(v.a.tok(q).norm, {"a", "an"})) ++q;
  if (q < v.te && one_of(v.a.tok(q).norm, {"foreign", "international", "armed"})) ++q;
  if (q >= v.te) return 0;
  const std::string& w = v.a.tok(q).norm;
  if (w == "terrorists") return q + 1 - k;
  if (w != "terrorist" && w != "criminal") return 0;
  if (q + 1 < v.te && one_of(v.a.tok(q + 1).norm, {"organisation", "organization", "group", "entity",
                                                   "movement", "outfit", "gang", "network", "militia"}))
    return q + 2 - k;
  return 0;
}

// "X is/are/was/remains LABEL": the named actor, with the copula and label span.
std::int32_t labelled(const SentenceView& v, std::uint32_t i, std::uint32_t& end) {
  if (!one_of(v.a.tok(i).norm, {"is", "are", "was", "were", "remains", "remain"}) || i == v.tb) return -1;
  const std::int32_t m = v.at(i - 1);
  if (!v.usable(m) || v.ms[static_cast<std::size_t>(m)].weak ||
      v.ms[static_cast<std::size_t>(m)].kind == MentionKind::pronoun)
    return -1;
  const std::uint32_t len = label_at(v, i + 1);
  if (len == 0) return -1;
  end = i + 1 + len;
  return m;
}

// The one who says the sentence: the subject of a speech verb outside [from, to).
std::int32_t speaker(const SentenceView& v, std::uint32_t from, std::uint32_t to) {
  for (std::uint32_t q = v.tb; q < v.te; ++q)
    if ((q < from || q >= to) && v.cue(q, kCueSpeech) && v.at(q) < 0) {
      const std::int32_t s = find_subject(v, q);
      if (v.usable(s)) return s;
    }
  return -1;
}

// "\"Our response will reach Tehran,\" the minister said": a first-person response said to reach an
// actor threatens it on behalf of the speaker.
void first_person_reach(Analysis& a, const SentenceView& v, std::uint32_t i) {
  if (i + 4 >= v.te || !one_of(v.a.tok(i).norm, {"our", "my"}) ||
      !one_of(v.a.tok(i + 1).norm, {"response", "retaliation", "revenge", "reply"}) ||
      !one_of(v.a.tok(i + 2).norm, {"will", "would"}) || v.a.tok(i + 3).norm != "reach")
    return;
  const std::int32_t target = find_object(v, i + 4, {});
  const std::int32_t by = speaker(v, i, i + 4);
  if (target >= 0 && by >= 0 &&
      v.ms[static_cast<std::size_t>(by)].actor != v.ms[static_cast<std::size_t>(target)].actor)
    add_candidate(a, v, by, target, Relation::threatens, i + 1, i + 4, 0.65f, "threatens:first_person_reach");
}

// "demanded an Eritrean withdrawal", "called for a Russian pullout": the subject opposes the actor it
// wants gone.
void demanded_withdrawal(Analysis& a, const SentenceView& v, std::uint32_t i) {
  std::uint32_t k = i + 1;
  if (v.a.tok(i).norm == "called" || v.a.tok(i).norm == "calls" || v.a.tok(i).norm == "calling") {
    if (k >= v.te || v.a.tok(k).norm != "for") return;
    ++k;
  } else if (!one_of(v.a.tok(i).norm, {"demanded", "demands", "demanding", "urged", "sought", "seeks"})) {
    return;
  }
  if (k < v.te && one_of(v.a.tok(k).norm, {"a", "an", "the", "immediate"})) ++k;
  if (k < v.te && one_of(v.a.tok(k).norm, {"immediate", "full", "complete", "swift"})) ++k;
  const std::int32_t x = v.at(k);
  if (x < 0 || v.ms[static_cast<std::size_t>(x)].actor == kNone ||
      v.ms[static_cast<std::size_t>(x)].kind != MentionKind::demonym)
    return;
  const std::uint32_t h = v.ms[static_cast<std::size_t>(x)].te;
  if (h >= v.te || !one_of(v.a.tok(h).norm, {"withdrawal", "pullout", "pull-out", "retreat"})) return;
  const std::int32_t s = find_subject(v, i);
  if (v.usable(s) && v.ms[static_cast<std::size_t>(s)].actor != v.ms[static_cast<std::size_t>(x)].actor)
    add_candidate(a, v, s, x, Relation::opposes, i, h + 1, 0.6f, "opposes:demanded_withdrawal");
}

// "voiced support for the operation", "welcomed the offensive": backing an event told earlier with
// its agent ("Morocco launched an operation against ...") backs that agent.
void support_for_event(Analysis& a, const SentenceView& v, std::uint32_t i) {
  const std::string& w = v.a.tok(i).norm;
  std::uint32_t k = i + 1;
  if (w == "support") {
    if (k >= v.te || v.a.tok(k).norm != "for") return;
    ++k;
  } else if (!one_of(w, {"supported", "backed", "welcomed", "hailed", "praised", "endorsed"})) {
    return;
  }
  if (k < v.te && one_of(v.a.tok(k).norm, {"the", "this", "that"})) ++k;
  if (k >= v.te || v.at(k) >= 0) return;
  const std::string& head = v.a.tok(k).norm;
  if (event_noun_at(v, k) == 0 &&
      !one_of(head, {"operation", "campaign", "offensive", "intervention", "deployment", "mission"}))
    return;
  if (k + 1 < v.te && one_of(v.a.tok(k + 1).norm, {"by", "of", "against", "on", "in"})) return;
  std::int32_t src = w == "support" ? find_possessor(v, i) : -1;
  if (src < 0) src = find_subject(v, i);
  if (!v.usable(src)) return;
  const std::uint32_t agent = earlier_agent(a, v.index, head);
  if (agent == kNone) return;
  for (const auto sm : v.members(src))
    add_toward_agent(a, v, v.ms[static_cast<std::size_t>(sm)], agent, Relation::backs, i, k + 1, 0.6f,
                     "backs:support_for_event");
}

// "The campaign began with raids on Serb positions": the acts an event told earlier opens with are
// its agent's.
void event_began_with(Analysis& a, const SentenceView& v) {
  std::uint32_t k = v.tb;
  if (k < v.te && v.a.tok(k).norm == "the") ++k;
  if (k + 3 >= v.te || v.at(k) >= 0) return;
  const std::string& head = v.a.tok(k).norm;
  if (!one_of(head, {"campaign", "operation", "offensive", "assault", "intervention"})) return;
  if (!one_of(v.a.tok(k + 1).norm, {"began", "started", "opened", "continued"}) ||
      v.a.tok(k + 2).norm != "with")
    return;
  std::uint32_t n = k + 3;
  if (n < v.te && one_of(v.a.tok(n).norm, {"air", "heavy", "overnight"})) ++n;
  const std::uint32_t len = n < v.te ? event_noun_at(v, n) : 0;
  if (len == 0 || n + len + 1 >= v.te || !one_of(v.a.tok(n + len).norm, {"on", "against"})) return;
  const std::int32_t target = find_object(v, n + len + 1, {});
  if (!v.usable(target)) return;
  const std::uint32_t agent = earlier_agent(a, v.index, head);
  if (agent == kNone) return;
  add_toward_agent(a, v, v.ms[static_cast<std::size_t>(target)], agent, Relation::attacks, n, n + len, 0.6f,
                   "attacks:event_began_with", true);
}

}  // namespace

void find_label_stances(Analysis& a, const SentenceView& v) {
  event_began_with(a, v);
  for (std::uint32_t i = v.tb; i < v.te; ++i) {
    const std::string& w = v.a.tok(i).norm;
    first_person_reach(a, v, i);
    demanded_withdrawal(a, v, i);
    support_for_event(a, v, i);
    std::uint32_t end = 0;
    const std::int32_t named = labelled(v, i, end);
    if (named >= 0) {
      const std::int32_t by = speaker(v, v.ms[static_cast<std::size_t>(named)].tb, end);
      if (by >= 0 && v.ms[static_cast<std::size_t>(by)].actor != v.ms[static_cast<std::size_t>(named)].actor)
        add_candidate(a, v, by, named, Relation::condemns, i, end, 0.65f, "condemns:labelled");
      continue;
    }
    // "Y considers X (as) a terrorist organisation", "Y branded X terrorists"
    if (!one_of(w, {"considers", "considered", "consider", "regards", "regarded", "regard", "branded",
                    "brands", "labelled", "labeled", "labels", "views", "viewed", "deems", "deemed"}))
      continue;
    const std::int32_t x = v.at(i + 1 < v.te && v.a.tok(i + 1).norm == "the" ? i + 2 : i + 1);
    if (!v.usable(x) || v.ms[static_cast<std::size_t>(x)].weak) continue;
    std::uint32_t k = v.ms[static_cast<std::size_t>(x)].te;
    if (k < v.te && v.a.tok(k).norm == "as") ++k;
    const std::uint32_t len = label_at(v, k);
    if (len == 0) continue;
    const std::int32_t s = find_subject(v, i);
    if (v.usable(s) && v.ms[static_cast<std::size_t>(s)].actor != v.ms[static_cast<std::size_t>(x)].actor)
      add_candidate(a, v, s, x, Relation::condemns, i, k + len, 0.65f, "condemns:labelled_as");
  }
}

}  // namespace sg::extract
