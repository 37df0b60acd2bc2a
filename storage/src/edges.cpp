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

// The filters of one EdgeQuery, resolved and validated once, then added to each statement that
// select_edges runs. Polarity follows from relation, so it narrows the relation set instead of
// becoming a condition of its own (which no index could serve).
struct EdgeFilters {
  const EdgeQuery& query;
  std::vector<std::string> relations;  // empty: any
  std::optional<std::int64_t> from_day, to_day;
  bool matches_nothing = false;

  explicit EdgeFilters(const EdgeQuery& q) : query(q) {
    if (q.from) from_day = bound(q.from, "from", false).days();
    if (q.to) to_day = bound(q.to, "to", true).days();
    if (q.origin && *q.origin != "extracted" && *q.origin != "curated")
      db::fail(ErrorCode::invalid_field, "origin must be 'extracted' or 'curated'", "origin");
    if (!q.relations.empty() || q.polarity) {
      for (const auto& info : all_relations()) {
        const bool listed = q.relations.empty() || std::find(q.relations.begin(), q.relations.end(),
                                                             info.relation) != q.relations.end();
        if (listed && (!q.polarity || info.polarity == *q.polarity)) relations.emplace_back(info.name);
      }
      matches_nothing = relations.empty();
    }
  }

  // Whether some index narrows the rows; without one, the id order of the table is the best plan.
  bool indexed() const {
    return query.actor || query.source || query.target || !relations.empty() || from_day || to_day ||
           query.article || query.origin == "curated";
  }

  void apply(QueryBuilder& q) const {
    if (query.actor) q.where("(e.source = ? OR e.target = ?)", *query.actor, *query.actor);
    if (query.source) q.where("e.source = ?", *query.source);
    if (query.target) q.where("e.target = ?", *query.target);
    if (!relations.empty()) {
      std::string clause = "e.relation IN (";
      for (std::size_t i = 0; i < relations.size(); ++i) {
        clause += i ? ", ?" : "?";
        q.add_value(relations[i]);
      }
      q.where(clause + ")");  // values were added ahead of where(), which adds none: order matches
    }
    if (from_day) q.where("e.day >= ?", *from_day);
    if (to_day) q.where("e.day <= ?", *to_day);
    if (query.article) q.where("e.article = ?", *query.article);
    if (query.min_confidence) q.where("e.confidence >= ?", *query.min_confidence);
    // origin is 'curated' exactly when article is NULL (a CHECK); that form can use edges_article.
    if (query.origin == "curated")
      q.where("e.article IS NULL");
    else if (query.origin)
      q.where("e.origin = ?", *query.origin);
    q.where("e.id > ?", query.after_id.value_or(0));
  }
};

// The first `count` matching ids in id order, walking the table by rowid from after_id (up to
// `upto`) and stopping at the count-th match: cheap whenever matches are dense.
std::vector<Id> ids_in_id_order(db::Connection& conn, const EdgeFilters& filters, int count,
                                std::optional<Id> upto) {
  QueryBuilder q("SELECT e.id FROM edges e NOT INDEXED");
  filters.apply(q);
  if (upto) q.where("e.id <= ?", *upto);
  q.append(" ORDER BY e.id LIMIT ?");
  q.add_value(std::int64_t{count});
  auto stmt = q.prepare(conn);
  std::vector<Id> ids;
  while (stmt.step()) ids.push_back(stmt.int64(0));
  return ids;
}

// One page of ids, in two steps. (1) The planner's most selective index (actor, source, target,
// relation+day, day window or article) lists matches in index order, at most `cap` of them; when
// that is all of them, sorting them in memory costs no more than finding them. (2) More than `cap`
// matches means they are dense: walking the table in id order finds the page after about
// count * rows / matches rows, and the count-th smallest id seen in step 1 bounds that walk, since
// the page's ids can only be smaller. cap ~ sqrt(3 * count * rows) balances the two costs (a table
// row costs about three index entries).
std::vector<Id> select_page_ids(db::Connection& conn, const EdgeFilters& filters, int count) {
  if (!filters.indexed()) return ids_in_id_order(conn, filters, count, std::nullopt);
  auto last = conn.prepare("SELECT coalesce(max(id), 0) FROM edges");
  last.step();
  const double rows =
      static_cast<double>(std::max<Id>(last.int64(0) - filters.query.after_id.value_or(0), 0));
  const auto cap = std::max<std::int64_t>(
      count, static_cast<std::int64_t>(std::clamp(std::sqrt(3.0 * count * rows), 512.0, 50000.0)));

  QueryBuilder q("SELECT e.id FROM edges e");
  filters.apply(q);
  q.append(" LIMIT ?");
  q.add_value(cap + 1);
  std::vector<Id> ids;
  {
    auto stmt = q.prepare(conn);
    while (stmt.step()) ids.push_back(stmt.int64(0));
  }
  const auto page_end =
      ids.begin() + std::min<std::ptrdiff_t>(count, static_cast<std::ptrdiff_t>(ids.size()));
  std::partial_sort(ids.begin(), page_end, ids.end());
  if (static_cast<std::int64_t>(ids.size()) <= cap) return {ids.begin(), page_end};
  return ids_in_id_order(conn, filters, count, ids[static_cast<std::size_t>(count) - 1]);
}

std::vector<EdgeRecord> select_edges(db::Connection& conn, const EdgeQuery& query, int fetch_limit) {
  const EdgeFilters filters(query);
  if (filters.matches_nothing) return {};
  db::Transaction tx(conn, db::Transaction::Kind::deferred);  // the ids and the rows agree
  std::vector<EdgeRecord> out;
  for (Id id : select_page_ids(conn, filters, fetch_limit)) out.push_back(fetch_edge(conn, id));
  tx.commit();
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
