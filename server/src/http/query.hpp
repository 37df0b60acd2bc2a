// Reads and validates query parameters. Errors are collected first-wins so a params struct's parse()
// reads every field straight through and returns reader.finish() once: the first fault, naming its
// field, or success. Unknown parameters are refused (unknown_field) so typos never pass silently.
// An empty value ("&from=") counts as absent.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/relations.hpp"

namespace sg::server::http {

using ParamMap = std::multimap<std::string, std::string>;

class QueryReader {
 public:
  QueryReader(const ParamMap& params, std::set<std::string, std::less<>> allowed);

  std::optional<std::string> string(std::string_view name, std::size_t max_len = 1024);
  std::string required_string(std::string_view name, std::size_t max_len = 1024);
  // Repeated parameters and comma-separated values both add items; blanks are dropped.
  std::vector<std::string> list(std::string_view name);
  std::optional<std::int64_t> integer(std::string_view name, std::int64_t min, std::int64_t max);
  std::optional<double> number(std::string_view name, double min, double max);
  std::optional<bool> boolean(std::string_view name);
  std::optional<std::string> date(std::string_view name);  // strict YYYY-MM-DD, invalid_date
  std::vector<Relation> relations(std::string_view name);  // unknown_relation on a bad name
  std::optional<Polarity> polarity(std::string_view name);

  void fail(Error error);  // lets a params struct add its own cross-field checks
  bool failed() const { return error_.has_value(); }
  Status finish();  // first error, or unknown_field for a parameter nobody read

 private:
  std::optional<std::string> single(std::string_view name);

  const ParamMap& params_;
  std::set<std::string, std::less<>> allowed_;
  std::optional<Error> error_;
};

}  // namespace sg::server::http
