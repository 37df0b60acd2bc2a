// The JSON Lines front end: one edge per line in the scorer's format; bad lines are reported and
// make the exit status non-zero without stopping the others.
#include "extract/jsonl.hpp"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("edges are written in the scorer's format") {
  std::istringstream in(
      R"({"id":"a1","published_at":"2022-06-20","title":"t","source":"s","url":"u","text":"Kinshasa accused Rwanda of arming the M23 on Friday."})"
      "\n");
  std::ostringstream out, err;
  CHECK(run_extract_jsonl(in, out, err, extractor()) == 0);
  std::istringstream lines(out.str());
  std::string line;
  int n = 0;
  bool attributed = false;
  while (std::getline(lines, line)) {
    const auto j = nlohmann::json::parse(line);
    ++n;
    CHECK(j["article"] == "a1");
    CHECK(j["source"].contains("id"));
    CHECK(j["source"]["mentions"].is_array());
    CHECK(j["target"].contains("name"));
    CHECK(j["span"].size() == 2);
    CHECK(j["date"].get<std::string>().size() == 10);
    CHECK(j.contains("rule"));
    attributed |= !j["asserted_by"].is_null();
  }
  CHECK(n >= 2);
  CHECK(attributed);
}

TEST_CASE("bad lines are reported and give a non-zero status; good lines still run") {
  std::istringstream in(
      "not json\n"
      R"({"id":"x","text":"no date"})"
      "\n"
      R"({"id":"y","published_at":"2015-13-40","text":"bad date"})"
      "\n"
      R"({"id":"z","published_at":"2017-01-10","text":"Russia and Iran back Assad."})"
      "\n");
  std::ostringstream out, err;
  CHECK(run_extract_jsonl(in, out, err, extractor()) == 1);
  CHECK(err.str().find("line 1") != std::string::npos);
  CHECK(err.str().find("published_at") != std::string::npos);
  CHECK(out.str().find("\"z\"") != std::string::npos);
}
