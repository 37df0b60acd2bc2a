// PageRank by power iteration over the snapshot's CSR arrays, run to a tolerance. Edge weight is
// |net weight| of the dyads in the chosen EdgeSet; a vertex without such out-weight is dangling and
// its rank is spread uniformly. Scores sum to 1. Same definition as networkx.pagerank(G, alpha,
// weight=|w|, tol=tolerance / n): stop when the L1 change of one iteration falls below `tolerance`.
#pragma once
#include <memory>
#include <vector>

#include "core/error.hpp"
#include "graph/snapshot.hpp"

namespace sg::graph {

struct PageRankParams {
  EdgeSet edges = EdgeSet::all;
  double damping = 0.85;
  double tolerance = 1e-9;  // L1 norm of the change between iterations
  int max_iterations = 1000;
  Status validate() const;
};

class PageRank {
 public:
  PageRank(std::shared_ptr<const Snapshot> snapshot, PageRankParams params);
  Status run();  // validates the params first

  const std::vector<double>& scores() const { return scores_; }  // by Vertex
  int iterations() const { return iterations_; }
  bool converged() const { return converged_; }
  double residual() const { return residual_; }  // L1 change of the last iteration

 private:
  template <class W>
  Status iterate(const W* edge_weights);  // |w| per edge in the set, 0 outside it

  std::shared_ptr<const Snapshot> snapshot_;
  PageRankParams params_;
  std::vector<double> scores_;
  int iterations_ = 0;
  bool converged_ = false;
  double residual_ = 0;
};

}  // namespace sg::graph
