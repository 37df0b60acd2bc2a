// A snapshot: the signed, weighted actor graph of one time window. Per directed dyad it holds the net
// weight (STANCES.md weights, decayed), edge counts per relation and the distinct observation days.
// Vertices are dense indices 0..n-1 in ascending actor-id order; edges are stored compressed (CSR, a
// Boost compressed_sparse_row_graph inside), grouped by source, targets ascending within a source.
// Immutable once built, so concurrent requests share one through std::shared_ptr<const Snapshot>.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/observation.hpp"
#include "core/relations.hpp"
#include "graph/window.hpp"

namespace sg::graph {

using Vertex = std::uint32_t;
using EdgeIndex = std::uint32_t;

// Which edges an analysis walks: positive net weight, negative net weight, or every dyad.
enum class EdgeSet { cooperative, hostile, all };
std::optional<EdgeSet> edge_set_from_name(std::string_view name);
std::string_view edge_set_name(EdgeSet set);

struct RelationCount {
  Relation relation = Relation::opposes;
  std::uint32_t count = 0;
};

class Snapshot {
 public:
  struct Impl;  // defined in graph/src; holds the Boost graph
  explicit Snapshot(std::unique_ptr<Impl> impl);
  ~Snapshot();
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;

  const Window& window() const;
  std::size_t vertex_count() const;
  std::size_t edge_count() const;
  std::size_t observation_count() const;  // admitted observations (a symmetric one counted once)

  std::int64_t actor_id(Vertex v) const;
  std::span<const std::int64_t> actor_ids() const;  // ascending, indexed by Vertex
  std::optional<Vertex> vertex_of(std::int64_t actor_id) const;

  // CSR: the out-edges of v are [row_offsets()[v], row_offsets()[v + 1]); targets()[e] is e's target.
  std::span<const EdgeIndex> row_offsets() const;
  std::span<const Vertex> targets() const;
  Vertex source(EdgeIndex e) const;  // binary search over row_offsets
  std::optional<EdgeIndex> find_edge(Vertex from, Vertex to) const;

  double weight(EdgeIndex e) const;  // net, decayed; sign gives the stance
  int sign(EdgeIndex e) const;       // +1, -1, or 0 when only structural (member_of) or cancelling
  std::span<const RelationCount> counts(EdgeIndex e) const;  // relations with a non-zero count
  std::span<const std::int32_t> days(EdgeIndex e) const;     // distinct observation days, ascending
  std::uint32_t evidence(EdgeIndex e) const;                 // observations on this dyad
  std::int32_t first_day(EdgeIndex e) const { return days(e).front(); }
  std::int32_t last_day(EdgeIndex e) const { return days(e).back(); }
  bool in_set(EdgeIndex e, EdgeSet set) const;

  std::size_t memory_bytes() const;  // heap held by the snapshot
  const Impl& impl() const { return *impl_; }

 private:
  std::unique_ptr<Impl> impl_;
};

// Aggregates the observations that fall in the window (dates, relations, confidence) into a snapshot.
// A symmetric relation (negotiates, allies_with) counts for both directions; self-loops are dropped.
std::shared_ptr<const Snapshot> build_snapshot(std::span<const EdgeObservation> observations,
                                               const Window& window);

}  // namespace sg::graph
