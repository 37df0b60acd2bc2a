// The snapshot builder on inputs the hand-drawn tests do not reach: observations in any order, a
// large window against a plain aggregation, and windows too wide for its 64-bit dyad keys.
#include <doctest/doctest.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <functional>
#include <map>
#include <numeric>
#include <set>

#include "fixtures.hpp"
#include "generate.hpp"

using namespace sg;
using namespace sg::graph;
using namespace sg::graph::test;

namespace {

// Every array of two snapshots, compared in full; `day_of` maps a's days to b's.
void check_same_snapshot(
    const Snapshot& a, const Snapshot& b,
    const std::function<std::int32_t(std::int32_t)>& day_of = [](std::int32_t d) { return d; }) {
  REQUIRE(a.vertex_count() == b.vertex_count());
  REQUIRE(a.edge_count() == b.edge_count());
  CHECK(a.observation_count() == b.observation_count());
  CHECK(std::ranges::equal(a.actor_ids(), b.actor_ids()));
  CHECK(std::ranges::equal(a.row_offsets(), b.row_offsets()));
  CHECK(std::ranges::equal(a.targets(), b.targets()));
  std::size_t differing = 0;
  for (EdgeIndex e = 0; e < a.edge_count(); ++e) {
    const auto ca = a.counts(e), cb = b.counts(e);
    const bool same_counts = std::ranges::equal(
        ca, cb, [](const auto& x, const auto& y) { return x.relation == y.relation && x.count == y.count; });
    const auto da = a.days(e), db = b.days(e);
    const bool same_days =
        std::ranges::equal(da, db, [&](std::int32_t x, std::int32_t y) { return day_of(x) == y; });
    differing += !same_counts || !same_days || a.evidence(e) != b.evidence(e) ||
                 a.weight(e) != doctest::Approx(b.weight(e)).epsilon(1e-12);
  }
  CHECK(differing == 0);
}

}  // namespace

TEST_CASE("observations in any order build the same snapshot") {
  // The builder skips sorting by day when observations arrive in day order (as the store returns
  // them); shuffled, sorted and reversed input must agree.
  const auto generated = test::generate_observations({.actors = 3000, .observations = 30000, .seed = 11});
  auto by_day = generated;
  std::stable_sort(by_day.begin(), by_day.end(), [](const auto& x, const auto& y) { return x.day < y.day; });
  auto reversed = by_day;
  std::reverse(reversed.begin(), reversed.end());
  const auto w = window_of("2011-01-01", "2024-12-31", 400);
  const auto reference = snap(generated, w);
  CHECK(reference->edge_count() > 20000);
  check_same_snapshot(*reference, *snap(by_day, w));
  check_same_snapshot(*reference, *snap(reversed, w));
  std::size_t unordered = 0;  // days must be distinct and ascending per dyad
  for (EdgeIndex e = 0; e < reference->edge_count(); ++e)
    unordered +=
        std::ranges::adjacent_find(reference->days(e), std::greater_equal<>{}) != reference->days(e).end();
  CHECK(unordered == 0);
}

TEST_CASE("a large window with decay matches a plain aggregation") {
  const auto generated = test::generate_observations({.actors = 5000, .observations = 250000, .seed = 5});
  const auto w = window_of("2012-01-01", "2023-12-31", 365);
  const auto s = snap(generated, w);
  struct Dyad {
    double weight = 0;
    std::map<Relation, std::uint32_t> counts;
    std::set<std::int32_t> days;
  };
  std::map<std::pair<std::int64_t, std::int64_t>, Dyad> expected;
  std::size_t admitted = 0;
  for (const auto& o : generated) {
    if (o.source == o.target || o.day < w.from_day || o.day > w.to_day) continue;
    ++admitted;
    const double weight = relation_info(o.relation).weight * std::exp2(-(w.to_day - o.day) / 365.0);
    for (int way = 0; way < (relation_info(o.relation).symmetric ? 2 : 1); ++way) {
      Dyad& d = expected[way ? std::pair(o.target, o.source) : std::pair(o.source, o.target)];
      d.weight += weight;
      ++d.counts[o.relation];
      d.days.insert(o.day);
    }
  }
  CHECK(s->observation_count() == admitted);
  REQUIRE(s->edge_count() == expected.size());
  std::size_t differing = 0;
  for (Vertex u = 0; u < s->vertex_count(); ++u)
    for (EdgeIndex e = s->row_offsets()[u]; e < s->row_offsets()[u + 1]; ++e) {
      const auto it = expected.find({s->actor_id(u), s->actor_id(s->targets()[e])});
      if (it == expected.end()) {
        ++differing;
        continue;
      }
      std::map<Relation, std::uint32_t> counts;
      for (const auto& c : s->counts(e)) counts[c.relation] = c.count;
      const bool same =
          s->weight(e) == doctest::Approx(it->second.weight).epsilon(1e-9) && counts == it->second.counts &&
          std::ranges::equal(s->days(e), it->second.days) &&
          s->evidence(e) == std::accumulate(counts.begin(), counts.end(), 0u,
                                            [](auto sum, const auto& c) { return sum + c.second; });
      differing += !same;
    }
  CHECK(differing == 0);
}

TEST_CASE("a window too wide to key a dyad and its day in 64 bits builds the same snapshot") {
  // 20000 actors need 15 bits each; days 2^32 apart need 32 more: over 64 with the relation, so the
  // builder sorts structs instead. The same graph on two adjacent days must come out alike.
  std::vector<EdgeObservation> wide, narrow;
  const std::int32_t early = INT32_MIN + 2, late = INT32_MAX - 2;
  for (std::int64_t a = 1; a <= 20000; ++a) {
    const std::int64_t b = a % 20000 + 1, c = (a * 7919) % 20000 + 1;
    const Relation r = a % 3 ? Relation::aids : Relation::negotiates;
    for (auto* v : {&wide, &narrow}) {
      v->push_back({a, b, r, v == &wide ? late : 1, 1.0f});
      if (a != c) v->push_back({a, c, Relation::attacks, v == &wide ? early : 0, 1.0f});
      if (a % 5 == 0) v->push_back({a, b, Relation::backs, v == &wide ? early : 0, 1.0f});
    }
  }
  Window w;
  w.from_day = INT32_MIN + 1;
  w.to_day = INT32_MAX - 1;
  w.relations.set();
  const auto from_wide = snap(wide, w), from_narrow = snap(narrow, w);
  CHECK(from_wide->vertex_count() == 20000);
  check_same_snapshot(*from_wide, *from_narrow, [&](std::int32_t d) { return d == early ? 0 : 1; });
}
