#include "core/relations.hpp"

#include <doctest/doctest.h>

using namespace sg;

TEST_CASE("the vocabulary matches STANCES.md") {
  CHECK(all_relations().size() == 12);
  CHECK(relation_from_name("declares_war_on") == Relation::declares_war_on);
  CHECK_FALSE(relation_from_name("hates"));
  CHECK(relation_info(Relation::aids).weight == 7);
  CHECK(relation_info(Relation::attacks).weight == -10);
  CHECK(relation_info(Relation::member_of).polarity == Polarity::structural);
  CHECK(relation_info(Relation::negotiates).symmetric);
  CHECK_FALSE(relation_info(Relation::backs).symmetric);
  for (const auto& info : all_relations()) CHECK(relation_from_name(info.name) == info.relation);
}
