#include "adjacency.hpp"

#include <algorithm>
#include <numeric>

namespace sg::graph::detail {

Adjacency filtered_out_edges(const Snapshot& s, EdgeSet set) {
  const auto rows = s.row_offsets();
  const auto cols = s.targets();
  const auto n = s.vertex_count();
  Adjacency a;
  a.offsets.assign(n + 1, 0);
  a.targets.reserve(cols.size());
  a.edge.reserve(cols.size());
  for (Vertex u = 0; u < n; ++u) {
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e)
      if (s.in_set(e, set)) {
        a.targets.push_back(cols[e]);
        a.edge.push_back(e);
      }
    a.offsets[u + 1] = static_cast<EdgeIndex>(a.targets.size());
  }
  return a;
}

Adjacency both_directions(const Snapshot& s, EdgeSet set) {
  const auto rows = s.row_offsets();
  const auto cols = s.targets();
  const auto n = s.vertex_count();
  Adjacency a;
  a.offsets.assign(n + 1, 0);
  for (Vertex u = 0; u < n; ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e)
      if (s.in_set(e, set)) {
        ++a.offsets[u + 1];
        ++a.offsets[cols[e] + 1];
      }
  std::partial_sum(a.offsets.begin(), a.offsets.end(), a.offsets.begin());
  a.targets.resize(a.offsets[n]);
  a.edge.resize(a.offsets[n]);
  std::vector<EdgeIndex> fill(a.offsets.begin(), a.offsets.end() - 1);
  for (Vertex u = 0; u < n; ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e)
      if (s.in_set(e, set)) {
        a.targets[fill[u]] = cols[e];
        a.edge[fill[u]++] = e;
        a.targets[fill[cols[e]]] = u;
        a.edge[fill[cols[e]]++] = e;
      }
  return a;
}

SignedProjection signed_projection(const Snapshot& s) {
  const auto rows = s.row_offsets();
  const auto cols = s.targets();
  const auto n = s.vertex_count();
  // In-edges by target; filling in source order leaves every in-list sorted by source, so merging a
  // vertex's out-list and in-list visits its neighbours in ascending order with no search or sort.
  std::vector<EdgeIndex> in_start(n + 1, 0);
  for (Vertex v : cols) ++in_start[v + 1];
  std::partial_sum(in_start.begin(), in_start.end(), in_start.begin());
  std::vector<Vertex> in_source(cols.size());
  std::vector<double> in_weight(cols.size());
  {
    std::vector<EdgeIndex> fill(in_start.begin(), in_start.end() - 1);
    for (Vertex u = 0; u < n; ++u)
      for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) {
        const auto k = fill[cols[e]]++;
        in_source[k] = u;
        in_weight[k] = s.weight(e);
      }
  }
  SignedProjection p;
  p.offsets.assign(n + 1, 0);
  p.neighbours.reserve(2 * cols.size());
  p.sign.reserve(2 * cols.size());
  p.weight.reserve(2 * cols.size());
  auto put = [&](Vertex v, double w) {
    if (w == 0) return;
    p.neighbours.push_back(v);
    p.sign.push_back(w > 0 ? 1 : -1);
    p.weight.push_back(w);
  };
  for (Vertex u = 0; u < n; ++u) {
    EdgeIndex o = rows[u], i = in_start[u];
    const EdgeIndex o_end = rows[u + 1], i_end = in_start[u + 1];
    while (o < o_end || i < i_end) {
      if (i == i_end || (o < o_end && cols[o] < in_source[i])) {
        put(cols[o], s.weight(o));
        ++o;
      } else if (o == o_end || in_source[i] < cols[o]) {
        put(in_source[i], in_weight[i]);
        ++i;
      } else {  // both directions: one pair, the sum of the two weights
        put(cols[o], s.weight(o) + in_weight[i]);
        ++o, ++i;
      }
    }
    p.offsets[u + 1] = static_cast<EdgeIndex>(p.neighbours.size());
  }
  return p;
}

}  // namespace sg::graph::detail
