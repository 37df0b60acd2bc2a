// The stance vocabulary of ../shared/STANCES.md: the contract between every layer.
#pragma once
#include <array>
#include <optional>
#include <string_view>

namespace sg {

enum class Polarity { hostile, cooperative, structural };

enum class Relation {
  attacks,
  declares_war_on,
  sanctions,
  threatens,
  opposes,
  accuses,
  condemns,
  negotiates,
  backs,
  aids,
  allies_with,
  member_of,
};

inline constexpr std::size_t kRelationCount = 12;

struct RelationInfo {
  Relation relation;
  std::string_view name;
  Polarity polarity;
  int weight;      // Goldstein-like, -10 .. +10
  bool symmetric;  // negotiates and allies_with hold both ways
};

const std::array<RelationInfo, kRelationCount>& all_relations();
const RelationInfo& relation_info(Relation r);
std::string_view relation_name(Relation r);
std::optional<Relation> relation_from_name(std::string_view name);

std::string_view polarity_name(Polarity p);
std::optional<Polarity> polarity_from_name(std::string_view name);

}  // namespace sg
