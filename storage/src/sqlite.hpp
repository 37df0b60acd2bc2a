// A small RAII wrapper over the SQLite C API, private to the storage layer: Connection (with a cache
// of prepared statements), Statement (a lease on a cached statement: bind, step, read columns) and
// Transaction (rolls back unless committed). Failures throw DbFailure carrying an sg::Error; the
// Store's public methods turn it back into a Result at the layer boundary.
#pragma once
#include <sqlite3.h>

#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/error.hpp"

namespace sg::storage::db {

struct DbFailure : std::exception {
  Error error;
  explicit DbFailure(Error e) : error(std::move(e)) {}
  const char* what() const noexcept override { return error.message.c_str(); }
};

[[noreturn]] void fail(ErrorCode code, std::string message, std::string field = {});
// Maps an SQLite result code: BUSY/LOCKED (after the busy timeout) -> busy, the rest -> storage_error.
[[noreturn]] void fail_sqlite(sqlite3* db, int rc, std::string_view context);

class Statement {
 public:
  // in_use points at the cache slot's flag; nullptr for a one-off statement, finalized at the end.
  Statement(sqlite3_stmt* stmt, bool* in_use) : stmt_(stmt), in_use_(in_use) {}
  Statement(Statement&& other) noexcept : stmt_(other.stmt_), in_use_(other.in_use_) {
    other.stmt_ = nullptr;
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement();

  // Parameters are 1-based, as in SQL.
  Statement& bind(int i, std::int64_t v);
  Statement& bind(int i, int v) { return bind(i, static_cast<std::int64_t>(v)); }
  Statement& bind(int i, double v);
  Statement& bind(int i, std::string_view v);
  Statement& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Statement& bind(int i, std::nullopt_t);
  template <class T>
  Statement& bind(int i, const std::optional<T>& v) {
    return v ? bind(i, *v) : bind(i, std::nullopt);
  }
  template <class... Args>
  Statement& bind_all(const Args&... args) {
    int i = 0;
    (bind(++i, args), ...);
    return *this;
  }

  bool step();  // true while a row is available
  void run();   // steps a statement that returns no rows (or ignores them)

  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  std::int64_t int64(int col) const { return sqlite3_column_int64(stmt_, col); }
  double real(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string_view view(int col) const;  // valid until the next step
  std::string text(int col) const { return std::string(view(col)); }
  std::optional<std::string> opt_text(int col) const;
  std::optional<std::int64_t> opt_int64(int col) const;

 private:
  sqlite3_stmt* stmt_;
  bool* in_use_;
};

class Connection {
 public:
  // Opens the file with the pragmas every connection needs (see sqlite.cpp).
  Connection(const std::string& path, bool read_only, int busy_timeout_ms);
  ~Connection();
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;

  // A cached prepared statement, reset and unbound when the lease ends.
  Statement prepare(std::string_view sql);
  void exec(const std::string& sql);  // for pragmas and the schema script only; never with user data
  std::int64_t last_insert_rowid() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }
  bool in_transaction() const { return sqlite3_get_autocommit(db_) == 0; }
  sqlite3* handle() const { return db_; }

 private:
  struct Cached {
    sqlite3_stmt* stmt = nullptr;
    bool in_use = false;
  };
  Statement prepare_one_off(std::string_view sql);  // finalized when the lease ends

  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, Cached> cache_;
};

// BEGIN IMMEDIATE (writes: takes the write lock up front so a transaction never fails half-way on a
// lock upgrade) or BEGIN DEFERRED (consistent multi-statement reads). Rolls back unless committed.
class Transaction {
 public:
  enum class Kind { immediate, deferred };
  Transaction(Connection& conn, Kind kind);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Connection& conn_;
  bool done_ = false;
};

}  // namespace sg::storage::db
