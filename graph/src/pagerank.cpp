#include "graph/pagerank.hpp"

#include <cmath>

namespace sg::graph {

Status PageRankParams::validate() const {
  if (!(damping > 0 && damping < 1))
    return make_error(ErrorCode::invalid_field, "damping must lie strictly between 0 and 1", "damping");
  if (!(tolerance > 0))
    return make_error(ErrorCode::invalid_field, "tolerance must be positive", "tolerance");
  if (max_iterations < 1 || max_iterations > 100000)
    return make_error(ErrorCode::invalid_field, "max_iterations must lie in 1..100000", "max_iterations");
  return Ok{};
}

PageRank::PageRank(std::shared_ptr<const Snapshot> snapshot, PageRankParams params)
    : snapshot_(std::move(snapshot)), params_(params) {}

Status PageRank::run() {
  if (auto status = params_.validate(); !status) return status;
  const Snapshot& s = *snapshot_;
  const auto n = s.vertex_count();
  scores_.assign(n, n ? 1.0 / static_cast<double>(n) : 0.0);
  iterations_ = 0;
  converged_ = n == 0;
  residual_ = 0;
  if (n == 0) return Ok{};
  const auto rows = s.row_offsets();
  const auto cols = s.targets();

  // share[e]: the fraction of its source's rank that edge e passes on (0 outside the edge set).
  std::vector<double> share(cols.size(), 0.0);
  std::vector<Vertex> dangling;
  for (Vertex u = 0; u < n; ++u) {
    double out = 0;
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e)
      if (s.in_set(e, params_.edges)) out += std::abs(s.weight(e));
    if (out == 0) {
      dangling.push_back(u);
      continue;
    }
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e)
      if (s.in_set(e, params_.edges)) share[e] = std::abs(s.weight(e)) / out;
  }

  const double alpha = params_.damping;
  const double inv_n = 1.0 / static_cast<double>(n);
  std::vector<double> next(n);
  while (iterations_ < params_.max_iterations) {
    double dangling_mass = 0;
    for (Vertex d : dangling) dangling_mass += scores_[d];
    const double base = (1 - alpha) * inv_n + alpha * dangling_mass * inv_n;
    std::fill(next.begin(), next.end(), base);
    for (Vertex u = 0; u < n; ++u) {
      const double flow = alpha * scores_[u];
      for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) next[cols[e]] += flow * share[e];
    }
    double change = 0;
    for (Vertex v = 0; v < n; ++v) change += std::abs(next[v] - scores_[v]);
    scores_.swap(next);
    ++iterations_;
    residual_ = change;
    if (change < params_.tolerance) {
      converged_ = true;
      break;
    }
  }
  double total = 0;
  for (double x : scores_) total += x;
  for (double& x : scores_) x /= total;  // removes the rounding drift of many iterations
  return Ok{};
}

}  // namespace sg::graph
