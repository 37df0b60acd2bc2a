// Generalisation passes (issue 4, "B-" steps): wording the relation lexicon cannot frame alone, and
// guards that keep places, ethnic groups and split names from becoming actors or targets.
#pragma once
#include <cstdint>

#include "frames.hpp"

namespace sg::extract {

// Whether the place preposition at token p ("at", "to") introduces the target of a weapon aimed or
// lent rather than a place: "fired missiles at Israel", "lent two aircraft to France".
bool aimed_or_lent_prep(const Analysis& a, std::uint32_t sb, std::uint32_t p);

// "George W. Bush": a name run [tb, te) that stops at a middle initial before the rest of the name is
// no name of its own.
bool split_at_initial(const Analysis& a, std::uint32_t tb, std::uint32_t te, std::uint32_t end);
// "Gen. John Enenche", "Col. X": an abbreviated title and its period right before token tb.
bool title_abbrev_before(const Analysis& a, std::uint32_t sb, std::uint32_t tb);
// "their head of foreign relations, X", "its chief of military operations, X": a role phrase opened by
// a possessive and closed by a comma right before token tb.
bool role_phrase_before(const Analysis& a, std::uint32_t sb, std::uint32_t tb);
// "Bosnian Serb forces", "Kosovo Albanian": a demonym followed by the demonym of another state names an
// ethnic group across borders, not either state. When the demonym entry at men.tb (ending at men.te) opens
// one, men becomes a collective mention of that group and true is returned.
bool ethnic_compound(Analysis& a, Mention& men, std::uint32_t end);

// The one who acts with help named after "with" at token i: "X fought Y with US air support" is X (the
// subject of the verb before the object), "Kurdish fighters with US air support took" the mention right
// before. -1 when the acting verb has no actor subject ("the militia, which fought IS with ...").
std::int32_t helped_one(const SentenceView& v, std::uint32_t i);

// "US, British and French warplanes", "Syrian and Russian jets": bare demonyms coordinated with one
// that carries a force noun share that noun, so they are actors too (no longer weak).
void share_demonym_heads(Analysis& a);

// Whether coordinated subjects of the symmetric trigger [i, e) are no parties to each other: "A and B met
// Iranian diplomats" (a direct object follows), "A and B urged both sides to hold talks" (others are asked).
bool not_mutual(const SentenceView& v, std::int32_t s, std::uint32_t i, std::uint32_t e);

// Plural nouns for the people who act or speak for a body named after "of": "leaders of the G7",
// "foreign ministers of the Arab League", "members of the Security Council".
bool people_of(const std::string& w);

// Whether token i opens a capitalised multi-word title ("Finance Minister", "Information Minister"), so a
// trigger word there is no verb.
bool opens_title(const SentenceView& v, std::uint32_t i);

// stance_wording_lists.cpp: alliances told as a list, attacks told inside an accusation or a claim of
// responsibility.
void find_wording_stances(Analysis& a, const SentenceView& v);
// stance_wording_members.cpp: membership told around a title or by naming someone the group's leader.
void find_wording_members(Analysis& a, const SentenceView& v);
// stance_wording_speech.cpp: conditional responses, hostile names in relative clauses, rights granted.
void find_wording_speech(Analysis& a, const SentenceView& v);

}  // namespace sg::extract
