// Blocs: a partition of the signed graph into camps that minimises frustration, the number of
// cooperative pairs between camps plus hostile pairs within one. Works on the undirected signed
// projection (actors joined when w(a->b) + w(b->a) != 0, with that sum's sign). Starts from the
// components of the cooperative graph and moves single actors to the camp (or a fresh one) that
// lowers frustration most, in vertex order, until no move helps: deterministic for a snapshot.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "core/error.hpp"
#include "graph/snapshot.hpp"

namespace sg::graph {

struct BlocsParams {
  int max_passes = 100;
  std::size_t max_listed_edges = 200;  // frustrating pairs listed, heaviest first
  Status validate() const;
};

struct SignedPair {
  Vertex a = 0, b = 0;  // a < b
  int sign = 0;
  double weight = 0;  // w(a->b) + w(b->a)
};

class Blocs {
 public:
  Blocs(std::shared_ptr<const Snapshot> snapshot, BlocsParams params);
  Status run();

  // Camps, largest first (ties: smallest member first), members ascending. Actors without any signed
  // pair belong to no camp.
  const std::vector<std::vector<Vertex>>& blocs() const { return blocs_; }
  const std::vector<std::int32_t>& bloc_of() const { return bloc_of_; }  // -1: in no camp
  std::size_t frustration() const { return frustration_; }
  double frustration_weight() const { return frustration_weight_; }  // sum of |weight| frustrated
  std::size_t signed_pairs() const { return signed_pairs_; }
  const std::vector<SignedPair>& frustrating_pairs() const { return frustrating_; }  // capped list
  int passes() const { return passes_; }

 private:
  std::shared_ptr<const Snapshot> snapshot_;
  BlocsParams params_;
  std::vector<std::vector<Vertex>> blocs_;
  std::vector<std::int32_t> bloc_of_;
  std::size_t frustration_ = 0, signed_pairs_ = 0;
  double frustration_weight_ = 0;
  std::vector<SignedPair> frustrating_;
  int passes_ = 0;
};

}  // namespace sg::graph
