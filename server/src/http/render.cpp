#include "http/render.hpp"

namespace sg::server::http {

json optional_string(const std::optional<std::string>& value) {
  return value ? json(*value) : json(nullptr);
}

json render_actor_ref(const storage::ActorRef& actor) {
  return json{{"id", actor.id}, {"slug", actor.slug}, {"name", actor.name}, {"kind", actor.kind}};
}

json render_actor(const storage::ActorRecord& actor) {
  json out = render_actor_ref(actor.ref);
  out["country"] = optional_string(actor.country);
  json aliases = json::array();
  for (const auto& alias : actor.aliases) {
    aliases.push_back(json{{"alias", alias.alias},
                           {"valid_from", optional_string(alias.valid_from)},
                           {"valid_to", optional_string(alias.valid_to)}});
  }
  out["aliases"] = std::move(aliases);
  out["former_slugs"] = actor.former_slugs;
  out["edges_out"] = actor.edges_out;
  out["edges_in"] = actor.edges_in;
  out["first_edge_date"] = optional_string(actor.first_edge_date);
  out["last_edge_date"] = optional_string(actor.last_edge_date);
  out["created_at"] = actor.created_at;
  return out;
}

json render_edge(const storage::EdgeRecord& edge) {
  const auto& info = relation_info(edge.relation);
  json out{{"id", edge.id},
           {"source", render_actor_ref(edge.source)},
           {"relation", std::string(info.name)},
           {"target", render_actor_ref(edge.target)},
           {"date", edge.date},
           {"date_precision", std::string(precision_name(edge.date_precision))},
           {"polarity", std::string(polarity_name(info.polarity))},
           {"weight", info.weight},
           {"confidence", edge.confidence}};
  out["asserted_by"] = edge.asserted_by ? render_actor_ref(*edge.asserted_by) : json(nullptr);
  if (edge.article_id)
    out["article"] = json{{"id", *edge.article_id},
                          {"title", optional_string(edge.article_title)},
                          {"url", optional_string(edge.article_url)}};
  else
    out["article"] = nullptr;
  out["evidence"] = edge.evidence;
  out["span"] =
      edge.span_start && edge.span_end ? json::array({*edge.span_start, *edge.span_end}) : json(nullptr);
  out["origin"] = edge.origin;
  out["rule"] = edge.rule.empty() ? json(nullptr) : json(edge.rule);
  out["created_at"] = edge.created_at;
  return out;
}

json render_article(const storage::ArticleSummary& article) {
  return json{{"id", article.id},
              {"url", optional_string(article.url)},
              {"title", article.title},
              {"source", optional_string(article.source)},
              {"published_at", article.published_at},
              {"ingested_at", article.ingested_at},
              {"content_hash", article.content_hash},
              {"extractor_version",
               article.extractor_version.empty() ? json(nullptr) : json(article.extractor_version)},
              {"edge_count", article.edge_count}};
}

json render_ingest_result(const storage::IngestResult& result) {
  return json{{"article", render_article(result.article)},
              {"duplicate", result.duplicate},
              {"edges_added", result.edges_added},
              {"actors_created", result.actors_created}};
}

json render_change(const storage::ChangeRecord& change) {
  return json{{"seq", change.seq},
              {"entity", change.entity},
              {"id", change.entity_id},
              {"op", change.op},
              {"at", change.at}};
}

json render_dyad_bucket(const storage::DyadBucket& bucket) {
  json counts = json::object();
  std::int64_t total = 0;
  for (const auto& info : all_relations()) {
    const auto n = bucket.counts[static_cast<std::size_t>(info.relation)];
    if (n) counts[std::string(info.name)] = n;
    total += n;
  }
  return json{{"period", bucket.period_start},   {"counts", std::move(counts)}, {"total", total},
              {"net_weight", bucket.net_weight}, {"a_to_b", bucket.a_to_b},     {"b_to_a", bucket.b_to_a}};
}

}  // namespace sg::server::http
