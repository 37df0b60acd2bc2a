#include <doctest/doctest.h>

#include <cmath>
#include <numeric>

#include "fixtures.hpp"
#include "graph/betweenness.hpp"
#include "graph/degree.hpp"
#include "graph/pagerank.hpp"
#include "graph/ranking.hpp"

using namespace sg;
using namespace sg::graph;
using namespace sg::graph::test;

TEST_CASE("PageRank of one edge: the dangling target's rank is spread over both") {
  // 1 -> 2, alpha 0.85; 2 is dangling. x1 = 0.15/2 + 0.85 * x2 / 2 and x1 + x2 = 1
  // => x1 = 0.075 + 0.425 (1 - x1) => x1 = 0.5 / 1.425 = 0.350877..., x2 = 0.649122...
  PageRank pr(snap({obs(1, Relation::backs, 2)}), {});
  REQUIRE(pr.run().ok());
  CHECK(pr.converged());
  CHECK(pr.scores()[0] == doctest::Approx(0.5 / 1.425).epsilon(1e-9));
  CHECK(pr.scores()[1] == doctest::Approx(1 - 0.5 / 1.425).epsilon(1e-9));
}

TEST_CASE("PageRank splits rank by |weight| within the chosen edge set") {
  // 1 -attacks(-10)-> 2, 1 -backs(+5)-> 3; 2 and 3 are dangling, n = 3, alpha = 0.85.
  // Nobody links to 1, so x1 = 0.15/3 + 0.85 (x2 + x3) / 3 = 0.05 + 0.85 (1 - x1) / 3
  //   => x1 (1 + 0.85/3) = 0.05 + 0.85/3 => x1 = (1/3) / (77/60) = 20/77 in every edge set.
  auto s = snap({obs(1, Relation::attacks, 2), obs(1, Relation::backs, 3)});
  SUBCASE("all: shares 10/15 and 5/15") {
    PageRank pr(s, {.edges = EdgeSet::all});
    REQUIRE(pr.run().ok());
    // x2 = x1 + 0.85 * (2/3) * x1 = 20/77 + 11.333/77 = (94/3)/77; x3 = 20/77 + 0.85 * (1/3) * 20/77 = 1/3
    CHECK(pr.scores()[0] == doctest::Approx(20.0 / 77));
    CHECK(pr.scores()[1] == doctest::Approx(94.0 / 3 / 77));
    CHECK(pr.scores()[2] == doctest::Approx(1.0 / 3));
  }
  SUBCASE("cooperative: only 1 -> 3") {
    PageRank pr(s, {.edges = EdgeSet::cooperative});
    REQUIRE(pr.run().ok());
    // x2 = x1 = 20/77 (both get only the uniform share); x3 = 1 - 40/77 = 37/77
    CHECK(pr.scores()[1] == doctest::Approx(20.0 / 77));
    CHECK(pr.scores()[2] == doctest::Approx(37.0 / 77));
  }
  SUBCASE("hostile: only 1 -> 2") {
    PageRank pr(s, {.edges = EdgeSet::hostile});
    REQUIRE(pr.run().ok());
    CHECK(pr.scores()[1] == doctest::Approx(37.0 / 77));
    CHECK(pr.scores()[2] == doctest::Approx(20.0 / 77));
  }
}

TEST_CASE("PageRank with decayed weights that are not floats") {
  // to = 2020-01-31, half-life 10: 1 -backs-> 2 today weighs 5, 1 -backs-> 3 five days earlier
  // weighs 5 * 2^-0.5. 2 and 3 are dangling, nobody links to 1: x1 = 0.05 + 0.85 (1 - x1) / 3
  // => x1 = 1 / 3.85; x2 = x1 (1 + 0.85 s2), x3 = x1 (1 + 0.85 s3) with s2 = 1 / (1 + 2^-0.5), s3 = 1 - s2.
  auto s = snap({obs(1, Relation::backs, 2, "2020-01-31"), obs(1, Relation::backs, 3, "2020-01-26")},
                window_of("2020-01-01", "2020-01-31", 10));
  PageRank pr(s, {.tolerance = 1e-14});
  REQUIRE(pr.run().ok());
  const double x1 = 1 / 3.85, s2 = 1 / (1 + std::exp2(-0.5));
  CHECK(pr.scores()[0] == doctest::Approx(x1).epsilon(1e-12));
  CHECK(pr.scores()[1] == doctest::Approx(x1 * (1 + 0.85 * s2)).epsilon(1e-12));
  CHECK(pr.scores()[2] == doctest::Approx(x1 * (1 + 0.85 * (1 - s2))).epsilon(1e-12));
}

