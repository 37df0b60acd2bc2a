#include "graph/paths.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <queue>
#include <tuple>

#include "adjacency.hpp"

namespace sg::graph {

Status PathParams::validate() const {
  if (from_actor == to_actor)
    return make_error(ErrorCode::invalid_field, "from_actor and to_actor are the same actor", "to_actor");
  return Ok{};
}

ShortestPath::ShortestPath(std::shared_ptr<const Snapshot> snapshot, PathParams params)
    : snapshot_(std::move(snapshot)), params_(params) {}

namespace {

struct Label {
  Vertex vertex;
  std::int32_t arrival;  // day reached; INT32_MIN before the first step
  double cost;
  std::int32_t parent;  // label index, -1 at the start
  std::uint32_t entry;  // adjacency entry walked to get here
  std::int32_t day;
};

}  // namespace

Status ShortestPath::run() {
  if (auto status = params_.validate(); !status) return status;
  const Snapshot& s = *snapshot_;
  found_ = false;
  steps_.clear();
  total_cost_ = 0;
  const auto source = s.vertex_of(params_.from_actor);
  const auto target = s.vertex_of(params_.to_actor);
  if (!source || !target) {
    reason_ = !source ? "from_actor has no edge in this window" : "to_actor has no edge in this window";
    return Ok{};
  }
  const auto adj = params_.directed ? detail::filtered_out_edges(s, params_.over)
                                    : detail::both_directions(s, params_.over);
  std::vector<std::int32_t> settled_arrival(s.vertex_count(), INT32_MAX);
  std::vector<Label> labels{{*source, INT32_MIN, 0.0, -1, 0, 0}};
  using Key = std::tuple<double, std::int32_t, Vertex, std::uint32_t>;  // cost, arrival, vertex, label
  std::priority_queue<Key, std::vector<Key>, std::greater<>> queue;
  queue.emplace(0.0, INT32_MIN, *source, 0u);
  std::int32_t reached = -1;
  while (!queue.empty()) {
    const auto [cost, arrival, u, id] = queue.top();
    queue.pop();
    if (arrival >= settled_arrival[u]) continue;  // a cheaper label already got here no later
    settled_arrival[u] = arrival;
    if (u == *target) {
      reached = static_cast<std::int32_t>(id);
      break;
    }
    for (auto k = adj.offsets[u]; k < adj.offsets[u + 1]; ++k) {
      const Vertex v = adj.targets[k];
      const EdgeIndex e = adj.edge[k];
      double step = 1;
      if (params_.weighted) {
        if (s.weight(e) == 0) continue;
        step = 1 / std::abs(s.weight(e));
      }
      std::int32_t day = s.last_day(e), next_arrival = arrival;
      if (params_.time_respecting) {
        const auto days = s.days(e);
        const auto it = std::lower_bound(days.begin(), days.end(), arrival);
        if (it == days.end()) continue;
        day = next_arrival = *it;
      }
      if (next_arrival >= settled_arrival[v]) continue;
      labels.push_back({v, next_arrival, cost + step, static_cast<std::int32_t>(id), k, day});
      queue.emplace(cost + step, next_arrival, v, static_cast<std::uint32_t>(labels.size() - 1));
    }
  }
  if (reached < 0) {
    reason_ = "no path";
    return Ok{};
  }
  found_ = true;
  reason_.clear();
  total_cost_ = labels[reached].cost;
  for (auto id = reached; labels[id].parent >= 0; id = labels[id].parent) {
    const auto& l = labels[id];
    const auto& prev = labels[l.parent];
    const EdgeIndex e = adj.edge[l.entry];
    steps_.push_back({prev.vertex, l.vertex, e, s.source(e) == prev.vertex && s.targets()[e] == l.vertex,
                      l.day, l.cost - prev.cost});
  }
  std::reverse(steps_.begin(), steps_.end());
  return Ok{};
}

}  // namespace sg::graph
