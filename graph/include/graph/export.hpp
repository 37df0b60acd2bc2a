// Writers that turn a snapshot into files other tools read: GraphML (networkx, igraph, Gephi), GEXF
// (Gephi, networkx; dynamic, with edge spells from the observation days so Gephi's timeline plays
// the conflict), DOT (Graphviz), CSV node and edge lists (pandas, R) and JSON (the /v1/graph shape).
#pragma once
#include <cstdint>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>

#include "graph/snapshot.hpp"

namespace sg::graph {

// What the writers know of an actor; the caller fills it from the store.
struct ActorLabel {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::string kind;
};

enum class ExportFormat { graphml, gexf, dot, csv_nodes, csv_edges, json };
// "graphml", "gexf", "dot", "json", "csv" (+ part "nodes" | "edges", default edges).
std::optional<ExportFormat> export_format_from_name(std::string_view format,
                                                    std::string_view csv_part = "edges");
std::string_view content_type(ExportFormat format);
std::string_view file_extension(ExportFormat format);

struct ExportOptions {
  std::string gexf_version = "1.3";  // or "1.2draft", the newest version networkx reads
};

// `labels` may come in any order and may miss actors (they are then named by id).
void write_export(ExportFormat format, const Snapshot& s, std::span<const ActorLabel> labels,
                  std::ostream& out, const ExportOptions& options = {});

void write_graphml(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out);
void write_gexf(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out,
                std::string_view version = "1.3");
void write_dot(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out);
void write_csv_nodes(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out);
void write_csv_edges(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out);
// {"window": {...}, "nodes": [{"id", "slug", "name", "kind"}], "edges": [{"source", "target", "weight",
// "sign", "counts", "evidence", "first_date", "last_date"}]}
void write_json(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out);

// Building blocks the server reuses so every JSON answer spells things the same way.
std::string json_escape(std::string_view text);  // quoted JSON string
std::string format_number(double value);         // shortest round-trip form; non-finite -> null

}  // namespace sg::graph
