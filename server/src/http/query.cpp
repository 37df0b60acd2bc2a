#include "http/query.hpp"

#include <charconv>
#include <cmath>

#include "core/date.hpp"
#include "core/text.hpp"

namespace sg::server::http {

QueryReader::QueryReader(const ParamMap& params, std::set<std::string, std::less<>> allowed)
    : params_(params), allowed_(std::move(allowed)) {
  for (const auto& [key, value] : params_) {
    if (!is_valid_utf8(key) || !is_valid_utf8(value)) {
      fail(make_error(ErrorCode::invalid_field, "query parameter is not valid UTF-8",
                      is_valid_utf8(key) ? key : ""));
      return;
    }
  }
  for (const auto& [key, value] : params_) {
    if (!allowed_.count(key)) {
      fail(make_error(ErrorCode::unknown_field, "this endpoint takes no query parameter '" + key + "'", key));
      return;
    }
  }
}

void QueryReader::fail(Error error) {
  if (!error_) error_ = std::move(error);
}

Status QueryReader::finish() {
  if (error_) return *error_;
  return Ok{};
}

std::optional<std::string> QueryReader::single(std::string_view name) {
  const auto [begin, end] = params_.equal_range(std::string(name));
  std::optional<std::string> found;
  int count = 0;
  for (auto it = begin; it != end; ++it) {
    if (it->second.empty()) continue;
    found = it->second;
    ++count;
  }
  if (count > 1) {
    fail(make_error(ErrorCode::invalid_field, std::string(name) + " is given more than once",
                    std::string(name)));
    return std::nullopt;
  }
  return found;
}

std::optional<std::string> QueryReader::string(std::string_view name, std::size_t max_len) {
  auto value = single(name);
  if (value && value->size() > max_len) {
    fail(make_error(ErrorCode::invalid_field,
                    std::string(name) + " is longer than " + std::to_string(max_len) + " bytes",
                    std::string(name)));
    return std::nullopt;
  }
  return value;
}

std::string QueryReader::required_string(std::string_view name, std::size_t max_len) {
  auto value = string(name, max_len);
  if (!value) {
    fail(make_error(ErrorCode::missing_field, std::string(name) + " is required", std::string(name)));
    return {};
  }
  return *value;
}

std::vector<std::string> QueryReader::list(std::string_view name) {
  std::vector<std::string> items;
  const auto [begin, end] = params_.equal_range(std::string(name));
  for (auto it = begin; it != end; ++it) {
    std::string_view rest = it->second;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      auto item = rest.substr(0, comma);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      if (!item.empty()) items.emplace_back(item);
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  }
  return items;
}

std::optional<std::int64_t> QueryReader::integer(std::string_view name, std::int64_t min, std::int64_t max) {
  auto text = single(name);
  if (!text) return std::nullopt;
  std::int64_t value = 0;
  const auto* first = text->data();
  const auto* last = first + text->size();
  const auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || ptr != last) {
    fail(make_error(ErrorCode::invalid_field, std::string(name) + " must be an integer", std::string(name)));
    return std::nullopt;
  }
  if (value < min || value > max) {
    fail(make_error(
        ErrorCode::invalid_field,
        std::string(name) + " must be between " + std::to_string(min) + " and " + std::to_string(max),
        std::string(name)));
    return std::nullopt;
  }
  return value;
}

std::optional<double> QueryReader::number(std::string_view name, double min, double max) {
  auto text = single(name);
  if (!text) return std::nullopt;
  double value = 0;
  const auto* first = text->data();
  const auto* last = first + text->size();
  const auto [ptr, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || ptr != last || !std::isfinite(value) || value < min || value > max) {
    fail(make_error(ErrorCode::invalid_field,
                    std::string(name) + " must be a number between " + std::to_string(min) + " and " +
                        std::to_string(max),
                    std::string(name)));
    return std::nullopt;
  }
  return value;
}

std::optional<bool> QueryReader::boolean(std::string_view name) {
  auto text = single(name);
  if (!text) return std::nullopt;
  if (*text == "true" || *text == "1") return true;
  if (*text == "false" || *text == "0") return false;
  fail(make_error(ErrorCode::invalid_field, std::string(name) + " must be true or false", std::string(name)));
  return std::nullopt;
}

std::optional<std::string> QueryReader::date(std::string_view name) {
  auto text = single(name);
  if (!text) return std::nullopt;
  if (!parse_date(*text)) {
    fail(make_error(ErrorCode::invalid_date, std::string(name) + " is not a real YYYY-MM-DD date: " + *text,
                    std::string(name)));
    return std::nullopt;
  }
  return text;
}

std::vector<Relation> QueryReader::relations(std::string_view name) {
  std::vector<Relation> out;
  for (const auto& item : list(name)) {
    const auto relation = relation_from_name(item);
    if (!relation) {
      fail(make_error(ErrorCode::unknown_relation, "unknown relation '" + item + "'", std::string(name)));
      return {};
    }
    out.push_back(*relation);
  }
  return out;
}

std::optional<Polarity> QueryReader::polarity(std::string_view name) {
  auto text = single(name);
  if (!text) return std::nullopt;
  const auto polarity = polarity_from_name(*text);
  if (!polarity)
    fail(make_error(ErrorCode::invalid_field,
                    std::string(name) + " must be hostile, cooperative or structural", std::string(name)));
  return polarity;
}

}  // namespace sg::server::http
