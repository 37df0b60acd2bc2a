#include "params/query_params.hpp"

#include "http/cursor.hpp"

namespace sg::server::params {

using http::QueryReader;

namespace {
template <class T>
Result<T> done(QueryReader& reader, T value) {
  auto status = reader.finish();
  if (!status) return status.error();
  return value;
}

std::optional<storage::Id> cursor(QueryReader& reader, char kind) {
  auto text = reader.string("cursor", 128);
  if (!text) return std::nullopt;
  auto id = http::decode_cursor(kind, *text);
  if (!id) {
    reader.fail(id.error());
    return std::nullopt;
  }
  return *id;
}
}  // namespace

bool is_country_code(std::string_view code) {
  if (code.size() != 3) return false;
  for (char c : code)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

void check_window(QueryReader& reader, const std::optional<std::string>& from,
                  const std::optional<std::string>& to) {
  if (from && to && *from > *to)
    reader.fail(make_error(ErrorCode::invalid_window, "from " + *from + " is after to " + *to, "from"));
}

Result<ArticleListParams> ArticleListParams::parse(const ParamMap& params) {
  QueryReader reader(params, {"from", "to", "source", "q", "actor", "limit", "cursor"});
  ArticleListParams out;
  out.from = reader.date("from");
  out.to = reader.date("to");
  check_window(reader, out.from, out.to);
  out.source = reader.string("source");
  out.q = reader.string("q");
  out.actor = reader.string("actor");
  out.limit = static_cast<int>(reader.integer("limit", 1, 1000).value_or(50));
  out.after_id = cursor(reader, 'a');
  return done(reader, std::move(out));
}

Result<EdgeListParams> EdgeListParams::parse(const ParamMap& params) {
  QueryReader reader(params, {"actor", "source", "target", "relation", "polarity", "from", "to", "article",
                              "min_confidence", "origin", "limit", "cursor"});
  EdgeListParams out;
  out.actor = reader.string("actor");
  out.source = reader.string("source");
  out.target = reader.string("target");
  out.relations = reader.relations("relation");
  out.polarity = reader.polarity("polarity");
  out.from = reader.date("from");
  out.to = reader.date("to");
  check_window(reader, out.from, out.to);
  out.article = reader.integer("article", 1, INT64_MAX);
  out.min_confidence = reader.number("min_confidence", 0.0, 1.0);
  out.origin = reader.string("origin");
  if (out.origin && *out.origin != "extracted" && *out.origin != "curated")
    reader.fail(make_error(ErrorCode::invalid_field, "origin must be extracted or curated", "origin"));
  out.limit = static_cast<int>(reader.integer("limit", 1, 1000).value_or(100));
  out.after_id = cursor(reader, 'e');
  return done(reader, std::move(out));
}

Result<ActorSearchParams> ActorSearchParams::parse(const ParamMap& params) {
  QueryReader reader(params, {"q", "kind", "country", "limit", "offset"});
  ActorSearchParams out;
  out.q = reader.string("q", 256);
  out.kind = reader.string("kind");
  if (out.kind && !storage::is_actor_kind(*out.kind))
    reader.fail(make_error(ErrorCode::invalid_field, "unknown actor kind '" + *out.kind + "'", "kind"));
  out.country = reader.string("country");
  if (out.country && !is_country_code(*out.country))
    reader.fail(make_error(ErrorCode::invalid_field, "country must be an ISO 3166 alpha-3 code such as SYR",
                           "country"));
  out.limit = static_cast<int>(reader.integer("limit", 1, 1000).value_or(50));
  out.offset = static_cast<int>(reader.integer("offset", 0, 1000000).value_or(0));
  return done(reader, std::move(out));
}

Result<TimelineParams> TimelineParams::parse(const ParamMap& params) {
  QueryReader reader(params, {"from", "to", "relation", "limit"});
  TimelineParams out;
  out.from = reader.date("from");
  out.to = reader.date("to");
  check_window(reader, out.from, out.to);
  out.relations = reader.relations("relation");
  out.limit = static_cast<int>(reader.integer("limit", 1, 10000).value_or(500));
  return done(reader, std::move(out));
}

Result<DyadParams> DyadParams::parse(const ParamMap& params) {
  QueryReader reader(params, {"a", "b", "from", "to", "interval"});
  DyadParams out;
  out.a = reader.required_string("a");
  out.b = reader.required_string("b");
  out.from = reader.date("from");
  out.to = reader.date("to");
  check_window(reader, out.from, out.to);
  const auto interval = reader.string("interval").value_or("month");
  if (interval == "week")
    out.interval = storage::Interval::week;
  else if (interval == "month")
    out.interval = storage::Interval::month;
  else if (interval == "year")
    out.interval = storage::Interval::year;
  else
    reader.fail(make_error(ErrorCode::invalid_field, "interval must be week, month or year", "interval"));
  return done(reader, std::move(out));
}

Result<ChangesParams> ChangesParams::parse(const ParamMap& params) {
  QueryReader reader(params, {"since", "limit"});
  ChangesParams out;
  out.since = reader.integer("since", 0, INT64_MAX).value_or(0);
  out.limit = static_cast<int>(reader.integer("limit", 1, 1000).value_or(100));
  return done(reader, std::move(out));
}

}  // namespace sg::server::params
