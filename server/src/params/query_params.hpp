// Query parameters of each GET endpoint, each struct validating itself: parse() returns the struct
// or the first fault, naming the parameter. Actor references stay strings here; the route resolves
// them against the store (id, slug or any alias).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "core/relations.hpp"
#include "http/query.hpp"
#include "storage/store.hpp"

namespace sg::server::params {

using http::ParamMap;

struct ArticleListParams {
  std::optional<std::string> from, to, source, q, actor;
  int limit = 50;
  std::optional<storage::Id> after_id;
  static Result<ArticleListParams> parse(const ParamMap& params);
};

struct EdgeListParams {
  std::optional<std::string> actor, source, target;
  std::vector<Relation> relations;
  std::optional<Polarity> polarity;
  std::optional<std::string> from, to;
  std::optional<storage::Id> article;
  std::optional<double> min_confidence;
  std::optional<std::string> origin;
  int limit = 100;
  std::optional<storage::Id> after_id;
  static Result<EdgeListParams> parse(const ParamMap& params);
};

struct ActorSearchParams {
  std::optional<std::string> q, kind, country;
  int limit = 50;
  int offset = 0;
  static Result<ActorSearchParams> parse(const ParamMap& params);
};

struct TimelineParams {
  std::optional<std::string> from, to;
  std::vector<Relation> relations;
  int limit = 500;
  static Result<TimelineParams> parse(const ParamMap& params);
};

struct DyadParams {
  std::string a, b;
  std::optional<std::string> from, to;
  storage::Interval interval = storage::Interval::month;
  static Result<DyadParams> parse(const ParamMap& params);
};

struct ChangesParams {
  std::int64_t since = 0;
  int limit = 100;
  static Result<ChangesParams> parse(const ParamMap& params);
};

// Shared checks other areas (graph) can reuse.
void check_window(http::QueryReader& reader, const std::optional<std::string>& from,
                  const std::optional<std::string>& to);
bool is_country_code(std::string_view code);

}  // namespace sg::server::params
