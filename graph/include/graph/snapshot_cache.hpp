// Snapshots shared between requests, keyed by the resolved window and the store's change sequence.
// A hit costs no rebuild; a write (a higher sequence) makes every older entry stale, since a write can
// touch any window through decay, merges or actor edits. Least recently used entries go first.
#pragma once
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "core/error.hpp"
#include "graph/snapshot.hpp"

namespace sg::graph {

class SnapshotCache {
 public:
  using Builder = std::function<Result<std::shared_ptr<const Snapshot>>()>;

  explicit SnapshotCache(std::size_t capacity = 16) : capacity_(capacity ? capacity : 1) {}

  // The cached snapshot of `window` when it was built at `change_seq` or later; otherwise calls
  // `build` (outside the lock) and caches its result under `change_seq`.
  Result<std::shared_ptr<const Snapshot>> get(const Window& window, std::int64_t change_seq,
                                              const Builder& build);

  struct Stats {
    std::uint64_t hits = 0, misses = 0, evictions = 0, invalidations = 0;
    std::size_t entries = 0;
  };
  Stats stats() const;
  void clear();

 private:
  struct Entry {
    std::string key;
    std::int64_t change_seq;
    std::shared_ptr<const Snapshot> snapshot;
  };
  void drop_older_than(std::int64_t change_seq);  // lock held

  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> lru_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  std::int64_t newest_seq_ = INT64_MIN;
  Stats stats_;
};

}  // namespace sg::graph
