#include "graph/changes.hpp"

#include <algorithm>
#include <cmath>

namespace sg::graph {

Changes::Changes(std::shared_ptr<const Snapshot> a, std::shared_ptr<const Snapshot> b, ChangesParams params)
    : a_(std::move(a)), b_(std::move(b)), params_(params) {}

namespace {

struct DyadKey {
  std::int64_t source, target;
  EdgeIndex edge;
  auto operator<=>(const DyadKey& o) const {
    return std::tie(source, target) <=> std::tie(o.source, o.target);
  }
};

// Vertices ascend by actor id and targets ascend within a row, so this comes out sorted by ids.
std::vector<DyadKey> dyads(const Snapshot& s) {
  std::vector<DyadKey> out;
  out.reserve(s.edge_count());
  const auto rows = s.row_offsets();
  for (Vertex u = 0; u < s.vertex_count(); ++u)
    for (EdgeIndex e = rows[u]; e < rows[u + 1]; ++e)
      out.push_back({s.actor_id(u), s.actor_id(s.targets()[e]), e});
  return out;
}

void keep_heaviest(std::vector<DyadChange>& list, std::size_t limit) {
  std::stable_sort(list.begin(), list.end(), [](const DyadChange& x, const DyadChange& y) {
    return std::max(std::abs(x.weight_a), std::abs(x.weight_b)) >
           std::max(std::abs(y.weight_a), std::abs(y.weight_b));
  });
  if (list.size() > limit) list.resize(limit);
}

}  // namespace

Status Changes::run() {
  if (auto status = params_.validate(); !status) return status;
  appeared_.clear(), ended_.clear(), flipped_.clear(), movers_.clear();
  const auto da = dyads(*a_), db = dyads(*b_);
  std::size_t i = 0, j = 0;
  while (i < da.size() || j < db.size()) {
    if (j == db.size() || (i < da.size() && da[i] < db[j])) {
      ended_.push_back({da[i].source, da[i].target, a_->weight(da[i].edge), 0, a_->sign(da[i].edge), 0});
      ++i;
    } else if (i == da.size() || db[j] < da[i]) {
      appeared_.push_back({db[j].source, db[j].target, 0, b_->weight(db[j].edge), 0, b_->sign(db[j].edge)});
      ++j;
    } else {
      const int sa = a_->sign(da[i].edge), sb = b_->sign(db[j].edge);
      if (sa != 0 && sb != 0 && sa != sb)
        flipped_.push_back(
            {da[i].source, da[i].target, a_->weight(da[i].edge), b_->weight(db[j].edge), sa, sb});
      ++i, ++j;
    }
  }
  totals_[0] = appeared_.size(), totals_[1] = ended_.size(), totals_[2] = flipped_.size();
  keep_heaviest(appeared_, params_.max_listed);
  keep_heaviest(ended_, params_.max_listed);
  keep_heaviest(flipped_, params_.max_listed);

  PageRank pa(a_, params_.pagerank), pb(b_, params_.pagerank);
  if (auto status = pa.run(); !status) return status;
  if (auto status = pb.run(); !status) return status;
  const auto ia = a_->actor_ids(), ib = b_->actor_ids();
  i = j = 0;
  while (i < ia.size() || j < ib.size()) {
    if (j == ib.size() || (i < ia.size() && ia[i] < ib[j])) {
      movers_.push_back({ia[i], pa.scores()[i], 0}), ++i;
    } else if (i == ia.size() || ib[j] < ia[i]) {
      movers_.push_back({ib[j], 0, pb.scores()[j]}), ++j;
    } else {
      movers_.push_back({ia[i], pa.scores()[i], pb.scores()[j]}), ++i, ++j;
    }
  }
  std::stable_sort(movers_.begin(), movers_.end(), [](const CentralityMove& x, const CentralityMove& y) {
    return std::abs(x.delta()) > std::abs(y.delta());
  });
  if (movers_.size() > params_.movers) movers_.resize(params_.movers);
  return Ok{};
}

}  // namespace sg::graph
