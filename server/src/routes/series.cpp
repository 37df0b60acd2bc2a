#include "http/render.hpp"
#include "params/query_params.hpp"
#include "routes/helpers.hpp"
#include "routes/routes.hpp"

namespace sg::server {

using http::json;
using http::Reply;

namespace {

std::string_view interval_name(storage::Interval interval) {
  switch (interval) {
    case storage::Interval::week:
      return "week";
    case storage::Interval::month:
      return "month";
    case storage::Interval::year:
      return "year";
  }
  return "month";
}

http::HandlerResult dyads(const ApiContext& ctx, const http::Call& call) {
  auto params = params::DyadParams::parse(query(call));
  if (!params) return params.error();
  auto a = resolve_actor(ctx, params->a, "a");
  if (!a) return a.error();
  auto b = resolve_actor(ctx, params->b, "b");
  if (!b) return b.error();
  auto series =
      ctx.store.dyad_series(storage::DyadQuery{a->id, b->id, params->from, params->to, params->interval});
  if (!series) return series.error();
  json buckets = json::array();
  for (const auto& bucket : *series) buckets.push_back(http::render_dyad_bucket(bucket));
  return Reply::ok(json{{"a", http::render_actor_ref(*a)},
                        {"b", http::render_actor_ref(*b)},
                        {"interval", std::string(interval_name(params->interval))},
                        {"from", http::optional_string(params->from)},
                        {"to", http::optional_string(params->to)},
                        {"series", std::move(buckets)}});
}

http::HandlerResult changes(const ApiContext& ctx, const http::Call& call) {
  auto params = params::ChangesParams::parse(query(call));
  if (!params) return params.error();
  const auto latest = ctx.store.change_seq();
  auto list = ctx.store.changes_since(params->since, params->limit);
  if (!list) return list.error();
  json items = json::array();
  std::int64_t next = params->since;
  for (const auto& change : *list) {
    items.push_back(http::render_change(change));
    next = std::max(next, change.seq);
  }
  return Reply::ok(
      json{{"changes", std::move(items)}, {"next_since", next}, {"latest", std::max(latest, next)}});
}

}  // namespace

void register_series_routes(http::Router& router, ApiContext& ctx) {
  router.get("/v1/dyads", [&ctx](const http::Call& call) { return dyads(ctx, call); });
  router.get("/v1/changes", [&ctx](const http::Call& call) { return changes(ctx, call); });
}

}  // namespace sg::server
