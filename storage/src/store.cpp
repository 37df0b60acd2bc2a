// Opening the store (connections, pragmas, migration) and the small read-only methods: stats, the
// change feed and id lists.
#include <algorithm>

#include "migrations.hpp"
#include "store_impl.hpp"

namespace sg::storage {

bool is_actor_kind(std::string_view kind) {
  return std::any_of(std::begin(kActorKinds), std::end(kActorKinds),
                     [&](const char* k) { return kind == k; });
}

Store::Impl::ReaderLease::~ReaderLease() {
  {
    std::lock_guard lock(impl_.pool_mutex);
    impl_.idle_readers.push_back(std::move(conn_));
  }
  impl_.pool_cv.notify_one();
}

Store::Impl::ReaderLease Store::Impl::lease_reader() {
  std::unique_lock lock(pool_mutex);
  pool_cv.wait(lock, [&] { return !idle_readers.empty(); });
  auto conn = std::move(idle_readers.back());
  idle_readers.pop_back();
  return ReaderLease(*this, std::move(conn));
}

std::unique_ptr<db::Connection> Store::Impl::try_take_idle_reader() {
  std::lock_guard lock(pool_mutex);
  if (idle_readers.empty()) return nullptr;
  auto conn = std::move(idle_readers.back());
  idle_readers.pop_back();
  return conn;
}

void Store::Impl::refresh_change_seq(db::Connection& conn) {
  // Runs after COMMIT: a failure here must not turn a committed write into a reported error, and
  // the next successful write refreshes the number anyway.
  try {
    auto stmt = conn.prepare("SELECT coalesce(max(seq), 0) FROM changes");
    if (stmt.step()) change_seq.store(stmt.int64(0), std::memory_order_release);
  } catch (const db::DbFailure&) {
  }
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() {
  if (!impl_ || impl_->options.read_only) return;
  try {
    std::lock_guard lock(impl_->write_mutex);
    impl_->writer->exec("PRAGMA optimize");  // refreshes planner statistics where they went stale
  } catch (const db::DbFailure&) {
    // Closing must not throw; optimize is only a hint.
  }
}

int Store::schema_version() {
  return kSchemaVersion;
}

Result<std::unique_ptr<Store>> Store::open(const std::string& path, const StoreOptions& options) {
  return guarded([&] {
    auto impl = std::make_unique<Impl>();
    impl->path = path;
    impl->options = options;
    impl->writer = std::make_unique<db::Connection>(path, options.read_only, options.busy_timeout_ms);
    if (options.read_only) {
      check_version(*impl->writer);
    } else {
      // WAL: readers see the last committed state and never wait for the writer.
      {
        auto mode = impl->writer->prepare("PRAGMA journal_mode = WAL");
        if (!mode.step() || mode.view(0) != "wal")
          db::fail(ErrorCode::storage_error, "cannot switch " + path + " to WAL journal mode");
      }
      migrate(*impl->writer);
      // A batch of extracted edges dirties pages all over the source/target indexes; with the default
      // 2 MB cache they spilled to the WAL mid-transaction, rewriting the same pages many times.
      impl->writer->exec("PRAGMA cache_size = -131072");  // KiB: up to 128 MB, allocated on demand
      // Statement journals (every edge insert fires a trigger, so each needs one) stay in memory.
      impl->writer->exec("PRAGMA temp_store = MEMORY");
    }
    const int readers = std::max(1, options.reader_connections);
    for (int i = 0; i < readers; ++i) {
      auto conn = std::make_unique<db::Connection>(path, options.read_only, options.busy_timeout_ms);
      conn->exec("PRAGMA query_only = ON");
      // Readers map the file instead of copying each page through read(): a 1M-edge snapshot walks
      // ~40 MB of the window index. Address space only; the OS page cache holds the pages either way.
      conn->exec("PRAGMA mmap_size = 1073741824");
      impl->idle_readers.push_back(std::move(conn));
    }
    impl->refresh_change_seq(*impl->writer);
    return std::unique_ptr<Store>(new Store(std::move(impl)));
  });
}

std::int64_t Store::change_seq() const {
  return impl_->change_seq.load(std::memory_order_acquire);
}

namespace {

std::int64_t scalar(db::Connection& conn, const char* sql) {
  auto stmt = conn.prepare(sql);
  stmt.step();
  return stmt.int64(0);
}

// Every insert and delete (cascades included) leaves a row in changes, so counts move forward by
// the feed since the last count instead of scanning 1M-row tables on every health check.
bool apply_changes(db::Connection& conn, StoreStats& s, std::int64_t upto) {
  if (upto - s.change_seq > 100000) return false;  // a full recount is cheaper
  auto stmt = conn.prepare(
      "SELECT entity, op, count(*) FROM changes WHERE seq > ?1 AND seq <= ?2 AND op IN ('insert', 'delete') "
      "GROUP BY entity, op");
  stmt.bind_all(s.change_seq, upto);
  while (stmt.step()) {
    const std::string_view entity = stmt.view(0);
    const std::int64_t delta = stmt.view(1) == "insert" ? stmt.int64(2) : -stmt.int64(2);
    if (entity == "article") s.articles += delta;
    if (entity == "actor") s.actors += delta;
    if (entity == "alias") s.aliases += delta;
    if (entity == "edge") s.edges += delta;
  }
  return true;
}

}  // namespace

Result<StoreStats> Store::stats() const {
  std::optional<StoreStats> previous;
  {
    std::lock_guard lock(impl_->stats_mutex);
    if (impl_->cached_stats && impl_->cached_stats->change_seq == change_seq()) return *impl_->cached_stats;
    previous = impl_->cached_stats;
  }
  auto fresh = impl_->read([&](db::Connection& conn) {
    db::Transaction tx(conn, db::Transaction::Kind::deferred);
    const std::int64_t seq = scalar(conn, "SELECT coalesce(max(seq), 0) FROM changes");
    StoreStats s = previous.value_or(StoreStats{});
    if (!previous || !apply_changes(conn, s, seq)) {
      s.articles = scalar(conn, "SELECT count(*) FROM articles");
      s.actors = scalar(conn, "SELECT count(*) FROM actors");
      s.aliases = scalar(conn, "SELECT count(*) FROM aliases");
      s.edges = scalar(conn, "SELECT count(*) FROM edges");
    }
    s.change_seq = seq;
    s.schema_version = user_version(conn);
    // Separate subqueries: SQLite answers a lone min() or max() from the index in O(log n).
    auto span = conn.prepare("SELECT (SELECT min(day) FROM edges), (SELECT max(day) FROM edges)");
    s.first_edge_date.reset();
    s.last_edge_date.reset();
    if (span.step() && !span.is_null(0)) {
      s.first_edge_date = Date::from_days(static_cast<std::int32_t>(span.int64(0))).iso();
      s.last_edge_date = Date::from_days(static_cast<std::int32_t>(span.int64(1))).iso();
    }
    tx.commit();
    return s;
  });
  if (fresh.ok()) {
    std::lock_guard lock(impl_->stats_mutex);
    impl_->cached_stats = *fresh;
  }
  return fresh;
}

Result<std::vector<ChangeRecord>> Store::changes_since(std::int64_t seq, int limit) const {
  return impl_->read([&](db::Connection& conn) {
    auto stmt = conn.prepare(
        "SELECT seq, entity, entity_id, op, at FROM changes WHERE seq > ?1 ORDER BY seq LIMIT ?2");
    stmt.bind_all(seq, std::clamp(limit, 1, 100000));
    std::vector<ChangeRecord> out;
    while (stmt.step())
      out.push_back({stmt.int64(0), stmt.text(1), stmt.int64(2), stmt.text(3), stmt.text(4)});
    return out;
  });
}

Result<std::vector<Id>> Store::article_ids() const {
  return impl_->read([&](db::Connection& conn) {
    auto stmt = conn.prepare("SELECT id FROM articles ORDER BY id");
    std::vector<Id> ids;
    while (stmt.step()) ids.push_back(stmt.int64(0));
    return ids;
  });
}

}  // namespace sg::storage
