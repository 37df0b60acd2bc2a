// The snapshot window: every edge of a day range as compact observations, read from the covering
// index edges_window. At 1M edges this is the cold path of every graph endpoint, so a large window
// is read as two day ranges on two reader connections at once, each pinned to the same commit.
#include <atomic>
#include <cstdint>
#include <exception>
#include <thread>

#include "store_impl.hpp"

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace sg::storage {
namespace {

// Relation names are CHECKed on insert, so one table probe by length and second letter finds the
// only candidate (the names differ in that pair), and one comparison confirms it. Failing means a
// corrupted file.
class RelationNames {
 public:
  RelationNames() {
    for (auto& slot : slot_) slot = -1;
    for (const auto& info : all_relations()) slot_[index(info.name)] = static_cast<int>(info.relation);
  }
  Relation operator()(std::string_view name) const {
    if (name.size() >= 2) {
      const int r = slot_[index(name)];
      if (r >= 0 && all_relations()[static_cast<std::size_t>(r)].name == name)
        return static_cast<Relation>(r);
    }
    db::fail(ErrorCode::storage_error,
             "edge with unknown relation '" + std::string(name) + "' in the database");
  }

 private:
  static std::size_t index(std::string_view name) {
    return (name.size() & 15) * 32 + (static_cast<unsigned char>(name[1]) & 31);
  }
  int slot_[16 * 32];
};

const RelationNames& relation_names() {
  static const RelationNames names;
  return names;
}

// The output of a large window is tens of megabytes of fresh memory, and first touching it costs a
// page fault per 4 KiB page (~2 us each in a VM); transparent huge pages over the 2 MiB-aligned
// inside of the reserved block take 512 times fewer. A hint only.
template <class T>
void reserve_large(std::vector<T>& v, std::size_t count) {
  v.reserve(count);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
  const auto start = reinterpret_cast<std::uintptr_t>(v.data());
  const auto begin = (start + kHuge - 1) & ~(kHuge - 1),
             end = (start + v.capacity() * sizeof(T)) & ~(kHuge - 1);
  if (end > begin) madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#endif
}

struct Extent {
  std::int64_t change_seq = 0;  // identifies the commit a read transaction sees
  std::size_t expected_rows = 0;
  std::int32_t first = 0, last = -1;  // the window clipped to the stored days; empty when last < first
};

// Read first in a deferred transaction, so it also fixes the commit that transaction sees. The row
// estimate assumes edges spread evenly over their dates; it sizes the output once.
Extent extent_of(db::Connection& conn, std::int32_t from, std::int32_t to) {
  auto stmt = conn.prepare(
      "SELECT (SELECT coalesce(max(seq), 0) FROM changes), (SELECT max(id) FROM edges), "
      "(SELECT min(day) FROM edges), (SELECT max(day) FROM edges)");
  Extent x;
  if (!stmt.step()) return x;
  x.change_seq = stmt.int64(0);
  if (stmt.is_null(1) || stmt.is_null(2)) return x;
  const std::int64_t first = stmt.int64(2), last = stmt.int64(3);
  x.first = static_cast<std::int32_t>(std::max<std::int64_t>(from, first));
  x.last = static_cast<std::int32_t>(std::min<std::int64_t>(to, last));
  if (x.last < x.first) return x;
  const double share = static_cast<double>(x.last - x.first + 1) / static_cast<double>(last - first + 1);
  const double total = static_cast<double>(stmt.int64(1));
  x.expected_rows = static_cast<std::size_t>(std::min(total, total * share * 1.1 + 1024));
  return x;
}

std::int64_t seen_change_seq(db::Connection& conn) {
  auto stmt = conn.prepare("SELECT coalesce(max(seq), 0) FROM changes");
  stmt.step();
  return stmt.int64(0);
}

void read_days(db::Connection& conn, std::int32_t from, std::int32_t to, double min_confidence,
               std::vector<EdgeObservation>& out) {
  // INDEXED BY makes a missing covering index an error instead of a silent table scan.
  auto stmt = conn.prepare(
      "SELECT source, target, relation, day, confidence FROM edges INDEXED BY edges_window "
      "WHERE day BETWEEN ?1 AND ?2 AND confidence >= ?3");
  stmt.bind_all(std::int64_t{from}, std::int64_t{to}, min_confidence);
  const RelationNames& relation = relation_names();
  while (stmt.step())
    out.push_back(EdgeObservation{stmt.int64(0), stmt.int64(1), relation(stmt.view(2)),
                                  static_cast<std::int32_t>(stmt.int64(3)),
                                  static_cast<float>(stmt.real(4))});
}

// Below this many rows a second thread costs more than it saves (tests lower it).
std::atomic<std::size_t> split_rows{100000};

}  // namespace

void detail::set_window_split_rows(std::size_t rows) {
  split_rows.store(rows, std::memory_order_relaxed);
}

Result<std::vector<EdgeObservation>> Store::load_window(const WindowQuery& query) const {
  return impl_->read([&](db::Connection& conn) {
    std::vector<EdgeObservation> out;
    db::Transaction tx(conn, db::Transaction::Kind::deferred);
    const Extent extent = extent_of(conn, query.from.days(), query.to.days());
    if (extent.last < extent.first) return out;
    reserve_large(out, extent.expected_rows);
    std::unique_ptr<db::Connection> helper;
    if (extent.expected_rows >= split_rows.load(std::memory_order_relaxed) && extent.last > extent.first)
      helper = impl_->try_take_idle_reader();
    if (!helper) {
      read_days(conn, extent.first, extent.last, query.min_confidence, out);
      tx.commit();
      return out;
    }
    // The later days on a second connection, used only if its transaction sees the same commit
    // (every write adds to the change feed); otherwise this connection reads them after all.
    Impl::ReaderLease lease(*impl_, std::move(helper));
    const std::int32_t split = extent.first + (extent.last - extent.first) / 2;
    std::vector<EdgeObservation> later;
    bool same_commit = false;
    std::exception_ptr failure;
    {
      std::jthread worker([&] {
        try {
          db::Transaction later_tx(*lease, db::Transaction::Kind::deferred);
          same_commit = seen_change_seq(*lease) == extent.change_seq;
          if (!same_commit) return;
          reserve_large(later, extent.expected_rows / 2 + 1024);
          read_days(*lease, split + 1, extent.last, query.min_confidence, later);
          later_tx.commit();
        } catch (...) {
          failure = std::current_exception();
        }
      });
      read_days(conn, extent.first, split, query.min_confidence, out);
    }  // joins the worker
    if (failure) std::rethrow_exception(failure);
    if (same_commit)
      out.insert(out.end(), later.begin(), later.end());
    else
      read_days(conn, split + 1, extent.last, query.min_confidence, out);
    tx.commit();
    return out;
  });
}

}  // namespace sg::storage
