// Edges: insertion, filtered listing with keyset paging, curated additions and the snapshot window.
#include <algorithm>
#include <cmath>

#include "query_builder.hpp"
#include "store_impl.hpp"

namespace sg::storage {
namespace {

constexpr const char* kEdgeColumns =
    "SELECT e.id, s.id, s.slug, s.name, s.kind, e.relation, t.id, t.slug, t.name, t.kind, e.date, "
    "e.date_precision, "
    "e.confidence, ab.id, ab.slug, ab.name, ab.kind, e.article, ar.title, ar.url, e.evidence, e.span_start, "
    "e.span_end, e.origin, e.extractor_version, e.rule, e.created_at ";
constexpr const char* kEdgeJoins =
    " JOIN actors s ON s.id = e.source JOIN actors t ON t.id = e.target "
    "LEFT JOIN actors ab ON ab.id = e.asserted_by LEFT JOIN articles ar ON ar.id = e.article";

// The CHECK constraint guarantees a known name; failing here means a corrupted file.
Relation relation_of(std::string_view name) {
  if (auto r = relation_from_name(name)) return *r;
  db::fail(ErrorCode::storage_error,
           "edge with unknown relation '" + std::string(name) + "' in the database");
}

EdgeRecord read_edge(const db::Statement& s) {
  EdgeRecord r;
  r.id = s.int64(0);
  r.source = detail::read_actor_ref(s, 1);
  r.relation = relation_of(s.view(5));
  r.target = detail::read_actor_ref(s, 6);
  r.date = s.text(10);
  r.date_precision = precision_from_name(s.view(11)).value_or(DatePrecision::day);
  r.confidence = s.real(12);
  if (!s.is_null(13)) r.asserted_by = detail::read_actor_ref(s, 13);
  r.article_id = s.opt_int64(17);
  r.article_title = s.opt_text(18);
  r.article_url = s.opt_text(19);
  r.evidence = s.text(20);
  r.span_start = s.opt_int64(21);
  r.span_end = s.opt_int64(22);
  r.origin = s.text(23);
  r.extractor_version = s.text(24);
  r.rule = s.text(25);
  r.created_at = s.text(26);
  return r;
}

EdgeRecord fetch_edge(db::Connection& conn, Id id) {
  auto stmt = conn.prepare(std::string(kEdgeColumns) + "FROM edges e" + kEdgeJoins + " WHERE e.id = ?1");
  stmt.bind(1, id);
  if (!stmt.step()) db::fail(ErrorCode::not_found, "no edge with id " + std::to_string(id));
  return read_edge(stmt);
}

Date bound(const std::optional<std::string>& text, const char* field, bool upper) {
  auto span = parse_date_span(*text);
  if (!span) db::fail(ErrorCode::invalid_date, std::string(field) + " '" + *text + "' is not a date", field);
  return upper ? span->last : span->first;
}

}  // namespace

namespace detail {

bool valid_confidence(double c) {
  return std::isfinite(c) && c >= 0.0 && c <= 1.0;
}

Id insert_edge(db::Connection& conn, const EdgeInsert& e) {
  const RelationInfo& info = relation_info(e.relation);
  auto stmt = conn.prepare(
      "INSERT INTO edges (source, relation, target, date, day, date_precision, polarity, weight, confidence, "
      "asserted_by, article, evidence, span_start, span_end, origin, extractor_version, rule) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)");
  stmt.bind_all(e.source, info.name, e.target, e.date.iso(), std::int64_t{e.date.days()},
                precision_name(e.date_precision), polarity_name(info.polarity), info.weight, e.confidence,
                e.asserted_by, e.article, e.evidence, e.span_start, e.span_end,
                e.article ? "extracted" : "curated", e.extractor_version, e.rule);
  stmt.run();
  return conn.last_insert_rowid();
}

// Two phases: the filters pick one page of ids (mostly from indexes alone), and only those rows are
// read in full and joined; sorting whole joined rows before the LIMIT was 6x slower at 1M edges.
std::vector<EdgeRecord> select_edges(db::Connection& conn, const EdgeQuery& query, int fetch_limit) {
  QueryBuilder q("SELECT e.id FROM edges e");
  if (query.actor) q.where("(e.source = ? OR e.target = ?)", *query.actor, *query.actor);
  if (query.source) q.where("e.source = ?", *query.source);
  if (query.target) q.where("e.target = ?", *query.target);
  if (!query.relations.empty()) {
    // With a date range, the unary + keeps the planner off edges_relation: the covering edges_window
    // index then serves day, relation, source, target and confidence together.
    std::string clause = query.from || query.to ? "+e.relation IN (" : "e.relation IN (";
    for (std::size_t i = 0; i < query.relations.size(); ++i) {
      clause += i ? ", ?" : "?";
      q.add_value(std::string(relation_name(query.relations[i])));
    }
    // Values were added ahead of where(); where() adds none, so the order still matches.
    q.where(clause + ")");
  }
  if (query.polarity) q.where("e.polarity = ?", std::string(polarity_name(*query.polarity)));
  if (query.from) q.where("e.day >= ?", std::int64_t{bound(query.from, "from", false).days()});
  if (query.to) q.where("e.day <= ?", std::int64_t{bound(query.to, "to", true).days()});
  if (query.article) q.where("e.article = ?", *query.article);
  if (query.min_confidence) q.where("e.confidence >= ?", *query.min_confidence);
  if (query.origin) {
    if (*query.origin != "extracted" && *query.origin != "curated")
      db::fail(ErrorCode::invalid_field, "origin must be 'extracted' or 'curated'", "origin");
    q.where("e.origin = ?", *query.origin);
  }
  if (query.after_id) q.where("e.id > ?", *query.after_id);
  q.append(" ORDER BY e.id LIMIT ?");
  q.add_value(std::int64_t{fetch_limit});
  q.wrap(std::string(kEdgeColumns) + "FROM (",
         std::string(") page JOIN edges e ON e.id = page.id") + kEdgeJoins + " ORDER BY e.id");
  auto stmt = q.prepare(conn);
  std::vector<EdgeRecord> out;
  while (stmt.step()) out.push_back(read_edge(stmt));
  return out;
}

}  // namespace detail

Result<Page<EdgeRecord>> Store::list_edges(const EdgeQuery& query) const {
  return impl_->read([&](db::Connection& conn) {
    const int limit = std::clamp(query.limit, 1, 10000);
    Page<EdgeRecord> page;
    page.items = detail::select_edges(conn, query, limit + 1);  // the extra row says another page follows
    if (static_cast<int>(page.items.size()) > limit) {
      page.items.pop_back();
      page.next_after_id = page.items.back().id;
    }
    return page;
  });
}

Result<std::vector<EdgeRecord>> Store::add_curated_edges(const std::vector<CuratedEdgeWrite>& edges) {
  return impl_->write([&](db::Connection& conn) {
    std::vector<Id> ids;
    ids.reserve(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
      const auto& e = edges[i];
      const std::string where = edges.size() > 1 ? "edges[" + std::to_string(i) + "]: " : "";
      auto require_actor = [&](Id id, const char* field) {
        if (!detail::find_actor(conn, id))
          db::fail(ErrorCode::unknown_actor, where + "no actor with id " + std::to_string(id), field);
      };
      require_actor(e.source, "source");
      require_actor(e.target, "target");
      if (e.asserted_by) require_actor(*e.asserted_by, "asserted_by");
      if (!detail::valid_confidence(e.confidence))
        db::fail(ErrorCode::invalid_field, where + "confidence must lie in 0..1", "confidence");
      auto date = parse_date(e.date);
      if (!date)
        db::fail(ErrorCode::invalid_date, where + "date '" + e.date + "' is not a YYYY-MM-DD date", "date");
      detail::EdgeInsert row;
      row.source = e.source;
      row.relation = e.relation;
      row.target = e.target;
      row.date = *date;
      row.date_precision = e.date_precision;
      row.confidence = e.confidence;
      row.asserted_by = e.asserted_by;
      row.evidence = e.evidence;
      ids.push_back(detail::insert_edge(conn, row));
    }
    std::vector<EdgeRecord> out;
    out.reserve(ids.size());
    for (Id id : ids) out.push_back(fetch_edge(conn, id));
    return out;
  });
}

}  // namespace sg::storage
