// Agents of events told earlier: an event noun ("the offensive", "the operation") read back to the
// one agent the same noun had in the last sentences, and candidates pointing at such an agent from
// another sentence.
#include "frames.hpp"

namespace sg::extract {

// The agent of the same event noun told in the last sentences with its agent: "an offensive by
// Azerbaijani forces", "the Turkish offensive", "Russia's invasion", "X launched an operation";
// kNone when none or several.
std::uint32_t earlier_agent(const Analysis& a, std::uint32_t sentence, const std::string& head) {
  for (std::uint32_t back = 1; back <= 12 && back <= sentence; ++back) {
    const SentenceView sv(a, sentence - back);
    std::uint32_t found = kNone;
    for (std::uint32_t i = sv.tb + 1; i < sv.te; ++i) {
      if (sv.a.tok(i).norm != head) continue;
      std::int32_t m = -1;
      std::uint32_t d = i - 1;  // "launched an (air) campaign"
      if (d > sv.tb && sv.at(d) < 0 && !sv.a.tok(d).has(kCap) &&
          (sv.a.tok(d).norm == "air" || sv.a.tok(d).norm == "ground" || sv.a.tok(d).norm == "military" ||
           sv.a.tok(d).norm == "new" || sv.a.tok(d).norm == "major"))
        --d;
      const std::string& det = sv.a.tok(d).norm;
      if ((det == "a" || det == "an" || det == "its" || det == "their") && d >= sv.tb + 1 &&
          (sv.a.tok(d - 1).norm == "launched" || sv.a.tok(d - 1).norm == "began" ||
           sv.a.tok(d - 1).norm == "started" || sv.a.tok(d - 1).norm == "mounted")) {
        m = find_subject(sv, d - 1);  // "Morocco launched an operation against ..."
      } else if (sv.at(i) >= 0) {     // "the Turkish offensive" read as one demonym mention
        const Mention& x = sv.ms[static_cast<std::size_t>(sv.at(i))];
        if (x.kind == MentionKind::demonym && x.te == i + 1 && x.tb < i) m = sv.at(i);
      } else if (i + 2 < sv.te && sv.a.tok(i + 1).norm == "by") {
        m = find_object(sv, i + 2, {});
      } else {
        const std::int32_t before = sv.at(i - 1);
        if (before >= 0) {
          const Mention& x = sv.ms[static_cast<std::size_t>(before)];
          if (x.actor != kNone && x.kind != MentionKind::place && x.te == i &&
              (x.weak || x.modifier || sv.a.tok(x.te - 1).has(kPossessive)))
            m = before;
        }
      }
      if (m < 0 || sv.ms[static_cast<std::size_t>(m)].actor == kNone) continue;
      const std::uint32_t actor = sv.ms[static_cast<std::size_t>(m)].actor;
      if (found != kNone && found != actor) return kNone;
      found = actor;
    }
    if (found != kNone) return found;
  }
  return kNone;
}

// The "by" naming an event's agent past a place or a participle: "the bombing of Gaza by Israel",
// "the offensive launched by the rebels", "the raid carried out overnight by X"; 0 when none.
std::uint32_t agent_by_after(const SentenceView& v, std::uint32_t after) {
  for (std::uint32_t q = after; q < v.te && q < after + 7; ++q) {
    const Token& t = v.a.tok(q);
    if (t.norm == "by") return q > after ? q : 0;
    const std::int32_t m = v.at(q);
    if (m >= 0) {
      if (v.ms[static_cast<std::size_t>(m)].kind != MentionKind::place) return 0;
      q = v.ms[static_cast<std::size_t>(m)].te - 1;
      continue;
    }
    if (v.in_date[q - v.tb]) continue;
    static const char* const words[] = {"of",        "in",        "on",        "launched",  "carried",
                                        "out",       "conducted", "staged",    "mounted",   "waged",
                                        "unleashed", "the",       "overnight", "allegedly", "reportedly"};
    bool ok = false;
    for (const char* w : words) ok |= t.norm == w;
    if (!ok) return 0;
  }
  return 0;
}

void add_toward_agent(Analysis& a, const SentenceView& v, const Mention& who, std::uint32_t agent,
                      Relation rel, std::uint32_t trigger, std::uint32_t trigger_end, float strength,
                      const std::string& rule, bool agent_is_source) {
  if (who.actor == agent) return;
  Candidate cand;
  cand.sentence = v.index;
  cand.source = agent_is_source ? agent : who.actor;
  cand.target = agent_is_source ? who.actor : agent;
  cand.relation = rel;
  cand.trigger = trigger;
  cand.trigger_end = trigger_end;
  cand.src_tok = who.tb;
  cand.tgt_tok = who.tb;
  cand.strength = strength;
  cand.rule = rule;
  cand.via_coref = true;
  stamp(v, cand, who, who);
  (agent_is_source ? cand.src_text : cand.tgt_text) = a.actors.actors[agent].name;
  a.candidates.push_back(std::move(cand));
}

}  // namespace sg::extract
