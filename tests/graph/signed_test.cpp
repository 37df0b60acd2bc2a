#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "graph/balance.hpp"
#include "graph/blocs.hpp"

using namespace sg;
using namespace sg::graph;
using namespace sg::graph::test;

namespace {
// Two camps {1,2} and {3,4}: 1-2 and 3-4 allied, 1-3, 2-4 and 1-4 hostile, and one cooperative tie
// across the camps, 2 backs 3.
std::vector<EdgeObservation> two_camps() {
  return {obs(1, Relation::allies_with, 2), obs(3, Relation::allies_with, 4), obs(1, Relation::attacks, 3),
          obs(2, Relation::attacks, 4),     obs(4, Relation::threatens, 1),   obs(2, Relation::backs, 3)};
}
}  // namespace

TEST_CASE("blocs split two camps and report the one frustrating tie") {
  // The cooperative components join everyone (1-2-3-4 through 2-3): frustration 3 (hostile 1-3, 2-4,
  // 1-4 inside). Moving 1 out alone costs 1 (its ally 2), less than 2 (its two enemies) -> 1 leaves;
  // 2 then follows 1 (cost 1: ally 3 outside) rather than stay (cost 2: enemy 4 inside, ally 1 outside).
  // 3 and 4 stay. Camps {1,2}, {3,4}; only 2-3 frustrates: a cooperative pair between camps.
  Blocs blocs(snap(two_camps()), {});
  REQUIRE(blocs.run().ok());
  REQUIRE(blocs.blocs().size() == 2);
  CHECK(blocs.blocs()[0] == std::vector<Vertex>{0, 1});
  CHECK(blocs.blocs()[1] == std::vector<Vertex>{2, 3});
  CHECK(blocs.frustration() == 1);
  CHECK(blocs.signed_pairs() == 6);
  REQUIRE(blocs.frustrating_pairs().size() == 1);
  CHECK(blocs.frustrating_pairs()[0].a == 1);
  CHECK(blocs.frustrating_pairs()[0].b == 2);
  CHECK(blocs.frustrating_pairs()[0].sign == 1);
  CHECK(blocs.frustration_weight() == 5);
}

TEST_CASE("blocs are deterministic and leave actors without a signed tie out") {
  auto data = two_camps();
  data.push_back(obs(9, Relation::member_of, 1));  // structural only: no signed pair
  auto s = snap(data);
  Blocs a(s, {}), b(s, {});
  REQUIRE(a.run().ok());
  REQUIRE(b.run().ok());
  CHECK(a.blocs() == b.blocs());
  CHECK(a.bloc_of()[vx(*s, 9)] == -1);
}

TEST_CASE("an all-hostile triangle needs three camps and frustrates nothing") {
  Blocs blocs(
      snap({obs(1, Relation::attacks, 2), obs(2, Relation::attacks, 3), obs(3, Relation::attacks, 1)}), {});
  REQUIRE(blocs.run().ok());
  CHECK(blocs.blocs().size() == 3);
  CHECK(blocs.frustration() == 0);
}

TEST_CASE("the frustrating list is capped, the count is not") {
  // A ++- triangle always frustrates one pair.
  std::vector<EdgeObservation> data;
  for (int t = 0; t < 5; ++t) {
    const int a = 3 * t + 1;
    data.push_back(obs(a, Relation::backs, a + 1));
    data.push_back(obs(a + 1, Relation::backs, a + 2));
    data.push_back(obs(a, Relation::attacks, a + 2));
  }
  Blocs blocs(snap(data), {.max_listed_edges = 2});
  REQUIRE(blocs.run().ok());
  CHECK(blocs.frustration() == 5);
  CHECK(blocs.frustrating_pairs().size() == 2);
}

TEST_CASE("triad census of the signed projection") {
  // Pairs: 1-2 +, 2-3 -, 1-3 -   => {1,2,3} +--  balanced
  //        1-4 +, 2-4 +          => {1,2,4} +++  balanced
  //        1-5 +, 2-5 -          => {1,2,5} ++-  unbalanced
  //        3-6 -, 6-7 -, 3-7 -   => {3,6,7} ---  unbalanced
  // No other triangle: 3-4, 3-5, 4-5 ... are absent. Balance ratio 2/4.
  // 2-3 is net hostile: 2 backs 3 (+5) but 3 attacks 2 (-10) => -5.
  auto s = snap({obs(1, Relation::allies_with, 2), obs(2, Relation::backs, 3), obs(3, Relation::attacks, 2),
                 obs(1, Relation::condemns, 3), obs(1, Relation::aids, 4), obs(4, Relation::backs, 2),
                 obs(5, Relation::negotiates, 1), obs(2, Relation::sanctions, 5),
                 obs(3, Relation::attacks, 6), obs(6, Relation::opposes, 7), obs(7, Relation::threatens, 3)});
  Balance balance(s, {});
  REQUIRE(balance.run().ok());
  CHECK(balance.count(TriadType::ppp) == 1);
  CHECK(balance.count(TriadType::pmm) == 1);
  CHECK(balance.count(TriadType::ppm) == 1);
  CHECK(balance.count(TriadType::mmm) == 1);
  CHECK(balance.triangles() == 4);
  CHECK(*balance.balance_ratio() == doctest::Approx(0.5));
  REQUIRE(balance.unbalanced().size() == 2);
  bool saw_ppm = false, saw_mmm = false;
  for (const auto& t : balance.unbalanced()) {
    if (t.type == TriadType::ppm) {
      saw_ppm = true;
      CHECK(t.actors == std::array<Vertex, 3>{vx(*s, 1), vx(*s, 2), vx(*s, 5)});
    }
    if (t.type == TriadType::mmm) {
      saw_mmm = true;
      CHECK(t.actors == std::array<Vertex, 3>{vx(*s, 3), vx(*s, 6), vx(*s, 7)});
    }
  }
  CHECK((saw_ppm && saw_mmm));
  Balance capped(s, {.max_listed = 1});
  REQUIRE(capped.run().ok());
  CHECK(capped.unbalanced().size() == 1);
  CHECK(capped.count(TriadType::mmm) == 1);
}

TEST_CASE("no triangle, no ratio") {
  Balance balance(snap({obs(1, Relation::backs, 2), obs(2, Relation::backs, 3)}), {});
  REQUIRE(balance.run().ok());
  CHECK(balance.triangles() == 0);
  CHECK_FALSE(balance.balance_ratio());
}
