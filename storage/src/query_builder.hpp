// Builds a filtered SELECT from optional conditions while keeping every value a bound parameter.
#pragma once
#include <string>
#include <variant>
#include <vector>

#include "sqlite.hpp"

namespace sg::storage {

class QueryBuilder {
 public:
  using Value = std::variant<std::int64_t, double, std::string>;

  explicit QueryBuilder(std::string select) : sql_(std::move(select)) {}

  // Adds "AND <clause>"; each '?' in clause takes the next value, in order.
  template <class... Values>
  void where(std::string_view clause, Values&&... values) {
    sql_ += where_started_ ? " AND " : " WHERE ";
    where_started_ = true;
    sql_ += clause;
    (values_.emplace_back(Value(std::forward<Values>(values))), ...);
  }
  void add_value(Value v) { values_.push_back(std::move(v)); }
  void append(std::string_view tail) { sql_ += tail; }
  // Makes the statement so far a subquery: prefix + sql + suffix (values keep their order).
  void wrap(std::string_view prefix, std::string_view suffix) {
    sql_ = std::string(prefix) + sql_ + std::string(suffix);
  }
  const std::string& sql() const { return sql_; }
  int value_count() const { return static_cast<int>(values_.size()); }  // the last value's parameter

  db::Statement prepare(db::Connection& conn) const {
    auto stmt = conn.prepare(sql_);
    int i = 0;
    for (const auto& v : values_) std::visit([&](const auto& x) { stmt.bind(++i, x); }, v);
    return stmt;
  }

 private:
  std::string sql_;
  bool where_started_ = false;
  std::vector<Value> values_;
};

// LIKE pattern matching `needle` anywhere, with the wildcards in it escaped (use ESCAPE '\').
inline std::string like_contains(std::string_view needle) {
  std::string out = "%";
  for (char c : needle) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace sg::storage
