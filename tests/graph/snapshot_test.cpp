#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "graph/snapshot_cache.hpp"

using namespace sg;
using namespace sg::graph;
using namespace sg::graph::test;

TEST_CASE("observations aggregate per directed dyad") {
  auto s = snap({
      obs(10, Relation::attacks, 20, "2020-01-05"),  // -10
      obs(10, Relation::attacks, 20, "2020-01-05"),  // -10, same day
      obs(10, Relation::backs, 20, "2020-02-01"),    // +5   => 10->20: -15
      obs(20, Relation::aids, 10, "2020-03-01"),     // +7   => 20->10: +7
      obs(30, Relation::member_of, 10),              // 0    => structural only
      obs(30, Relation::attacks, 30),                // self-loop: dropped
  });
  REQUIRE(s->vertex_count() == 3);
  CHECK(s->edge_count() == 3);
  CHECK(s->observation_count() == 5);
  CHECK(s->actor_ids()[0] == 10);
  CHECK(s->actor_ids()[2] == 30);

  const auto e = s->find_edge(vx(*s, 10), vx(*s, 20)).value();
  CHECK(s->weight(e) == -15);
  CHECK(s->sign(e) == -1);
  CHECK(s->evidence(e) == 3);
  REQUIRE(s->counts(e).size() == 2);
  CHECK(s->counts(e)[0].relation == Relation::attacks);
  CHECK(s->counts(e)[0].count == 2);
  CHECK(s->counts(e)[1].relation == Relation::backs);
  REQUIRE(s->days(e).size() == 2);  // distinct days
  CHECK(s->first_day(e) == day("2020-01-05"));
  CHECK(s->last_day(e) == day("2020-02-01"));
  CHECK(s->source(e) == vx(*s, 10));

  const auto back = s->find_edge(vx(*s, 20), vx(*s, 10)).value();
  CHECK(s->weight(back) == 7);
  const auto structural = s->find_edge(vx(*s, 30), vx(*s, 10)).value();
  CHECK(s->sign(structural) == 0);
  CHECK(s->in_set(structural, EdgeSet::all));
  CHECK_FALSE(s->in_set(structural, EdgeSet::cooperative));
  CHECK_FALSE(s->in_set(structural, EdgeSet::hostile));
  CHECK_FALSE(s->find_edge(vx(*s, 30), vx(*s, 30)));
}

TEST_CASE("symmetric relations count both ways") {
  auto s = snap({obs(1, Relation::allies_with, 2), obs(1, Relation::negotiates, 3)});
  CHECK(s->edge_count() == 4);
  CHECK(s->weight(s->find_edge(vx(*s, 2), vx(*s, 1)).value()) == 8);
  CHECK(s->weight(s->find_edge(vx(*s, 1), vx(*s, 2)).value()) == 8);
  CHECK(s->weight(s->find_edge(vx(*s, 3), vx(*s, 1)).value()) == 3);
  CHECK(s->observation_count() == 2);
}

TEST_CASE("half-life decay weighs each observation by 0.5^((to - day) / half_life)") {
  // to = 2020-01-31. backs on the 31st: 5 * 0.5^0 = 5; on the 21st: 5 * 0.5^(10/10) = 2.5;
  // attacks on the 1st: -10 * 0.5^(30/10) = -1.25. Net 1->2: 5 + 2.5 = 7.5; 1->3: -1.25.
  auto w = window_of("2020-01-01", "2020-01-31", 10);
  auto s = snap({obs(1, Relation::backs, 2, "2020-01-31"), obs(1, Relation::backs, 2, "2020-01-21"),
                 obs(1, Relation::attacks, 3, "2020-01-01"), obs(1, Relation::attacks, 3, "2019-12-31")},
                w);
  CHECK(s->weight(s->find_edge(0, 1).value()) == doctest::Approx(7.5));
  CHECK(s->weight(s->find_edge(0, 2).value()) == doctest::Approx(-1.25));
  CHECK(s->observation_count() == 3);  // 2019-12-31 lies outside the window
}

TEST_CASE("relation, polarity and confidence filters drop observations") {
  WindowParams p;
  p.polarity = Polarity::hostile;
  p.min_confidence = 0.5;
  auto w = resolve_window(p, Date{2000, 1, 1}, Date{2030, 1, 1}).value();
  auto s = snap({obs(1, Relation::backs, 2), obs(1, Relation::attacks, 3),
                 obs(1, Relation::threatens, 4, "2020-01-01", 0.4f)},
                w);
  CHECK(s->vertex_count() == 2);  // actors 1 and 3
  CHECK(s->edge_count() == 1);
  CHECK(s->weight(0) == -10);
}

TEST_CASE("an empty window gives an empty snapshot") {
  auto s = snap({}, window_of());
  CHECK(s->vertex_count() == 0);
  CHECK(s->edge_count() == 0);
  CHECK(s->row_offsets().size() == 1);
}

TEST_CASE("sparse actor ids are numbered densely too") {
  auto s = snap({obs(5, Relation::backs, 9'000'000'000), obs(9'000'000'000, Relation::attacks, 77)});
  REQUIRE(s->vertex_count() == 3);
  CHECK(s->actor_id(0) == 5);
  CHECK(s->actor_id(1) == 77);
  CHECK(s->weight(s->find_edge(vx(*s, 9'000'000'000), vx(*s, 77)).value()) == -10);
}

TEST_CASE("the cache serves hits without rebuilding and drops entries older than a write") {
  SnapshotCache cache(2);
  int builds = 0;
  std::vector<EdgeObservation> data{obs(1, Relation::backs, 2)};
  auto builder = [&](const Window& w) {
    return [&, w]() -> Result<std::shared_ptr<const Snapshot>> {
      ++builds;
      return build_snapshot(data, w);
    };
  };
  const auto w1 = window_of("2020-01-01", "2020-12-31"), w2 = window_of("2019-01-01", "2020-12-31"),
             w3 = window_of("2018-01-01", "2020-12-31");
  auto a = cache.get(w1, 7, builder(w1)).value();
  auto b = cache.get(w1, 7, builder(w1)).value();
  CHECK(builds == 1);
  CHECK(a.get() == b.get());  // the very same immutable snapshot

  data.push_back(obs(2, Relation::attacks, 3));  // a write: sequence 8
  auto c = cache.get(w1, 8, builder(w1)).value();
  CHECK(builds == 2);
  CHECK(c->edge_count() == 2);
  CHECK(a->edge_count() == 1);  // holders of the old snapshot keep it intact
  CHECK(cache.stats().invalidations == 1);

  cache.get(w2, 8, builder(w2)).value();
  cache.get(w3, 8, builder(w3)).value();  // capacity 2: w1 is least recently used
  CHECK(cache.stats().evictions == 1);
  cache.get(w1, 8, builder(w1)).value();
  CHECK(builds == 5);
  cache.get(w3, 8, builder(w3)).value();
  CHECK(builds == 5);
  CHECK(cache.stats().hits == 2);

  // A failed build is returned, not cached.
  auto failed = cache.get(window_of("2017-01-01"), 8, [] {
    return Result<std::shared_ptr<const Snapshot>>(make_error(ErrorCode::storage_error, "disk"));
  });
  CHECK(failed.error().code == ErrorCode::storage_error);
}
