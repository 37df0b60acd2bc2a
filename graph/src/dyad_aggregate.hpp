// The last step of building a snapshot: contributions sorted by (source, target, day) become the CSR
// and per-edge arrays, in two reads: one measures every array exactly, one fills them. Private to
// graph/src.
#pragma once
#include <array>
#include <bit>
#include <cmath>
#include <vector>

#include "dyad_keys.hpp"
#include "snapshot_impl.hpp"

namespace sg::graph::detail {

// Relation weight times the decay of its day, from a table per day when the window's days are few
// (std::exp2 per contribution would cost as much as the whole sort).
class Weigher {
 public:
  Weigher(const Window& w, std::int32_t first_day, std::int32_t last_day)
      : half_life_(w.half_life_days), to_day_(w.to_day), first_(first_day) {
    for (const auto& info : all_relations()) weight_[static_cast<std::size_t>(info.relation)] = info.weight;
    if (half_life_ > 0 && static_cast<std::int64_t>(last_day) - first_ < (1 << 20))
      for (std::int32_t d = first_; d <= last_day; ++d) decay_.push_back(decay(d));
  }
  double operator()(const Contribution& c) const {
    const double w = weight_[c.relation];
    if (half_life_ <= 0) return w;
    return w * (decay_.empty() ? decay(c.day) : decay_[static_cast<std::size_t>(c.day - first_)]);
  }

 private:
  double decay(std::int32_t day) const { return std::exp2(-static_cast<double>(to_day_ - day) / half_life_); }
  std::array<double, kRelationCount> weight_{};
  double half_life_;
  std::int32_t to_day_, first_ = 0;
  std::vector<double> decay_;
};

struct Sizes {
  std::size_t dyads = 0, entries = 0, days = 0;  // edges, relation counts, distinct days
};

// `at(i)` is the i-th contribution; `dyad(i)` is equal exactly for contributions of one dyad (for
// sorted keys, their top bits: cheaper than decoding both ends).
template <class At, class DyadOf>
Sizes measure(std::size_t count, At at, DyadOf dyad) {
  Sizes size;
  for (std::size_t i = 0; i < count;) {
    const auto current = dyad(i);
    std::uint32_t seen = 0;
    std::int32_t last_day = at(i).day;
    ++size.dyads, ++size.days;
    for (; i < count && dyad(i) == current; ++i) {
      const Contribution c = at(i);
      seen |= 1u << c.relation;
      size.days += c.day != last_day;
      last_day = c.day;
    }
    for (; seen; seen &= seen - 1) ++size.entries;  // a popcount, without needing -mpopcnt
  }
  return size;
}

// Sizes the snapshot's per-edge arrays for `total`; count_start and day_start begin at 0.
inline void allocate(const Sizes& total, Snapshot::Impl& impl) {
  impl.weight.resize(total.dyads);
  impl.evidence.resize(total.dyads);
  impl.count_start.resize(total.dyads + 1);
  impl.day_start.resize(total.dyads + 1);
  impl.counts.resize(total.entries);
  impl.days.resize(total.days);
  impl.count_start[0] = impl.day_start[0] = 0;
}

// Writes the dyads into the allocated arrays, counting each source's dyads into out_degree.
template <class At, class DyadOf>
void fill(std::size_t count, At at, DyadOf dyad, const Weigher& weigh, Snapshot::Impl& impl,
          EdgeIndex* out_degree, Vertex* column) {
  std::size_t e = 0, entry = 0, day = 0;
  std::array<std::uint32_t, kRelationCount> counts;  // meaningful only for the relations in `seen`
  for (std::size_t i = 0; i < count; ++e) {
    const Contribution first = at(i);
    const auto current = dyad(i);
    double weight = weigh(first);
    std::uint32_t seen = 1u << first.relation;
    counts[first.relation] = 1;
    impl.days[day++] = first.day;
    const std::size_t start = i++;
    for (; i < count && dyad(i) == current; ++i) {
      const Contribution c = at(i);
      weight += weigh(c);
      const std::uint32_t bit = 1u << c.relation;
      counts[c.relation] = (seen & bit) ? counts[c.relation] + 1 : 1;
      seen |= bit;
      if (c.day != impl.days[day - 1]) impl.days[day++] = c.day;
    }
    ++out_degree[first.source];
    column[e] = first.target;
    impl.weight[e] = weight;
    impl.evidence[e] = static_cast<std::uint32_t>(i - start);
    for (; seen; seen &= seen - 1) {  // relations ascending
      const auto r = static_cast<unsigned>(std::countr_zero(seen));
      impl.counts[entry++] = {static_cast<Relation>(r), counts[r]};
    }
    impl.count_start[e + 1] = static_cast<std::uint32_t>(entry);
    impl.day_start[e + 1] = static_cast<std::uint32_t>(day);
  }
}

}  // namespace sg::graph::detail
