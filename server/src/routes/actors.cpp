#include <algorithm>

#include "http/render.hpp"
#include "params/body_params.hpp"
#include "params/query_params.hpp"
#include "routes/helpers.hpp"
#include "routes/routes.hpp"

namespace sg::server {

using http::json;
using http::Reply;

namespace {

// Timelines sort by date in memory; beyond this many edges the reply says it was truncated.
constexpr std::size_t kTimelineScanCap = 50000;

Status no_query(const http::Call& call) {
  http::QueryReader reader(query(call), {});
  return reader.finish();
}

http::HandlerResult search_actors(const ApiContext& ctx, const http::Call& call) {
  auto params = params::ActorSearchParams::parse(query(call));
  if (!params) return params.error();
  storage::ActorQuery q{params->q, params->kind, params->country, params->limit, params->offset};
  auto actors = ctx.store.find_actors(q);
  if (!actors) return actors.error();
  json list = json::array();
  for (const auto& actor : *actors) list.push_back(http::render_actor_ref(actor));
  return Reply::ok(json{{"actors", std::move(list)}});
}

http::HandlerResult get_actor(const ApiContext& ctx, const http::Call& call) {
  if (auto status = no_query(call); !status) return status.error();
  auto ref = resolve_actor(ctx, call.path_param("ref"), "ref");
  if (!ref) return ref.error();
  auto actor = ctx.store.get_actor(ref->id);
  if (!actor) return actor.error();
  return Reply::ok(json{{"actor", http::render_actor(*actor)}});
}

http::HandlerResult create_actor(const ApiContext& ctx, const http::Call& call) {
  auto body = json_body(call);
  if (!body) return body.error();
  auto write = params::parse_actor(*body);
  if (!write) return write.error();
  auto actor = ctx.store.create_actor(*write);
  if (!actor) return actor.error();
  return Reply::created(json{{"actor", http::render_actor(*actor)}});
}

http::HandlerResult patch_actor(const ApiContext& ctx, const http::Call& call) {
  auto ref = resolve_actor(ctx, call.path_param("ref"), "ref");
  if (!ref) return ref.error();
  auto body = json_body(call);
  if (!body) return body.error();
  auto patch = params::parse_actor_patch(*body);
  if (!patch) return patch.error();
  auto actor = ctx.store.update_actor(ref->id, *patch);
  if (!actor) return actor.error();
  return Reply::ok(json{{"actor", http::render_actor(*actor)}});
}

http::HandlerResult add_aliases(const ApiContext& ctx, const http::Call& call) {
  auto ref = resolve_actor(ctx, call.path_param("ref"), "ref");
  if (!ref) return ref.error();
  auto body = json_body(call);
  if (!body) return body.error();
  auto aliases = params::parse_aliases(*body);
  if (!aliases) return aliases.error();
  auto actor = ctx.store.add_aliases(ref->id, *aliases);
  if (!actor) return actor.error();
  return Reply::ok(json{{"actor", http::render_actor(*actor)}});
}

http::HandlerResult merge_actor(const ApiContext& ctx, const http::Call& call) {
  auto from = resolve_actor(ctx, call.path_param("ref"), "ref");
  if (!from) return from.error();
  auto body = json_body(call);
  if (!body) return body.error();
  auto into_ref = params::parse_merge(*body);
  if (!into_ref) return into_ref.error();
  auto into = resolve_actor(ctx, *into_ref, "into");
  if (!into) return into.error();
  if (into->id == from->id)
    return make_error(ErrorCode::conflict, "an actor cannot be merged into itself", "into");
  auto merged = ctx.store.merge_actors(from->id, into->id);
  if (!merged) return merged.error();
  return Reply::ok(json{{"merged", http::render_actor_ref(*from)},
                        {"actor", http::render_actor(merged->into)},
                        {"edges_moved", merged->edges_moved},
                        {"aliases_moved", merged->aliases_moved}});
}

http::HandlerResult timeline(const ApiContext& ctx, const http::Call& call) {
  auto params = params::TimelineParams::parse(query(call));
  if (!params) return params.error();
  auto ref = resolve_actor(ctx, call.path_param("ref"), "ref");
  if (!ref) return ref.error();
  storage::EdgeQuery q;
  q.actor = ref->id;
  q.relations = params->relations;
  q.from = params->from;
  q.to = params->to;
  q.limit = 1000;
  std::vector<storage::EdgeRecord> edges;
  bool truncated = false;
  for (;;) {
    auto page = ctx.store.list_edges(q);
    if (!page) return page.error();
    for (auto& edge : page->items) edges.push_back(std::move(edge));
    if (!page->next_after_id) break;
    if (edges.size() >= kTimelineScanCap) {
      truncated = true;
      break;
    }
    q.after_id = page->next_after_id;
  }
  std::stable_sort(edges.begin(), edges.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  if (edges.size() > static_cast<std::size_t>(params->limit)) {
    edges.resize(static_cast<std::size_t>(params->limit));
    truncated = true;
  }
  json list = json::array();
  for (const auto& edge : edges) {
    json item = http::render_edge(edge);
    item["direction"] = edge.source.id == ref->id ? "out" : "in";
    list.push_back(std::move(item));
  }
  return Reply::ok(
      json{{"actor", http::render_actor_ref(*ref)}, {"edges", std::move(list)}, {"truncated", truncated}});
}

}  // namespace

void register_actor_routes(http::Router& router, ApiContext& ctx) {
  router.get("/v1/actors", [&ctx](const http::Call& call) { return search_actors(ctx, call); });
  router.post("/v1/actors", [&ctx](const http::Call& call) { return create_actor(ctx, call); });
  router.get("/v1/actors/{ref}", [&ctx](const http::Call& call) { return get_actor(ctx, call); });
  router.patch("/v1/actors/{ref}", [&ctx](const http::Call& call) { return patch_actor(ctx, call); });
  router.post("/v1/actors/{ref}/aliases", [&ctx](const http::Call& call) { return add_aliases(ctx, call); });
  router.post("/v1/actors/{ref}/merge", [&ctx](const http::Call& call) { return merge_actor(ctx, call); });
  router.get("/v1/actors/{ref}/timeline", [&ctx](const http::Call& call) { return timeline(ctx, call); });
}

}  // namespace sg::server
