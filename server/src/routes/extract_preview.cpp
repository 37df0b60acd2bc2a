// POST /v1/extract: runs the server's extractor on an article and returns what it read (actors,
// edges with evidence and spans) without storing anything, so a person can check an article
// before POST /v1/articles stores it. Same body and validation as POST /v1/articles, same
// extractor instance as ingestion, so the preview is exactly what storing would extract.
#include <algorithm>

#include "core/date.hpp"
#include "core/relations.hpp"
#include "extract/extractor.hpp"
#include "params/body_params.hpp"
#include "routes/helpers.hpp"
#include "routes/routes.hpp"

namespace sg::server {

using http::json;

namespace {

// The stored actor the extractor's slug matches (ingestion matches by slug too), or null when
// storing would create a new actor.
json stored_actor(const ApiContext& ctx, const std::string& slug) {
  auto ref = ctx.store.resolve_actor(slug);
  if (!ref) return nullptr;
  bool by_slug = ref->slug == slug;
  if (!by_slug) {  // a slug merged away redirects to the actor it was merged into
    auto record = ctx.store.get_actor(ref->id);
    by_slug = record && std::find(record->former_slugs.begin(), record->former_slugs.end(), slug) !=
                            record->former_slugs.end();
  }
  if (!by_slug) return nullptr;  // the text matched an alias, which ingestion does not use
  return json{{"id", ref->id}, {"slug", ref->slug}, {"name", ref->name}, {"kind", ref->kind}};
}

json actor_ref(const extract::Extraction& ex, std::size_t index) {
  const auto& a = ex.actors.at(index);
  return json{{"index", index}, {"slug", a.id}, {"name", a.name}, {"kind", a.kind}};
}

json render_preview(const ApiContext& ctx, const extract::Extraction& ex) {
  json actors = json::array();
  for (std::size_t i = 0; i < ex.actors.size(); ++i) {
    const auto& a = ex.actors[i];
    json aliases = json::array();
    for (const auto& alias : a.aliases) aliases.push_back(alias.alias);
    actors.push_back(json{{"index", i},
                          {"slug", a.id},
                          {"name", a.name},
                          {"kind", a.kind.empty() ? "other" : a.kind},
                          {"country", a.country ? json(*a.country) : json(nullptr)},
                          {"mentions", a.mentions},
                          {"aliases", std::move(aliases)},
                          {"from_gazetteer", a.from_gazetteer},
                          {"stored", stored_actor(ctx, a.id)}});
  }
  json edges = json::array();
  for (const auto& e : ex.edges) {
    const auto& info = relation_info(e.relation);
    edges.push_back(json{{"source", actor_ref(ex, e.source)},
                         {"relation", std::string(info.name)},
                         {"target", actor_ref(ex, e.target)},
                         {"date", e.date},
                         {"date_precision", std::string(precision_name(e.date_precision))},
                         {"polarity", std::string(polarity_name(info.polarity))},
                         {"weight", info.weight},
                         {"confidence", e.confidence},
                         {"asserted_by", e.asserted_by ? actor_ref(ex, *e.asserted_by) : json(nullptr)},
                         {"evidence", e.evidence},
                         {"span", json::array({e.span_start, e.span_end})},
                         {"rule", e.rule.empty() ? json(nullptr) : json(e.rule)}});
  }
  return json{{"extractor_version", std::string(extract::kExtractorVersion)},
              {"stored", false},
              {"actors", std::move(actors)},
              {"edges", std::move(edges)}};
}

http::HandlerResult preview(const ApiContext& ctx, const http::Call& call) {
  auto body = json_body(call);
  if (!body) return body.error();
  auto article = params::parse_article(*body, "");
  if (!article) return article.error();
  const extract::Extractor* extractor = ctx.ingest.extractor();
  if (!extractor)
    return make_error(ErrorCode::conflict, "extraction is turned off on this server (--no-extract)");
  const extract::ArticleText text{"preview",
                                  article->published_at,
                                  article->title,
                                  article->source.value_or(""),
                                  article->url.value_or(""),
                                  article->text};
  return http::Reply::ok(render_preview(ctx, extractor->run(text)));
}

}  // namespace

// A read route: it stores nothing, so it needs no API key (like every GET, it is bounded by the
// request-body limit).
void register_extract_preview_routes(http::Router& router, ApiContext& ctx) {
  router.add("POST", "/v1/extract", http::Access::read,
             [&ctx](const http::Call& call) { return preview(ctx, call); });
}

}  // namespace sg::server
