// One actor's view of a window: its allies and enemies ranked by net weight over both directions
// (w(actor->other) + w(other->actor)), with the evidence behind each.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "core/error.hpp"
#include "graph/snapshot.hpp"

namespace sg::graph {

struct ActorRelationsParams {
  std::int64_t actor = 0;  // actor id
  std::size_t limit = 50;  // per list
  Status validate() const;
};

struct Counterpart {
  std::int64_t actor = 0;
  double net_weight = 0;
  double weight_out = 0;  // actor -> other
  double weight_in = 0;   // other -> actor
  std::uint32_t evidence = 0;
  std::vector<RelationCount> counts;  // both directions
  std::int32_t last_day = 0;
};

class ActorRelations {
 public:
  ActorRelations(std::shared_ptr<const Snapshot> snapshot, ActorRelationsParams params);
  Status run();

  bool present() const { return present_; }                             // the actor has an edge in the window
  const std::vector<Counterpart>& allies() const { return allies_; }    // strongest first
  const std::vector<Counterpart>& enemies() const { return enemies_; }  // most hostile first
  const std::vector<Counterpart>& neutral() const { return neutral_; }  // net 0 (structural ties)

 private:
  std::shared_ptr<const Snapshot> snapshot_;
  ActorRelationsParams params_;
  bool present_ = false;
  std::vector<Counterpart> allies_, enemies_, neutral_;
};

}  // namespace sg::graph
