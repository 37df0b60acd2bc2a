#include "graph/changes.hpp"

#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "graph/actor_relations.hpp"

using namespace sg;
using namespace sg::graph;
using namespace sg::graph::test;

TEST_CASE("changes between two windows: appeared, ended, flipped, movers") {
  // A (2020): 1 backs 2, 1 attacks 3, 4 condemns 1.   B (2021): 1 attacks 2, 2 backs 3, 4 condemns 1.
  // 1->2 flips + to -, 1->3 ends, 2->3 appears, 4->1 stays hostile (no change).
  std::vector<EdgeObservation> data{
      obs(1, Relation::backs, 2, "2020-03-01"),    obs(1, Relation::attacks, 3, "2020-04-01"),
      obs(4, Relation::condemns, 1, "2020-05-01"), obs(1, Relation::attacks, 2, "2021-03-01"),
      obs(2, Relation::backs, 3, "2021-04-01"),    obs(4, Relation::condemns, 1, "2021-05-01")};
  auto a = snap(data, window_of("2020-01-01", "2020-12-31"));
  auto b = snap(data, window_of("2021-01-01", "2021-12-31"));
  Changes changes(a, b, {});
  REQUIRE(changes.run().ok());
  REQUIRE(changes.appeared().size() == 1);
  CHECK(changes.appeared()[0].source == 2);
  CHECK(changes.appeared()[0].target == 3);
  CHECK(changes.appeared()[0].weight_b == 5);
  REQUIRE(changes.ended().size() == 1);
  CHECK(changes.ended()[0].source == 1);
  CHECK(changes.ended()[0].weight_a == -10);
  REQUIRE(changes.flipped().size() == 1);
  CHECK(changes.flipped()[0].sign_a == 1);
  CHECK(changes.flipped()[0].sign_b == -1);
  CHECK(changes.flipped_total() == 1);
  // PageRank moves: in A, 3 gets 1's hostile mass share 10/15; in B, 3 gets all of 2's, so the
  // movers list has every actor, biggest |delta| first.
  REQUIRE(changes.movers().size() == 4);
  for (std::size_t i = 1; i < changes.movers().size(); ++i)
    CHECK(std::abs(changes.movers()[i - 1].delta()) >= std::abs(changes.movers()[i].delta()));
  double sum_a = 0, sum_b = 0;
  for (const auto& m : changes.movers()) sum_a += m.score_a, sum_b += m.score_b;
  CHECK(sum_a == doctest::Approx(1));
  CHECK(sum_b == doctest::Approx(1));
}

TEST_CASE("an actor's allies and enemies, both directions summed") {
  // Actor 1: 1 backs 2 (+5) and 2 aids 1 (+7) => ally 2, net 12, evidence 2.
  //          1 attacks 3 (-10), 1 negotiates 3 (+3 each way) => 3: -10 + 3 + 3 = -4, an enemy,
  //          evidence 3 (the negotiation counts once per direction).
  //          5 condemns 1 twice (-2 -2) => enemy 5, net -4 too; ties go to the smaller id (3 first).
  //          1 member_of 6 => neutral.
  auto s = snap({obs(1, Relation::backs, 2), obs(2, Relation::aids, 1, "2020-02-01"),
                 obs(1, Relation::attacks, 3), obs(1, Relation::negotiates, 3, "2020-03-01"),
                 obs(5, Relation::condemns, 1), obs(5, Relation::condemns, 1, "2020-01-02"),
                 obs(1, Relation::member_of, 6), obs(7, Relation::aids, 8)});
  ActorRelations view(s, {.actor = 1});
  REQUIRE(view.run().ok());
  REQUIRE(view.present());
  REQUIRE(view.allies().size() == 1);
  CHECK(view.allies()[0].actor == 2);
  CHECK(view.allies()[0].net_weight == 12);
  CHECK(view.allies()[0].weight_in == 7);
  CHECK(view.allies()[0].evidence == 2);
  CHECK(view.allies()[0].last_day == day("2020-02-01"));
  REQUIRE(view.enemies().size() == 2);
  CHECK(view.enemies()[0].actor == 3);
  CHECK(view.enemies()[0].net_weight == -4);
  CHECK(view.enemies()[0].evidence == 3);
  CHECK(view.enemies()[0].counts.size() == 2);
  CHECK(view.enemies()[1].actor == 5);
  CHECK(view.enemies()[1].counts[0].count == 2);
  REQUIRE(view.neutral().size() == 1);
  CHECK(view.neutral()[0].actor == 6);

  ActorRelations absent(s, {.actor = 42});
  REQUIRE(absent.run().ok());
  CHECK_FALSE(absent.present());
}
