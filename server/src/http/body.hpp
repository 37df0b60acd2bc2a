// Reads and validates JSON request bodies. Like QueryReader, errors are first-wins: a parse function
// reads every field, then returns reader.finish(), which also refuses fields nobody read
// (unknown_field). Field names in errors carry their path: "articles[2].published_at".
#pragma once
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace sg::server::http {

using json = nlohmann::json;

// invalid_field when the body is not UTF-8, invalid_json when it does not parse, invalid_field when
// it is not an object.
Result<json> parse_json_object(const std::string& body);

class ObjectReader {
 public:
  ObjectReader(const json& object, std::string path);  // object must be a JSON object

  std::string field_name(std::string_view key) const;

  std::optional<std::string> string(std::string_view key, std::size_t max_len = 1 << 20);
  std::string required_string(std::string_view key, std::size_t max_len = 1 << 20);
  std::optional<double> number(std::string_view key, double min, double max);
  std::optional<std::int64_t> integer(std::string_view key, std::int64_t min, std::int64_t max);
  std::optional<bool> boolean(std::string_view key);
  std::optional<std::string> date(std::string_view key);  // strict YYYY-MM-DD
  std::string required_date(std::string_view key);
  std::vector<std::string> string_list(std::string_view key);
  const json* raw(std::string_view key);  // marks the key as read; null when absent
  bool has(std::string_view key) const;   // whether the key is present (null counts as present)

  void fail(Error error);
  bool failed() const { return error_.has_value(); }
  Status finish();

 private:
  const json& object_;
  std::string path_;
  std::set<std::string, std::less<>> seen_;
  std::optional<Error> error_;
};

// Reads `{"<key>": [...]}` or a single object into a list of objects, with each item's path.
struct BodyItems {
  std::vector<const json*> items;
  bool batch = false;  // the body used the list form
  std::string key;
};
Result<BodyItems> split_batch(const json& body, std::string_view key, std::size_t max_items);
std::string item_path(const BodyItems& items, std::size_t index);

}  // namespace sg::server::http
