// `stancegraph export --format graphml|gexf|dot` (and json/csv with --snapshot): the same snapshot
// and writers as GET /v1/graph/export, with the window given as flags.
#include <iostream>
#include <map>

#include "graph/export.hpp"
#include "routes/graph_common.hpp"
#include "server/cli.hpp"
#include "server/commands.hpp"

namespace sg::server {

namespace {

// The flags under their query-parameter names, so the one window parser serves both.
http::ParamMap window_query(const GraphExportOptions& o) {
  http::ParamMap q;
  const std::pair<const char*, const std::optional<std::string>*> fields[] = {
      {"from", &o.from},
      {"to", &o.to},
      {"at", &o.at},
      {"window", &o.window},
      {"half_life", &o.half_life},
      {"polarity", &o.polarity},
      {"min_confidence", &o.min_confidence}};
  for (const auto& [name, value] : fields)
    if (*value) q.emplace(name, **value);
  for (const auto& r : o.relations) q.emplace("relation", r);
  return q;
}

std::string flag_of(std::string field) {
  for (auto& c : field)
    if (c == '_') c = '-';
  return "--" + field;
}

}  // namespace

int export_graph(const storage::Store& store, const std::string& format, const GraphExportOptions& options,
                 std::ostream& out, std::ostream& err) {
  const auto chosen = graph::export_format_from_name(format == "csv-edges" ? "csv" : format, options.part);
  if (!chosen) {
    err << "stancegraph export: format '" << format
        << "' has no snapshot form (graphml, gexf, dot, csv, json)\n";
    return 2;
  }
  auto params = graph_api::window_params(window_query(options));
  if (!params) {
    err << "stancegraph export: " << flag_of(params.error().field) << ": " << params.error().message << "\n";
    return 2;
  }
  auto snapshot = graph_api::snapshot_for(store, nullptr, *params);
  if (!snapshot) {
    const bool usage = snapshot.error().http_status() == 400;
    err << "stancegraph export: " << (usage ? flag_of(snapshot.error().field) + ": " : "")
        << snapshot.error().message << "\n";
    return usage ? 2 : 1;
  }
  auto labels = graph_api::labels_for(store, **snapshot);
  if (!labels) {
    err << "stancegraph export: " << labels.error().message << "\n";
    return 1;
  }
  graph::write_export(*chosen, **snapshot, *labels, out, {.gexf_version = options.gexf_version});
  out.flush();
  return out ? 0 : 1;
}

}  // namespace sg::server
