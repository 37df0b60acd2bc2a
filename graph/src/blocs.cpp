#include "graph/blocs.hpp"

#include <algorithm>
#include <cmath>

#include "adjacency.hpp"

namespace sg::graph {

Status BlocsParams::validate() const {
  if (max_passes < 1) return make_error(ErrorCode::invalid_field, "max_passes must be >= 1", "max_passes");
  return Ok{};
}

Blocs::Blocs(std::shared_ptr<const Snapshot> snapshot, BlocsParams params)
    : snapshot_(std::move(snapshot)), params_(params) {}

namespace {

// Components of the cooperative pairs: the natural first guess at camps.
std::vector<std::int32_t> cooperative_components(const detail::SignedProjection& p, std::size_t n) {
  std::vector<std::int32_t> camp(n, -1);
  std::vector<Vertex> stack;
  std::int32_t next = 0;
  for (Vertex s = 0; s < n; ++s) {
    if (camp[s] >= 0 || p.offsets[s] == p.offsets[s + 1]) continue;
    camp[s] = next;
    stack.assign(1, s);
    while (!stack.empty()) {
      const Vertex u = stack.back();
      stack.pop_back();
      for (auto k = p.offsets[u]; k < p.offsets[u + 1]; ++k)
        if (p.sign[k] > 0 && camp[p.neighbours[k]] < 0) {
          camp[p.neighbours[k]] = next;
          stack.push_back(p.neighbours[k]);
        }
    }
    ++next;
  }
  return camp;
}

}  // namespace

Status Blocs::run() {
  if (auto status = params_.validate(); !status) return status;
  const auto n = snapshot_->vertex_count();
  const auto p = detail::signed_projection(*snapshot_);
  auto camp = cooperative_components(p, n);
  std::int32_t camp_count = 0;
  for (auto c : camp) camp_count = std::max(camp_count, c + 1);

  // Local moves. Moving v to camp c costs neg[c] (hostile neighbours inside c) plus its cooperative
  // neighbours outside c; a fresh camp costs all its cooperative neighbours. Only strict gains move,
  // so frustration falls with every move and the passes end.
  std::vector<std::int32_t> pos(static_cast<std::size_t>(camp_count) + n, 0), neg(pos.size(), 0);
  std::vector<std::int32_t> touched;
  passes_ = 0;
  for (bool moved = true; moved && passes_ < params_.max_passes; ++passes_) {
    moved = false;
    for (Vertex v = 0; v < n; ++v) {
      if (camp[v] < 0) continue;
      std::int32_t pos_total = 0;
      touched.clear();
      for (auto k = p.offsets[v]; k < p.offsets[v + 1]; ++k) {
        const auto c = camp[p.neighbours[k]];
        if (pos[c] == 0 && neg[c] == 0) touched.push_back(c);
        (p.sign[k] > 0 ? pos[c] : neg[c]) += 1;
        pos_total += p.sign[k] > 0;
      }
      auto cost = [&](std::int32_t c) { return neg[c] + pos_total - pos[c]; };
      const auto current = cost(camp[v]);
      std::int32_t best = camp[v], best_cost = current;
      std::sort(touched.begin(), touched.end());
      for (auto c : touched)
        if (cost(c) < best_cost) best = c, best_cost = cost(c);
      if (pos_total < best_cost) best = camp_count++, best_cost = pos_total;  // a camp of its own
      for (auto c : touched) pos[c] = neg[c] = 0;
      if (best != camp[v]) {
        camp[v] = best;
        if (static_cast<std::size_t>(camp_count) >= pos.size())
          pos.resize(2 * pos.size() + 1), neg.resize(pos.size());
        moved = true;
      }
    }
  }

  // Camps largest first, members ascending.
  std::vector<std::vector<Vertex>> members(static_cast<std::size_t>(camp_count));
  for (Vertex v = 0; v < n; ++v)
    if (camp[v] >= 0) members[camp[v]].push_back(v);
  std::erase_if(members, [](const auto& m) { return m.empty(); });
  std::sort(members.begin(), members.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
  });
  blocs_ = std::move(members);
  bloc_of_.assign(n, -1);
  for (std::size_t c = 0; c < blocs_.size(); ++c)
    for (Vertex v : blocs_[c]) bloc_of_[v] = static_cast<std::int32_t>(c);

  frustration_ = 0;
  frustration_weight_ = 0;
  signed_pairs_ = p.pair_count();
  frustrating_.clear();
  std::vector<SignedPair> all;
  for (Vertex u = 0; u < n; ++u)
    for (auto k = p.offsets[u]; k < p.offsets[u + 1]; ++k) {
      const Vertex v = p.neighbours[k];
      if (v < u) continue;
      const bool same = bloc_of_[u] == bloc_of_[v];
      if ((p.sign[k] > 0) != same) {
        ++frustration_;
        frustration_weight_ += std::abs(p.weight[k]);
        all.push_back({u, v, p.sign[k], p.weight[k]});
      }
    }
  std::stable_sort(all.begin(), all.end(),
                   [](const auto& x, const auto& y) { return std::abs(x.weight) > std::abs(y.weight); });
  if (all.size() > params_.max_listed_edges) all.resize(params_.max_listed_edges);
  frustrating_ = std::move(all);
  return Ok{};
}

}  // namespace sg::graph
