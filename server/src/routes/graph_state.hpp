// Shared state of the graph endpoints, held by ApiContext: the snapshot cache and the store's date
// range (open window ends resolve against it), refreshed when the change sequence moves.
#pragma once
#include <cstdint>
#include <mutex>

#include "core/date.hpp"
#include "graph/snapshot_cache.hpp"

namespace sg::server {

struct GraphState {
  graph::SnapshotCache snapshots{32};
  std::mutex bounds_mutex;
  std::int64_t bounds_seq = -1;
  Date first_edge{1970, 1, 1}, last_edge{1970, 1, 1};
};

}  // namespace sg::server
