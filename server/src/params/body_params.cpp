#include "params/body_params.hpp"

#include "core/date.hpp"
#include "core/text.hpp"
#include "http/body.hpp"
#include "params/query_params.hpp"

namespace sg::server::params {

using http::ObjectReader;

namespace {
template <class T>
Result<T> done(ObjectReader& reader, T value) {
  auto status = reader.finish();
  if (!status) return status.error();
  return value;
}

std::optional<std::string> country(ObjectReader& reader) {
  auto code = reader.string("country", 16);
  if (code && !is_country_code(*code))
    reader.fail(make_error(ErrorCode::invalid_field, "country must be an ISO 3166 alpha-3 code such as SYR",
                           reader.field_name("country")));
  return code;
}

std::string kind(ObjectReader& reader, std::string_view key, std::string fallback) {
  auto value = reader.string(key, 32);
  if (value && !storage::is_actor_kind(*value))
    reader.fail(
        make_error(ErrorCode::invalid_field, "unknown actor kind '" + *value + "'", reader.field_name(key)));
  return value.value_or(std::move(fallback));
}

// Aliases are strings or {"alias", "valid_from"?, "valid_to"?} for role names.
std::vector<storage::Alias> aliases(ObjectReader& reader, std::string_view key) {
  std::vector<storage::Alias> out;
  const json* list = reader.raw(key);
  if (!list || list->is_null()) return out;
  if (!list->is_array()) {
    reader.fail(make_error(ErrorCode::invalid_field, reader.field_name(key) + " must be an array",
                           reader.field_name(key)));
    return out;
  }
  for (std::size_t i = 0; i < list->size(); ++i) {
    const auto path = reader.field_name(key) + "[" + std::to_string(i) + "]";
    const auto& item = (*list)[i];
    if (item.is_string()) {
      if (item.get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos) {
        reader.fail(make_error(ErrorCode::invalid_field, path + " must not be blank", path));
        return {};
      }
      out.push_back({item.get<std::string>(), std::nullopt, std::nullopt});
      continue;
    }
    ObjectReader alias(item, path);
    storage::Alias parsed{alias.required_string("alias", 512), alias.date("valid_from"),
                          alias.date("valid_to")};
    if (parsed.valid_from && parsed.valid_to && *parsed.valid_from > *parsed.valid_to)
      alias.fail(make_error(ErrorCode::invalid_window, "valid_from is after valid_to",
                            alias.field_name("valid_from")));
    if (auto status = alias.finish(); !status) {
      reader.fail(status.error());
      return {};
    }
    out.push_back(std::move(parsed));
  }
  return out;
}
}  // namespace

Result<storage::ArticleInput> parse_article(const json& body, const std::string& path) {
  ObjectReader reader(body, path);
  storage::ArticleInput out;
  out.url = reader.string("url", 4096);
  out.title = reader.required_string("title", 4096);
  out.published_at = reader.required_date("published_at");
  out.source = reader.string("source", 512);
  out.text = reader.required_string("text");
  return done(reader, std::move(out));
}

Result<storage::ActorWrite> parse_actor(const json& body) {
  ObjectReader reader(body, "");
  storage::ActorWrite out;
  out.name = reader.required_string("name", 512);
  out.kind = kind(reader, "kind", "other");
  out.country = country(reader);
  out.slug = reader.string("slug", 128);
  if (out.slug && (out.slug->empty() || slugify(*out.slug) != *out.slug))
    reader.fail(
        make_error(ErrorCode::invalid_field, "slug must be lowercase ASCII words joined by '-'", "slug"));
  out.aliases = aliases(reader, "aliases");
  return done(reader, std::move(out));
}

Result<storage::ActorPatch> parse_actor_patch(const json& body) {
  ObjectReader reader(body, "");
  storage::ActorPatch out;
  if (reader.has("name")) out.name = reader.required_string("name", 512);
  if (reader.has("kind")) out.kind = kind(reader, "kind", "other");
  if (reader.has("country")) out.country = country(reader);
  if (!reader.failed() && body.empty())
    reader.fail(make_error(ErrorCode::missing_field, "give at least one of name, kind, country"));
  return done(reader, std::move(out));
}

Result<std::vector<storage::Alias>> parse_aliases(const json& body) {
  ObjectReader reader(body, "");
  if (!reader.has("aliases"))
    reader.fail(make_error(ErrorCode::missing_field, "aliases is required", "aliases"));
  auto out = aliases(reader, "aliases");
  if (!reader.failed() && out.empty())
    reader.fail(make_error(ErrorCode::invalid_field, "aliases must not be empty", "aliases"));
  return done(reader, std::move(out));
}

Result<std::string> parse_merge(const json& body) {
  ObjectReader reader(body, "");
  auto into = reader.required_string("into", 512);
  return done(reader, std::move(into));
}

Result<CuratedEdgeBody> parse_curated_edge(const json& body, const std::string& path) {
  ObjectReader reader(body, path);
  CuratedEdgeBody out;
  out.source = reader.required_string("source", 512);
  const auto relation = reader.required_string("relation", 64);
  if (!reader.failed()) {
    if (auto parsed = relation_from_name(relation))
      out.relation = *parsed;
    else
      reader.fail(make_error(ErrorCode::unknown_relation, "unknown relation '" + relation + "'",
                             reader.field_name("relation")));
  }
  out.target = reader.required_string("target", 512);
  // A date may be given to the day, month or year: "2015-06-01", "2015-06", "2015".
  const auto date = reader.required_string("date", 32);
  if (!reader.failed()) {
    if (auto span = parse_date_span(date)) {
      out.date = span->first.iso();
      out.date_precision = span->precision;
    } else {
      reader.fail(make_error(ErrorCode::invalid_date,
                             "date is not a real date (YYYY-MM-DD, YYYY-MM or YYYY): " + date,
                             reader.field_name("date")));
    }
  }
  if (auto precision = reader.string("date_precision", 16)) {
    if (auto parsed = precision_from_name(*precision))
      out.date_precision = *parsed;
    else
      reader.fail(make_error(ErrorCode::invalid_field, "date_precision must be day, month or year",
                             reader.field_name("date_precision")));
  }
  out.confidence = reader.number("confidence", 0.0, 1.0).value_or(1.0);
  out.asserted_by = reader.string("asserted_by", 512);
  out.evidence = reader.string("evidence", 1 << 16).value_or("");
  out.create = reader.boolean("create").value_or(false);
  out.source_kind = kind(reader, "source_kind", "other");
  out.target_kind = kind(reader, "target_kind", "other");
  return done(reader, std::move(out));
}

}  // namespace sg::server::params
