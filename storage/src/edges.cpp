// Edges: insertion, filtered listing with keyset paging, curated additions and the snapshot window.
#include <algorithm>
#include <cmath>
#include <limits>

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

namespace {

constexpr const char* kInsertEdge =
    "INSERT INTO edges (source, relation, target, date, day, date_precision, polarity, weight, confidence, "
    "asserted_by, article, evidence, span_start, span_end, origin, extractor_version, rule) VALUES ";
constexpr int kEdgeParams = 17;

// "(?1, ..., ?17), (?18, ...)" for `rows` rows.
std::string value_rows(std::size_t rows) {
  std::string sql;
  for (std::size_t r = 0; r < rows; ++r) {
    sql += r ? ", (" : "(";
    for (int c = 1; c <= kEdgeParams; ++c)
      sql += (c > 1 ? ", ?" : "?") + std::to_string(static_cast<int>(r) * kEdgeParams + c);
    sql += ")";
  }
  return sql;
}

void bind_edge(db::Statement& stmt, int first, const EdgeInsert& e) {
  const RelationInfo& info = relation_info(e.relation);
  int i = first;
  auto next = [&](const auto& value) { stmt.bind(i++, value); };
  next(e.source), next(info.name), next(e.target), next(e.date.iso()), next(std::int64_t{e.date.days()});
  next(precision_name(e.date_precision)), next(polarity_name(info.polarity)), next(info.weight);
  next(e.confidence), next(e.asserted_by), next(e.article), next(e.evidence), next(e.span_start);
  next(e.span_end), next(e.article ? "extracted" : "curated"), next(e.extractor_version), next(e.rule);
}

}  // namespace

Id insert_edge(db::Connection& conn, const EdgeInsert& e) {
  auto stmt = conn.prepare(std::string(kInsertEdge) + value_rows(1));
  bind_edge(stmt, 1, e);
  stmt.run();
  return conn.last_insert_rowid();
}

// Each INSERT statement costs a statement journal and a VM run on top of its rows (every edge
// insert fires the change-feed trigger, so SQLite must be able to undo one statement alone);
// batching rows per statement spreads that over up to 32 edges. Chunks are powers of two so the
// statement cache holds at most six of these statements.
void insert_edges(db::Connection& conn, const std::vector<EdgeInsert>& edges) {
  std::size_t done = 0;
  while (done < edges.size()) {
    std::size_t rows = 32;
    while (rows > edges.size() - done) rows /= 2;
    auto stmt = conn.prepare(std::string(kInsertEdge) + value_rows(rows));
    for (std::size_t r = 0; r < rows; ++r)
      bind_edge(stmt, static_cast<int>(r) * kEdgeParams + 1, edges[done + r]);
    stmt.run();
    done += rows;
  }
}

// The filters of one EdgeQuery, resolved and validated once, then added to each statement that
// select_edges runs. Polarity follows from relation, so it narrows the relation set instead of
// becoming a condition of its own (which no index could serve).
struct EdgeFilters {
  const EdgeQuery& query;
  std::vector<std::string> relations;  // empty: any
  std::optional<std::int64_t> from_day, to_day;
  Id after = 0;  // ids above this one
  bool matches_nothing = false;

