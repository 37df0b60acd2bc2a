#include <chrono>
#include <istream>
#include <ostream>

#include "http/body.hpp"
#include "ingest/ingest_service.hpp"
#include "params/body_params.hpp"
#include "server/commands.hpp"

namespace sg::server {

namespace {

struct ImportTotals {
  std::int64_t lines = 0, ingested = 0, duplicates = 0, rejected = 0, edges = 0, actors = 0;
};

// JSONL lines may carry more than an article (evaluation files add "id", "edges", "absent");
// only the article's own fields are read, and validated exactly as the API validates them.
Result<storage::ArticleInput> article_from_line(const std::string& line) {
  auto object = http::parse_json_object(line);
  if (!object) return object.error();
  http::json article = http::json::object();
  for (const char* key : {"url", "title", "published_at", "source", "text"})
    if (object->contains(key)) article[key] = (*object)[key];
  return params::parse_article(article, "");
}

bool flush(const IngestService& ingest, std::vector<storage::ArticleInput>& batch, ImportTotals& totals,
           std::ostream& err) {
  if (batch.empty()) return true;
  auto results = ingest.ingest(batch);
  batch.clear();
  if (!results) {
    err << "stancegraph import: " << results.error().message << "\n";
    return false;
  }
  for (const auto& result : *results) {
    (result.duplicate ? totals.duplicates : totals.ingested) += 1;
    totals.edges += result.edges_added;
    totals.actors += result.actors_created;
  }
  return true;
}

}  // namespace

int import_jsonl(std::istream& in, storage::Store& store, const extract::Extractor* extractor,
                 std::size_t batch_size, std::ostream& out, std::ostream& err) {
  const IngestService ingest(store, extractor);
  const auto started = std::chrono::steady_clock::now();
  ImportTotals totals;
  std::vector<storage::ArticleInput> batch;
  std::string line;
  while (std::getline(in, line)) {
    ++totals.lines;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto article = article_from_line(line);
    if (!article) {
      ++totals.rejected;
      const auto& error = article.error();
      err << "line " << totals.lines << ": " << error.name() << ": " << error.message << "\n";
      continue;
    }
    batch.push_back(std::move(*article));
    if (batch.size() >= batch_size && !flush(ingest, batch, totals, err)) return 1;
  }
  if (!flush(ingest, batch, totals, err)) return 1;
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  out << "read " << totals.lines << " lines: " << totals.ingested << " ingested, " << totals.duplicates
      << " duplicates, " << totals.rejected << " rejected; " << totals.edges << " edges and " << totals.actors
      << " actors added in " << seconds << " s\n";
  return totals.rejected > 0 ? 1 : 0;
}

int reextract(storage::Store& store, const extract::Extractor& extractor, std::optional<std::int64_t> article,
              std::ostream& out, std::ostream& err) {
  const IngestService ingest(store, &extractor);
  std::vector<storage::Id> ids;
  if (article) {
    ids.push_back(*article);
  } else {
    auto all = store.article_ids();
    if (!all) {
      err << "stancegraph reextract: " << all.error().message << "\n";
      return 1;
    }
    ids = std::move(*all);
  }
  std::int64_t edges = 0;
  for (const auto id : ids) {
    auto result = ingest.reextract(id);
    if (!result) {
      err << "stancegraph reextract: article " << id << ": " << result.error().message << "\n";
      return 1;
    }
    edges += result->edges_added;
  }
  out << "re-extracted " << ids.size() << " articles: " << edges << " edges\n";
  return 0;
}

}  // namespace sg::server
