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

void ArticleActors::add_mention(std::uint32_t actor, std::string_view surface) {
  auto& m = actors[actor].mentions;
  for (const auto& s : m)
    if (s == surface) return;
  m.emplace_back(surface);
}

}  // namespace sg::extract
