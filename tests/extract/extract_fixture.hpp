// Shared helpers for the extractor tests: one embedded gazetteer for all tests, and lookups of an
// extracted edge by actor name (or id) and relation.
#pragma once
#include <doctest/doctest.h>

#include <memory>
#include <string>

#include "extract/extractor.hpp"

namespace sg::extract::test {

inline const Extractor& extractor() {
  static const auto gaz = [] {
    auto g = load_embedded_gazetteer();
    REQUIRE(g.ok());
    return *g;
  }();
  static const Extractor x(gaz);
  return x;
}

inline Extraction run(const std::string& text, const std::string& date = "2021-06-16") {
  ArticleText a;
  a.id = "t";
  a.published_at = date;
  a.text = text;
  return extractor().run(a);
}

inline bool names(const ExtractedActor& a, const std::string& name) {
  if (a.name == name || a.id == name) return true;
  for (const auto& m : a.mentions)
    if (m == name) return true;
  return false;
}

// The edge source -rel-> target, or nullptr.
inline const ExtractedEdge* find(const Extraction& x, const std::string& source, std::string_view rel,
                                 const std::string& target) {
  for (const auto& e : x.edges)
    if (relation_name(e.relation) == rel && names(x.actors[e.source], source) &&
        names(x.actors[e.target], target))
      return &e;
  return nullptr;
}

inline bool any_edge_between(const Extraction& x, const std::string& a, const std::string& b) {
  for (const auto& e : x.edges)
    if ((names(x.actors[e.source], a) && names(x.actors[e.target], b)) ||
        (names(x.actors[e.source], b) && names(x.actors[e.target], a)))
      return true;
  return false;
}

}  // namespace sg::extract::test
