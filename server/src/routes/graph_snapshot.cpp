// GET /v1/graph, /v1/graph/centrality, /v1/graph/export.
#include <sstream>

#include "graph/betweenness.hpp"
#include "graph/degree.hpp"
#include "graph/export.hpp"
#include "graph/pagerank.hpp"
#include "graph/ranking.hpp"
#include "routes/graph_common.hpp"
#include "routes/helpers.hpp"
#include "routes/routes.hpp"

namespace sg::server {

using graph_api::json;
using http::Reply;

namespace {

http::HandlerResult whole_graph(ApiContext& ctx, const http::Call& call) {
  http::QueryReader reader(query(call), graph_api::allowed({}));
  if (auto status = reader.finish(); !status) return status.error();
  auto params = graph_api::window_params(query(call));
  if (!params) return params.error();
  auto snapshot = graph_api::snapshot_for(ctx.store, ctx.graph.get(), *params);
  if (!snapshot) return snapshot.error();
  auto labels = graph_api::labels_for(ctx.store, **snapshot);
  if (!labels) return labels.error();
  std::ostringstream out;
  graph::write_json(**snapshot, *labels, out);
  return Reply::bytes(std::move(out).str(), "application/json");
}

http::HandlerResult export_graph(ApiContext& ctx, const http::Call& call) {
  http::QueryReader reader(query(call), graph_api::allowed({"format", "part", "gexf_version"}));
  const auto format_name = reader.required_string("format", 16);
  const auto part = reader.string("part", 16).value_or("edges");
  const auto gexf_version = reader.string("gexf_version", 16).value_or("1.3");
  if (auto status = reader.finish(); !status) return status.error();
  const auto format = graph::export_format_from_name(format_name, part);
  if (!format) {
    if (format_name == "csv")
      return make_error(ErrorCode::invalid_field, "part must be nodes or edges", "part");
    return make_error(ErrorCode::invalid_field, "format must be graphml, gexf, dot, csv or json", "format");
  }
  if (gexf_version != "1.3" && gexf_version != "1.2draft")
    return make_error(ErrorCode::invalid_field, "gexf_version must be 1.3 or 1.2draft", "gexf_version");
  auto params = graph_api::window_params(query(call));
  if (!params) return params.error();
  auto snapshot = graph_api::snapshot_for(ctx.store, ctx.graph.get(), *params);
  if (!snapshot) return snapshot.error();
  auto labels = graph_api::labels_for(ctx.store, **snapshot);
  if (!labels) return labels.error();
  std::ostringstream out;
  graph::write_export(*format, **snapshot, *labels, out, {.gexf_version = gexf_version});
  return Reply::bytes(std::move(out).str(), std::string(graph::content_type(*format)));
}

http::HandlerResult centrality(ApiContext& ctx, const http::Call& call) {
  http::QueryReader reader(query(call),
                           graph_api::allowed({"metric", "graph", "limit", "damping", "samples"}));
  const auto metric = reader.string("metric", 16).value_or("pagerank");
  const auto set_name = reader.string("graph", 16).value_or("all");
  const auto limit = static_cast<std::size_t>(reader.integer("limit", 1, 10000).value_or(50));
  const auto damping = reader.number("damping", 0.01, 0.99).value_or(0.85);
  const auto samples = reader.integer("samples", 1, 100000);
  if (auto status = reader.finish(); !status) return status.error();
  const auto edges = graph::edge_set_from_name(set_name);
  if (!edges)
    return make_error(ErrorCode::invalid_field, "graph must be cooperative, hostile or all", "graph");
  if (metric != "pagerank" && metric != "betweenness" && metric != "degree")
    return make_error(ErrorCode::invalid_field, "metric must be pagerank, betweenness or degree", "metric");
  auto params = graph_api::window_params(query(call));
  if (!params) return params.error();
  auto snapshot = graph_api::snapshot_for(ctx.store, ctx.graph.get(), *params);
  if (!snapshot) return snapshot.error();
  const auto& s = **snapshot;

  json result{{"metric", metric}, {"graph", set_name}, {"window", graph_api::render_window(s)}};
  std::vector<double> scores;
  std::function<void(graph::Vertex, json&)> extra = [](graph::Vertex, json&) {};
  graph::Degree degree(*snapshot, {.edges = *edges});
  std::vector<double> normalized;
  if (metric == "pagerank") {
    graph::PageRank pr(*snapshot, {.edges = *edges, .damping = damping});
    if (auto status = pr.run(); !status) return status.error();
    scores = pr.scores();
    result["iterations"] = pr.iterations();
    result["converged"] = pr.converged();
    result["damping"] = damping;
  } else if (metric == "betweenness") {
    graph::BetweennessParams bp{.edges = *edges};
    if (samples) bp.samples = static_cast<std::size_t>(*samples);
    graph::Betweenness bt(*snapshot, bp);
    if (auto status = bt.run(); !status) return status.error();
    scores = bt.scores();
    normalized = bt.normalized();
    result["exact"] = bt.exact();
    result["sample_size"] = bt.sample_size();
    extra = [&](graph::Vertex v, json& item) { item["normalized"] = normalized[v]; };
  } else {
    if (auto status = degree.run(); !status) return status.error();
    scores = degree.total_degree();
    extra = [&](graph::Vertex v, json& item) {
      item["in_degree"] = degree.in_degree()[v];
      item["out_degree"] = degree.out_degree()[v];
      item["in_strength"] = degree.in_strength()[v];
      item["out_strength"] = degree.out_strength()[v];
    };
  }
  const auto top = graph::rank_by_score(scores, limit);
  std::vector<std::int64_t> ids;
  for (auto v : top) ids.push_back(s.actor_id(v));
  auto names = graph_api::ActorNames::fetch(ctx.store, ids);
  if (!names) return names.error();
  json items = json::array();
  for (auto v : top) {
    json item{{"actor", names->ref(s.actor_id(v))}, {"score", scores[v]}};
    extra(v, item);
    items.push_back(std::move(item));
  }
  result["scores"] = std::move(items);
  return Reply::ok(std::move(result));
}

}  // namespace

namespace graph_api {
void register_snapshot_routes(http::Router& router, ApiContext& ctx) {
  router.get("/v1/graph", [&ctx](const http::Call& call) { return whole_graph(ctx, call); });
  router.get("/v1/graph/centrality", [&ctx](const http::Call& call) { return centrality(ctx, call); });
  router.get("/v1/graph/export", [&ctx](const http::Call& call) { return export_graph(ctx, call); });
}
}  // namespace graph_api

void register_graph_routes(http::Router& router, ApiContext& ctx) {
  graph_api::register_snapshot_routes(router, ctx);
  graph_api::register_signed_routes(router, ctx);
  graph_api::register_path_routes(router, ctx);
}

}  // namespace sg::server
