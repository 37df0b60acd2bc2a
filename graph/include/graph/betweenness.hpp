// Betweenness centrality (Brandes 2001), unweighted shortest paths along edge direction, over the
// chosen EdgeSet. Exact up to `exact_limit` vertices; above it (or when `samples` is set) Brandes runs
// from `samples` pivot sources drawn with a fixed seed and scales by n / samples (Brandes & Pich 2007),
// and sample_size() reports how many sources were used.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "core/error.hpp"
#include "graph/snapshot.hpp"

namespace sg::graph {

struct BetweennessParams {
  EdgeSet edges = EdgeSet::all;
  std::size_t samples = 0;  // 0: exact when vertex_count <= exact_limit, else default_samples
  std::size_t exact_limit = 20000;
  std::size_t default_samples = 256;
  std::uint64_t seed = 20260101;
  Status validate() const;
};

class Betweenness {
 public:
  Betweenness(std::shared_ptr<const Snapshot> snapshot, BetweennessParams params);
  Status run();

  // Raw pair-dependency sums (networkx normalized=False on a DiGraph), estimated when sampled.
  const std::vector<double>& scores() const { return scores_; }
  // Divided by (n - 1)(n - 2), the number of ordered pairs a vertex can lie between.
  std::vector<double> normalized() const;
  bool exact() const { return exact_; }
  std::size_t sample_size() const { return sample_size_; }

 private:
  std::shared_ptr<const Snapshot> snapshot_;
  BetweennessParams params_;
  std::vector<double> scores_;
  bool exact_ = true;
  std::size_t sample_size_ = 0;
};

}  // namespace sg::graph
