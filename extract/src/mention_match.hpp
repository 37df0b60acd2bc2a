// Longest-match lookup of actor names at a token (mention_match.cpp): gazetteer names with their case
// rules and ranks (leaders by date), names the text introduced, collectives and descriptions.
#pragma once
#include <string>

#include "analysis.hpp"

namespace sg::extract {

struct Match {
  std::uint32_t len = 0;
  const NameEntry* entry = nullptr;
  std::uint32_t local = kNone;
  const Collective* coll = nullptr;
  const Description* desc = nullptr;
};

// Longest match of every kind starting at token i.
Match longest(const Analysis& a, std::uint32_t i, std::uint32_t end);
// Ministers, commanders and spokesmen speak for their state but belong to it as people too
// (member_of); heads of state and government are the state itself.
bool official_title(const std::string& t);

}  // namespace sg::extract
