#include "graph/betweenness.hpp"

#include <random>

#include "adjacency.hpp"

namespace sg::graph {

Status BetweennessParams::validate() const {
  if (default_samples == 0)
    return make_error(ErrorCode::invalid_field, "default_samples must be positive", "samples");
  return Ok{};
}

Betweenness::Betweenness(std::shared_ptr<const Snapshot> snapshot, BetweennessParams params)
    : snapshot_(std::move(snapshot)), params_(params) {}

namespace {

// Pivot sources: a prefix of a Fisher-Yates shuffle driven by mt19937_64 (whose output the standard
// fixes), so the same seed gives the same pivots everywhere.
std::vector<Vertex> choose_sources(std::size_t n, std::size_t k, std::uint64_t seed) {
  std::vector<Vertex> all(n);
  for (Vertex v = 0; v < n; ++v) all[v] = v;
  std::mt19937_64 random(seed);
  for (std::size_t i = 0; i < k; ++i) std::swap(all[i], all[i + random() % (n - i)]);
  all.resize(k);
  return all;
}

}  // namespace

Status Betweenness::run() {
  if (auto status = params_.validate(); !status) return status;
  const auto adj = detail::filtered_out_edges(*snapshot_, params_.edges);
  const auto n = snapshot_->vertex_count();
  scores_.assign(n, 0.0);
  std::size_t k = params_.samples ? params_.samples : n <= params_.exact_limit ? n : params_.default_samples;
  k = std::min(k, n);
  exact_ = k == n;
  sample_size_ = k;
  const auto sources = exact_ ? choose_sources(n, n, 0) : choose_sources(n, k, params_.seed);

  std::vector<std::int32_t> dist(n, -1);
  // share[w] = (1 + delta[w]) / sigma[w]: a predecessor u of w gains sigma[u] * share[w], so the
  // backward pass multiplies once per vertex instead of dividing once per edge.
  std::vector<double> sigma(n, 0.0), share(n, 0.0);
  std::vector<Vertex> order;  // BFS order: non-decreasing distance
  order.reserve(n);
  for (Vertex s : sources) {
    order.clear();
    dist[s] = 0;
    sigma[s] = 1;
    order.push_back(s);
    for (std::size_t head = 0; head < order.size(); ++head) {
      const Vertex u = order[head];
      const std::int32_t next = dist[u] + 1;
      for (EdgeIndex k2 = adj.offsets[u]; k2 < adj.offsets[u + 1]; ++k2) {
        const Vertex w = adj.targets[k2];
        if (dist[w] < 0) {
          dist[w] = next;
          order.push_back(w);
        }
        if (dist[w] == next) sigma[w] += sigma[u];
      }
    }
    // Reverse BFS order visits every successor (distance + 1) before its predecessors; successors are
    // recognised by distance, so no predecessor lists are needed.
    for (std::size_t i = order.size(); i-- > 0;) {
      const Vertex u = order[i];
      const std::int32_t next = dist[u] + 1;
      double sum = 0;
      for (EdgeIndex k2 = adj.offsets[u]; k2 < adj.offsets[u + 1]; ++k2) {
        const Vertex w = adj.targets[k2];
        if (dist[w] == next) sum += share[w];
      }
      const double delta = sigma[u] * sum;
      if (u != s) scores_[u] += delta;
      share[u] = (1 + delta) / sigma[u];
    }
    for (Vertex u : order) dist[u] = -1, sigma[u] = 0;
  }
  if (!exact_ && k > 0) {
    const double scale = static_cast<double>(n) / static_cast<double>(k);
    for (double& x : scores_) x *= scale;
  }
  return Ok{};
}

std::vector<double> Betweenness::normalized() const {
  const double n = static_cast<double>(scores_.size());
  std::vector<double> out(scores_);
  if (n > 2)
    for (double& x : out) x /= (n - 1) * (n - 2);
  return out;
}

}  // namespace sg::graph
