#include "gazetteer.hpp"

#include <algorithm>

namespace sg::extract {

std::uint32_t Gazetteer::word_id(const std::string& norm) const {
  const auto* id = vocab_.find(norm);
  return id ? *id : kNoWord;
}

std::uint32_t Gazetteer::intern(std::string_view norm) {
  return vocab_.insert(norm, static_cast<std::uint32_t>(vocab_.size()));
}

void Gazetteer::index_roots() {
  root_.assign(vocab_.size(), kNone);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links;  // (child, parent)
  edges_.for_each([&](std::uint64_t key, std::uint32_t node) {
    if ((key >> 32) == 0) root_[key & 0xffffffffu] = node;
    links.emplace_back(node, static_cast<std::uint32_t>(key >> 32));
  });
  // Children are created after their parents, so walking children from the highest index down
  // finishes every subtree before it is folded into its parent.
  cue_below_.assign(cues.size(), 0);
  for (std::size_t n = 0; n < cues.size(); ++n) cue_below_[n] = cues[n] != 0;
  std::sort(links.begin(), links.end(), [](const auto& x, const auto& y) { return x.first > y.first; });
  for (const auto& [c, p] : links) cue_below_[p] |= cue_below_[c];
}

std::uint32_t Gazetteer::child(std::uint32_t node, std::uint32_t word) const {
  if (word == kNoWord) return kNone;
  if (node == 0 && word < root_.size()) return root_[word];
  const auto* next = edges_.find((static_cast<std::uint64_t>(node) << 32) | word);
  return next ? *next : kNone;
}

std::uint32_t Gazetteer::add_path(const std::vector<std::uint32_t>& words) {
  if (names.empty()) {
    names.emplace_back();
    triggers.emplace_back();
    cues.push_back(0);
    descriptions.emplace_back();
    collectives.emplace_back();
  }
  std::uint32_t node = 0;
  for (const std::uint32_t w : words) {
    const std::uint64_t key = (static_cast<std::uint64_t>(node) << 32) | w;
    if (const auto* next = edges_.find(key)) {
      node = *next;
      continue;
    }
    const auto next = static_cast<std::uint32_t>(names.size());
    names.emplace_back();
    triggers.emplace_back();
    cues.push_back(0);
    descriptions.emplace_back();
    collectives.emplace_back();
    edges_.insert(key, next);
    node = next;
  }
  return node;
}

std::vector<std::uint32_t> Gazetteer::phrase_ids(std::string_view phrase) {
  std::vector<Token> toks;
  tokenize(phrase, 0, phrase.size(), toks);
  std::vector<std::uint32_t> ids;
  for (const Token& t : toks) {
    if (t.has(kPunct)) continue;  // "Washington, D.C." and "al-Qaeda" match on words alone
    ids.push_back(intern(t.norm));
  }
  return ids;
}

std::uint32_t Gazetteer::cue_at(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                                std::size_t& len) const {
  if (toks[i].phrase_len > 0 && i + toks[i].phrase_len <= end) {  // cached by segment()
    len = toks[i].phrase_len;
    return toks[i].phrase_cues;
  }
  return cue_scan(toks, i, end, len);
}

std::uint32_t Gazetteer::cue_scan(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                                  std::size_t& len) const {
  std::uint32_t node = 0, best = 0;
  len = 0;
  for (std::size_t j = i; j < end; ++j) {
    node = child(node, toks[j].word);
    if (node == kNone || !cue_below_[node]) break;
    if (cues[node] != 0) {
      best = cues[node];
      len = j - i + 1;
    }
  }
  return best;
}

bool Gazetteer::word_has_cue(std::uint32_t word, std::uint32_t cue) const {
  const std::uint32_t node = child(0, word);
  return node != kNone && (cues[node] & cue) != 0;
}

std::uint32_t Gazetteer::find_actor(std::string_view id) const {
  const auto it = actor_index_.find(std::string(id));
  return it == actor_index_.end() ? kNone : it->second;
}

}  // namespace sg::extract
