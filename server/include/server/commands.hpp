// What `stancegraph` can do once main has parsed the command line and opened the store. Each returns
// the process exit code: 0 ok, 1 runtime error (message on `err`).
#pragma once
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>

#include "server/config.hpp"

namespace sg::storage {
class Store;
}
namespace sg::extract {
class Extractor;
}

namespace sg::server {

// Serves the HTTP API until SIGTERM or SIGINT, then finishes in-flight requests and returns.
// `extractor` is null when extraction is off.
int serve(const ServeConfig& config, storage::Store& store, const extract::Extractor* extractor);

// Bulk-loads a JSONL file of articles through the same ingest path as POST /v1/articles.
int import_jsonl(std::istream& in, storage::Store& store, const extract::Extractor* extractor,
                 std::size_t batch_size, std::ostream& out, std::ostream& err);

// The whole store (actors with aliases, and edges) as JSON or CSV.
int export_store(const storage::Store& store, const std::string& format, std::ostream& out,
                 std::ostream& err);

// A graph snapshot of a time window as GraphML, GEXF, DOT, CSV or JSON (routes/graph_export_command.cpp).
// Exit code 2 for a bad window, 1 for a runtime error.
struct GraphExportOptions;
int export_graph(const storage::Store& store, const std::string& format, const GraphExportOptions& options,
                 std::ostream& out, std::ostream& err);

// Re-runs extraction on one article or all; curated edges are untouched.
int reextract(storage::Store& store, const extract::Extractor& extractor, std::optional<std::int64_t> article,
              std::ostream& out, std::ostream& err);

// Sets the spdlog level ("trace".."off"); false when the name is unknown.
bool set_log_level(const std::string& level);

}  // namespace sg::server
