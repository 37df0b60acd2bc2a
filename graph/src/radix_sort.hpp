// LSD radix sort of items by the bits [low_bit, high_bit) of a 64-bit key taken from each; stable,
// so items whose keys agree on those bits keep their input order. Private to graph/src.
//
// Digits of at most 10 bits: up to 1024 buckets keep every scatter target in cache and TLB reach
// (11- and 12-bit digits measured 3x slower per pass here), unlike a counting sort by vertex whose
// ~n open buckets miss on nearly every write. All digit histograms come from one read of the items,
// and a digit that is the same for every item costs no pass.
#pragma once
#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

#include "large_allocator.hpp"

namespace sg::graph::detail {

template <class T, class KeyOf>
void radix_sort(LargeVector<T>& items, KeyOf key_of, unsigned low_bit, unsigned high_bit) {
  if (high_bit <= low_bit || items.size() < 2) return;
  const unsigned passes = (high_bit - low_bit + 9) / 10;
  const unsigned digit_bits = (high_bit - low_bit + passes - 1) / passes;
  const std::size_t buckets = std::size_t{1} << digit_bits;
  std::vector<std::uint32_t> histogram(passes * buckets, 0);
  for (const T& item : items) {
    const std::uint64_t k = key_of(item);
    for (unsigned p = 0; p < passes; ++p)
      ++histogram[p * buckets + ((k >> (low_bit + p * digit_bits)) & (buckets - 1))];
  }
  LargeVector<T> buffer(items.size());
  for (unsigned p = 0; p < passes; ++p) {
    std::uint32_t* offsets = histogram.data() + p * buckets;
    if (std::any_of(offsets, offsets + buckets, [&](std::uint32_t c) { return c == items.size(); })) continue;
    std::uint32_t sum = 0;
    for (std::size_t b = 0; b < buckets; ++b) sum += std::exchange(offsets[b], sum);
    const unsigned shift = low_bit + p * digit_bits;
    for (const T& item : items) buffer[offsets[(key_of(item) >> shift) & (buckets - 1)]++] = item;
    items.swap(buffer);
  }
}

}  // namespace sg::graph::detail
