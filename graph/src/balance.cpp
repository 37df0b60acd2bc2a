#include "graph/balance.hpp"

#include <algorithm>

#include "adjacency.hpp"

namespace sg::graph {

std::string_view triad_signs(TriadType t) {
  switch (t) {
    case TriadType::ppp:
      return "+++";
    case TriadType::pmm:
      return "+--";
    case TriadType::ppm:
      return "++-";
    case TriadType::mmm:
      return "---";
  }
  return "+++";
}

Balance::Balance(std::shared_ptr<const Snapshot> snapshot, BalanceParams params)
    : snapshot_(std::move(snapshot)), params_(params) {}

std::uint64_t Balance::triangles() const {
  return census_[0] + census_[1] + census_[2] + census_[3];
}

std::optional<double> Balance::balance_ratio() const {
  const auto total = triangles();
  if (total == 0) return std::nullopt;
  return static_cast<double>(census_[0] + census_[1]) / static_cast<double>(total);
}

Status Balance::run() {
  if (auto status = params_.validate(); !status) return status;
  const auto n = snapshot_->vertex_count();
  const auto p = detail::signed_projection(*snapshot_);
  census_ = {};
  unbalanced_.clear();

  // Each triangle is found once from its lowest-ranked corner, ranking by (degree, index): every
  // vertex then has O(sqrt(m)) higher-ranked neighbours, which bounds the work by O(m^1.5).
  auto degree = [&](Vertex v) { return p.offsets[v + 1] - p.offsets[v]; };
  auto ranks_below = [&](Vertex a, Vertex b) {
    return degree(a) != degree(b) ? degree(a) < degree(b) : a < b;
  };
  std::vector<EdgeIndex> up_start(n + 1, 0);
  std::vector<Vertex> up;
  std::vector<std::int8_t> up_sign;
  up.reserve(p.neighbours.size() / 2);
  up_sign.reserve(p.neighbours.size() / 2);
  for (Vertex u = 0; u < n; ++u) {
    for (auto k = p.offsets[u]; k < p.offsets[u + 1]; ++k)
      if (ranks_below(u, p.neighbours[k])) up.push_back(p.neighbours[k]), up_sign.push_back(p.sign[k]);
    up_start[u + 1] = static_cast<EdgeIndex>(up.size());
  }

  std::vector<std::int8_t> mark(n, 0);  // sign of (u, w) for u's higher-ranked neighbours w
  for (Vertex u = 0; u < n; ++u) {
    for (auto k = up_start[u]; k < up_start[u + 1]; ++k) mark[up[k]] = up_sign[k];
    for (auto k = up_start[u]; k < up_start[u + 1]; ++k) {
      const Vertex v = up[k];
      for (auto j = up_start[v]; j < up_start[v + 1]; ++j) {
        const Vertex w = up[j];
        if (!mark[w]) continue;
        const int positives = (up_sign[k] > 0) + (up_sign[j] > 0) + (mark[w] > 0);
        const auto type = positives == 3   ? TriadType::ppp
                          : positives == 1 ? TriadType::pmm
                          : positives == 2 ? TriadType::ppm
                                           : TriadType::mmm;
        ++census_[static_cast<std::size_t>(type)];
        if ((type == TriadType::ppm || type == TriadType::mmm) && unbalanced_.size() < params_.max_listed) {
          Triad t{{u, v, w}, type};
          std::sort(t.actors.begin(), t.actors.end());
          unbalanced_.push_back(t);
        }
      }
    }
    for (auto k = up_start[u]; k < up_start[u + 1]; ++k) mark[up[k]] = 0;
  }
  return Ok{};
}

}  // namespace sg::graph
