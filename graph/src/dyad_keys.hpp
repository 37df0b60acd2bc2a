// The snapshot builder's intermediate form: every directed contribution of an admitted observation
// (a symmetric relation contributes both ways) as one 64-bit key, source | target | day | relation
// from the high bits down, so that one integer sort groups contributions by dyad in CSR order with
// their days ascending. Private to graph/src.
#pragma once
#include <cstdint>
#include <span>
#include <vector>

#include "graph/snapshot.hpp"
#include "large_allocator.hpp"

namespace sg::graph::detail {

struct Contribution {
  Vertex source;
  Vertex target;
  std::int32_t day;
  std::uint8_t relation;
};

class DyadKeys {
 public:
  static constexpr unsigned kRelationBits = 4;
  static_assert(kRelationCount <= (1u << kRelationBits));

  // Whether `vertices` and days in [first_day, last_day] fit one 64-bit key.
  static bool fits(std::size_t vertices, std::int32_t first_day, std::int32_t last_day);
  DyadKeys(std::size_t vertices, std::int32_t first_day, std::int32_t last_day);

  std::uint64_t key(Vertex source, Vertex target, std::int32_t day, std::uint8_t relation) const {
    return ((((static_cast<std::uint64_t>(source) << vertex_bits_) | target) << day_bits_ |
             static_cast<std::uint64_t>(day - first_day_))
            << kRelationBits) |
           relation;
  }
  std::uint64_t dyad(std::uint64_t key) const { return key >> (day_bits_ + kRelationBits); }
  Contribution decode(std::uint64_t key) const {
    const std::uint64_t dyad = key >> (day_bits_ + kRelationBits);
    return {static_cast<Vertex>(dyad >> vertex_bits_), static_cast<Vertex>(dyad & vertex_mask_),
            static_cast<std::int32_t>((key >> kRelationBits) & day_mask_) + first_day_,
            static_cast<std::uint8_t>(key & ((1u << kRelationBits) - 1))};
  }
  // Sorts by source, target and day; the relation bits, which no consumer orders by, are skipped.
  // The sort is stable: keys made in day order need no passes over the day bits.
  void sort(LargeVector<std::uint64_t>& keys, bool in_day_order) const;

 private:
  unsigned vertex_bits_;
  unsigned day_bits_;
  std::int32_t first_day_;
  std::uint64_t vertex_mask_;
  std::uint64_t day_mask_;
};

}  // namespace sg::graph::detail
