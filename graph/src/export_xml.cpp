// GraphML and GEXF.
#include <algorithm>
#include <climits>
#include <cmath>

#include "export_common.hpp"

namespace sg::graph {

using detail::xml_escape;

void write_graphml(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out) {
  const auto label = detail::align_labels(s, labels);
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
         "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
         "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         "  <key id=\"actor_id\" for=\"node\" attr.name=\"actor_id\" attr.type=\"long\"/>\n"
         "  <key id=\"slug\" for=\"node\" attr.name=\"slug\" attr.type=\"string\"/>\n"
         "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
         "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
         "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
         "  <key id=\"sign\" for=\"edge\" attr.name=\"sign\" attr.type=\"int\"/>\n"
         "  <key id=\"evidence\" for=\"edge\" attr.name=\"evidence\" attr.type=\"int\"/>\n"
         "  <key id=\"first_date\" for=\"edge\" attr.name=\"first_date\" attr.type=\"string\"/>\n"
         "  <key id=\"last_date\" for=\"edge\" attr.name=\"last_date\" attr.type=\"string\"/>\n";
  for (const auto& info : all_relations())
    out << "  <key id=\"n_" << info.name << "\" for=\"edge\" attr.name=\"n_" << info.name
        << "\" attr.type=\"int\"><default>0</default></key>\n";
  out << "  <graph id=\"stancegraph\" edgedefault=\"directed\">\n";
  for (Vertex v = 0; v < s.vertex_count(); ++v) {
    const auto& l = label[v];
    out << "    <node id=\"" << l.id << "\"><data key=\"actor_id\">" << l.id << "</data><data key=\"slug\">"
        << xml_escape(l.slug) << "</data><data key=\"name\">" << xml_escape(l.name)
        << "</data><data key=\"kind\">" << xml_escape(l.kind) << "</data></node>\n";
  }
  const auto rows = s.row_offsets();
  for (Vertex u = 0; u < s.vertex_count(); ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) {
      out << "    <edge source=\"" << s.actor_id(u) << "\" target=\"" << s.actor_id(s.targets()[e])
          << "\"><data key=\"weight\">" << format_number(s.weight(e)) << "</data><data key=\"sign\">"
          << s.sign(e) << "</data><data key=\"evidence\">" << s.evidence(e)
          << "</data><data key=\"first_date\">" << detail::day_iso(s.first_day(e))
          << "</data><data key=\"last_date\">" << detail::day_iso(s.last_day(e)) << "</data>";
      for (const auto& rc : s.counts(e))
        out << "<data key=\"n_" << relation_name(rc.relation) << "\">" << rc.count << "</data>";
      out << "</edge>\n";
    }
  out << "  </graph>\n</graphml>\n";
}

namespace {

// Maximal runs of consecutive days: one spell each.
void write_spells(std::ostream& out, std::span<const std::int32_t> days) {
  out << "<spells>";
  for (std::size_t i = 0; i < days.size();) {
    std::size_t j = i;
    while (j + 1 < days.size() && days[j + 1] == days[j] + 1) ++j;
    out << "<spell start=\"" << detail::day_iso(days[i]) << "\" end=\"" << detail::day_iso(days[j]) << "\"/>";
    i = j + 1;
  }
  out << "</spells>";
}

}  // namespace

void write_gexf(const Snapshot& s, std::span<const ActorLabel> labels, std::ostream& out,
                std::string_view version) {
  const bool v13 = version != "1.2draft";
  const auto label = detail::align_labels(s, labels);
  const auto rows = s.row_offsets();
  const auto cols = s.targets();
  // A node lives from its first to its last dated edge.
  std::vector<std::int32_t> first(s.vertex_count(), INT32_MAX), last(s.vertex_count(), INT32_MIN);
  for (Vertex u = 0; u < s.vertex_count(); ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e)
      for (Vertex v : {u, cols[e]}) {
        first[v] = std::min(first[v], s.first_day(e));
        last[v] = std::max(last[v], s.last_day(e));
      }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  if (v13)
    out << "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n";
  else
    out << "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\" "
           "version=\"1.2\">\n";
  out << "  <meta><creator>stancegraph</creator><description>stance graph " << s.window().from().iso()
      << " to " << s.window().to().iso() << "</description></meta>\n"
      << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\""
      << (v13 ? " timerepresentation=\"interval\"" : "") << " start=\"" << s.window().from().iso()
      << "\" end=\"" << s.window().to().iso() << "\">\n"
      << "    <attributes class=\"node\" mode=\"static\">\n"
         "      <attribute id=\"slug\" title=\"slug\" type=\"string\"/>\n"
         "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
         "    </attributes>\n"
         "    <attributes class=\"edge\" mode=\"static\">\n"
         "      <attribute id=\"net_weight\" title=\"net_weight\" type=\"double\"/>\n"
         "      <attribute id=\"sign\" title=\"sign\" type=\"integer\"/>\n"
         "      <attribute id=\"evidence\" title=\"evidence\" type=\"integer\"/>\n"
         "      <attribute id=\"relations\" title=\"relations\" type=\"string\"/>\n"
         "    </attributes>\n    <nodes>\n";
  for (Vertex v = 0; v < s.vertex_count(); ++v) {
    const auto& l = label[v];
    out << "      <node id=\"" << l.id << "\" label=\"" << xml_escape(l.name)
        << "\"><attvalues><attvalue for=\"slug\" "
        << "value=\"" << xml_escape(l.slug) << "\"/><attvalue for=\"kind\" value=\"" << xml_escape(l.kind)
        << "\"/></attvalues>";
    if (first[v] <= last[v])
      out << "<spells><spell start=\"" << detail::day_iso(first[v]) << "\" end=\"" << detail::day_iso(last[v])
          << "\"/></spells>";
    out << "</node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  // GEXF weights are magnitudes (layouts need them positive); the signed value is net_weight.
  for (Vertex u = 0; u < s.vertex_count(); ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e) {
      out << "      <edge id=\"" << e << "\" source=\"" << s.actor_id(u) << "\" target=\""
          << s.actor_id(cols[e]) << "\" weight=\"" << format_number(std::abs(s.weight(e)))
          << "\"><attvalues><attvalue for=\"net_weight\" "
          << "value=\"" << format_number(s.weight(e)) << "\"/><attvalue for=\"sign\" value=\"" << s.sign(e)
          << "\"/><attvalue for=\"evidence\" value=\"" << s.evidence(e)
          << "\"/><attvalue for=\"relations\" value=\"" << detail::counts_text(s, e) << "\"/></attvalues>";
      write_spells(out, s.days(e));
      out << "</edge>\n";
    }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

}  // namespace sg::graph
