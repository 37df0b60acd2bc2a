// What every route handler may use. One instance lives for the whole `serve` run and is shared by
// all worker threads: everything reachable from here must be thread-safe (the Store is).
// Areas that need shared state of their own (the graph snapshot cache) add a member here.
#pragma once
#include <memory>

#include "ingest/ingest_service.hpp"
#include "routes/graph_state.hpp"
#include "server/config.hpp"
#include "storage/store.hpp"

namespace sg::server {

struct ApiContext {
  storage::Store& store;
  const IngestService& ingest;
  const ServeConfig& config;
  std::shared_ptr<GraphState> graph = std::make_shared<GraphState>();  // snapshot cache (graph_*.cpp)
};

}  // namespace sg::server
