#include "routes/graph_common.hpp"

#include <algorithm>

namespace sg::server::graph_api {

namespace {
constexpr std::string_view kBoundNames[] = {"from", "to", "at", "window"};
constexpr std::string_view kFilterNames[] = {"half_life", "relation", "polarity", "min_confidence"};
}  // namespace

std::set<std::string, std::less<>> window_param_names(std::initializer_list<std::string_view> prefixes) {
  std::set<std::string, std::less<>> names;
  for (auto prefix : prefixes)
    for (auto name : kBoundNames) names.insert(std::string(prefix) + std::string(name));
  for (auto name : kFilterNames) names.emplace(name);
  return names;
}

std::set<std::string, std::less<>> allowed(std::initializer_list<std::string> own,
                                           std::initializer_list<std::string_view> prefixes) {
  auto names = window_param_names(prefixes);
  names.insert(own.begin(), own.end());
  return names;
}

Result<graph::WindowParams> window_params(const http::ParamMap& params, std::string_view prefix) {
  // Like every other endpoint, an empty value ("&from=") counts as absent.
  return graph::parse_window_params(
      [&](std::string_view name) {
        std::vector<std::string> values;
        const auto [first, last] = params.equal_range(std::string(name));
        for (auto it = first; it != last; ++it)
          if (!it->second.empty()) values.push_back(it->second);
        return values;
      },
      prefix);
}

Result<std::shared_ptr<const graph::Snapshot>> snapshot_for(const storage::Store& store, GraphState* state,
                                                            const graph::WindowParams& params) {
  const auto seq = store.change_seq();
  Date first{1970, 1, 1}, last{1970, 1, 1};
  auto read_bounds = [&]() -> Status {
    auto stats = store.stats();
    if (!stats) return stats.error();
    if (stats->first_edge_date) first = parse_date(*stats->first_edge_date).value_or(first);
    if (stats->last_edge_date) last = parse_date(*stats->last_edge_date).value_or(last);
    return Ok{};
  };
  if (state) {
    std::lock_guard lock(state->bounds_mutex);
    if (state->bounds_seq != seq) {
      if (auto status = read_bounds(); !status) return status.error();
      state->bounds_seq = seq;
      state->first_edge = first;
      state->last_edge = last;
    }
    first = state->first_edge;
    last = state->last_edge;
  } else if (auto status = read_bounds(); !status) {
    return status.error();
  }
  auto window = graph::resolve_window(params, first, last);
  if (!window) return window.error();
  auto build = [&, w = *window]() -> Result<std::shared_ptr<const graph::Snapshot>> {
    auto rows = store.load_window(storage::WindowQuery{w.from(), w.to(), w.min_confidence});
    if (!rows) return rows.error();
    return graph::build_snapshot(*rows, w);
  };
  if (!state) return build();
  return state->snapshots.get(*window, seq, build);
}

json render_window(const graph::Snapshot& s) {
  const auto& w = s.window();
  json relations = json::array();
  for (const auto& info : all_relations())
    if (w.admits(info.relation)) relations.push_back(std::string(info.name));
  return json{{"from", w.from().iso()},
              {"to", w.to().iso()},
              {"half_life", w.half_life_days > 0 ? json(w.half_life_days) : json(nullptr)},
              {"relations", std::move(relations)},
              {"min_confidence", w.min_confidence},
              {"actors", s.vertex_count()},
              {"dyads", s.edge_count()},
              {"observations", s.observation_count()}};
}

Result<ActorNames> ActorNames::fetch(const storage::Store& store, std::vector<std::int64_t> ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  ActorNames names;
  if (ids.empty()) return names;
  auto refs = store.actors_by_ids(ids);
  if (!refs) return refs.error();
  for (auto& ref : *refs) names.by_id_.emplace(ref.id, std::move(ref));
  return names;
}

const storage::ActorRef* ActorNames::find(std::int64_t id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &it->second;
}

json ActorNames::ref(std::int64_t id) const {
  if (const auto* actor = find(id)) return http::render_actor_ref(*actor);
  // Merged away between the snapshot and this lookup: still say which id it was.
  return json{{"id", id}, {"slug", nullptr}, {"name", nullptr}, {"kind", nullptr}};
}

Result<std::vector<graph::ActorLabel>> labels_for(const storage::Store& store, const graph::Snapshot& s) {
  const auto ids = s.actor_ids();
  auto refs = store.actors_by_ids(std::vector<std::int64_t>(ids.begin(), ids.end()));
  if (!refs) return refs.error();
  std::vector<graph::ActorLabel> labels;
  labels.reserve(refs->size());
  for (auto& ref : *refs)
    labels.push_back({ref.id, std::move(ref.slug), std::move(ref.name), std::move(ref.kind)});
  return labels;
}

json render_counts(std::span<const graph::RelationCount> counts) {
  json out = json::object();
  for (const auto& rc : counts) out[std::string(relation_name(rc.relation))] = rc.count;
  return out;
}

}  // namespace sg::server::graph_api
