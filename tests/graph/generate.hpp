// Synthetic conflict data for the cross-check test and the benchmark: actors 1..n, observations with
// power-law-ish actor activity (a few actors in most events), every relation, dates spread over
// years. Deterministic for a seed (mt19937_64 output is fixed by the standard).
#pragma once
#include <cmath>
#include <random>
#include <vector>

#include "core/date.hpp"
#include "core/observation.hpp"

namespace sg::graph::test {

struct GeneratorParams {
  std::int64_t actors = 1000;
  std::size_t observations = 10000;
  std::uint64_t seed = 7;
  Date first{2011, 1, 1};
  Date last{2024, 12, 31};
  double skew = 2.5;  // actor k is picked with density ~ u^skew: higher is more concentrated
};

inline std::vector<EdgeObservation> generate_observations(const GeneratorParams& p) {
  std::mt19937_64 random(p.seed);
  auto uniform = [&] { return static_cast<double>(random() >> 11) * 0x1.0p-53; };
  auto pick_actor = [&] {
    const auto k = static_cast<std::int64_t>(std::pow(uniform(), p.skew) * static_cast<double>(p.actors));
    return 1 + std::min(k, p.actors - 1);
  };
  // Relation mix roughly as news reports them: many hostile events, fewer alliances.
  static constexpr Relation kMix[] = {Relation::attacks,    Relation::attacks,     Relation::attacks,
                                      Relation::condemns,   Relation::accuses,     Relation::opposes,
                                      Relation::threatens,  Relation::sanctions,   Relation::declares_war_on,
                                      Relation::backs,      Relation::backs,       Relation::aids,
                                      Relation::negotiates, Relation::allies_with, Relation::member_of};
  const auto first = p.first.days(), span = p.last.days() - first + 1;
  std::vector<EdgeObservation> out;
  out.reserve(p.observations);
  while (out.size() < p.observations) {
    EdgeObservation o;
    o.source = pick_actor();
    o.target = static_cast<std::int64_t>(random() % static_cast<std::uint64_t>(p.actors)) + 1;
    if (random() % 2) std::swap(o.source, o.target);  // hubs both act and are acted upon
    if (o.source == o.target) continue;
    o.relation = kMix[random() % std::size(kMix)];
    o.day = first + static_cast<std::int32_t>(random() % static_cast<std::uint64_t>(span));
    o.confidence = 0.5f + 0.5f * static_cast<float>(uniform());
    out.push_back(o);
  }
  return out;
}

}  // namespace sg::graph::test
