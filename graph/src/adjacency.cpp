#include "adjacency.hpp"

#include <algorithm>
#include <numeric>
#include <tuple>

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
  std::vector<std::tuple<Vertex, Vertex, double>> pairs;  // u < v
  pairs.reserve(cols.size());
  for (Vertex u = 0; u < n; ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) {
      const Vertex v = cols[e];
      const auto reverse = s.find_edge(v, u);
      if (u < v)
        pairs.emplace_back(u, v, s.weight(e) + (reverse ? s.weight(*reverse) : 0.0));
      else if (!reverse)
        pairs.emplace_back(v, u, s.weight(e));
    }
  SignedProjection p;
  p.offsets.assign(n + 1, 0);
  for (const auto& [u, v, w] : pairs)
    if (w != 0) ++p.offsets[u + 1], ++p.offsets[v + 1];
  std::partial_sum(p.offsets.begin(), p.offsets.end(), p.offsets.begin());
  p.neighbours.resize(p.offsets[n]);
  p.sign.resize(p.offsets[n]);
  p.weight.resize(p.offsets[n]);
  std::vector<EdgeIndex> fill(p.offsets.begin(), p.offsets.end() - 1);
  auto put = [&](Vertex a, Vertex b, double w) {
    const auto k = fill[a]++;
    p.neighbours[k] = b;
    p.sign[k] = w > 0 ? 1 : -1;
    p.weight[k] = w;
  };
  for (const auto& [u, v, w] : pairs)
    if (w != 0) put(u, v, w), put(v, u, w);
  // Rows come out ascending already for the u side; the v side needs a sort.
  std::vector<std::pair<Vertex, std::size_t>> order;
  for (Vertex u = 0; u < n; ++u) {
    const auto first = p.offsets[u], last = p.offsets[u + 1];
    if (std::is_sorted(p.neighbours.begin() + first, p.neighbours.begin() + last)) continue;
    order.clear();
    for (auto k = first; k < last; ++k) order.emplace_back(p.neighbours[k], k);
    std::sort(order.begin(), order.end());
    std::vector<std::int8_t> sign;
    std::vector<double> weight;
    for (const auto& [_, k] : order) sign.push_back(p.sign[k]), weight.push_back(p.weight[k]);
    for (auto k = first; k < last; ++k) {
      p.neighbours[k] = order[k - first].first;
      p.sign[k] = sign[k - first];
      p.weight[k] = weight[k - first];
    }
  }
  return p;
}

}  // namespace sg::graph::detail
