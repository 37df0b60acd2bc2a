#include "dyad_keys.hpp"

#include <algorithm>
#include <bit>

#include "radix_sort.hpp"

namespace sg::graph::detail {
namespace {

unsigned bits_for(std::uint64_t largest_value) {
  return std::max(1u, static_cast<unsigned>(std::bit_width(largest_value)));
}

}  // namespace

bool DyadKeys::fits(std::size_t vertices, std::int32_t first_day, std::int32_t last_day) {
  const unsigned vertex_bits = bits_for(vertices ? vertices - 1 : 0);
  const unsigned day_bits =
      bits_for(static_cast<std::uint64_t>(static_cast<std::int64_t>(last_day) - first_day));
  return 2 * vertex_bits + day_bits + kRelationBits <= 64;
}

DyadKeys::DyadKeys(std::size_t vertices, std::int32_t first_day, std::int32_t last_day)
    : vertex_bits_(bits_for(vertices ? vertices - 1 : 0)),
      day_bits_(bits_for(static_cast<std::uint64_t>(static_cast<std::int64_t>(last_day) - first_day))),
      first_day_(first_day),
      vertex_mask_((std::uint64_t{1} << vertex_bits_) - 1),
      day_mask_((std::uint64_t{1} << day_bits_) - 1) {}

void DyadKeys::sort(LargeVector<std::uint64_t>& keys, bool in_day_order) const {
  radix_sort(
      keys, [](std::uint64_t k) { return k; }, kRelationBits + (in_day_order ? day_bits_ : 0),
      kRelationBits + day_bits_ + 2 * vertex_bits_);
}

}  // namespace sg::graph::detail
