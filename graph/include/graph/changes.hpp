// What changed between two windows A and B: directed dyads that appeared (in B only), ended (in A
// only) or flipped sign (cooperative <-> hostile), and the actors whose PageRank moved most.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "core/error.hpp"
#include "graph/pagerank.hpp"
#include "graph/snapshot.hpp"

namespace sg::graph {

struct ChangesParams {
  std::size_t max_listed = 200;  // per list; the heaviest dyads are listed first
  std::size_t movers = 20;
  PageRankParams pagerank{};
  Status validate() const { return pagerank.validate(); }
};

struct DyadChange {
  std::int64_t source = 0, target = 0;  // actor ids
  double weight_a = 0, weight_b = 0;    // 0 where absent
  int sign_a = 0, sign_b = 0;
};

struct CentralityMove {
  std::int64_t actor = 0;
  double score_a = 0, score_b = 0;  // 0 where absent from a window
  double delta() const { return score_b - score_a; }
};

class Changes {
 public:
  Changes(std::shared_ptr<const Snapshot> a, std::shared_ptr<const Snapshot> b, ChangesParams params);
  Status run();

  const std::vector<DyadChange>& appeared() const { return appeared_; }
  const std::vector<DyadChange>& ended() const { return ended_; }
  const std::vector<DyadChange>& flipped() const { return flipped_; }
  std::size_t appeared_total() const { return totals_[0]; }
  std::size_t ended_total() const { return totals_[1]; }
  std::size_t flipped_total() const { return totals_[2]; }
  const std::vector<CentralityMove>& movers() const { return movers_; }  // largest |delta| first

 private:
  std::shared_ptr<const Snapshot> a_, b_;
  ChangesParams params_;
  std::vector<DyadChange> appeared_, ended_, flipped_;
  std::size_t totals_[3] = {0, 0, 0};
  std::vector<CentralityMove> movers_;
};

}  // namespace sg::graph
