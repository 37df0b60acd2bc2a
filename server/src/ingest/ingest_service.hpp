// The one path by which articles enter the store, shared by POST /v1/articles and
// `stancegraph import`: run the extractor on each article (when extraction is on), translate its
// result into the store's terms, and write the batch in one transaction.
#pragma once
#include <vector>

#include "extract/extractor.hpp"
#include "storage/store.hpp"

namespace sg::server {

class IngestService {
 public:
  IngestService(storage::Store& store, const extract::Extractor* extractor)
      : store_(store), extractor_(extractor) {}

  bool extraction_enabled() const { return extractor_ != nullptr; }
  const extract::Extractor* extractor() const { return extractor_; }  // null when extraction is off
  Result<std::vector<storage::IngestResult>> ingest(const std::vector<storage::ArticleInput>& articles) const;
  // conflict when extraction is off.
  Result<storage::IngestResult> reextract(storage::Id article) const;

 private:
  storage::ExtractionWrite extract(const storage::ArticleInput& article, const std::string& id) const;

  storage::Store& store_;
  const extract::Extractor* extractor_;
};

// Exposed for tests: the translation from the extractor's structs to the store's.
storage::ExtractionWrite to_extraction_write(const extract::Extraction& extraction);

}  // namespace sg::server
