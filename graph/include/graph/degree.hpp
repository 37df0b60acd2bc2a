// Degree (dyads) and strength (sum of |net weight|) in and out, over the chosen EdgeSet.
#pragma once
#include <memory>
#include <vector>

#include "core/error.hpp"
#include "graph/snapshot.hpp"

namespace sg::graph {

struct DegreeParams {
  EdgeSet edges = EdgeSet::all;
  Status validate() const { return Ok{}; }
};

class Degree {
 public:
  Degree(std::shared_ptr<const Snapshot> snapshot, DegreeParams params);
  Status run();

  const std::vector<std::uint32_t>& in_degree() const { return in_degree_; }
  const std::vector<std::uint32_t>& out_degree() const { return out_degree_; }
  const std::vector<double>& in_strength() const { return in_strength_; }
  const std::vector<double>& out_strength() const { return out_strength_; }
  std::vector<double> total_degree() const;  // in + out: the score /v1/graph/centrality ranks by

 private:
  std::shared_ptr<const Snapshot> snapshot_;
  DegreeParams params_;
  std::vector<std::uint32_t> in_degree_, out_degree_;
  std::vector<double> in_strength_, out_strength_;
};

}  // namespace sg::graph
