// Open-addressing hash tables for the two lookups on the hot path (a word's id, a trie edge).
// Built once while loading, read-only afterwards; about twice as fast as std::unordered_map here.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sg::extract {

inline std::uint64_t mix64(std::uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  return x ^ (x >> 33);
}

inline std::uint64_t hash_text(std::string_view s) {
  std::uint64_t h = 1469598103934665603ULL;  // FNV-1a
  for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
  return h;
}

// uint64 -> uint32; key ~0 is reserved as empty.
class FlatU64Map {
 public:
  void insert(std::uint64_t key, std::uint32_t value);
  const std::uint32_t* find(std::uint64_t key) const;
  std::size_t size() const { return size_; }
  template <class F>
  void for_each(F&& f) const {
    for (const auto& s : slots_)
      if (s.key != kEmpty) f(s.key, s.value);
  }

 private:
  static constexpr std::uint64_t kEmpty = ~0ULL;
  struct Slot {
    std::uint64_t key = kEmpty;
    std::uint32_t value = 0;
  };
  void grow();
  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::size_t size_ = 0;
};

// string -> uint32.
class FlatStringMap {
 public:
  std::uint32_t insert(std::string_view key, std::uint32_t value);  // returns the stored value
  const std::uint32_t* find(std::string_view key) const;
  std::size_t size() const { return keys_.size(); }

 private:
  void grow();
  std::vector<std::string> keys_;
  std::vector<std::uint32_t> values_;
  std::vector<std::uint32_t> slots_ = std::vector<std::uint32_t>(64, ~0u);  // index into keys_
};

}  // namespace sg::extract
