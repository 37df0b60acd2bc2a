// Striking back: "Israel struck back", "Turkey hit back on Sunday", "responded with air strikes",
// "announced a counter-offensive" attack whoever attacked the one striking back.
#include <algorithm>
#include <vector>

#include "frames.hpp"

namespace sg::extract {

// "Israel struck back", "Turkey hit back on Sunday": the one who strikes back attacks whoever
// attacked it in the nearest of the last sentences that tells such an attack (every attacker told
// there), else in the article's lede.
void strike_back(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t i, std::uint32_t e,
                 float strength, const std::string& rule) {
  const std::uint32_t self = v.ms[static_cast<std::size_t>(s)].actor;
  const auto attacker_of_self = [&](const Candidate& prev) {
    if (prev.relation != Relation::attacks || prev.target != self || prev.asserted_by != kNone) return false;
    Candidate probe = prev;
    return survives_polarity(a, probe) && probe.relation == Relation::attacks;
  };
  std::uint32_t told = kNone;  // the sentence whose attackers are struck back at
  for (std::size_t x = a.candidates.size(); x-- > 0 && told == kNone;) {
    if (a.candidates[x].sentence + 8 < v.index) break;
    if (attacker_of_self(a.candidates[x])) told = a.candidates[x].sentence;
  }
  for (std::size_t x = 0; x < a.candidates.size() && told == kNone; ++x)
    if (a.candidates[x].sentence <= 1 && a.candidates[x].sentence < v.index &&
        attacker_of_self(a.candidates[x]))
      told = a.candidates[x].sentence;
  if (told == kNone) return;
  std::vector<std::uint32_t> done;
  const std::size_t n = a.candidates.size();
  for (std::size_t x = 0; x < n; ++x) {
    const Candidate prev = a.candidates[x];  // copied: push_back below may move it
    if (prev.sentence != told || !attacker_of_self(prev)) continue;
    if (std::find(done.begin(), done.end(), prev.source) != done.end()) continue;
    done.push_back(prev.source);
    Candidate cand;
    cand.sentence = v.index;
    cand.source = self;
    cand.target = prev.source;
    cand.relation = Relation::attacks;
    cand.trigger = i;
    cand.trigger_end = e;
    cand.src_tok = v.ms[static_cast<std::size_t>(s)].tb;
    cand.tgt_tok = i;
    cand.strength = strength * 0.75f;
    cand.rule = rule + "+back";
    cand.via_coref = true;
    stamp(v, cand, v.ms[static_cast<std::size_t>(s)], v.ms[static_cast<std::size_t>(s)]);
    if (!cand.pinned && prev.pinned && prev.sentence == v.index) {  // "X fired on Sunday, and Y struck back"
      cand.date = prev.date;
      cand.pinned = true;
    }
    cand.tgt_text = prev.src_text;
    a.candidates.push_back(std::move(cand));
  }
}

}  // namespace sg::extract
