// GET /v1/graph/blocs and /v1/graph/balance.
#include "graph/balance.hpp"
#include "graph/blocs.hpp"
#include "routes/graph_common.hpp"
#include "routes/helpers.hpp"

namespace sg::server::graph_api {

using http::Reply;

namespace {

http::HandlerResult blocs(ApiContext& ctx, const http::Call& call) {
  http::QueryReader reader(query(call), allowed({"limit", "member_limit", "edge_limit"}));
  const auto limit = static_cast<std::size_t>(reader.integer("limit", 1, 10000).value_or(100));
  const auto member_limit =
      static_cast<std::size_t>(reader.integer("member_limit", 1, 100000).value_or(1000));
  const auto edge_limit = static_cast<std::size_t>(reader.integer("edge_limit", 0, 10000).value_or(100));
  if (auto status = reader.finish(); !status) return status.error();
  auto params = window_params(query(call));
  if (!params) return params.error();
  auto snapshot = snapshot_for(ctx.store, ctx.graph.get(), *params);
  if (!snapshot) return snapshot.error();
  const auto& s = **snapshot;
  graph::Blocs blocs(*snapshot, {.max_listed_edges = edge_limit});
  if (auto status = blocs.run(); !status) return status.error();

  const auto shown = std::min(limit, blocs.blocs().size());
  std::vector<std::int64_t> ids;
  for (std::size_t c = 0; c < shown; ++c)
    for (std::size_t i = 0; i < std::min(member_limit, blocs.blocs()[c].size()); ++i)
      ids.push_back(s.actor_id(blocs.blocs()[c][i]));
  for (const auto& p : blocs.frustrating_pairs()) ids.insert(ids.end(), {s.actor_id(p.a), s.actor_id(p.b)});
  auto names = ActorNames::fetch(ctx.store, ids);
  if (!names) return names.error();

  json camps = json::array();
  for (std::size_t c = 0; c < shown; ++c) {
    const auto& members = blocs.blocs()[c];
    json list = json::array();
    for (std::size_t i = 0; i < std::min(member_limit, members.size()); ++i)
      list.push_back(names->ref(s.actor_id(members[i])));
    camps.push_back(json{{"size", members.size()}, {"members", std::move(list)}});
  }
  json edges = json::array();
  for (const auto& p : blocs.frustrating_pairs())
    edges.push_back(
        json{{"a", names->ref(s.actor_id(p.a))},
             {"b", names->ref(s.actor_id(p.b))},
             {"sign", p.sign},
             {"weight", p.weight},
             {"why", p.sign > 0 ? "cooperative pair in different blocs" : "hostile pair in one bloc"}});
  return Reply::ok(json{{"window", render_window(s)},
                        {"bloc_count", blocs.blocs().size()},
                        {"blocs", std::move(camps)},
                        {"frustration", blocs.frustration()},
                        {"frustration_weight", blocs.frustration_weight()},
                        {"signed_pairs", blocs.signed_pairs()},
                        {"frustrating_edges", std::move(edges)}});
}

http::HandlerResult balance(ApiContext& ctx, const http::Call& call) {
  http::QueryReader reader(query(call), allowed({"limit"}));
  const auto limit = static_cast<std::size_t>(reader.integer("limit", 0, 10000).value_or(100));
  if (auto status = reader.finish(); !status) return status.error();
  auto params = window_params(query(call));
  if (!params) return params.error();
  auto snapshot = snapshot_for(ctx.store, ctx.graph.get(), *params);
  if (!snapshot) return snapshot.error();
  const auto& s = **snapshot;
  graph::Balance balance(*snapshot, {.max_listed = limit});
  if (auto status = balance.run(); !status) return status.error();

  std::vector<std::int64_t> ids;
  for (const auto& t : balance.unbalanced())
    for (auto v : t.actors) ids.push_back(s.actor_id(v));
  auto names = ActorNames::fetch(ctx.store, ids);
  if (!names) return names.error();
  json census = json::object();
  for (auto t : {graph::TriadType::ppp, graph::TriadType::pmm, graph::TriadType::ppm, graph::TriadType::mmm})
    census[std::string(graph::triad_signs(t))] = balance.count(t);
  json unbalanced = json::array();
  for (const auto& t : balance.unbalanced()) {
    json actors = json::array();
    for (auto v : t.actors) actors.push_back(names->ref(s.actor_id(v)));
    unbalanced.push_back(
        json{{"actors", std::move(actors)}, {"signs", std::string(graph::triad_signs(t.type))}});
  }
  const auto ratio = balance.balance_ratio();
  return Reply::ok(json{{"window", render_window(s)},
                        {"census", std::move(census)},
                        {"triangles", balance.triangles()},
                        {"balance_ratio", ratio ? json(*ratio) : json(nullptr)},
                        {"unbalanced", std::move(unbalanced)}});
}

}  // namespace

void register_signed_routes(http::Router& router, ApiContext& ctx) {
  router.get("/v1/graph/blocs", [&ctx](const http::Call& call) { return blocs(ctx, call); });
  router.get("/v1/graph/balance", [&ctx](const http::Call& call) { return balance(ctx, call); });
}

}  // namespace sg::server::graph_api
