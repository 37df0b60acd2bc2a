// The inside of a Snapshot: the Boost CSR graph (targets and row offsets live in it) plus per-edge
// arrays in CSR edge order. Private to graph/src: Boost types stay out of the public headers.
#pragma once
#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <vector>

#include "graph/snapshot.hpp"
#include "large_allocator.hpp"

namespace sg::graph {

using CsrGraph = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property, boost::no_property,
                                                    boost::no_property, Vertex, EdgeIndex>;

struct Snapshot::Impl {
  Window window;
  std::vector<std::int64_t> actor_ids;  // ascending; index = Vertex
  CsrGraph csr;
  detail::LargeVector<double> weight;              // per edge
  detail::LargeVector<std::uint32_t> count_start;  // per edge + 1: range into counts
  detail::LargeVector<RelationCount> counts;
  detail::LargeVector<std::uint32_t> day_start;  // per edge + 1: range into days
  detail::LargeVector<std::int32_t> days;
  detail::LargeVector<std::uint32_t> evidence;  // per edge
  std::size_t observations = 0;

  const std::vector<EdgeIndex>& rowstart() const { return csr.m_forward.m_rowstart; }
  const std::vector<Vertex>& column() const { return csr.m_forward.m_column; }
};

}  // namespace sg::graph
