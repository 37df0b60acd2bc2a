#include "ingest/ingest_service.hpp"

#include "core/text.hpp"

namespace sg::server {

namespace {
// The extractor names actors it found in the text by ids such as "collective:rebels"; the store
// takes slugs (lowercase ASCII words joined by '-', not only digits).
std::string store_slug(const std::string& id) {
  auto slug = slugify(id);
  if (slug.find_first_not_of("0123456789") == std::string::npos) slug = "actor-" + slug;
  return slug;
}
}  // namespace

storage::ExtractionWrite to_extraction_write(const extract::Extraction& extraction) {
  storage::ExtractionWrite write;
  write.extractor_version = std::string(extract::kExtractorVersion);
  write.actors.reserve(extraction.actors.size());
  for (const auto& actor : extraction.actors) {
    storage::ExtractedActorWrite out{
        store_slug(actor.id), actor.name, actor.kind.empty() ? "other" : actor.kind, actor.country, {}};
    for (const auto& alias : actor.aliases)
      out.aliases.push_back({alias.alias, alias.valid_from, alias.valid_to});
    write.actors.push_back(std::move(out));
  }
  write.edges.reserve(extraction.edges.size());
  for (const auto& edge : extraction.edges) {
    storage::ExtractedEdgeWrite out;
    out.source = edge.source;
    out.relation = edge.relation;
    out.target = edge.target;
    out.date = edge.date;
    out.date_precision = edge.date_precision;
    out.confidence = edge.confidence;
    out.asserted_by = edge.asserted_by;
    out.evidence = edge.evidence;
    out.span_start = static_cast<std::int64_t>(edge.span_start);
    out.span_end = static_cast<std::int64_t>(edge.span_end);
    out.rule = edge.rule;
    write.edges.push_back(std::move(out));
  }
  return write;
}

storage::ExtractionWrite IngestService::extract(const storage::ArticleInput& article,
                                                const std::string& id) const {
  if (!extractor_) return {};
  extract::ArticleText text{
      id,          article.published_at, article.title, article.source.value_or(""), article.url.value_or(""),
      article.text};
  return to_extraction_write(extractor_->run(text));
}

Result<std::vector<storage::IngestResult>> IngestService::ingest(
    const std::vector<storage::ArticleInput>& articles) const {
  std::vector<storage::ArticleWrite> batch;
  batch.reserve(articles.size());
  for (std::size_t i = 0; i < articles.size(); ++i)
    batch.push_back(storage::ArticleWrite{articles[i], extract(articles[i], std::to_string(i))});
  return store_.ingest(batch);
}

Result<storage::IngestResult> IngestService::reextract(storage::Id article) const {
  if (!extractor_)
    return make_error(ErrorCode::conflict, "extraction is turned off on this server (--no-extract)");
  auto summary = store_.get_article(article);
  if (!summary) return summary.error();
  auto text = store_.get_article_text(article);
  if (!text) return text.error();
  storage::ArticleInput input{summary->url, summary->title, summary->published_at, summary->source, *text};
  return store_.replace_extraction(article, extract(input, std::to_string(article)));
}

}  // namespace sg::server
