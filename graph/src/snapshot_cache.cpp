#include "graph/snapshot_cache.hpp"

namespace sg::graph {

Result<std::shared_ptr<const Snapshot>> SnapshotCache::get(const Window& window, std::int64_t change_seq,
                                                           const Builder& build) {
  const auto key = window.key();
  {
    std::lock_guard lock(mutex_);
    if (change_seq > newest_seq_) drop_older_than(change_seq);
    if (auto it = index_.find(key); it != index_.end() && it->second->change_seq >= change_seq) {
      lru_.splice(lru_.begin(), lru_, it->second);
      ++stats_.hits;
      return it->second->snapshot;
    }
    ++stats_.misses;
  }
  auto built = build();
  if (!built) return built;
  std::lock_guard lock(mutex_);
  if (change_seq > newest_seq_) drop_older_than(change_seq);
  if (change_seq < newest_seq_) return built;  // already stale: serve it, but do not cache it
  if (auto it = index_.find(key); it != index_.end()) {
    lru_.splice(lru_.begin(), lru_, it->second);  // a concurrent request built it first
    return it->second->snapshot;
  }
  lru_.push_front(Entry{key, change_seq, *built});
  index_.emplace(key, lru_.begin());
  while (lru_.size() > capacity_) {
    index_.erase(lru_.back().key);
    lru_.pop_back();
    ++stats_.evictions;
  }
  return built;
}

void SnapshotCache::drop_older_than(std::int64_t change_seq) {
  newest_seq_ = change_seq;
  for (auto it = lru_.begin(); it != lru_.end();) {
    if (it->change_seq < change_seq) {
      index_.erase(it->key);
      it = lru_.erase(it);
      ++stats_.invalidations;
    } else {
      ++it;
    }
  }
}

SnapshotCache::Stats SnapshotCache::stats() const {
  std::lock_guard lock(mutex_);
  auto s = stats_;
  s.entries = lru_.size();
  return s;
}

void SnapshotCache::clear() {
  std::lock_guard lock(mutex_);
  lru_.clear();
  index_.clear();
}

}  // namespace sg::graph
