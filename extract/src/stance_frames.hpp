// The trigger frames of the stance patterns, split by kind: verbs in the active voice (with their
// passives, accusations and embedded claims) in stance_verbs.cpp; passives, compounds, anti-/pro-
// prefixes, nominalisations, role nouns and symmetric relations in stance_nominal.cpp.
#pragma once
#include <string>
#include <vector>

#include "frames.hpp"

namespace sg::extract {

struct FrameCall {
  Analysis& a;
  const SentenceView& v;
  std::vector<std::uint32_t> consumed;  // triggers already read as an embedded claim
};

inline void add(FrameCall& c, std::int32_t src, std::int32_t tgt, Relation rel, std::uint32_t tb,
                std::uint32_t te, float strength, const std::string& rule,
                std::uint32_t asserted_by = kNone) {
  add_candidate(c.a, c.v, src, tgt, rel, tb, te, strength, rule, asserted_by);
}

// stance_verbs.cpp: the active and accuse_of frames; whether the verb at k reacts to an event
// ("condemned", "said") rather than carrying it out; "by" shortly after a verb (a passive).
void apply_verb_frame(FrameCall& c, const Trigger& tr, std::uint32_t i, std::uint32_t e);
bool reaction_verb(const SentenceView& v, std::uint32_t k);
bool passive_by(const SentenceView& v, std::uint32_t e, std::uint32_t& by);
// stance_verb_args.cpp: argument readings used by the verb frames.
void coup_against_accuser(FrameCall& c, std::int32_t accuser, std::int32_t accused, std::uint32_t k);
std::int32_t unbound_possessive(const SentenceView& v, std::int32_t s, std::int32_t o);
void helped_against(FrameCall& c, std::int32_t s, std::int32_t o, std::uint32_t i, std::uint32_t e,
                    const Trigger& tr);
bool taken_from(const SentenceView& v, std::int32_t o);
void state_assets(FrameCall& c, std::int32_t s, std::uint32_t k, const Trigger& tr, std::uint32_t i,
                  std::uint32_t e);
// stance_nominal.cpp: every other frame.
void apply_nominal_frame(FrameCall& c, const Trigger& tr, std::uint32_t i, std::uint32_t e);

}  // namespace sg::extract
