// The cooperative and reported-speech patterns (stance_coop*.cpp, stance_support.cpp): run once per
// sentence after the trigger patterns by find_cooperative_stances, which walks the tokens once and
// dispatches on the trigger at each token and on the word classes below.
#pragma once
#include <initializer_list>
#include <string_view>

#include "frames.hpp"

namespace sg::extract {

// Word classes a cooperative pattern starts from, one bit each (coop_word in stance_coop.cpp).
enum CoopWord : std::uint32_t {
  kCwHelpBy = 1u << 0,    // backed, supported, helped ... (by)
  kCwTalks = 1u << 1,     // talks, negotiations, meeting ... (between)
  kCwArmed = 1u << 2,     // armed, equipped (with X-made)
  kCwRight = 1u << 3,     // right (to defend itself)
  kCwCulprit = 1u << 4,   // carried (out), broke, violated, behind ...
  kCwEach = 1u << 5,      // each, both (side ... the other)
  kCwTransfer = 1u << 6,  // sent, flew, shipped, supplied ...
  kCwFight = 1u << 7,     // fight, fought (on X's side)
};

// stance_coop.cpp
void add_one(Analysis& a, const SentenceView& v, std::int32_t src, std::int32_t tgt, Relation rel,
             std::uint32_t tb, std::uint32_t te, float strength, const std::string& rule);
std::int32_t appositive_head(const SentenceView& v, std::uint32_t i);

// stance_coop_means.cpp
void help_by(Analysis& a, const SentenceView& v, std::uint32_t i);
void talks_between(Analysis& a, const SentenceView& v, std::uint32_t i);

// stance_coop_claims.cpp: corrections of the trigger patterns' candidates, then patterns started by
// a trigger (node, len from trigger_at) or by a word.
void coop_corrections(Analysis& a, const SentenceView& v, std::size_t first);
void coop_trigger_claims(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t node,
                         std::uint32_t len, std::size_t first);
void armed_with_made(Analysis& a, const SentenceView& v, std::uint32_t i);
void right_to(Analysis& a, const SentenceView& v, std::uint32_t i);
void fight_on_side(Analysis& a, const SentenceView& v, std::uint32_t i);

// stance_coop_clauses.cpp
std::int32_t coop_relative_head(const SentenceView& v, std::uint32_t i);
void coop_named_object(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                       const Trigger& tr, std::size_t first);
void coop_relative_passive(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                           const Trigger& tr, std::size_t first);
void coop_long_relative(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                        const Trigger& tr,
                        std::size_t first);  // "X, a ... N that V-s"

// stance_coop_refs.cpp
void compound_description(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                          const Trigger& tr);
void inverted_copula(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e, const Trigger& tr);

// stance_coop_speech.cpp
void second_charge(Analysis& a, const SentenceView& v, std::size_t first);
void said_culprit(Analysis& a, const SentenceView& v, std::uint32_t i);
void reciprocal_blame(Analysis& a, const SentenceView& v, std::uint32_t i);

// stance_support.cpp: transfers, and help offered or brought along (called from stance_diplomacy.cpp)
void transfers_at(Analysis& a, const SentenceView& v, std::uint32_t i);
void with_help(Analysis& a, const SentenceView& v, std::uint32_t i);
void offered_help(Analysis& a, const SentenceView& v, std::uint32_t i);

}  // namespace sg::extract
