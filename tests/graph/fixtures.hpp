// Small hand-drawn snapshots for the graph tests: observations written as (source, relation, target,
// date) with actor ids as plain numbers.
#pragma once
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/observation.hpp"
#include "graph/snapshot.hpp"
#include "graph/window.hpp"

namespace sg::graph::test {

inline std::int32_t day(std::string_view iso) {
  return parse_date(iso)->days();
}

inline EdgeObservation obs(std::int64_t source, Relation relation, std::int64_t target,
                           std::string_view date = "2020-01-01", float confidence = 1.0f) {
  return EdgeObservation{source, target, relation, day(date), confidence};
}

inline Window window_of(std::string_view from = "2000-01-01", std::string_view to = "2030-12-31",
                        double half_life = 0) {
  WindowParams p;
  p.from = parse_date(from);
  p.to = parse_date(to);
  if (half_life > 0) p.half_life_days = half_life;
  return resolve_window(p, *p.from, *p.to).value();
}

inline std::shared_ptr<const Snapshot> snap(const std::vector<EdgeObservation>& observations,
                                            const Window& window = window_of()) {
  return build_snapshot(observations, window);
}

inline Vertex vx(const Snapshot& s, std::int64_t actor) {
  return s.vertex_of(actor).value();
}

}  // namespace sg::graph::test
