// Store internals shared by the storage sources: the connections (one writer behind a mutex, a pool
// of readers) and the helpers that run a method body on one of them, turning DbFailure into Result.
#pragma once
#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <type_traits>
#include <vector>

#include "sqlite.hpp"
#include "storage/store.hpp"

namespace sg::storage {

template <class F>
auto guarded(F&& body) -> Result<std::invoke_result_t<F>> {
  try {
    return body();
  } catch (const db::DbFailure& failure) {
    return failure.error;
  } catch (const std::exception& e) {
    return make_error(ErrorCode::internal, std::string("storage: ") + e.what());
  }
}

struct Store::Impl {
  std::string path;
  StoreOptions options;

  std::mutex write_mutex;
  std::unique_ptr<db::Connection> writer;

  std::mutex pool_mutex;
  std::condition_variable pool_cv;
  std::vector<std::unique_ptr<db::Connection>> idle_readers;

  std::atomic<std::int64_t> change_seq{0};

  // stats() counts whole tables once (tens of ms at 1M edges), then advances the counts by the change
  // feed; the result is served from here until the next commit.
  std::mutex stats_mutex;
  std::optional<StoreStats> cached_stats;

  // Borrows a reader connection for the lifetime of the lease (waits when all are busy).
  class ReaderLease {
   public:
    ReaderLease(Impl& impl, std::unique_ptr<db::Connection> conn) : impl_(impl), conn_(std::move(conn)) {}
    ~ReaderLease();
    ReaderLease(const ReaderLease&) = delete;
    ReaderLease& operator=(const ReaderLease&) = delete;
    db::Connection& operator*() { return *conn_; }

   private:
    Impl& impl_;
    std::unique_ptr<db::Connection> conn_;
  };
  ReaderLease lease_reader();
  // An idle reader for a second thread of the same request, or none (never waits: a request that
  // already holds one reader must not block on another). Hand it to a ReaderLease to return it.
  std::unique_ptr<db::Connection> try_take_idle_reader();

  // Runs body(conn) on a reader. Multi-statement bodies open their own deferred transaction.
  template <class F>
  auto read(F&& body) -> Result<std::invoke_result_t<F, db::Connection&>> {
    return guarded([&] {
      auto lease = lease_reader();
      return body(*lease);
    });
  }

  // Runs body(conn) on the writer inside one BEGIN IMMEDIATE transaction, committed before returning;
  // any failure rolls it back (Transaction's destructor).
  template <class F>
  auto write(F&& body) -> Result<std::invoke_result_t<F, db::Connection&>> {
    return guarded([&] {
      if (options.read_only) db::fail(ErrorCode::storage_error, "the store was opened read-only");
      std::lock_guard lock(write_mutex);
      db::Transaction tx(*writer, db::Transaction::Kind::immediate);
      auto result = body(*writer);
      tx.commit();
      refresh_change_seq(*writer);
      return result;
    });
  }

  void refresh_change_seq(db::Connection& conn);
};

// ---- helpers shared between the source files (all throw DbFailure) ---------------------------
namespace detail {

ActorRef read_actor_ref(const db::Statement& stmt, int first_col);  // id, slug, name, kind
std::optional<ActorRef> find_actor(db::Connection& conn, Id id);
std::optional<Id> actor_id_by_slug(db::Connection& conn, std::string_view slug);  // current or former
ActorRecord load_actor(db::Connection& conn, Id id);                              // not_found
Id insert_actor(db::Connection& conn, const ActorWrite& actor);                   // validates
bool insert_alias(db::Connection& conn, Id actor, const Alias& alias);            // false: already there

ArticleSummary load_article(db::Connection& conn, Id id);  // not_found
void apply_extraction(db::Connection& conn, Id article, const ExtractionWrite& extraction, IngestResult& out);

struct EdgeInsert {
  Id source = 0;
  Relation relation = Relation::opposes;
  Id target = 0;
  Date date;
  DatePrecision date_precision = DatePrecision::day;
  double confidence = 1.0;
  std::optional<Id> asserted_by;
  std::optional<Id> article;
  std::string_view evidence;
  std::optional<std::int64_t> span_start, span_end;
  std::string_view extractor_version;
  std::string_view rule;
};
Id insert_edge(db::Connection& conn, const EdgeInsert& edge);
void insert_edges(db::Connection& conn, const std::vector<EdgeInsert>& edges);  // in order, ids ascending
std::vector<EdgeRecord> select_edges(db::Connection& conn, const EdgeQuery& query, int fetch_limit);
bool valid_confidence(double c);
// load_window reads windows of at least this many (estimated) rows as two halves on two readers.
void set_window_split_rows(std::size_t rows);

}  // namespace detail
}  // namespace sg::storage
