#include "graph/actor_relations.hpp"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <map>

namespace sg::graph {

Status ActorRelationsParams::validate() const {
  if (limit == 0) return make_error(ErrorCode::invalid_field, "limit must be >= 1", "limit");
  return Ok{};
}

ActorRelations::ActorRelations(std::shared_ptr<const Snapshot> snapshot, ActorRelationsParams params)
    : snapshot_(std::move(snapshot)), params_(params) {}

Status ActorRelations::run() {
  if (auto status = params_.validate(); !status) return status;
  allies_.clear(), enemies_.clear(), neutral_.clear();
  const Snapshot& s = *snapshot_;
  const auto self = s.vertex_of(params_.actor);
  present_ = self.has_value();
  if (!present_) return Ok{};

  struct Tally {
    Tally() { c.last_day = INT32_MIN; }
    Counterpart c;
    std::array<std::uint32_t, kRelationCount> counts{};
  };
  std::map<Vertex, Tally> by_other;
  auto add = [&](Vertex other, EdgeIndex e, bool outgoing) {
    auto& t = by_other[other];
    (outgoing ? t.c.weight_out : t.c.weight_in) += s.weight(e);
    t.c.evidence += s.evidence(e);
    t.c.last_day = std::max(t.c.last_day, s.last_day(e));
    for (const auto& rc : s.counts(e)) t.counts[static_cast<std::size_t>(rc.relation)] += rc.count;
  };
  const auto rows = s.row_offsets();
  const auto cols = s.targets();
  for (EdgeIndex e = rows[*self]; e < rows[*self + 1]; ++e) add(cols[e], e, true);
  for (Vertex u = 0; u < s.vertex_count(); ++u)
    if (u != *self)
      if (auto e = s.find_edge(u, *self)) add(u, *e, false);

  for (auto& [other, t] : by_other) {
    t.c.actor = s.actor_id(other);
    t.c.net_weight = t.c.weight_out + t.c.weight_in;
    for (std::size_t r = 0; r < kRelationCount; ++r)
      if (t.counts[r]) t.c.counts.push_back({static_cast<Relation>(r), t.counts[r]});
    (t.c.net_weight > 0 ? allies_ : t.c.net_weight < 0 ? enemies_ : neutral_).push_back(std::move(t.c));
  }
  auto by_strength = [](const Counterpart& x, const Counterpart& y) {
    return std::abs(x.net_weight) != std::abs(y.net_weight) ? std::abs(x.net_weight) > std::abs(y.net_weight)
                                                            : x.actor < y.actor;
  };
  for (auto* list : {&allies_, &enemies_, &neutral_}) {
    std::sort(list->begin(), list->end(), by_strength);
    if (list->size() > params_.limit) list->resize(params_.limit);
  }
  return Ok{};
}

}  // namespace sg::graph
