#include <set>

#include "core/text.hpp"
#include "http/cursor.hpp"
#include "http/render.hpp"
#include "params/body_params.hpp"
#include "params/query_params.hpp"
#include "routes/helpers.hpp"
#include "routes/routes.hpp"

namespace sg::server {

using http::json;
using http::Reply;

namespace {

Result<std::optional<storage::Id>> optional_actor(const ApiContext& ctx,
                                                  const std::optional<std::string>& ref,
                                                  const std::string& field) {
  if (!ref) return std::optional<storage::Id>();
  auto actor = resolve_actor(ctx, *ref, field);
  if (!actor) return actor.error();
  return std::optional<storage::Id>(actor->id);
}

http::HandlerResult list_edges(const ApiContext& ctx, const http::Call& call) {
  auto params = params::EdgeListParams::parse(query(call));
  if (!params) return params.error();
  storage::EdgeQuery q;
  for (auto [ref, slot, field] :
       {std::tuple{&params->actor, &q.actor, "actor"}, std::tuple{&params->source, &q.source, "source"},
        std::tuple{&params->target, &q.target, "target"}}) {
    auto id = optional_actor(ctx, *ref, field);
    if (!id) return id.error();
    *slot = *id;
  }
  q.relations = params->relations;
  q.polarity = params->polarity;
  q.from = params->from;
  q.to = params->to;
  q.article = params->article;
  q.min_confidence = params->min_confidence;
  q.origin = params->origin;
  q.limit = params->limit;
  q.after_id = params->after_id;
  auto page = ctx.store.list_edges(q);
  if (!page) return page.error();
  json edges = json::array();
  for (const auto& edge : page->items) edges.push_back(http::render_edge(edge));
  return Reply::ok(
      json{{"edges", std::move(edges)},
           {"next_cursor",
            page->next_after_id ? json(http::encode_cursor('e', *page->next_after_id)) : json(nullptr)}});
}

// Resolves an edge end, creating the actor when allowed and the name matches nobody.
Result<storage::Id> edge_actor(const ApiContext& ctx, const std::string& ref, bool create,
                               const std::string& kind, const std::string& field, json& created) {
  auto actor = resolve_actor(ctx, ref, field);
  if (actor) return actor->id;
  if (!create || actor.error().code != ErrorCode::unknown_actor) return actor.error();
  storage::ActorWrite write;
  write.name = ref;
  write.kind = kind;
  auto made = ctx.store.create_actor(write);
  if (!made) return made.error();
  created.push_back(http::render_actor_ref(made->ref));
  return made->ref.id;
}

http::HandlerResult post_edges(const ApiContext& ctx, const http::Call& call) {
  auto body = json_body(call);
  if (!body) return body.error();
  auto items = http::split_batch(*body, "edges", params::kMaxBatch);
  if (!items) return items.error();
  std::vector<params::CuratedEdgeBody> parsed;
  for (std::size_t i = 0; i < items->items.size(); ++i) {
    auto edge = params::parse_curated_edge(*items->items[i], http::item_path(*items, i));
    if (!edge) return edge.error();
    parsed.push_back(std::move(*edge));
  }
  // Resolve every reference before creating anything, so a bad reference creates no actors. A name
  // an earlier item of the batch creates counts as known for the items after it.
  std::set<std::string> to_create;
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    const auto path = http::item_path(*items, i);
    const auto field = [&](const char* key) { return path.empty() ? std::string(key) : path + "." + key; };
    std::vector<std::pair<const std::string*, const char*>> refs{{&parsed[i].source, "source"},
                                                                 {&parsed[i].target, "target"}};
    if (parsed[i].asserted_by) refs.emplace_back(&*parsed[i].asserted_by, "asserted_by");
    for (auto [ref, key] : refs) {
      auto actor = resolve_actor(ctx, *ref, field(key));
      if (actor) continue;
      if (actor.error().code != ErrorCode::unknown_actor) return actor.error();
      if (parsed[i].create)
        to_create.insert(normalize_name(*ref));
      else if (!to_create.count(normalize_name(*ref)))
        return actor.error();
    }
  }
  json created = json::array();
  std::vector<storage::CuratedEdgeWrite> writes;
  for (std::size_t i = 0; i < parsed.size(); ++i) {
    const auto& edge = parsed[i];
    const auto path = http::item_path(*items, i);
    const auto field = [&](const char* key) { return path.empty() ? std::string(key) : path + "." + key; };
    storage::CuratedEdgeWrite write;
    auto source = edge_actor(ctx, edge.source, edge.create, edge.source_kind, field("source"), created);
    if (!source) return source.error();
    auto target = edge_actor(ctx, edge.target, edge.create, edge.target_kind, field("target"), created);
    if (!target) return target.error();
    write.source = *source;
    write.target = *target;
    write.relation = edge.relation;
    write.date = edge.date;
    write.date_precision = edge.date_precision;
    write.confidence = edge.confidence;
    write.evidence = edge.evidence;
    if (edge.asserted_by) {
      auto by = edge_actor(ctx, *edge.asserted_by, edge.create, "other", field("asserted_by"), created);
      if (!by) return by.error();
      write.asserted_by = *by;
    }
    writes.push_back(std::move(write));
  }
  auto stored = ctx.store.add_curated_edges(writes);
  if (!stored) return stored.error();
  json edges = json::array();
  for (const auto& edge : *stored) edges.push_back(http::render_edge(edge));
  if (items->batch)
    return Reply::created(json{{"edges", std::move(edges)}, {"actors_created", std::move(created)}});
  return Reply::created(json{{"edge", std::move(edges[0])}, {"actors_created", std::move(created)}});
}

}  // namespace

void register_edge_routes(http::Router& router, ApiContext& ctx) {
  router.get("/v1/edges", [&ctx](const http::Call& call) { return list_edges(ctx, call); });
  router.post("/v1/edges", [&ctx](const http::Call& call) { return post_edges(ctx, call); });
}

}  // namespace sg::server
