// Shapes of actor mentions beyond plain names (mention_shapes.cpp): what may stand between a place
// preposition and a place, demonyms before military nouns, a group's leading organ, and bare
// collectives that refer back to a group labelled with the same word.
#pragma once
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

}  // namespace sg::extract
