// Storing one article's extraction: actors found by slug (following merge redirects) or created, and
// edges deduplicated per article on (source, relation, target, asserted_by), keeping the most
// confident reading.
#include <algorithm>
#include <map>
#include <tuple>

#include "core/text.hpp"
#include "store_impl.hpp"

namespace sg::storage::detail {
namespace {

Id find_or_create_actor(db::Connection& conn, const ExtractedActorWrite& actor, IngestResult& out) {
  const std::string slug = actor.slug.empty() ? slugify(actor.name) : actor.slug;
  if (auto id = actor_id_by_slug(conn, slug)) return *id;
  ActorWrite write{actor.name, actor.kind, actor.country, slug, actor.aliases};
  const Id id = insert_actor(conn, write);
  ++out.actors_created;
  return id;
}

using EdgeKey = std::tuple<Id, Relation, Id, Id>;

EdgeKey key_of(Id source, Relation relation, Id target, std::optional<Id> asserted_by) {
  // A symmetric relation read in either direction is one fact.
  if (relation_info(relation).symmetric && target < source) std::swap(source, target);
  return {source, relation, target, asserted_by.value_or(0)};
}

}  // namespace

void apply_extraction(db::Connection& conn, Id article, const ExtractionWrite& extraction,
                      IngestResult& out) {
  std::vector<Id> ids;
  ids.reserve(extraction.actors.size());
  for (const auto& actor : extraction.actors) ids.push_back(find_or_create_actor(conn, actor, out));
  auto actor_at = [&](std::size_t index) {
    if (index >= ids.size())
      db::fail(ErrorCode::internal, "extracted edge refers to actor #" + std::to_string(index) + " of " +
                                        std::to_string(ids.size()));
    return ids[index];
  };

  std::map<EdgeKey, std::size_t> best;  // key -> index of the most confident edge with it
  std::vector<Date> dates(extraction.edges.size());
  for (std::size_t i = 0; i < extraction.edges.size(); ++i) {
    const auto& e = extraction.edges[i];
    auto date = parse_date(e.date);
    if (!date)
      db::fail(ErrorCode::invalid_date, "extracted edge date '" + e.date + "' is not a date", "date");
    if (!valid_confidence(e.confidence))
      db::fail(ErrorCode::invalid_field, "extracted edge confidence must lie in 0..1", "confidence");
    dates[i] = *date;
    std::optional<Id> asserted;
    if (e.asserted_by) asserted = actor_at(*e.asserted_by);
    auto [it, inserted] =
        best.try_emplace(key_of(actor_at(e.source), e.relation, actor_at(e.target), asserted), i);
    if (!inserted && e.confidence > extraction.edges[it->second].confidence) it->second = i;
  }
  std::vector<std::size_t> keep;
  keep.reserve(best.size());
  for (const auto& [key, index] : best) keep.push_back(index);
  std::sort(keep.begin(), keep.end());  // text order, so ids follow the article

  std::vector<EdgeInsert> rows;
  rows.reserve(keep.size());
  for (std::size_t i : keep) {
    const auto& e = extraction.edges[i];
    EdgeInsert& row = rows.emplace_back();
    row.source = ids[e.source];
    row.relation = e.relation;
    row.target = ids[e.target];
    row.date = dates[i];
    row.date_precision = e.date_precision;
    row.confidence = e.confidence;
    if (e.asserted_by) row.asserted_by = ids[*e.asserted_by];
    row.article = article;
    row.evidence = e.evidence;
    row.span_start = e.span_start;
    row.span_end = e.span_end;
    row.extractor_version = extraction.extractor_version;
    row.rule = e.rule;
  }
  insert_edges(conn, rows);
  out.edges_added += static_cast<std::int64_t>(rows.size());
}

}  // namespace sg::storage::detail
