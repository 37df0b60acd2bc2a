#include <algorithm>

#include "snapshot_impl.hpp"

namespace sg::graph {

std::optional<EdgeSet> edge_set_from_name(std::string_view name) {
  if (name == "cooperative") return EdgeSet::cooperative;
  if (name == "hostile") return EdgeSet::hostile;
  if (name == "all") return EdgeSet::all;
  return std::nullopt;
}

std::string_view edge_set_name(EdgeSet set) {
  switch (set) {
    case EdgeSet::cooperative:
      return "cooperative";
    case EdgeSet::hostile:
      return "hostile";
    case EdgeSet::all:
      return "all";
  }
  return "all";
}

Snapshot::Snapshot(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Snapshot::~Snapshot() = default;

const Window& Snapshot::window() const {
  return impl_->window;
}
std::size_t Snapshot::vertex_count() const {
  return impl_->actor_ids.size();
}
std::size_t Snapshot::edge_count() const {
  return impl_->weight.size();
}
std::size_t Snapshot::observation_count() const {
  return impl_->observations;
}
std::int64_t Snapshot::actor_id(Vertex v) const {
  return impl_->actor_ids[v];
}
std::span<const std::int64_t> Snapshot::actor_ids() const {
  return impl_->actor_ids;
}

std::optional<Vertex> Snapshot::vertex_of(std::int64_t actor_id) const {
  const auto& ids = impl_->actor_ids;
  auto it = std::lower_bound(ids.begin(), ids.end(), actor_id);
  if (it == ids.end() || *it != actor_id) return std::nullopt;
  return static_cast<Vertex>(it - ids.begin());
}

std::span<const EdgeIndex> Snapshot::row_offsets() const {
  return impl_->rowstart();
}
std::span<const Vertex> Snapshot::targets() const {
  return impl_->column();
}

Vertex Snapshot::source(EdgeIndex e) const {
  const auto& rows = impl_->rowstart();
  return static_cast<Vertex>(std::upper_bound(rows.begin(), rows.end(), e) - rows.begin() - 1);
}

std::optional<EdgeIndex> Snapshot::find_edge(Vertex from, Vertex to) const {
  const auto& rows = impl_->rowstart();
  const auto& cols = impl_->column();
  auto first = cols.begin() + rows[from], last = cols.begin() + rows[from + 1];
  auto it = std::lower_bound(first, last, to);
  if (it == last || *it != to) return std::nullopt;
  return static_cast<EdgeIndex>(it - cols.begin());
}

double Snapshot::weight(EdgeIndex e) const {
  return impl_->weight[e];
}
int Snapshot::sign(EdgeIndex e) const {
  return (impl_->weight[e] > 0) - (impl_->weight[e] < 0);
}

std::span<const RelationCount> Snapshot::counts(EdgeIndex e) const {
  return std::span(impl_->counts)
      .subspan(impl_->count_start[e], impl_->count_start[e + 1] - impl_->count_start[e]);
}

std::span<const std::int32_t> Snapshot::days(EdgeIndex e) const {
  return std::span(impl_->days).subspan(impl_->day_start[e], impl_->day_start[e + 1] - impl_->day_start[e]);
}

std::uint32_t Snapshot::evidence(EdgeIndex e) const {
  return impl_->evidence[e];
}

bool Snapshot::in_set(EdgeIndex e, EdgeSet set) const {
  switch (set) {
    case EdgeSet::cooperative:
      return impl_->weight[e] > 0;
    case EdgeSet::hostile:
      return impl_->weight[e] < 0;
    case EdgeSet::all:
      return true;
  }
  return true;
}

std::size_t Snapshot::memory_bytes() const {
  const auto& i = *impl_;
  auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
  return bytes(i.actor_ids) + bytes(i.rowstart()) + bytes(i.column()) + bytes(i.weight) +
         bytes(i.count_start) + bytes(i.counts) + bytes(i.day_start) + bytes(i.days) + bytes(i.evidence);
}

}  // namespace sg::graph
