// JSON bodies of the write endpoints, each validated field by field (unknown_field for extras).
// `path` prefixes field names in errors, e.g. "articles[3]".
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/relations.hpp"
#include "storage/store.hpp"

namespace sg::server::params {

using json = nlohmann::json;

inline constexpr std::size_t kMaxBatch = 1000;

Result<storage::ArticleInput> parse_article(const json& body, const std::string& path);
Result<storage::ActorWrite> parse_actor(const json& body);
Result<storage::ActorPatch> parse_actor_patch(const json& body);
Result<std::vector<storage::Alias>> parse_aliases(const json& body);  // {"aliases": [...]}
Result<std::string> parse_merge(const json& body);                    // {"into": ref}

struct CuratedEdgeBody {
  std::string source, target;  // actor references
  Relation relation = Relation::opposes;
  std::string date;
  DatePrecision date_precision = DatePrecision::day;
  double confidence = 1.0;
  std::optional<std::string> asserted_by;
  std::string evidence;
  bool create = false;  // create unknown actors instead of failing
  std::string source_kind = "other", target_kind = "other";
};
Result<CuratedEdgeBody> parse_curated_edge(const json& body, const std::string& path);

}  // namespace sg::server::params
