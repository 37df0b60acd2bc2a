// build_snapshot: observations -> admitted contributions as sorted 64-bit dyad keys -> CSR arrays.
#include <algorithm>
#include <tuple>
#include <unordered_map>

#include "dyad_aggregate.hpp"

namespace sg::graph {
namespace {

using detail::Contribution;

// What one read of the observations tells: how many are admitted, their id and day ranges, and how
// many directed contributions they make.
struct Scan {
  std::size_t admitted = 0, contributions = 0;
  bool day_ordered = true;  // as load_window returns them: then a stable sort by dyad keeps days ordered
  std::int64_t lo = INT64_MAX, hi = INT64_MIN;
  std::int32_t first_day = INT32_MAX, last_day = INT32_MIN;
};

// Dense vertex numbering: actor ids ascending. Store ids are small dense integers, so a flag table
// over the id range is much faster than sorting; a hash map covers sparse ids.
class VertexNumbering {
 public:
  template <class Admit>
  VertexNumbering(std::span<const EdgeObservation> obs, const Scan& scan, Admit admit) {
    if (scan.admitted == 0) return;
    const auto range = static_cast<std::uint64_t>(scan.hi - scan.lo) + 1;
    dense_ = range <= 8 * scan.admitted + 4096;
    if (dense_) {
      base_ = scan.lo;
      table_.assign(range, UINT32_MAX);
      for (const auto& o : obs)
        if (admit(o)) table_[o.source - base_] = table_[o.target - base_] = 0;
      for (std::uint64_t k = 0; k < range; ++k)
        if (table_[k] == 0) {
          table_[k] = static_cast<Vertex>(ids_.size());
          ids_.push_back(base_ + static_cast<std::int64_t>(k));
        }
    } else {
      for (const auto& o : obs)
        if (admit(o)) ids_.insert(ids_.end(), {o.source, o.target});
      std::sort(ids_.begin(), ids_.end());
      ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
      map_.reserve(ids_.size());
      for (std::size_t k = 0; k < ids_.size(); ++k) map_.emplace(ids_[k], static_cast<Vertex>(k));
    }
  }
  Vertex operator()(std::int64_t id) const { return dense_ ? table_[id - base_] : map_.at(id); }
  std::vector<std::int64_t> take_ids() { return std::move(ids_); }
  std::size_t size() const { return ids_.size(); }

 private:
  bool dense_ = false;
  std::int64_t base_ = 0;
  std::vector<Vertex> table_;
  std::unordered_map<std::int64_t, Vertex> map_;
  std::vector<std::int64_t> ids_;
};

}  // namespace

std::shared_ptr<const Snapshot> build_snapshot(std::span<const EdgeObservation> obs, const Window& window) {
  auto impl = std::make_unique<Snapshot::Impl>();
  impl->window = window;
  std::uint32_t symmetric = 0;
  for (const auto& info : all_relations())
    if (info.symmetric) symmetric |= 1u << static_cast<unsigned>(info.relation);
  auto is_symmetric = [symmetric](Relation r) { return (symmetric >> static_cast<unsigned>(r)) & 1u; };
  auto admit = [&window](const EdgeObservation& o) {
    return o.source != o.target && o.day >= window.from_day && o.day <= window.to_day &&
           o.confidence >= window.min_confidence && window.admits(o.relation);
  };
  Scan scan;
  for (const auto& o : obs) {
    if (!admit(o)) continue;
    ++scan.admitted;
    scan.contributions += 1 + is_symmetric(o.relation);
    scan.lo = std::min({scan.lo, o.source, o.target});
    scan.hi = std::max({scan.hi, o.source, o.target});
    scan.day_ordered &= o.day >= scan.last_day;
    scan.first_day = std::min(scan.first_day, o.day);
    scan.last_day = std::max(scan.last_day, o.day);
  }
  if (scan.admitted == 0) scan.first_day = scan.last_day = window.from_day;
  impl->observations = scan.admitted;
  VertexNumbering number(obs, scan, admit);
  const std::size_t n = number.size();
  const detail::Weigher weigh(window, scan.first_day, scan.last_day);
  std::vector<EdgeIndex> rowstart(n + 1, 0);  // out-degrees at [v + 1] until the prefix sum below
  std::vector<Vertex> column;

  if (detail::DyadKeys::fits(n, scan.first_day, scan.last_day)) {
    const detail::DyadKeys packer(n, scan.first_day, scan.last_day);
    detail::LargeVector<std::uint64_t> keys;
    keys.reserve(scan.contributions);
    for (const auto& o : obs) {
      if (!admit(o)) continue;
      const auto rel = static_cast<std::uint8_t>(o.relation);
      const Vertex u = number(o.source), v = number(o.target);
      keys.push_back(packer.key(u, v, o.day, rel));
      if (is_symmetric(o.relation)) keys.push_back(packer.key(v, u, o.day, rel));
    }
    packer.sort(keys, scan.day_ordered);
    auto at = [&](std::size_t i) { return packer.decode(keys[i]); };
    auto dyad = [&](std::size_t i) { return packer.dyad(keys[i]); };
    const detail::Sizes size = detail::measure(keys.size(), at, dyad);
    detail::allocate(size, *impl);
    column.reserve(size.dyads);  // a std::vector, as Boost's CSR holds it: huge pages asked for by hand
    detail::advise_huge_pages(column.data(), size.dyads * sizeof(Vertex));
    column.resize(size.dyads);
    detail::fill(keys.size(), at, dyad, weigh, *impl, rowstart.data() + 1, column.data());
  } else {  // more vertices and days than 64 bits can key: sort the contributions themselves
    std::vector<Contribution> contrib;
    contrib.reserve(scan.contributions);
    for (const auto& o : obs) {
      if (!admit(o)) continue;
      const auto rel = static_cast<std::uint8_t>(o.relation);
      const Vertex u = number(o.source), v = number(o.target);
      contrib.push_back({u, v, o.day, rel});
      if (is_symmetric(o.relation)) contrib.push_back({v, u, o.day, rel});
    }
    std::sort(contrib.begin(), contrib.end(), [](const Contribution& a, const Contribution& b) {
      return std::tie(a.source, a.target, a.day) < std::tie(b.source, b.target, b.day);
    });
    auto at = [&](std::size_t i) { return contrib[i]; };
    auto dyad = [&](std::size_t i) { return std::uint64_t{contrib[i].source} << 32 | contrib[i].target; };
    const detail::Sizes size = detail::measure(contrib.size(), at, dyad);
    detail::allocate(size, *impl);
    column.resize(size.dyads);
    detail::fill(contrib.size(), at, dyad, weigh, *impl, rowstart.data() + 1, column.data());
  }
  for (std::size_t v = 0; v < n; ++v) rowstart[v + 1] += rowstart[v];
  // The Boost CSR graph (no vertex or edge properties) is exactly these two arrays.
  impl->csr = CsrGraph(static_cast<Vertex>(n));
  impl->csr.m_forward.m_rowstart = std::move(rowstart);
  impl->csr.m_forward.m_column = std::move(column);
  impl->actor_ids = number.take_ids();
  return std::make_shared<const Snapshot>(std::move(impl));
}

}  // namespace sg::graph
