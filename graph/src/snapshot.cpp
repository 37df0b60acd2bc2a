#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>

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

namespace {

// One directed contribution of an observation, before aggregation per dyad. Kept to 12 bytes: the
// scatter into rows is the build's bottleneck, so the (decayed) weight is computed when summing.
struct Contribution {
  Vertex target;
  std::int32_t day;
  std::uint8_t relation;
};

// Dense vertex numbering: actor ids ascending. Store ids are small dense integers, so a flag table
// over the id range is much faster than sorting; a hash map covers sparse ids.
class VertexNumbering {
 public:
  VertexNumbering(std::span<const EdgeObservation> obs, const std::vector<bool>& admitted) {
    std::int64_t lo = INT64_MAX, hi = INT64_MIN;
    std::size_t n = 0;
    for (std::size_t i = 0; i < obs.size(); ++i) {
      if (!admitted[i]) continue;
      lo = std::min({lo, obs[i].source, obs[i].target});
      hi = std::max({hi, obs[i].source, obs[i].target});
      ++n;
    }
    if (n == 0) return;
    const auto range = static_cast<std::uint64_t>(hi - lo) + 1;
    dense_ = range <= 8 * n + 4096;
    if (dense_) {
      base_ = lo;
      table_.assign(range, UINT32_MAX);
      for (std::size_t i = 0; i < obs.size(); ++i) {
        if (!admitted[i]) continue;
        table_[obs[i].source - lo] = table_[obs[i].target - lo] = 0;
      }
      for (std::uint64_t k = 0; k < range; ++k)
        if (table_[k] == 0) {
          table_[k] = static_cast<Vertex>(ids_.size());
          ids_.push_back(lo + static_cast<std::int64_t>(k));
        }
    } else {
      for (std::size_t i = 0; i < obs.size(); ++i)
        if (admitted[i]) ids_.insert(ids_.end(), {obs[i].source, obs[i].target});
      std::sort(ids_.begin(), ids_.end());
      ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
      map_.reserve(ids_.size());
      for (std::size_t k = 0; k < ids_.size(); ++k) map_.emplace(ids_[k], static_cast<Vertex>(k));
    }
  }
  Vertex operator()(std::int64_t id) const { return dense_ ? table_[id - base_] : map_.at(id); }
  std::vector<std::int64_t> take_ids() { return std::move(ids_); }
  std::size_t size() const { return ids_.size(); }

 private:
  bool dense_ = false;
  std::int64_t base_ = 0;
  std::vector<Vertex> table_;
  std::unordered_map<std::int64_t, Vertex> map_;
  std::vector<std::int64_t> ids_;
};

}  // namespace

std::shared_ptr<const Snapshot> build_snapshot(std::span<const EdgeObservation> obs, const Window& window) {
  auto impl = std::make_unique<Snapshot::Impl>();
  impl->window = window;
  std::vector<bool> admitted(obs.size());
  for (std::size_t i = 0; i < obs.size(); ++i) {
    const auto& o = obs[i];
    admitted[i] = o.source != o.target && o.day >= window.from_day && o.day <= window.to_day &&
                  o.confidence >= window.min_confidence && window.admits(o.relation);
    impl->observations += admitted[i];
  }
  VertexNumbering number(obs, admitted);
  const std::size_t n = number.size();

  // Counting sort of contributions by source vertex (bucket = CSR row), then each row by target, day.
  std::vector<std::uint32_t> row(n + 1, 0);
  for (std::size_t i = 0; i < obs.size(); ++i) {
    if (!admitted[i]) continue;
    ++row[number(obs[i].source) + 1];
    if (relation_info(obs[i].relation).symmetric) ++row[number(obs[i].target) + 1];
  }
  for (std::size_t v = 0; v < n; ++v) row[v + 1] += row[v];
  std::vector<Contribution> contrib(row[n]);
  std::vector<std::uint32_t> fill(row.begin(), row.end() - 1);
  for (std::size_t i = 0; i < obs.size(); ++i) {
    if (!admitted[i]) continue;
    const auto& o = obs[i];
    const auto rel = static_cast<std::uint8_t>(o.relation);
    const Vertex u = number(o.source), v = number(o.target);
    contrib[fill[u]++] = {v, o.day, rel};
    if (relation_info(o.relation).symmetric) contrib[fill[v]++] = {u, o.day, rel};
  }
  const double half_life = window.half_life_days;
  auto weight_of = [&](const Contribution& c) {
    const double w = all_relations()[c.relation].weight;
    return half_life > 0 ? w * std::exp2(-static_cast<double>(window.to_day - c.day) / half_life) : w;
  };
  std::vector<bool>().swap(admitted);

  std::vector<std::pair<Vertex, Vertex>> edges;
  edges.reserve(contrib.size());
  for (auto* v : {&impl->count_start, &impl->day_start, &impl->evidence}) v->reserve(contrib.size() + 1);
  impl->weight.reserve(contrib.size());
  impl->counts.reserve(contrib.size());
  impl->days.reserve(contrib.size());
  impl->count_start.push_back(0);
  impl->day_start.push_back(0);
  for (std::size_t v = 0; v < n; ++v) {
    auto first = contrib.begin() + row[v], last = contrib.begin() + row[v + 1];
    std::sort(first, last, [](const Contribution& a, const Contribution& b) {
      return a.target != b.target ? a.target < b.target : a.day < b.day;
    });
    for (auto it = first; it != last;) {
      const Vertex target = it->target;
      double weight = 0;
      std::uint32_t evidence = 0;
      std::array<std::uint32_t, kRelationCount> counts{};
      for (; it != last && it->target == target; ++it) {
        weight += weight_of(*it);
        ++counts[it->relation];
        ++evidence;
        if (impl->days.size() == impl->day_start.back() || impl->days.back() != it->day)
          impl->days.push_back(it->day);
      }
      edges.emplace_back(static_cast<Vertex>(v), target);
      impl->weight.push_back(weight);
      impl->evidence.push_back(evidence);
      for (std::size_t r = 0; r < kRelationCount; ++r)
        if (counts[r]) impl->counts.push_back({static_cast<Relation>(r), counts[r]});
      impl->count_start.push_back(static_cast<std::uint32_t>(impl->counts.size()));
      impl->day_start.push_back(static_cast<std::uint32_t>(impl->days.size()));
    }
  }
  decltype(contrib)().swap(contrib);
  impl->csr = CsrGraph(boost::edges_are_sorted, edges.begin(), edges.end(), static_cast<Vertex>(n));
  impl->actor_ids = number.take_ids();
  impl->weight.shrink_to_fit();
  impl->evidence.shrink_to_fit();
  impl->counts.shrink_to_fit();
  impl->days.shrink_to_fit();
  impl->count_start.shrink_to_fit();
  impl->day_start.shrink_to_fit();
  return std::make_shared<const Snapshot>(std::move(impl));
}

}  // namespace sg::graph
