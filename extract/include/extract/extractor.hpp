// The extractor: article text and a gazetteer in, resolved actors and dated stance edges out.
// Deterministic, no I/O beyond loading the gazetteer, and nothing of storage or HTTP.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/relations.hpp"

namespace sg::extract {

inline constexpr std::string_view kExtractorVersion = "extract-1";

struct ArticleText {
  std::string id;            // caller's id, echoed in output
  std::string published_at;  // YYYY-MM-DD
  std::string title;
  std::string source;  // outlet
  std::string url;
  std::string text;
};

struct ActorAlias {
  std::string alias;
  std::optional<std::string> valid_from;  // YYYY-MM-DD, for role names ("the US president")
  std::optional<std::string> valid_to;
};

struct ExtractedActor {
  std::string id;    // stable slug: the gazetteer id, or slugify(name) for actors found in the text
  std::string name;  // canonical name
  std::string kind;  // state/government/leader/armed_group/party/igo/collective/person/other
  std::optional<std::string> country;  // ISO 3166 alpha-3
  std::vector<std::string> mentions;   // the text forms it was resolved from, in order seen
  std::vector<ActorAlias> aliases;     // known names to store with a new actor
  bool from_gazetteer = false;
};

struct ExtractedEdge {
  std::size_t source = 0;  // index into Extraction::actors
  Relation relation = Relation::opposes;
  std::size_t target = 0;
  std::string date;  // YYYY-MM-DD
  DatePrecision date_precision = DatePrecision::day;
  double confidence = 0.5;                 // 0..1, from how direct the evidence is
  std::optional<std::size_t> asserted_by;  // index into actors; none = the article's own voice
  std::string evidence;                    // the sentence
  std::size_t span_start = 0;              // byte offsets of the sentence in ArticleText::text
  std::size_t span_end = 0;
  std::string rule;            // name of the rule that fired, for explanations
  std::string source_mention;  // the text forms this edge's arguments were read from
  std::string target_mention;
};

struct Extraction {
  std::vector<ExtractedActor> actors;
  std::vector<ExtractedEdge> edges;
  std::size_t sentence_count = 0;  // sentences read after boilerplate removal
};

class Gazetteer;  // actors, aliases, roles, demonyms, places and lexicons from data/

// Loads the tables compiled into the binary (data/ at build time), or a data directory at run time.
Result<std::shared_ptr<const Gazetteer>> load_embedded_gazetteer();
Result<std::shared_ptr<const Gazetteer>> load_gazetteer(const std::string& data_dir);

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Gazetteer> gazetteer);
  ~Extractor();
  Extraction run(const ArticleText& article) const;  // thread-safe

 private:
  std::shared_ptr<const Gazetteer> gazetteer_;
};

}  // namespace sg::extract
