#include "graph/export.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "fixtures.hpp"

using namespace sg;
using namespace sg::graph;
using namespace sg::graph::test;

namespace {
std::shared_ptr<const Snapshot> sample() {
  return snap({obs(1, Relation::attacks, 2, "2020-01-01"), obs(1, Relation::attacks, 2, "2020-01-02"),
               obs(1, Relation::attacks, 2, "2020-01-09"), obs(2, Relation::backs, 3, "2020-02-01")},
              window_of("2020-01-01", "2020-12-31"));
}
const std::vector<ActorLabel> kLabels{{1, "levant-dawn", "Levant \"Dawn\" & <Co>", "armed_group"},
                                      {2, "syria", "Syria, Arab Republic", "state"}};
std::string render(ExportFormat f, const ExportOptions& options = {}) {
  std::ostringstream out;
  write_export(f, *sample(), kLabels, out, options);
  return out.str();
}
}  // namespace

TEST_CASE("JSON export has the /v1/graph shape") {
  auto doc = nlohmann::json::parse(render(ExportFormat::json));
  REQUIRE(doc["nodes"].size() == 3);
  CHECK(doc["nodes"][0]["name"] == "Levant \"Dawn\" & <Co>");
  CHECK(doc["nodes"][2]["name"] == "3");  // no label given: named by id
  REQUIRE(doc["edges"].size() == 2);
  const auto& e = doc["edges"][0];
  CHECK(e["source"] == 1);
  CHECK(e["target"] == 2);
  CHECK(e["weight"] == -30);
  CHECK(e["sign"] == -1);
  CHECK(e["counts"]["attacks"] == 3);
  CHECK(e["first_date"] == "2020-01-01");
  CHECK(e["last_date"] == "2020-01-09");
  CHECK(doc["window"]["from"] == "2020-01-01");
  CHECK(doc["window"]["relations"].size() == 12);
}

TEST_CASE("GraphML escapes names and carries weights and per-relation counts") {
  const auto xml = render(ExportFormat::graphml);
  CHECK(xml.find("<graph id=\"stancegraph\" edgedefault=\"directed\">") != std::string::npos);
  CHECK(xml.find("Levant &quot;Dawn&quot; &amp; &lt;Co&gt;") != std::string::npos);
  CHECK(xml.find("<edge source=\"1\" target=\"2\"><data key=\"weight\">-30</data>") != std::string::npos);
  CHECK(xml.find("<data key=\"n_attacks\">3</data>") != std::string::npos);
}

TEST_CASE("GEXF is dynamic with one spell per run of consecutive days") {
  const auto xml = render(ExportFormat::gexf);
  CHECK(xml.find("xmlns=\"http://gexf.net/1.3\"") != std::string::npos);
  CHECK(xml.find("mode=\"dynamic\"") != std::string::npos);
  // Jan 1 and 2 merge into one spell, Jan 9 is its own.
  CHECK(xml.find("<spells><spell start=\"2020-01-01\" end=\"2020-01-02\"/><spell start=\"2020-01-09\" "
                 "end=\"2020-01-09\"/></spells>") != std::string::npos);
  CHECK(xml.find("weight=\"30\"") != std::string::npos);  // magnitude; net_weight keeps the sign
  CHECK(xml.find("<attvalue for=\"net_weight\" value=\"-30\"/>") != std::string::npos);
  const auto draft = render(ExportFormat::gexf, {.gexf_version = "1.2draft"});
  CHECK(draft.find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
}

TEST_CASE("DOT and CSV") {
  const auto dot = render(ExportFormat::dot);
  CHECK(dot.rfind("digraph stancegraph {", 0) == 0);
  CHECK(dot.find("\"1\" -> \"2\" [net_weight=-30, sign=-1, color=firebrick") != std::string::npos);
  CHECK(dot.find("label=\"Levant \\\"Dawn\\\" & <Co>\"") != std::string::npos);

  const auto nodes = render(ExportFormat::csv_nodes);
  CHECK(nodes.rfind("id,slug,name,kind\n1,levant-dawn,\"Levant \"\"Dawn\"\" & <Co>\",armed_group\n", 0) == 0);
  const auto edges = render(ExportFormat::csv_edges);
  CHECK(edges.find("\n1,2,\"Levant \"\"Dawn\"\" & <Co>\",\"Syria, Arab "
                   "Republic\",-30,-1,3,2020-01-01,2020-01-09,3,0,") != std::string::npos);
}

TEST_CASE("format names") {
  CHECK(export_format_from_name("csv", "nodes") == ExportFormat::csv_nodes);
  CHECK(export_format_from_name("csv") == ExportFormat::csv_edges);
  CHECK_FALSE(export_format_from_name("csv", "both"));
  CHECK_FALSE(export_format_from_name("xlsx"));
  CHECK(content_type(ExportFormat::gexf) == "application/gexf+xml");
  CHECK(json_escape("a\"b\n\x01") == "\"a\\\"b\\n\\u0001\"");
  CHECK(format_number(0.1) == "0.1");
  CHECK(format_number(-0.0) == "0");
}
