// Argument finding inside one sentence: the subject to the left of a trigger (skipping relative
// clauses and appositives), the object to its right (through the trigger's prepositions, never
// through a place), and coordinated groups ("Russia and Iran").
#pragma once
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "analysis.hpp"
#include "dates.hpp"

namespace sg::extract {

struct SentenceView {
  const Analysis& a;
  std::uint32_t index;  // sentence index
  std::uint32_t tb, te;
  const std::vector<Mention>& ms;
  std::vector<std::int32_t> mention_at;  // per token (offset from tb): mention index or -1
  std::vector<DateExpr> dates;
  std::vector<std::uint8_t> in_date;  // per token: part of a date expression

  SentenceView(const Analysis& an, std::uint32_t s);
  std::int32_t at(std::uint32_t tok) const { return tok >= tb && tok < te ? mention_at[tok - tb] : -1; }
  bool usable(std::int32_t m) const;  // an actor that can be an argument
  bool cue(std::uint32_t tok, std::uint32_t c) const { return has_cue(a.tok(tok), c); }
  std::vector<std::int32_t> members(std::int32_t m) const;  // the coordination group of m
  const Mention& mention(std::int32_t m) const { return ms[static_cast<std::size_t>(m)]; }
};

// Whether word w is one of words: the small closed word lists the stance rules check, for nearly
// every token, so the length and first letter decide before the compare.
inline bool one_of(const std::string& w, std::initializer_list<std::string_view> words) {
  if (w.empty()) return false;
  for (const auto x : words)
    if (x.size() == w.size() && x[0] == w[0] && w.compare(x) == 0) return true;
  return false;
}

// Mention index of the subject of the verb at token i, or -1.
std::int32_t find_subject(const SentenceView& v, std::uint32_t i);
// Mention index of the object after token j (first token after the trigger), or -1. With preps the
// object must follow one of them; *prep_tok receives where the object search started.
std::int32_t find_object(const SentenceView& v, std::uint32_t j, const std::vector<std::uint32_t>& preps,
                         bool weak_ok = true);
// Mention ending right before token i that carries a possessive ("Moscow's backing"), or -1.
std::int32_t find_possessor(const SentenceView& v, std::uint32_t i);
// Whether the name at token i follows "targets inside/across/throughout" (stance_syntax.cpp).
bool targets_across(const Analysis& a, std::uint32_t sb, std::uint32_t i);
// Proposes source -rel-> target for every coordinated member on either side (stance.cpp).
void add_candidate(Analysis& a, const SentenceView& v, std::int32_t src, std::int32_t tgt, Relation rel,
                   std::uint32_t tb, std::uint32_t te, float strength, const std::string& rule,
                   std::uint32_t asserted_by = kNone);
// A member_of candidate between the actors of two mentions, unless they are one actor (members.cpp).
void add_membership(Analysis& a, const SentenceView& v, const Mention& member, const Mention& org,
                    std::uint32_t trigger, float strength, const char* rule);
// stance_events.cpp: the longest relation trigger at token i (trie node and length, or kNone); an
// event noun after a condemnation read back to its agent; the actor coordinated with m across a
// bracketed acronym; the actor after "blamed ... on"; the token after "what X called".
std::uint32_t trigger_at(const SentenceView& v, std::uint32_t i, std::uint32_t& len);
void condemn_event(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t e, const Trigger& tr);
// stance_event_agents.cpp: the one agent of the same event noun (head) told in the last sentences, or
// kNone.
std::uint32_t earlier_agent(const Analysis& a, std::uint32_t sentence, const std::string& head);
// stance_event_agents.cpp: the "by" naming an event's agent past a place or participle after token
// `after` ("the bombing of Gaza by Israel"), or 0.
std::uint32_t agent_by_after(const SentenceView& v, std::uint32_t after);
// stance_event_agents.cpp: a candidate between the actor of mention `who` and an actor named in another
// sentence (the agent is the target, or with agent_is_source the source).
void add_toward_agent(Analysis& a, const SentenceView& v, const Mention& who, std::uint32_t agent,
                      Relation rel, std::uint32_t trigger, std::uint32_t trigger_end, float strength,
                      const std::string& rule, bool agent_is_source = false);
// Length of an attack event noun at token k, or 0; whether one lies in [from, to).
std::uint32_t event_noun_at(const SentenceView& v, std::uint32_t k);
bool event_between(const SentenceView& v, std::uint32_t from, std::uint32_t to);
std::int32_t coordinated_before(const SentenceView& v, std::int32_t m);
std::int32_t blamed_on(const SentenceView& v, std::uint32_t e);
std::uint32_t past_what_called(const SentenceView& v, std::uint32_t e);
// The actors of an "X, along with Y and Z," aside; whether mention o sits in "on the X side"; whether
// token i follows a passive auxiliary; whether token i ends a mention with an event-noun trigger.
std::uint32_t group_end(const SentenceView& v, std::int32_t m);
std::vector<std::int32_t> along_with(const SentenceView& v, std::int32_t s);
std::vector<std::int32_t> together_with(const SentenceView& v, std::int32_t s, std::uint32_t i);
bool on_the_side_of(const SentenceView& v, std::int32_t o);
// "A, whose ..., and B, which ..., both backed": A when B is the subject; the actors listed after
// "accused both sides:" with what each is accused of.
std::int32_t both_partner(const SentenceView& v, std::int32_t s, std::uint32_t i);
std::vector<std::int32_t> both_sides_listed(const SentenceView& v, std::uint32_t e);
bool passive_aux(const SentenceView& v, std::uint32_t i);
bool event_head(const SentenceView& v, std::uint32_t i);
void strike_back(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t i, std::uint32_t e,
                 float strength, const std::string& rule);
// stance_reactions.cpp: retaliation with its target ("would retaliate against any attack by X"),
// threats with a condition ("threatened to ... each time X ..."), events called an aggression.
void find_threat_stances(Analysis& a, const SentenceView& v);
// stance_labels.cpp: naming another actor a terrorist or criminal body condemns it.
void find_label_stances(Analysis& a, const SentenceView& v);
// stance_threats.cpp: retaliation, conditional threats and counter-attacks at token i.
void threat_patterns(Analysis& a, const SentenceView& v, std::uint32_t i);
// The actor a condition after token `from` names ("would march on Goma if the government ..."), or -1.
std::int32_t condition_target(const SentenceView& v, std::uint32_t from);
// Sets the candidate's date (nearest day the sentence pins, else publication) and mention texts.
void stamp(const SentenceView& v, Candidate& c, const Mention& src, const Mention& tgt);

}  // namespace sg::extract
