// Derived adjacency structures that several analyses share; built per analysis run in O(edges).
#pragma once
#include <cstdint>
#include <vector>

#include "graph/snapshot.hpp"

namespace sg::graph::detail {

// Out-edges (or both directions) restricted to an EdgeSet; edge[k] is the snapshot edge of entry k.
struct Adjacency {
  std::vector<EdgeIndex> offsets;  // n + 1
  std::vector<Vertex> targets;
  std::vector<EdgeIndex> edge;
  std::size_t vertex_count() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};
Adjacency filtered_out_edges(const Snapshot& s, EdgeSet set);
// Every dyad walked both ways (u->v also as v->u), for analyses that ignore direction.
Adjacency both_directions(const Snapshot& s, EdgeSet set);

// The undirected signed projection: actors u, v are joined when w(u->v) + w(v->u) is non-zero, with
// that sum's sign. Neighbours ascending.
struct SignedProjection {
  std::vector<EdgeIndex> offsets;
  std::vector<Vertex> neighbours;
  std::vector<std::int8_t> sign;
  std::vector<double> weight;
  std::size_t pair_count() const { return neighbours.size() / 2; }
};
SignedProjection signed_projection(const Snapshot& s);

}  // namespace sg::graph::detail