TEST_CASE("PageRank on a cycle is uniform and always sums to 1") {
  PageRank pr(snap({obs(1, Relation::aids, 2), obs(2, Relation::aids, 3), obs(3, Relation::aids, 1)}), {});
  REQUIRE(pr.run().ok());
  for (double x : pr.scores()) CHECK(x == doctest::Approx(1.0 / 3));
  CHECK(std::accumulate(pr.scores().begin(), pr.scores().end(), 0.0) == doctest::Approx(1.0));
}

TEST_CASE("PageRank params validate themselves") {
  PageRank bad(snap({obs(1, Relation::aids, 2)}), {.damping = 1.0});
  CHECK(bad.run().error().field == "damping");
  PageRank capped(snap({obs(1, Relation::aids, 2), obs(2, Relation::backs, 3)}),
                  {.tolerance = 1e-300, .max_iterations = 3});
  REQUIRE(capped.run().ok());
  CHECK(capped.iterations() == 3);
  CHECK_FALSE(capped.converged());
}

TEST_CASE("betweenness counts shortest paths through a vertex") {
  // Chain 1 -> 2 -> 3 plus diamond 3 -> 4 -> 6, 3 -> 5 -> 6.
  // Pairs through 2: (1,3), (1,4), (1,5), (1,6) => 4.
  // Through 3: (1,4) (1,5) (1,6) (2,4) (2,5) (2,6) => 6.
  // Through 4: half of each path to 6 from 1, 2, 3 => 1.5; the same for 5.
  auto s = snap({obs(1, Relation::attacks, 2), obs(2, Relation::attacks, 3), obs(3, Relation::attacks, 4),
                 obs(3, Relation::attacks, 5), obs(4, Relation::attacks, 6), obs(5, Relation::attacks, 6)});
  Betweenness b(s, {});
  REQUIRE(b.run().ok());
  CHECK(b.exact());
  CHECK(b.sample_size() == 6);
  const std::vector<double> expected{0, 4, 6, 1.5, 1.5, 0};
  for (Vertex v = 0; v < 6; ++v) CHECK(b.scores()[v] == doctest::Approx(expected[v]));
  CHECK(b.normalized()[2] == doctest::Approx(6.0 / (5 * 4)));

  Betweenness cooperative(s, {.edges = EdgeSet::cooperative});
  REQUIRE(cooperative.run().ok());
  for (double x : cooperative.scores()) CHECK(x == 0);
}

TEST_CASE("sampled betweenness reports its sample and is reproducible") {
  std::vector<EdgeObservation> ring;
  for (int i = 0; i < 40; ++i) ring.push_back(obs(i, Relation::backs, (i + 1) % 40));
  auto s = snap(ring);
  // Exact on a directed 40-ring: each vertex lies inside paths of length >= 2 passing it:
  // sum over lengths L = 2..39 of (L - 1) pairs... = 39 * 38 / 2 = 741 for every vertex.
  Betweenness exact(s, {});
  REQUIRE(exact.run().ok());
  CHECK(exact.scores()[7] == doctest::Approx(741));
  Betweenness sampled(s, {.samples = 10});
  REQUIRE(sampled.run().ok());
  CHECK_FALSE(sampled.exact());
  CHECK(sampled.sample_size() == 10);
  // On a ring every source contributes the same total, so the scaled estimate sums exactly.
  CHECK(std::accumulate(sampled.scores().begin(), sampled.scores().end(), 0.0) == doctest::Approx(741 * 40));
  Betweenness again(s, {.samples = 10});
  REQUIRE(again.run().ok());
  CHECK(again.scores() == sampled.scores());
  Betweenness automatic(s, {.exact_limit = 20, .default_samples = 5});
  REQUIRE(automatic.run().ok());
  CHECK(automatic.sample_size() == 5);
}

TEST_CASE("degree and strength in and out") {
  // 1 -attacks-> 2 (-10), 1 -backs-> 3 (+5), 3 -aids-> 2 (+7)
  auto s = snap({obs(1, Relation::attacks, 2), obs(1, Relation::backs, 3), obs(3, Relation::aids, 2)});
  Degree d(s, {});
  REQUIRE(d.run().ok());
  CHECK(d.out_degree() == std::vector<std::uint32_t>{2, 0, 1});
  CHECK(d.in_degree() == std::vector<std::uint32_t>{0, 2, 1});
  CHECK(d.out_strength() == std::vector<double>{15, 0, 7});
  CHECK(d.in_strength() == std::vector<double>{0, 17, 5});
  Degree hostile(s, {.edges = EdgeSet::hostile});
  REQUIRE(hostile.run().ok());
  CHECK(hostile.in_strength() == std::vector<double>{0, 10, 0});
  // Total degree is 2 for all three: ties go to the smaller actor id.
  CHECK(rank_by_score(d.total_degree(), 2) == std::vector<Vertex>{0, 1});
}
