#include "graph/window.hpp"

#include <doctest/doctest.h>

#include <map>

using namespace sg;
using namespace sg::graph;

namespace {
Result<WindowParams> parse(std::multimap<std::string, std::string> query, std::string_view prefix = {}) {
  return parse_window_params(
      [&](std::string_view name) {
        std::vector<std::string> values;
        auto [first, last] = query.equal_range(std::string(name));
        for (auto it = first; it != last; ++it) values.push_back(it->second);
        return values;
      },
      prefix);
}
const Date kEarliest{2010, 1, 1}, kLatest{2020, 12, 31};
}  // namespace

TEST_CASE("open bounds take the data's first and last dates") {
  auto w = resolve_window(WindowParams{}, kEarliest, kLatest);
  REQUIRE(w.ok());
  CHECK(w->from() == kEarliest);
  CHECK(w->to() == kLatest);
  CHECK(w->half_life_days == 0);
  CHECK(w->relations.count() == kRelationCount);
}

TEST_CASE("an open end past the data leaves an empty window, not an error") {
  WindowParams p;
  p.from = Date{2025, 1, 1};
  auto w = resolve_window(p, kEarliest, kLatest);
  REQUIRE(w.ok());
  CHECK(w->from() == Date{2025, 1, 1});
  CHECK(w->to() == Date{2025, 1, 1});
  p = WindowParams{};
  p.to = Date{2000, 1, 1};
  CHECK(resolve_window(p, kEarliest, kLatest)->from() == Date{2000, 1, 1});
}

TEST_CASE("at plus window days ends at `at` and spans exactly window days") {
  auto p = parse({{"at", "2015-03-10"}, {"window", "10"}});
  REQUIRE(p.ok());
  auto w = resolve_window(*p, kEarliest, kLatest).value();
  CHECK(w.to().iso() == "2015-03-10");
  CHECK(w.from().iso() == "2015-03-01");  // 10 days: 1st..10th inclusive
  // `at` alone: everything up to that date.
  auto cumulative = resolve_window(parse({{"at", "2015-03-10"}}).value(), kEarliest, kLatest).value();
  CHECK(cumulative.from() == kEarliest);
}

TEST_CASE("bad windows are refused naming the field") {
  auto reversed = parse({{"from", "2016-01-01"}, {"to", "2015-01-01"}});
  REQUIRE_FALSE(reversed.ok());
  CHECK(reversed.error().code == ErrorCode::invalid_window);
  CHECK(reversed.error().field == "from");

  auto both = parse({{"at", "2016-01-01"}, {"to", "2016-02-01"}});
  CHECK(both.error().code == ErrorCode::invalid_window);
  CHECK(both.error().field == "at");

  CHECK(parse({{"window", "7"}}).error().code == ErrorCode::invalid_window);
  CHECK(parse({{"at", "2016-01-01"}, {"window", "0"}}).error().field == "window");
  CHECK(parse({{"at", "2016-01-01"}, {"window", "1.5"}}).error().field == "window");
  CHECK(parse({{"from", "2015-13-45"}}).error().code == ErrorCode::invalid_date);
  CHECK(parse({{"half_life", "-3"}}).error().field == "half_life");
  CHECK(parse({{"half_life", "abc"}}).error().field == "half_life");
  CHECK(parse({{"min_confidence", "1.5"}}).error().field == "min_confidence");
  CHECK(parse({{"relation", "hates"}}).error().code == ErrorCode::unknown_relation);
  CHECK(parse({{"polarity", "friendly"}}).error().field == "polarity");
  CHECK(parse({{"from", "2015-01-01"}, {"from", "2015-02-01"}}).error().field == "from");
  // attacks is hostile: asking for cooperative attacks leaves nothing.
  CHECK(parse({{"relation", "attacks"}, {"polarity", "cooperative"}}).error().field == "polarity");
}

TEST_CASE("relation and polarity filters intersect; equal windows share a key") {
  auto p = parse({{"relation", "attacks,backs"}, {"relation", "aids"}, {"polarity", "cooperative"}});
  REQUIRE(p.ok());
  auto w = resolve_window(*p, kEarliest, kLatest).value();
  CHECK(w.admits(Relation::backs));
  CHECK(w.admits(Relation::aids));
  CHECK_FALSE(w.admits(Relation::attacks));
  CHECK_FALSE(w.admits(Relation::allies_with));

  auto same = resolve_window(parse({{"relation", "aids,backs"}, {"polarity", "cooperative"}}).value(),
                             kEarliest, kLatest)
                  .value();
  CHECK(same.key() == w.key());
  auto decayed = resolve_window(parse({{"half_life", "30"}}).value(), kEarliest, kLatest).value();
  CHECK(decayed.key() != resolve_window(WindowParams{}, kEarliest, kLatest).value().key());
}

TEST_CASE("a prefix selects the bounds of a second window") {
  auto p = parse({{"b_from", "2015-01-01"}, {"b_to", "2015-06-30"}, {"from", "1999-01-01"}}, "b_");
  REQUIRE(p.ok());
  CHECK(p->from->iso() == "2015-01-01");
  CHECK(p->to->iso() == "2015-06-30");
}
