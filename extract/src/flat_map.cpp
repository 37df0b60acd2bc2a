#include "flat_map.hpp"

namespace sg::extract {

void FlatU64Map::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.size() * 2, Slot{});
  size_ = 0;
  for (const auto& s : old)
    if (s.key != kEmpty) insert(s.key, s.value);
}

void FlatU64Map::insert(std::uint64_t key, std::uint32_t value) {
  if ((size_ + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = mix64(key) & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) {
      slots_[i].value = value;
      return;
    }
    if (slots_[i].key == kEmpty) {
      slots_[i] = {key, value};
      ++size_;
      return;
    }
  }
}

const std::uint32_t* FlatU64Map::find(std::uint64_t key) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = mix64(key) & mask;; i = (i + 1) & mask) {
    if (slots_[i].key == key) return &slots_[i].value;
    if (slots_[i].key == kEmpty) return nullptr;
  }
}

void FlatStringMap::grow() {
  slots_.assign(slots_.size() * 2, ~0u);
  const std::size_t mask = slots_.size() - 1;
  for (std::uint32_t k = 0; k < keys_.size(); ++k) {
    std::size_t i = hash_text(keys_[k]) & mask;
    while (slots_[i] != ~0u) i = (i + 1) & mask;
    slots_[i] = k;
  }
}

std::uint32_t FlatStringMap::insert(std::string_view key, std::uint32_t value) {
  if (const auto* v = find(key)) return *v;
  if ((keys_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash_text(key) & mask;
  while (slots_[i] != ~0u) i = (i + 1) & mask;
  slots_[i] = static_cast<std::uint32_t>(keys_.size());
  keys_.emplace_back(key);
  values_.push_back(value);
  return value;
}

const std::uint32_t* FlatStringMap::find(std::string_view key) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash_text(key) & mask;; i = (i + 1) & mask) {
    const std::uint32_t k = slots_[i];
    if (k == ~0u) return nullptr;
    if (keys_[k] == key) return &values_[k];
  }
}

}  // namespace sg::extract
