// Articles: idempotent batch ingest, lookup, listing with keyset paging, re-extraction.
#include <algorithm>

#include "content_hash.hpp"
#include "query_builder.hpp"
#include "store_impl.hpp"

namespace sg::storage {
namespace {

constexpr const char* kSummaryColumns =
    "SELECT a.id, a.url, a.title, a.source, a.published_at, a.ingested_at, a.content_hash, "
    "a.extractor_version, "
    "(SELECT count(*) FROM edges e WHERE e.article = a.id) FROM articles a";

ArticleSummary read_summary(const db::Statement& s) {
  return ArticleSummary{s.int64(0), s.opt_text(1), s.text(2), s.opt_text(3), s.text(4),
                        s.text(5),  s.text(6),     s.text(7), s.int64(8)};
}

std::optional<Id> find_duplicate(db::Connection& conn, const std::optional<std::string>& url,
                                 const std::string& hash) {
  auto stmt = conn.prepare(
      "SELECT id FROM articles WHERE url = ?1 UNION ALL SELECT id FROM articles WHERE content_hash = ?2 "
      "LIMIT 1");
  stmt.bind_all(url, hash);
  if (!stmt.step()) return std::nullopt;
  return stmt.int64(0);
}

IngestResult ingest_one(db::Connection& conn, const ArticleWrite& write, const std::string& where) {
  const ArticleInput& in = write.article;
  if (!parse_date(in.published_at))
    db::fail(ErrorCode::invalid_date,
             where + "published_at '" + in.published_at + "' is not a YYYY-MM-DD date", "published_at");
  const std::string hash = content_hash(in.text);
  // An empty url is no url: two articles without one must not collide on "".
  const std::optional<std::string> url = in.url && !in.url->empty() ? in.url : std::nullopt;
  IngestResult result;
  if (auto existing = find_duplicate(conn, url, hash)) {
    result.article = detail::load_article(conn, *existing);
    result.duplicate = true;
    return result;
  }
  auto stmt = conn.prepare(
      "INSERT INTO articles (url, content_hash, title, source, published_at, text, extractor_version) "
      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  stmt.bind_all(url, hash, in.title, in.source, in.published_at, in.text, write.extraction.extractor_version);
  stmt.run();
  const Id id = conn.last_insert_rowid();
  detail::apply_extraction(conn, id, write.extraction, result);
  result.article = detail::load_article(conn, id);
  return result;
}

}  // namespace

ArticleSummary detail::load_article(db::Connection& conn, Id id) {
  auto stmt = conn.prepare(std::string(kSummaryColumns) + " WHERE a.id = ?1");
  stmt.bind(1, id);
  if (!stmt.step()) db::fail(ErrorCode::not_found, "no article with id " + std::to_string(id));
  return read_summary(stmt);
}

Result<std::vector<IngestResult>> Store::ingest(const std::vector<ArticleWrite>& batch) {
  if (batch.empty()) return std::vector<IngestResult>{};  // no transaction, no fsync
  return impl_->write([&](db::Connection& conn) {
    std::vector<IngestResult> out;
    out.reserve(batch.size());
    for (std::size_t i = 0; i < batch.size(); ++i) {
      const std::string where = batch.size() > 1 ? "articles[" + std::to_string(i) + "]: " : "";
      out.push_back(ingest_one(conn, batch[i], where));
    }
    return out;
  });
}

Result<ArticleSummary> Store::get_article(Id id) const {
  return impl_->read([&](db::Connection& conn) { return detail::load_article(conn, id); });
}

Result<std::string> Store::get_article_text(Id id) const {
  return impl_->read([&](db::Connection& conn) {
    auto stmt = conn.prepare("SELECT text FROM articles WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step()) db::fail(ErrorCode::not_found, "no article with id " + std::to_string(id));
    return stmt.text(0);
  });
}

Result<Page<ArticleSummary>> Store::list_articles(const ArticleQuery& query) const {
  return impl_->read([&](db::Connection& conn) {
    QueryBuilder q(kSummaryColumns);
    if (query.from) {
      auto span = parse_date_span(*query.from);
      if (!span) db::fail(ErrorCode::invalid_date, "from '" + *query.from + "' is not a date", "from");
      q.where("a.published_at >= ?", span->first.iso());
    }
    if (query.to) {
      auto span = parse_date_span(*query.to);
      if (!span) db::fail(ErrorCode::invalid_date, "to '" + *query.to + "' is not a date", "to");
      q.where("a.published_at <= ?", span->last.iso());
    }
    if (query.source) q.where("a.source = ?", *query.source);
    if (query.q) q.where("a.title LIKE ? ESCAPE '\\'", like_contains(*query.q));
    if (query.actor)
      q.where(
          "a.id IN (SELECT article FROM edges WHERE source = ? UNION SELECT article FROM edges WHERE target "
          "= ?)",
          *query.actor, *query.actor);
    if (query.after_id) q.where("a.id > ?", *query.after_id);
    const int limit = std::clamp(query.limit, 1, 1000);
    q.append(" ORDER BY a.id LIMIT ?");
    q.add_value(std::int64_t{limit + 1});  // one extra row tells whether another page follows
    auto stmt = q.prepare(conn);
    Page<ArticleSummary> page;
    while (stmt.step()) page.items.push_back(read_summary(stmt));
    if (static_cast<int>(page.items.size()) > limit) {
      page.items.pop_back();
      page.next_after_id = page.items.back().id;
    }
    return page;
  });
}

Result<IngestResult> Store::replace_extraction(Id article, const ExtractionWrite& extraction) {
  return impl_->write([&](db::Connection& conn) {
    detail::load_article(conn, article);  // not_found
    // Curated edges have no article, so only this article's extracted edges go.
    conn.prepare("DELETE FROM edges WHERE article = ?1 AND origin = 'extracted'").bind(1, article).run();
    IngestResult result;
    detail::apply_extraction(conn, article, extraction, result);
    conn.prepare("UPDATE articles SET extractor_version = ?2 WHERE id = ?1")
        .bind_all(article, extraction.extractor_version)
        .run();
    result.article = detail::load_article(conn, article);
    return result;
  });
}

}  // namespace sg::storage
