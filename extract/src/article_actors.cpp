#include "article_actors.hpp"

namespace sg::extract {

std::uint32_t ArticleActors::get(const std::string& id, const std::string& name, const std::string& kind,
                                 const std::string& country, std::uint32_t gaz) {
  const auto it = by_id_.find(id);
  if (it != by_id_.end()) return it->second;
  const auto idx = static_cast<std::uint32_t>(actors.size());
  ExtractedActor a;
  a.id = id;
  a.name = name;
  a.kind = kind;
  if (!country.empty()) a.country = country;
  a.from_gazetteer = gaz != kNone;
  actors.push_back(std::move(a));
  ActorInfo inf;
  inf.gaz = gaz;
  info.push_back(std::move(inf));
  by_id_.emplace(id, idx);
  return idx;
}

std::uint32_t ArticleActors::find(const std::string& id) const {
  const auto it = by_id_.find(id);
  return it == by_id_.end() ? kNone : it->second;
}

namespace {

// "the Houthis" and "Houthis", "Yemen" and "yemen" are one form to a reader.
bool same_form(std::string_view x, std::string_view y) {
  auto strip = [](std::string_view s) {
    if (s.size() > 4 && (s.substr(0, 4) == "the " || s.substr(0, 4) == "The ")) s.remove_prefix(4);
    return s;
  };
  x = strip(x);
  y = strip(y);
  if (x.size() != y.size()) return false;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const char a = x[i] >= 'A' && x[i] <= 'Z' ? static_cast<char>(x[i] - 'A' + 'a') : x[i];
    const char b = y[i] >= 'A' && y[i] <= 'Z' ? static_cast<char>(y[i] - 'A' + 'a') : y[i];
    if (a != b) return false;
  }
  return true;
}

}  // namespace

void ArticleActors::add_mention(std::uint32_t actor, std::string_view surface, bool pronoun) {
  auto& m = actors[actor].mentions;
  for (const auto& s : m)
    if (s == surface) return;
  if (same_form(surface, actors[actor].name)) return;
  auto& named = info[actor].named_forms;
  if (pronoun) {
    m.emplace_back(surface);
    return;
  }
  m.emplace(m.begin() + named, surface);
  ++named;
}

}  // namespace sg::extract
