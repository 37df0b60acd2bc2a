// The compact row that storage hands to graph for snapshot building: one stored edge, with its actors
// as store ids and its date as days since 1970-01-01. Kept here so neither layer depends on the other.
#pragma once
#include <cstdint>

#include "core/relations.hpp"

namespace sg {

struct EdgeObservation {
  std::int64_t source = 0;
  std::int64_t target = 0;
  Relation relation = Relation::opposes;
  std::int32_t day = 0;
  float confidence = 1.0f;
};

}  // namespace sg
