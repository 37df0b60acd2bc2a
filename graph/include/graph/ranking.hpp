// Ordering vertices by a score, highest first; ties go to the smaller actor id so output is stable.
#pragma once
#include <span>
#include <vector>

#include "graph/snapshot.hpp"

namespace sg::graph {

std::vector<Vertex> rank_by_score(std::span<const double> scores, std::size_t limit);

}  // namespace sg::graph
