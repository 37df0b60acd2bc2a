#include "graph/pagerank.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "large_allocator.hpp"
#include "snapshot_impl.hpp"

namespace sg::graph {
namespace {

// Power iteration, pushing each vertex's rank along its out-edges. The per-edge stream (target and
// |weight|) is re-read every iteration and is what bounds the speed, so the weights are streamed as
// floats when every one of them is exactly a float (always without decay: net weights are then
// small integers); the arithmetic stays double, so the result is the same to the last bit.
struct Flow {
  std::vector<double> inv_out;   // 1 / out-weight in the set; 0 for dangling vertices
  std::vector<Vertex> dangling;  // no out-weight in the set: their rank spreads uniformly
};

// |w| of the edges in the set (0 for the others): with max() a set is a sign, and no branch.
// Returns whether every one of them is exactly representable as W.
template <class W>
bool set_weights(std::span<const double> weight, EdgeSet set, W* out) {
  const double sign = set == EdgeSet::hostile ? -1 : 1;
  bool exact = true;
  for (std::size_t e = 0; e < weight.size(); ++e) {
    const double w = set == EdgeSet::all ? std::abs(weight[e]) : std::max(sign * weight[e], 0.0);
    out[e] = static_cast<W>(w);
    exact &= static_cast<double>(out[e]) == w;
  }
  return exact;
}

template <class W>
Flow out_flow(std::span<const EdgeIndex> rows, const W* w, std::size_t n) {
  Flow f;
  f.inv_out.resize(n);
  for (Vertex u = 0; u < n; ++u) {
    double out = 0;
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) out += w[e];
    f.inv_out[u] = out > 0 ? 1 / out : 0;
    if (out == 0) f.dangling.push_back(u);
  }
  return f;
}

}  // namespace

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
  const std::span<const double> weight(s.impl().weight);
  detail::LargeVector<float> narrow(weight.size());
  if (set_weights(weight, params_.edges, narrow.data())) return iterate(narrow.data());
  decltype(narrow)().swap(narrow);
  detail::LargeVector<double> wide(weight.size());
  set_weights(weight, params_.edges, wide.data());
  return iterate(wide.data());
}

template <class W>
Status PageRank::iterate(const W* w) {
  const Snapshot& s = *snapshot_;
  const auto n = s.vertex_count();
  const auto rows = s.row_offsets();
  const auto cols = s.targets();
  const Flow flow = out_flow(rows, w, n);
  const double alpha = params_.damping;
  const double inv_n = 1.0 / static_cast<double>(n);
  std::vector<double> next(n);
  while (iterations_ < params_.max_iterations) {
    double dangling_mass = 0;
    for (Vertex d : flow.dangling) dangling_mass += scores_[d];
    std::fill(next.begin(), next.end(), (1 - alpha) * inv_n + alpha * dangling_mass * inv_n);
    for (Vertex u = 0; u < n; ++u) {
      const double pushed = alpha * scores_[u] * flow.inv_out[u];
      for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) next[cols[e]] += pushed * w[e];
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
