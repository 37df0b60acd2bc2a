// Writes a generated snapshot in every export format plus our own analysis results, for
// crosscheck.py to compare against networkx and igraph.
// usage: sg_graph_tool OUTDIR [actors observations seed]
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "generate.hpp"
#include "graph/balance.hpp"
#include "graph/betweenness.hpp"
#include "graph/export.hpp"
#include "graph/pagerank.hpp"

using namespace sg;
using namespace sg::graph;

namespace {

void write_scores(std::ostream& out, const Snapshot& s, const std::vector<double>& scores) {
  out << '{';
  for (Vertex v = 0; v < s.vertex_count(); ++v)
    out << (v ? "," : "") << '"' << s.actor_id(v) << "\":" << format_number(scores[v]);
  out << '}';
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2 && argc != 5) {
    std::cerr << "usage: sg_graph_tool OUTDIR [actors observations seed]\n";
    return 2;
  }
  const std::string dir = argv[1];
  test::GeneratorParams gen{.actors = 300, .observations = 3000, .seed = 11};
  if (argc == 5) {
    gen.actors = std::stoll(argv[2]);
    gen.observations = std::stoull(argv[3]);
    gen.seed = std::stoull(argv[4]);
  }
  const auto observations = test::generate_observations(gen);
  WindowParams params;
  params.half_life_days = 365;  // decayed weights: non-integer, as users will see them
  const auto window = resolve_window(params, gen.first, gen.last).value();
  const auto snapshot = build_snapshot(observations, window);

  std::vector<ActorLabel> labels;
  for (std::int64_t id = 1; id <= gen.actors; ++id)
    labels.push_back(
        {id, "actor-" + std::to_string(id), "Actor \"" + std::to_string(id) + "\" & Co", "other"});
  const std::pair<const char*, ExportFormat> files[] = {
      {"graph.graphml", ExportFormat::graphml}, {"graph.gexf", ExportFormat::gexf},
      {"graph.dot", ExportFormat::dot},         {"nodes.csv", ExportFormat::csv_nodes},
      {"edges.csv", ExportFormat::csv_edges},   {"graph.json", ExportFormat::json}};
  for (const auto& [name, format] : files) {
    std::ofstream out(dir + "/" + name);
    write_export(format, *snapshot, labels, out);
  }
  std::ofstream draft(dir + "/graph-1.2draft.gexf");
  write_gexf(*snapshot, labels, draft, "1.2draft");

  const double tolerance = 1e-12;
  std::ofstream out(dir + "/ours.json");
  out << "{\"tolerance\":" << format_number(tolerance) << ",\"pagerank\":{";
  const std::pair<const char*, EdgeSet> sets[] = {
      {"all", EdgeSet::all}, {"cooperative", EdgeSet::cooperative}, {"hostile", EdgeSet::hostile}};
  for (const auto& [name, set] : sets) {
    PageRank pr(snapshot, {.edges = set, .tolerance = tolerance});
    if (!pr.run().ok() || !pr.converged()) return 1;
    out << (set == EdgeSet::all ? "" : ",") << '"' << name << "\":";
    write_scores(out, *snapshot, pr.scores());
  }
  out << "},\"betweenness\":";
  Betweenness b(snapshot, {});
  if (!b.run().ok()) return 1;
  write_scores(out, *snapshot, b.scores());
  Balance balance(snapshot, {});
  if (!balance.run().ok()) return 1;
  out << ",\"census\":{";
  for (auto t : {TriadType::ppp, TriadType::pmm, TriadType::ppm, TriadType::mmm})
    out << (t == TriadType::ppp ? "" : ",") << '"' << triad_signs(t) << "\":" << balance.count(t);
  out << "},\"vertices\":" << snapshot->vertex_count() << ",\"edges\":" << snapshot->edge_count() << "}\n";
  std::printf("wrote %zu actors, %zu dyads to %s\n", snapshot->vertex_count(), snapshot->edge_count(),
              dir.c_str());
  return 0;
}
