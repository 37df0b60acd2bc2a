// Building blocks of coreference (coref_cues.cpp): who a pronoun after a speech verb or inside an
// infinitive refers to, which actors a description or pronoun may take, quotations, appositions and
// descriptions whose name comes later.
#pragma once
#include <string>
#include <vector>

#include "analysis.hpp"

namespace sg::extract {

// Index of the first actor mention that is no modifier or place, or ms.size().
std::size_t first_actor(const std::vector<Mention>& ms);
// No comma, semicolon or "that" between two tokens.
bool same_clause(const Analysis& a, std::uint32_t from, std::uint32_t to);
// "France ... said it backed ...": the subject of the speech verb a pronoun follows, or kNone.
std::uint32_t speaker_of(const Analysis& a, std::uint32_t s, std::size_t index);
// "urged Iran to rein in its proxies": the object a possessive in an infinitive belongs to, or kNone.
std::uint32_t controller_of(const Analysis& a, std::uint32_t s, std::size_t index);
// Whether token i lies inside a quotation of sentence s.
bool quoted(const Analysis& a, std::uint32_t s, std::uint32_t i);
// Whether a mention's actor can be what a description or pronoun of these kinds refers to.
bool compatible(const Analysis& a, const std::string& kinds, const Mention& o);
// A head description with no antecedent: the first matching name later in the article, or kNone.
std::uint32_t cataphor(const Analysis& a, const PendingDescription& p);
// "JNIM, the coalition that ...": the name a description is in apposition to, or kNone.
std::uint32_t apposed(const Analysis& a, const PendingDescription& p);
// "calling itself the X": the actor of the name after "itself"/"themselves", or kNone.
std::uint32_t self_named(const Analysis& a, const PendingDescription& p);

}  // namespace sg::extract
