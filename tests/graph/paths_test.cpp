#include "graph/paths.hpp"

#include <doctest/doctest.h>

#include "fixtures.hpp"

using namespace sg;
using namespace sg::graph;
using namespace sg::graph::test;

namespace {
// Cooperative routes from 1 to 3: via 2 (backs 5 on Jan 10, aids 7 on Jan 5) and via 4 (allies 8 on
// Jan 3, backs 5 on Jan 20). A hostile route via 5 (attacks both on Jan 1).
std::shared_ptr<const Snapshot> routes() {
  return snap({obs(1, Relation::backs, 2, "2020-01-10"), obs(2, Relation::aids, 3, "2020-01-05"),
               obs(1, Relation::allies_with, 4, "2020-01-03"), obs(4, Relation::backs, 3, "2020-01-20"),
               obs(1, Relation::attacks, 5, "2020-01-01"), obs(5, Relation::attacks, 3, "2020-01-01")});
}
std::vector<std::int64_t> actors(const Snapshot& s, const ShortestPath& p) {
  std::vector<std::int64_t> out{s.actor_id(p.steps().front().from)};
  for (const auto& step : p.steps()) out.push_back(s.actor_id(step.to));
  return out;
}
}  // namespace

TEST_CASE("by hops: two hops, ties broken by the lower vertex") {
  auto s = routes();
  ShortestPath p(s, {.from_actor = 1, .to_actor = 3});
  REQUIRE(p.run().ok());
  REQUIRE(p.found());
  CHECK(p.hops() == 2);
  CHECK(p.total_cost() == 2);
  CHECK(actors(*s, p) == std::vector<std::int64_t>{1, 2, 3});
}

TEST_CASE("by weight: 1/8 + 1/5 = 0.325 via 4 beats 1/5 + 1/7 = 0.343 via 2") {
  auto s = routes();
  ShortestPath p(s, {.from_actor = 1, .to_actor = 3, .over = EdgeSet::cooperative, .weighted = true});
  REQUIRE(p.run().ok());
  CHECK(actors(*s, p) == std::vector<std::int64_t>{1, 4, 3});
  CHECK(p.total_cost() == doctest::Approx(0.325));
}

TEST_CASE("over hostile edges only the route via 5 exists") {
  auto s = routes();
  ShortestPath p(s, {.from_actor = 1, .to_actor = 3, .over = EdgeSet::hostile});
  REQUIRE(p.run().ok());
  CHECK(actors(*s, p) == std::vector<std::int64_t>{1, 5, 3});
}

TEST_CASE("time-respecting: Jan 10 then Jan 5 is refused, Jan 3 then Jan 20 is taken") {
  auto s = routes();
  ShortestPath p(s, {.from_actor = 1, .to_actor = 3, .over = EdgeSet::cooperative, .time_respecting = true});
  REQUIRE(p.run().ok());
  REQUIRE(p.found());
  CHECK(actors(*s, p) == std::vector<std::int64_t>{1, 4, 3});
  CHECK(p.steps()[0].day == day("2020-01-03"));
  CHECK(p.steps()[1].day == day("2020-01-20"));
  // Backwards in time from 3 to 1 along the cooperative dyads: 3-4 on Jan 20 then 4-1 on Jan 3 fails,
  // 3-2 on Jan 5 then 2-1 on Jan 10 works (undirected walk).
  ShortestPath back(s,
                    {.from_actor = 3, .to_actor = 1, .over = EdgeSet::cooperative, .time_respecting = true});
  REQUIRE(back.run().ok());
  CHECK(actors(*s, back) == std::vector<std::int64_t>{3, 2, 1});
  CHECK_FALSE(back.steps()[0].forward);
}

TEST_CASE("an earlier, dearer label can be the only one that finishes in time") {
  // 1 -> 9 directly on Feb 1 (arrive late), or 1 -> 8 -> 9 on Jan 1 and Jan 2 (arrive early);
  // then 9 -> 7 only on Jan 15. The one-hop arrival at 9 cannot continue; the two-hop one can.
  auto s = snap({obs(1, Relation::backs, 9, "2020-02-01"), obs(1, Relation::backs, 8, "2020-01-01"),
                 obs(8, Relation::backs, 9, "2020-01-02"), obs(9, Relation::backs, 7, "2020-01-15")});
  ShortestPath p(s, {.from_actor = 1, .to_actor = 7, .time_respecting = true, .directed = true});
  REQUIRE(p.run().ok());
  REQUIRE(p.found());
  CHECK(actors(*s, p) == std::vector<std::int64_t>{1, 8, 9, 7});
}

TEST_CASE("directed walks follow edge direction; missing actors and no path are reported") {
  auto s = routes();
  ShortestPath directed(s, {.from_actor = 3, .to_actor = 1, .directed = true});
  REQUIRE(directed.run().ok());
  CHECK_FALSE(directed.found());
  CHECK(directed.reason() == "no path");
  ShortestPath absent(s, {.from_actor = 1, .to_actor = 99});
  REQUIRE(absent.run().ok());
  CHECK_FALSE(absent.found());
  CHECK(absent.reason().find("to_actor") != std::string::npos);
  ShortestPath same(s, {.from_actor = 1, .to_actor = 1});
  CHECK(same.run().error().field == "to_actor");
}
