#include "sqlite.hpp"

#include <string>

namespace sg::storage::db {

void fail(ErrorCode code, std::string message, std::string field) {
  throw DbFailure(make_error(code, std::move(message), std::move(field)));
}

void fail_sqlite(sqlite3* db, int rc, std::string_view context) {
  const int primary = rc & 0xff;
  std::string message = std::string(context) + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
    fail(ErrorCode::busy, "database is locked (busy timeout expired): " + message);
  fail(ErrorCode::storage_error, std::move(message));
}

Statement::~Statement() {
  if (!stmt_) return;
  if (in_use_) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    *in_use_ = false;
  } else {
    sqlite3_finalize(stmt_);
  }
}

Statement& Statement::bind(int i, std::int64_t v) {
  if (int rc = sqlite3_bind_int64(stmt_, i, v); rc != SQLITE_OK)
    fail_sqlite(sqlite3_db_handle(stmt_), rc, "bind");
  return *this;
}

Statement& Statement::bind(int i, double v) {
  if (int rc = sqlite3_bind_double(stmt_, i, v); rc != SQLITE_OK)
    fail_sqlite(sqlite3_db_handle(stmt_), rc, "bind");
  return *this;
}

Statement& Statement::bind(int i, std::string_view v) {
  // SQLITE_TRANSIENT copies: callers may bind temporaries that die before step(). A default
  // string_view has a null data pointer, which SQLite would store as NULL rather than ''.
  int rc = sqlite3_bind_text64(stmt_, i, v.data() ? v.data() : "", v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  if (rc != SQLITE_OK) fail_sqlite(sqlite3_db_handle(stmt_), rc, "bind");
  return *this;
}

Statement& Statement::bind(int i, std::nullopt_t) {
  if (int rc = sqlite3_bind_null(stmt_, i); rc != SQLITE_OK)
    fail_sqlite(sqlite3_db_handle(stmt_), rc, "bind");
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3* db = sqlite3_db_handle(stmt_);
  sqlite3_reset(stmt_);  // so the statement can be reused after the failure
  fail_sqlite(db, rc, "step");
}

void Statement::run() {
  while (step()) {
  }
}

std::string_view Statement::view(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, col));
  if (!p) return {};
  return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, col))};
}

std::optional<std::string> Statement::opt_text(int col) const {
  if (is_null(col)) return std::nullopt;
  return text(col);
}

std::optional<std::int64_t> Statement::opt_int64(int col) const {
  if (is_null(col)) return std::nullopt;
  return int64(col);
}

Connection::Connection(const std::string& path, bool read_only, int busy_timeout_ms) {
  const int flags = (read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) |
                    SQLITE_OPEN_NOMUTEX;  // each connection is used by one thread at a time
  const int rc = sqlite3_open_v2(path.c_str(), &db_, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string message = "cannot open " + path + ": " + (db_ ? sqlite3_errmsg(db_) : sqlite3_errstr(rc));
    sqlite3_close_v2(db_);
    db_ = nullptr;
    fail(ErrorCode::storage_error, std::move(message));
  }
  sqlite3_extended_result_codes(db_, 1);
  sqlite3_busy_timeout(db_, busy_timeout_ms);
  try {
    // synchronous=FULL: in WAL mode the log is fsynced at every COMMIT, so a write acknowledged after
    // COMMIT survives kill -9 and power loss (NORMAL would only survive a process crash).
    exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = FULL;");
  } catch (...) {
    sqlite3_close_v2(db_);
    throw;
  }
}

Connection::~Connection() {
  for (auto& [sql, cached] : cache_) sqlite3_finalize(cached.stmt);
  sqlite3_close_v2(db_);
}

Statement Connection::prepare(std::string_view sql) {
  // Filtered listings build their SQL from the filters given, so the number of distinct statements
  // is bounded but can be large; past kMaxCached, new ones are prepared per use instead.
  constexpr std::size_t kMaxCached = 512;
  if (cache_.size() >= kMaxCached && cache_.find(std::string(sql)) == cache_.end())
    return prepare_one_off(sql);
  auto [it, inserted] = cache_.try_emplace(std::string(sql));
  Cached& slot = it->second;
  if (!slot.in_use) {
    if (!slot.stmt) {
      const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                        SQLITE_PREPARE_PERSISTENT, &slot.stmt, nullptr);
      if (rc != SQLITE_OK) {
        cache_.erase(it);
        fail_sqlite(db_, rc, "prepare");
      }
    }
    slot.in_use = true;
    return Statement(slot.stmt, &slot.in_use);
  }
  return prepare_one_off(sql);  // the cached twin is being stepped (a nested use of the same SQL)
}

Statement Connection::prepare_one_off(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) fail_sqlite(db_, rc, "prepare");
  return Statement(stmt, nullptr);
}

void Connection::exec(const std::string& sql) {
  char* err = nullptr;
  const int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string message = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
      fail(ErrorCode::busy, "database is locked (busy timeout expired): " + message);
    fail(ErrorCode::storage_error, "exec: " + message);
  }
}

Transaction::Transaction(Connection& conn, Kind kind) : conn_(conn) {
  conn_.prepare(kind == Kind::immediate ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED").run();
}

Transaction::~Transaction() {
  if (done_ || !conn_.in_transaction()) return;
  // ROLLBACK cannot fail on a healthy connection; if it did, the next BEGIN would report it.
  sqlite3_exec(conn_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  conn_.prepare("COMMIT").run();
  done_ = true;
}

}  // namespace sg::storage::db
