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

// All edges of one article (an article holds tens of edges, so paging through is cheap).
Result<json> article_edges(const ApiContext& ctx, storage::Id id) {
  json edges = json::array();
  storage::EdgeQuery query;
  query.article = id;
  query.limit = 1000;
  for (;;) {
    auto page = ctx.store.list_edges(query);
    if (!page) return page.error();
    for (const auto& edge : page->items) edges.push_back(http::render_edge(edge));
    if (!page->next_after_id) break;
    query.after_id = page->next_after_id;
  }
  return edges;
}

http::HandlerResult post_articles(const ApiContext& ctx, const http::Call& call) {
  auto body = json_body(call);
  if (!body) return body.error();
  auto items = http::split_batch(*body, "articles", params::kMaxBatch);
  if (!items) return items.error();
  std::vector<storage::ArticleInput> articles;
  for (std::size_t i = 0; i < items->items.size(); ++i) {
    auto article = params::parse_article(*items->items[i], http::item_path(*items, i));
    if (!article) return article.error();
    articles.push_back(std::move(*article));
  }
  auto results = ctx.ingest.ingest(articles);
  if (!results) return results.error();
  bool any_new = false;
  std::int64_t duplicates = 0, edges_added = 0, actors_created = 0;
  json rendered = json::array();
  for (const auto& result : *results) {
    any_new |= !result.duplicate;
    duplicates += result.duplicate ? 1 : 0;
    edges_added += result.edges_added;
    actors_created += result.actors_created;
    rendered.push_back(http::render_ingest_result(result));
  }
  Reply reply = any_new ? Reply::created(nullptr) : Reply::ok(nullptr);
  if (!items->batch) {
    reply.body = std::move(rendered[0]);
  } else {
    reply.body = json{{"results", std::move(rendered)},
                      {"ingested", static_cast<std::int64_t>(results->size()) - duplicates},
                      {"duplicates", duplicates},
                      {"edges_added", edges_added},
                      {"actors_created", actors_created}};
  }
  return reply;
}

http::HandlerResult list_articles(const ApiContext& ctx, const http::Call& call) {
  auto params = params::ArticleListParams::parse(query(call));
  if (!params) return params.error();
  storage::ArticleQuery q;
  q.from = params->from;
  q.to = params->to;
  q.source = params->source;
  q.q = params->q;
  q.limit = params->limit;
  q.after_id = params->after_id;
  if (params->actor) {
    auto actor = resolve_actor(ctx, *params->actor, "actor");
    if (!actor) return actor.error();
    q.actor = actor->id;
  }
  auto page = ctx.store.list_articles(q);
  if (!page) return page.error();
  json articles = json::array();
  for (const auto& article : page->items) articles.push_back(http::render_article(article));
  return Reply::ok(
      json{{"articles", std::move(articles)},
           {"next_cursor",
            page->next_after_id ? json(http::encode_cursor('a', *page->next_after_id)) : json(nullptr)}});
}

http::HandlerResult get_article(const ApiContext& ctx, const http::Call& call) {
  http::QueryReader reader(query(call), {});
  if (auto status = reader.finish(); !status) return status.error();
  auto id = article_id_param(call, "id");
  if (!id) return id.error();
  auto article = ctx.store.get_article(*id);
  if (!article) return article.error();
  auto text = ctx.store.get_article_text(*id);
  if (!text) return text.error();
  auto edges = article_edges(ctx, *id);
  if (!edges) return edges.error();
  json out = http::render_article(*article);
  out["text"] = *text;
  return Reply::ok(json{{"article", std::move(out)}, {"edges", std::move(*edges)}});
}

http::HandlerResult reextract_article(const ApiContext& ctx, const http::Call& call) {
  if (!call.request.body.empty()) {
    auto body = json_body(call);
    if (!body) return body.error();
    http::ObjectReader reader(*body, "");
    if (auto status = reader.finish(); !status) return status.error();
  }
  auto id = article_id_param(call, "id");
  if (!id) return id.error();
  auto result = ctx.ingest.reextract(*id);
  if (!result) return result.error();
  auto edges = article_edges(ctx, *id);
  if (!edges) return edges.error();
  json out = http::render_ingest_result(*result);
  out["edges"] = std::move(*edges);
  return Reply::ok(std::move(out));
}

}  // namespace

void register_article_routes(http::Router& router, ApiContext& ctx) {
  router.post("/v1/articles", [&ctx](const http::Call& call) { return post_articles(ctx, call); });
  router.get("/v1/articles", [&ctx](const http::Call& call) { return list_articles(ctx, call); });
  router.get("/v1/articles/{id}", [&ctx](const http::Call& call) { return get_article(ctx, call); });
  router.post("/v1/articles/{id}/reextract",
              [&ctx](const http::Call& call) { return reextract_article(ctx, call); });
}

}  // namespace sg::server
