#include "http/body.hpp"

#include <cmath>

#include "core/date.hpp"
#include "core/text.hpp"

namespace sg::server::http {

Result<json> parse_json_object(const std::string& body) {
  if (!is_valid_utf8(body))
    return make_error(ErrorCode::invalid_field, "the request body is not valid UTF-8");
  if (body.empty())
    return make_error(ErrorCode::invalid_json, "the request body is empty; send a JSON object");
  auto parsed = json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return make_error(ErrorCode::invalid_json, "the request body is not valid JSON");
  if (!parsed.is_object())
    return make_error(ErrorCode::invalid_field, "the request body must be a JSON object");
  return parsed;
}

ObjectReader::ObjectReader(const json& object, std::string path) : object_(object), path_(std::move(path)) {
  if (!object_.is_object()) fail(make_error(ErrorCode::invalid_field, "expected a JSON object", path_));
}

std::string ObjectReader::field_name(std::string_view key) const {
  return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void ObjectReader::fail(Error error) {
  if (!error_) error_ = std::move(error);
}

bool ObjectReader::has(std::string_view key) const {
  return object_.is_object() && object_.find(std::string(key)) != object_.end();
}

const json* ObjectReader::raw(std::string_view key) {
  if (!object_.is_object()) return nullptr;
  seen_.emplace(key);
  const auto it = object_.find(std::string(key));
  return it == object_.end() ? nullptr : &*it;
}

std::optional<std::string> ObjectReader::string(std::string_view key, std::size_t max_len) {
  const json* value = raw(key);
  if (!value || value->is_null()) return std::nullopt;
  if (!value->is_string()) {
    fail(make_error(ErrorCode::invalid_field, field_name(key) + " must be a string", field_name(key)));
    return std::nullopt;
  }
  auto text = value->get<std::string>();
  if (text.size() > max_len) {
    fail(make_error(ErrorCode::invalid_field,
                    field_name(key) + " is longer than " + std::to_string(max_len) + " bytes",
                    field_name(key)));
    return std::nullopt;
  }
  return text;
}

std::string ObjectReader::required_string(std::string_view key, std::size_t max_len) {
  auto text = string(key, max_len);
  if (!text && !failed()) {
    fail(make_error(ErrorCode::missing_field, field_name(key) + " is required", field_name(key)));
    return {};
  }
  if (text && text->find_first_not_of(" \t\r\n") == std::string::npos) {
    fail(make_error(ErrorCode::invalid_field, field_name(key) + " must not be blank", field_name(key)));
    return {};
  }
  return text.value_or("");
}

std::optional<double> ObjectReader::number(std::string_view key, double min, double max) {
  const json* value = raw(key);
  if (!value || value->is_null()) return std::nullopt;
  if (!value->is_number() || !std::isfinite(value->get<double>()) || value->get<double>() < min ||
      value->get<double>() > max) {
    fail(make_error(
        ErrorCode::invalid_field,
        field_name(key) + " must be a number between " + std::to_string(min) + " and " + std::to_string(max),
        field_name(key)));
    return std::nullopt;
  }
  return value->get<double>();
}

std::optional<std::int64_t> ObjectReader::integer(std::string_view key, std::int64_t min, std::int64_t max) {
  const json* value = raw(key);
  if (!value || value->is_null()) return std::nullopt;
  if (!value->is_number_integer() || value->get<std::int64_t>() < min || value->get<std::int64_t>() > max) {
    fail(make_error(ErrorCode::invalid_field, field_name(key) + " must be an integer in range",
                    field_name(key)));
    return std::nullopt;
  }
  return value->get<std::int64_t>();
}

std::optional<bool> ObjectReader::boolean(std::string_view key) {
  const json* value = raw(key);
  if (!value || value->is_null()) return std::nullopt;
  if (!value->is_boolean()) {
    fail(make_error(ErrorCode::invalid_field, field_name(key) + " must be true or false", field_name(key)));
    return std::nullopt;
  }
  return value->get<bool>();
}

std::optional<std::string> ObjectReader::date(std::string_view key) {
  auto text = string(key, 32);
  if (!text) return std::nullopt;
  if (!parse_date(*text)) {
    fail(make_error(ErrorCode::invalid_date, field_name(key) + " is not a real YYYY-MM-DD date: " + *text,
                    field_name(key)));
    return std::nullopt;
  }
  return text;
}

std::string ObjectReader::required_date(std::string_view key) {
  const bool present = has(key) && !object_.at(std::string(key)).is_null();
  auto text = date(key);
  if (!present && !failed())
    fail(make_error(ErrorCode::missing_field, field_name(key) + " is required", field_name(key)));
  return text.value_or("");
}

std::vector<std::string> ObjectReader::string_list(std::string_view key) {
  std::vector<std::string> out;
  const json* value = raw(key);
  if (!value || value->is_null()) return out;
  if (!value->is_array()) {
    fail(make_error(ErrorCode::invalid_field, field_name(key) + " must be an array of strings",
                    field_name(key)));
    return out;
  }
  for (std::size_t i = 0; i < value->size(); ++i) {
    const auto& item = (*value)[i];
    const auto name = field_name(key) + "[" + std::to_string(i) + "]";
    if (!item.is_string() || item.get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos) {
      fail(make_error(ErrorCode::invalid_field, name + " must be a non-blank string", name));
      return {};
    }
    out.push_back(item.get<std::string>());
  }
  return out;
}

Status ObjectReader::finish() {
  if (error_) return *error_;
  for (const auto& [key, value] : object_.items()) {
    if (!seen_.count(key))
      return make_error(ErrorCode::unknown_field, "unknown field '" + field_name(key) + "'", field_name(key));
  }
  return Ok{};
}

Result<BodyItems> split_batch(const json& body, std::string_view key, std::size_t max_items) {
  BodyItems out;
  out.key = std::string(key);
  const auto it = body.find(out.key);
  if (it == body.end()) {
    out.items.push_back(&body);
    return out;
  }
  out.batch = true;
  if (body.size() != 1) {
    for (const auto& [name, value] : body.items())
      if (name != out.key)
        return make_error(ErrorCode::unknown_field, "a batch body holds only '" + out.key + "'", name);
  }
  if (!it->is_array()) return make_error(ErrorCode::invalid_field, out.key + " must be an array", out.key);
  if (it->empty()) return make_error(ErrorCode::invalid_field, out.key + " must not be empty", out.key);
  if (it->size() > max_items)
    return make_error(ErrorCode::invalid_field,
                      out.key + " holds more than " + std::to_string(max_items) + " items", out.key);
  for (const auto& item : *it) out.items.push_back(&item);
  return out;
}

std::string item_path(const BodyItems& items, std::size_t index) {
  return items.batch ? items.key + "[" + std::to_string(index) + "]" : std::string();
}

}  // namespace sg::server::http
