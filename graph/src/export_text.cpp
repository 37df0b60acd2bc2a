// DOT, CSV, JSON and the format dispatch.
#include <cmath>

#include "export_common.hpp"

namespace sg::graph {

std::optional<ExportFormat> export_format_from_name(std::string_view format, std::string_view csv_part) {
  if (format == "graphml") return ExportFormat::graphml;
  if (format == "gexf") return ExportFormat::gexf;
  if (format == "dot") return ExportFormat::dot;
  if (format == "json") return ExportFormat::json;
  if (format == "csv" && (csv_part == "edges" || csv_part.empty())) return ExportFormat::csv_edges;
  if (format == "csv" && csv_part == "nodes") return ExportFormat::csv_nodes;
  return std::nullopt;
}

std::string_view content_type(ExportFormat format) {
  switch (format) {
    case ExportFormat::graphml:
      return "application/graphml+xml";
    case ExportFormat::gexf:
      return "application/gexf+xml";
    case ExportFormat::dot:
      return "text/vnd.graphviz";
    case ExportFormat::csv_nodes:
    case ExportFormat::csv_edges:
      return "text/csv; charset=utf-8";
    case ExportFormat::json:
      return "application/json";
  }
  return "application/octet-stream";
}

std::string_view file_extension(ExportFormat format) {
  switch (format) {
    case ExportFormat::graphml:
      return "graphml";
    case ExportFormat::gexf:
      return "gexf";
    case ExportFormat::dot:
      return "dot";
    case ExportFormat::csv_nodes:
    case ExportFormat::csv_edges:
      return "csv";
    case ExportFormat::json:
      return "json";
  }
  return "txt";
}

void write_export(ExportFormat format, const Snapshot& s, std::span<const ActorLabel> labels,
                  std::ostream& out, const ExportOptions& options) {
  switch (format) {
    case ExportFormat::graphml:
      return write_graphml(s, labels, out);
    case ExportFormat::gexf:
      return write_gexf(s, labels, out, options.gexf_version);
    case ExportFormat::dot:
      return write_dot(s, labels, out);
    case ExportFormat::csv_nodes:
      return write_csv_nodes(s, labels, out);
    case ExportFormat::csv_edges:
      return write_csv_edges(s, labels, out);
    case ExportFormat::json:
      return write_json(s, labels, out);
  }
}

void write_dot(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out) {
  const auto label = detail::align_labels(s, labels);
  // DOT strings are double-quoted with \" and \\ escaped, which json_escape does too.
  out << "digraph stancegraph {\n  graph [label="
      << json_escape("stances " + s.window().from().iso() + " to " + s.window().to().iso())
      << "];\n  node [shape=ellipse];\n";
  for (Vertex v = 0; v < s.vertex_count(); ++v)
    out << "  \"" << label[v].id << "\" [label=" << json_escape(label[v].name)
        << ", slug=" << json_escape(label[v].slug) << ", kind=" << json_escape(label[v].kind) << "];\n";
  const auto rows = s.row_offsets();
  for (Vertex u = 0; u < s.vertex_count(); ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) {
      const int sign = s.sign(e);
      const char* color = sign > 0 ? "forestgreen" : sign < 0 ? "firebrick" : "gray50";
      out << "  \"" << s.actor_id(u) << "\" -> \"" << s.actor_id(s.targets()[e])
          << "\" [net_weight=" << format_number(s.weight(e)) << ", sign=" << sign << ", color=" << color
          << ", penwidth=" << format_number(1 + std::log1p(std::abs(s.weight(e))))
          << ", tooltip=" << json_escape(detail::counts_text(s, e)) << "];\n";
    }
  out << "}\n";
}

void write_csv_nodes(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out) {
  const auto label = detail::align_labels(s, labels);
  out << "id,slug,name,kind\n";
  for (const auto& l : label)
    out << l.id << ',' << detail::csv_field(l.slug) << ',' << detail::csv_field(l.name) << ','
        << detail::csv_field(l.kind) << '\n';
}

void write_csv_edges(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out) {
  const auto label = detail::align_labels(s, labels);
  out << "source,target,source_name,target_name,weight,sign,evidence,first_date,last_date";
  for (const auto& info : all_relations()) out << ",n_" << info.name;
  out << '\n';
  const auto rows = s.row_offsets();
  for (Vertex u = 0; u < s.vertex_count(); ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) {
      const Vertex v = s.targets()[e];
      out << label[u].id << ',' << label[v].id << ',' << detail::csv_field(label[u].name) << ','
          << detail::csv_field(label[v].name) << ',' << format_number(s.weight(e)) << ',' << s.sign(e) << ','
          << s.evidence(e) << ',' << detail::day_iso(s.first_day(e)) << ',' << detail::day_iso(s.last_day(e));
      std::uint32_t counts[kRelationCount] = {};
      for (const auto& rc : s.counts(e)) counts[static_cast<std::size_t>(rc.relation)] = rc.count;
      for (auto c : counts) out << ',' << c;
      out << '\n';
    }
}

void write_json(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out) {
  const auto label = detail::align_labels(s, labels);
  const auto& w = s.window();
  out << "{\"window\":{\"from\":\"" << w.from().iso() << "\",\"to\":\"" << w.to().iso()
      << "\",\"half_life\":" << (w.half_life_days > 0 ? format_number(w.half_life_days) : "null")
      << ",\"relations\":[";
  bool first = true;
  for (const auto& info : all_relations())
    if (w.admits(info.relation)) out << (first ? "" : ",") << '"' << info.name << '"', first = false;
  out << "],\"min_confidence\":" << format_number(w.min_confidence) << ",\"actors\":" << s.vertex_count()
      << ",\"dyads\":" << s.edge_count() << ",\"observations\":" << s.observation_count() << "},\"nodes\":[";
  for (Vertex v = 0; v < s.vertex_count(); ++v)
    out << (v ? "," : "") << "{\"id\":" << label[v].id << ",\"slug\":" << json_escape(label[v].slug)
        << ",\"name\":" << json_escape(label[v].name) << ",\"kind\":" << json_escape(label[v].kind) << '}';
  out << "],\"edges\":[";
  const auto rows = s.row_offsets();
  for (Vertex u = 0; u < s.vertex_count(); ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) {
      out << (e ? "," : "") << "{\"source\":" << s.actor_id(u) << ",\"target\":" << s.actor_id(s.targets()[e])
          << ",\"weight\":" << format_number(s.weight(e)) << ",\"sign\":" << s.sign(e) << ",\"counts\":{";
      bool first_count = true;
      for (const auto& rc : s.counts(e))
        out << (first_count ? "" : ",") << '"' << relation_name(rc.relation) << "\":" << rc.count,
            first_count = false;
      out << "},\"evidence\":" << s.evidence(e) << ",\"first_date\":\"" << detail::day_iso(s.first_day(e))
          << "\",\"last_date\":\"" << detail::day_iso(s.last_day(e)) << "\"}";
    }
  out << "]}\n";
}

}  // namespace sg::graph
