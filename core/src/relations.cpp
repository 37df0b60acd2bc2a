#include "core/relations.hpp"

namespace sg {

const std::array<RelationInfo, kRelationCount>& all_relations() {
  static const std::array<RelationInfo, kRelationCount> table{{
      {Relation::attacks, "attacks", Polarity::hostile, -10, false},
      {Relation::declares_war_on, "declares_war_on", Polarity::hostile, -9, false},
      {Relation::sanctions, "sanctions", Polarity::hostile, -7, false},
      {Relation::threatens, "threatens", Polarity::hostile, -6, false},
      {Relation::opposes, "opposes", Polarity::hostile, -4, false},
      {Relation::accuses, "accuses", Polarity::hostile, -2, false},
      {Relation::condemns, "condemns", Polarity::hostile, -2, false},
      {Relation::negotiates, "negotiates", Polarity::cooperative, 3, true},
      {Relation::backs, "backs", Polarity::cooperative, 5, false},
      {Relation::aids, "aids", Polarity::cooperative, 7, false},
      {Relation::allies_with, "allies_with", Polarity::cooperative, 8, true},
      {Relation::member_of, "member_of", Polarity::structural, 0, false},
  }};
  return table;
}

const RelationInfo& relation_info(Relation r) {
  return all_relations()[static_cast<std::size_t>(r)];
}

std::string_view relation_name(Relation r) {
  return relation_info(r).name;
}

std::optional<Relation> relation_from_name(std::string_view name) {
  for (const auto& info : all_relations())
    if (info.name == name) return info.relation;
  return std::nullopt;
}

std::string_view polarity_name(Polarity p) {
  switch (p) {
    case Polarity::hostile:
      return "hostile";
    case Polarity::cooperative:
      return "cooperative";
    case Polarity::structural:
      return "structural";
  }
  return "structural";
}

std::optional<Polarity> polarity_from_name(std::string_view name) {
  if (name == "hostile") return Polarity::hostile;
  if (name == "cooperative") return Polarity::cooperative;
  if (name == "structural") return Polarity::structural;
  return std::nullopt;
}

}  // namespace sg
