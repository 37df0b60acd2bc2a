#include "graph/ranking.hpp"

#include <algorithm>
#include <numeric>

namespace sg::graph {

std::vector<Vertex> rank_by_score(std::span<const double> scores, std::size_t limit) {
  std::vector<Vertex> order(scores.size());
  std::iota(order.begin(), order.end(), Vertex{0});
  limit = std::min(limit, order.size());
  // Vertices are numbered in ascending actor-id order, so the index breaks ties by id.
  auto higher = [&](Vertex a, Vertex b) { return scores[a] != scores[b] ? scores[a] > scores[b] : a < b; };
  std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(limit), order.end(), higher);
  order.resize(limit);
  return order;
}

}  // namespace sg::graph
