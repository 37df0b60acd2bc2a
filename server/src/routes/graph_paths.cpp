// GET /v1/graph/path, /v1/graph/changes and /v1/actors/{ref}/relations.
#include "graph/actor_relations.hpp"
#include "graph/changes.hpp"
#include "graph/paths.hpp"
#include "routes/graph_common.hpp"
#include "routes/helpers.hpp"

namespace sg::server::graph_api {

using http::Reply;

namespace {

http::HandlerResult path(ApiContext& ctx, const http::Call& call) {
  http::QueryReader reader(
      query(call), allowed({"from_actor", "to_actor", "over", "time_respecting", "weighted", "directed"}));
  const auto from_ref = reader.required_string("from_actor");
  const auto to_ref = reader.required_string("to_actor");
  const auto over_name = reader.string("over", 16).value_or("all");
  const bool time_respecting = reader.boolean("time_respecting").value_or(false);
  const bool weighted = reader.boolean("weighted").value_or(false);
  const bool directed = reader.boolean("directed").value_or(false);
  if (auto status = reader.finish(); !status) return status.error();
  const auto over = graph::edge_set_from_name(over_name);
  if (!over) return make_error(ErrorCode::invalid_field, "over must be cooperative, hostile or all", "over");
  auto from = resolve_actor(ctx, from_ref, "from_actor");
  if (!from) return from.error();
  auto to = resolve_actor(ctx, to_ref, "to_actor");
  if (!to) return to.error();
  auto params = window_params(query(call));
  if (!params) return params.error();
  auto snapshot = snapshot_for(ctx.store, ctx.graph.get(), *params);
  if (!snapshot) return snapshot.error();
  const auto& s = **snapshot;
  graph::ShortestPath finder(*snapshot, {.from_actor = from->id,
                                         .to_actor = to->id,
                                         .over = *over,
                                         .weighted = weighted,
                                         .time_respecting = time_respecting,
                                         .directed = directed});
  if (auto status = finder.run(); !status) return status.error();

  std::vector<std::int64_t> ids;
  for (const auto& step : finder.steps()) ids.insert(ids.end(), {s.actor_id(step.from), s.actor_id(step.to)});
  auto names = ActorNames::fetch(ctx.store, ids);
  if (!names) return names.error();
  json actors = json::array(), steps = json::array();
  if (finder.found()) actors.push_back(http::render_actor_ref(*from));
  for (const auto& step : finder.steps()) {
    actors.push_back(names->ref(s.actor_id(step.to)));
    steps.push_back(json{{"from", names->ref(s.actor_id(step.from))},
                         {"to", names->ref(s.actor_id(step.to))},
                         {"direction", step.forward ? "forward" : "backward"},
                         {"date", Date::from_days(step.day).iso()},
                         {"weight", s.weight(step.edge)},
                         {"sign", s.sign(step.edge)},
                         {"counts", render_counts(s.counts(step.edge))},
                         {"cost", step.cost}});
  }
  json result{{"window", render_window(s)},
              {"from_actor", http::render_actor_ref(*from)},
              {"to_actor", http::render_actor_ref(*to)},
              {"over", over_name},
              {"weighted", weighted},
              {"time_respecting", time_respecting},
              {"directed", directed},
              {"found", finder.found()},
              {"hops", finder.hops()},
              {"cost", finder.found() ? json(finder.total_cost()) : json(nullptr)},
              {"path", std::move(actors)},
              {"steps", std::move(steps)}};
  if (!finder.found()) result["reason"] = finder.reason();
  return Reply::ok(std::move(result));
}

http::HandlerResult changes(ApiContext& ctx, const http::Call& call) {
  http::QueryReader reader(query(call), allowed({"limit", "movers"}, {"a_", "b_"}));
  const auto limit = static_cast<std::size_t>(reader.integer("limit", 0, 10000).value_or(100));
  const auto movers = static_cast<std::size_t>(reader.integer("movers", 0, 10000).value_or(20));
  if (auto status = reader.finish(); !status) return status.error();
  std::shared_ptr<const graph::Snapshot> snapshots[2];
  for (int i = 0; i < 2; ++i) {
    const std::string prefix = i == 0 ? "a_" : "b_";
    auto given = [&](const char* name) { return query(call).count(prefix + name) > 0; };
    if (!given("from") && !given("to") && !given("at"))
      return make_error(
          ErrorCode::missing_field,
          "window " + prefix.substr(0, 1) + " needs " + prefix + "from, " + prefix + "to or " + prefix + "at",
          prefix + "from");
    auto params = window_params(query(call), prefix);
    if (!params) {
      Error error = params.error();
      if (error.field == "from" || error.field == "to" || error.field == "at" || error.field == "window")
        error.field = prefix + error.field;
      return error;
    }
    auto snapshot = snapshot_for(ctx.store, ctx.graph.get(), *params);
    if (!snapshot) return snapshot.error();
    snapshots[i] = *snapshot;
  }
  graph::Changes diff(snapshots[0], snapshots[1], {.max_listed = limit, .movers = movers});
  if (auto status = diff.run(); !status) return status.error();

  std::vector<std::int64_t> ids;
  for (const auto* list : {&diff.appeared(), &diff.ended(), &diff.flipped()})
    for (const auto& c : *list) ids.insert(ids.end(), {c.source, c.target});
  for (const auto& m : diff.movers()) ids.push_back(m.actor);
  auto names = ActorNames::fetch(ctx.store, ids);
  if (!names) return names.error();
  auto render_list = [&](const std::vector<graph::DyadChange>& list) {
    json out = json::array();
    for (const auto& c : list)
      out.push_back(json{{"source", names->ref(c.source)},
                         {"target", names->ref(c.target)},
                         {"weight_a", c.weight_a},
                         {"weight_b", c.weight_b},
                         {"sign_a", c.sign_a},
                         {"sign_b", c.sign_b}});
    return out;
  };
  json mover_list = json::array();
  for (const auto& m : diff.movers())
    mover_list.push_back(json{{"actor", names->ref(m.actor)},
                              {"pagerank_a", m.score_a},
                              {"pagerank_b", m.score_b},
                              {"delta", m.delta()}});
  return Reply::ok(json{{"a", render_window(*snapshots[0])},
                        {"b", render_window(*snapshots[1])},
                        {"totals",
                         {{"appeared", diff.appeared_total()},
                          {"ended", diff.ended_total()},
                          {"flipped", diff.flipped_total()}}},
                        {"appeared", render_list(diff.appeared())},
                        {"ended", render_list(diff.ended())},
                        {"flipped", render_list(diff.flipped())},
                        {"movers", std::move(mover_list)}});
}

http::HandlerResult relations(ApiContext& ctx, const http::Call& call) {
  http::QueryReader reader(query(call), allowed({"limit"}));
  const auto limit = static_cast<std::size_t>(reader.integer("limit", 1, 10000).value_or(50));
  if (auto status = reader.finish(); !status) return status.error();
  auto actor = resolve_actor(ctx, call.path_param("ref"), "ref");
  if (!actor) return actor.error();
  auto params = window_params(query(call));
  if (!params) return params.error();
  auto snapshot = snapshot_for(ctx.store, ctx.graph.get(), *params);
  if (!snapshot) return snapshot.error();
  graph::ActorRelations view(*snapshot, {.actor = actor->id, .limit = limit});
  if (auto status = view.run(); !status) return status.error();

  std::vector<std::int64_t> ids;
  for (const auto* list : {&view.allies(), &view.enemies(), &view.neutral()})
    for (const auto& c : *list) ids.push_back(c.actor);
  auto names = ActorNames::fetch(ctx.store, ids);
  if (!names) return names.error();
  auto render_list = [&](const std::vector<graph::Counterpart>& list) {
    json out = json::array();
    for (const auto& c : list)
      out.push_back(json{{"actor", names->ref(c.actor)},
                         {"net_weight", c.net_weight},
                         {"weight_out", c.weight_out},
                         {"weight_in", c.weight_in},
                         {"evidence", c.evidence},
                         {"counts", render_counts(c.counts)},
                         {"last_date", Date::from_days(c.last_day).iso()}});
    return out;
  };
  return Reply::ok(json{{"actor", http::render_actor_ref(*actor)},
                        {"window", render_window(**snapshot)},
                        {"present", view.present()},
                        {"allies", render_list(view.allies())},
                        {"enemies", render_list(view.enemies())},
                        {"neutral", render_list(view.neutral())}});
}

}  // namespace

void register_path_routes(http::Router& router, ApiContext& ctx) {
  router.get("/v1/graph/path", [&ctx](const http::Call& call) { return path(ctx, call); });
  router.get("/v1/graph/changes", [&ctx](const http::Call& call) { return changes(ctx, call); });
  router.get("/v1/actors/{ref}/relations", [&ctx](const http::Call& call) { return relations(ctx, call); });
}

}  // namespace sg::server::graph_api
