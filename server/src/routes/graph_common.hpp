// What every graph endpoint shares: the window parameters (from, to, at, window, half_life, relation,
// polarity, min_confidence), snapshots through the cache, and actor names for the answer.
#pragma once
#include <initializer_list>
#include <memory>
#include <set>
#include <span>
#include <string>
#include <unordered_map>

#include "api_context.hpp"
#include "graph/export.hpp"
#include "graph/snapshot.hpp"
#include "graph/window.hpp"
#include "http/query.hpp"
#include "http/render.hpp"
#include "http/router.hpp"
#include "storage/store.hpp"

namespace sg::server::graph_api {

using http::json;

// The window parameter names, with an optional prefix ("a_", "b_") on from/to/at/window.
std::set<std::string, std::less<>> window_param_names(std::initializer_list<std::string_view> prefixes = {
                                                          ""});
// Endpoint parameters plus the window's: what a QueryReader for a graph endpoint allows.
std::set<std::string, std::less<>> allowed(std::initializer_list<std::string> own,
                                           std::initializer_list<std::string_view> prefixes = {""});

Result<graph::WindowParams> window_params(const http::ParamMap& params, std::string_view prefix = {});

// Resolves open ends against the store's first/last edge dates and fetches the snapshot, through
// `state`'s cache when given (the CLI passes none).
Result<std::shared_ptr<const graph::Snapshot>> snapshot_for(const storage::Store& store, GraphState* state,
                                                            const graph::WindowParams& params);

json render_window(const graph::Snapshot& s);

// Actor names for the vertices an answer mentions, fetched in one query.
class ActorNames {
 public:
  static Result<ActorNames> fetch(const storage::Store& store, std::vector<std::int64_t> ids);
  json ref(std::int64_t id) const;  // {id, slug, name, kind}
  const storage::ActorRef* find(std::int64_t id) const;

 private:
  std::unordered_map<std::int64_t, storage::ActorRef> by_id_;
};

// The whole snapshot's actors as export labels.
Result<std::vector<graph::ActorLabel>> labels_for(const storage::Store& store, const graph::Snapshot& s);

json render_counts(std::span<const graph::RelationCount> counts);  // {"attacks": 3, ...}

// Each file registers its endpoints; register_graph_routes (routes.hpp) calls all three.
void register_snapshot_routes(http::Router& router, ApiContext& ctx);  // /v1/graph, centrality, export
void register_signed_routes(http::Router& router, ApiContext& ctx);    // blocs, balance
void register_path_routes(http::Router& router, ApiContext& ctx);      // path, changes, actor relations

}  // namespace sg::server::graph_api
