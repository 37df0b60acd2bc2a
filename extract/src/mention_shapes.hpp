// Shapes of actor mentions beyond plain names (mention_shapes.cpp): what may stand between a place
// preposition and a place, demonyms before military nouns, a group's leading organ, and bare
// collectives that refer back to a group labelled with the same word.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "analysis.hpp"

namespace sg::extract {

bool adjective_like(const Analysis& a, std::uint32_t k);
std::uint32_t demonym_military(const Analysis& a, std::uint32_t i, std::uint32_t end);
std::uint32_t organ_extension(const Analysis& a, const Mention& m, std::uint32_t end);
std::uint32_t place_force_end(const Analysis& a, std::uint32_t i, std::uint32_t end);
std::uint32_t labelled_group(const Analysis& a, std::uint32_t s, const std::vector<Mention>& current,
                             std::string_view word);

// "in Aleppo", "in western Iraq": the name at i is a place here (people only after in/near/at).
bool after_place_prep(const Analysis& a, std::uint32_t sb, std::uint32_t i, bool person);
// Length of a force/government noun following a mention ("Syrian forces"), or 0.
std::uint32_t noun_extension(const Analysis& a, std::uint32_t i, std::uint32_t end, std::uint32_t cues);
// "Kurdish rebels": the capitalised qualifiers before a collective, and its name.
std::string qualified_collective(const Analysis& a, std::uint32_t tb, std::uint32_t te, const Collective& c);
// "the Observatory": the latest actor whose multi-word name holds that capitalised word, or kNone.
std::uint32_t head_reference(const Analysis& a, std::uint32_t s, const std::vector<Mention>& current,
                             std::uint32_t i, std::uint32_t end);
// "Kurdish fighters": the end of an ethnic or sectarian adjective and a fighting noun, or 0.
std::uint32_t adjective_collective(const Analysis& a, std::uint32_t i, std::uint32_t end);
// "US-led coalition", "anti-IS coalition": the end of the coalition noun after m, or 0.
std::uint32_t coalition_end(const Analysis& a, const Mention& m, std::uint32_t end);
// "Jaish al-Fatah, an alliance of ...": the head noun the apposition after te gives, or empty.
std::string_view appositive_head(const Analysis& a, std::uint32_t te, std::uint32_t end);
// Every armed group the text labelled with the word ("Islamic State militants"), most recent first.
std::vector<std::uint32_t> labelled_groups(const Analysis& a, std::uint32_t s,
                                           const std::vector<Mention>& current, std::string_view word);
// "Fighters from Misrata": the end of a fighting noun from a city or region, or 0.
std::uint32_t fighters_from_place(const Analysis& a, std::uint32_t i, std::uint32_t end);
// The description "the <noun>" for the noun at token k ("the militants"), or nullptr.
const Description* definite_description(const Analysis& a, std::uint32_t k);
// members_state.cpp: officials the text introduces with a government title stand for the article's
// state (their mentions take the state, the person kept as office_person).
void state_officials(Analysis& a);

}  // namespace sg::extract