  explicit EdgeFilters(const EdgeQuery& q) : query(q), after(q.after_id.value_or(0)) {
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
      // An actor, source, target or article is far more selective than a relation: the unary +
      // keeps the planner on their indexes instead of edges_relation.
      const bool narrower = query.actor || query.source || query.target || query.article;
      std::string clause = narrower ? "+e.relation IN (" : "e.relation IN (";
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
    q.where("e.id > ?", after);
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

// One page of ids. (1) The planner's most selective index (actor, source, target,
// relation+day, day window or article) lists matches in index order, at most `cap` of them; when
// that is all of them, sorting them in memory costs no more than finding them. (2) More than `cap`
// matches means they are dense: walking the table in id order finds the page after about
// count * rows / matches rows, and the count-th smallest id seen in step 1 bounds that walk, since
// the page's ids can only be smaller. cap ~ sqrt(3 * count * rows) balances the two costs (a table
// row costs about three index entries).
//
// Edges are mostly stored in date order (articles arrive as they are published), so a window late in
// the record starts far into the id order: when the walk up to that bound would read more table rows
// than the window holds index entries, all the window's matches are listed and sorted instead.
std::vector<Id> select_page_ids(db::Connection& conn, const EdgeFilters& filters, int count) {
  if (!filters.indexed()) return ids_in_id_order(conn, filters, count, std::nullopt);
  auto span = conn.prepare(
      "SELECT (SELECT coalesce(max(id), 0) FROM edges), (SELECT min(day) FROM edges), "
      "(SELECT max(day) FROM edges)");
  span.step();
  const double rows = static_cast<double>(std::max<Id>(span.int64(0) - filters.after, 0));
  const auto cap = std::max<std::int64_t>(
      count, static_cast<std::int64_t>(std::clamp(std::sqrt(3.0 * count * rows), 512.0, 50000.0)));

  QueryBuilder q("SELECT e.id FROM edges e");
  filters.apply(q);
  q.append(" LIMIT ?");
  q.add_value(cap + 1);
  auto matches = [&](std::int64_t limit) {  // in index order; limit -1: all of them
    std::vector<Id> ids;
    auto stmt = q.prepare(conn);
    stmt.bind(q.value_count(), limit);
    while (stmt.step()) ids.push_back(stmt.int64(0));
    return ids;
  };
  auto smallest = [count](std::vector<Id> ids) {
    const auto end = ids.begin() + std::min<std::ptrdiff_t>(count, static_cast<std::ptrdiff_t>(ids.size()));
    std::partial_sort(ids.begin(), end, ids.end());
    ids.erase(end, ids.end());
    return ids;
  };
  std::vector<Id> ids = matches(cap + 1);
  if (static_cast<std::int64_t>(ids.size()) <= cap) return smallest(std::move(ids));
  std::nth_element(ids.begin(), ids.begin() + count - 1, ids.end());
  const Id bound = ids[static_cast<std::size_t>(count) - 1];
  if ((filters.from_day || filters.to_day) && !span.is_null(1)) {
    const std::int64_t first = std::max(span.int64(1), filters.from_day.value_or(span.int64(1)));
    const std::int64_t last = std::min(span.int64(2), filters.to_day.value_or(span.int64(2)));
    const double share = static_cast<double>(std::max<std::int64_t>(last - first + 1, 1)) /
                         static_cast<double>(span.int64(2) - span.int64(1) + 1);
    if (static_cast<double>(bound - filters.after) > 3.0 * share * rows) return smallest(matches(-1));
  }
  return ids_in_id_order(conn, filters, count, bound);
}

std::vector<EdgeRecord> select_edges(db::Connection& conn, const EdgeQuery& query, int fetch_limit) {
  EdgeFilters filters(query);
  if (filters.matches_nothing) return {};
  db::Transaction tx(conn, db::Transaction::Kind::deferred);  // the ids and the rows agree
  std::vector<Id> ids;
  // Without an actor or article, matches are often dense (a relation, a polarity, a long window):
  // a short walk in id order then finds the page at once. Otherwise it costs ~8 rows per id asked.
  const Id stride = 8 * static_cast<Id>(fetch_limit);
  if (!query.actor && !query.source && !query.target && !query.article && filters.indexed() &&
      filters.after < std::numeric_limits<Id>::max() - stride) {
    ids = ids_in_id_order(conn, filters, fetch_limit, filters.after + stride);
    filters.after += stride;
  }
  if (static_cast<int>(ids.size()) < fetch_limit) {
    auto rest = select_page_ids(conn, filters, fetch_limit - static_cast<int>(ids.size()));
    ids.insert(ids.end(), rest.begin(), rest.end());
  }
  std::vector<EdgeRecord> out;
  for (Id id : ids) out.push_back(fetch_edge(conn, id));
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
