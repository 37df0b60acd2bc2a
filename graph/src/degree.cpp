#include "graph/degree.hpp"

#include <cmath>

namespace sg::graph {

Degree::Degree(std::shared_ptr<const Snapshot> snapshot, DegreeParams params)
    : snapshot_(std::move(snapshot)), params_(params) {}

Status Degree::run() {
  if (auto status = params_.validate(); !status) return status;
  const Snapshot& s = *snapshot_;
  const auto n = s.vertex_count();
  in_degree_.assign(n, 0);
  out_degree_.assign(n, 0);
  in_strength_.assign(n, 0.0);
  out_strength_.assign(n, 0.0);
  const auto rows = s.row_offsets();
  const auto cols = s.targets();
  for (Vertex u = 0; u < n; ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) {
      if (!s.in_set(e, params_.edges)) continue;
      const double w = std::abs(s.weight(e));
      ++out_degree_[u];
      ++in_degree_[cols[e]];
      out_strength_[u] += w;
      in_strength_[cols[e]] += w;
    }
  return Ok{};
}

std::vector<double> Degree::total_degree() const {
  std::vector<double> total(in_degree_.size());
  for (std::size_t v = 0; v < total.size(); ++v) total[v] = in_degree_[v] + out_degree_[v];
  return total;
}

}  // namespace sg::graph
