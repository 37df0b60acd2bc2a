// Shortest path between two actors over cooperative, hostile or all dyads, by hops or by weight
// (a step costs 1 / |net weight|, so strong ties are short; dyads of weight 0 are not walked then).
// Undirected by default (a dyad is walked either way); `directed` follows edge direction only.
// Time-respecting paths use each dyad at one of its observation days, never earlier than the day of
// the step before: a label-setting search over (cost, arrival day) that keeps, per actor, only labels
// arriving earlier than every cheaper one, so it is exact.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "core/error.hpp"
#include "graph/snapshot.hpp"

namespace sg::graph {

struct PathParams {
  std::int64_t from_actor = 0;  // actor ids
  std::int64_t to_actor = 0;
  EdgeSet over = EdgeSet::all;
  bool weighted = false;
  bool time_respecting = false;
  bool directed = false;
  Status validate() const;
};

struct PathStep {
  Vertex from = 0, to = 0;
  EdgeIndex edge = 0;  // the dyad walked; when !forward it points from `to` to `from`
  bool forward = true;
  std::int32_t day = 0;  // observation day used (time-respecting) or the dyad's last day
  double cost = 0;
};

class ShortestPath {
 public:
  ShortestPath(std::shared_ptr<const Snapshot> snapshot, PathParams params);
  Status run();

  bool found() const { return found_; }
  // Why nothing was found: "" when found, else which end is absent from the window or "no path".
  const std::string& reason() const { return reason_; }
  const std::vector<PathStep>& steps() const { return steps_; }
  double total_cost() const { return total_cost_; }
  std::size_t hops() const { return steps_.size(); }

 private:
  std::shared_ptr<const Snapshot> snapshot_;
  PathParams params_;
  bool found_ = false;
  std::string reason_;
  std::vector<PathStep> steps_;
  double total_cost_ = 0;
};

}  // namespace sg::graph
