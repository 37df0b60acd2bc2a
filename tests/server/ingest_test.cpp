#include <doctest/doctest.h>

#include "ingest/ingest_service.hpp"

using namespace sg;

TEST_CASE("extractor output becomes the store's extraction write") {
  extract::Extraction extraction;
  extraction.actors.push_back({"united-states", "United States", "state", "USA", {"Washington"}, {}, true});
  extraction.actors.push_back(
      {"collective:rebels", "rebels", "collective", std::nullopt, {"Rebel groups"}, {}, false});
  extraction.actors.push_back(
      {"1234", "Unit 1234", "", std::nullopt, {}, {{"the unit", "2015-01-01", std::nullopt}}, false});
  extract::ExtractedEdge edge;
  edge.source = 0;
  edge.relation = Relation::backs;
  edge.target = 1;
  edge.date = "2015-06-03";
  edge.confidence = 0.75;
  edge.asserted_by = 2;
  edge.evidence = "Rebel groups backed by Washington.";
  edge.span_start = 110;
  edge.span_end = 144;
  edge.rule = "backs:passive";
  extraction.edges.push_back(edge);

  const auto write = server::to_extraction_write(extraction);
  CHECK(write.extractor_version == std::string(extract::kExtractorVersion));
  REQUIRE(write.actors.size() == 3);
  CHECK(write.actors[0].slug == "united-states");
  CHECK(write.actors[0].country == "USA");
  CHECK(write.actors[1].slug == "collective-rebels");  // the store takes plain slugs only
  CHECK(write.actors[2].slug == "actor-1234");         // and never digits alone (ids look like that)
  CHECK(write.actors[2].kind == "other");
  REQUIRE(write.actors[2].aliases.size() == 1);
  CHECK(write.actors[2].aliases[0].valid_from == "2015-01-01");
  REQUIRE(write.edges.size() == 1);
  CHECK(write.edges[0].relation == Relation::backs);
  CHECK(write.edges[0].asserted_by == std::size_t(2));
  CHECK(write.edges[0].span_start == 110);
  CHECK(write.edges[0].span_end == 144);
  CHECK(write.edges[0].rule == "backs:passive");
}
