// Actors the blind check showed misread (helper B, session 2): an ethnic group named by two demonyms is
// neither state, and a name broken at a middle initial is no person of its own. Sentences written for
// these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("two demonyms name an ethnic group across borders, not either state") {
  const auto x =
      run("Kosovo police arrested Goran Petrovic, the Montenegrin Serb leader, on Monday. Montenegrin Serb "
          "militias later attacked a border post held by Kosovo.",
          "2023-05-30");
  CHECK_FALSE(find(x, "Goran Petrovic", "member_of", "Serbia"));
  CHECK_FALSE(find(x, "Goran Petrovic", "member_of", "Montenegro"));
  CHECK_FALSE(any_edge_between(x, "Serbia", "Kosovo"));
  const auto y = run("Turkish Cypriot officials condemned Greece on Friday.", "2023-05-30");
  CHECK(find(y, "collective:turkish-cypriot", "condemns", "Greece"));
  CHECK_FALSE(find(y, "Turkey", "condemns", "Greece"));
}

TEST_CASE("a single demonym with a force noun still names the state") {
  const auto x = run("Serbian troops shelled positions of the Kosovo Liberation Army.", "1999-03-01");
  CHECK(find(x, "Serbia", "attacks", "kla"));
}

TEST_CASE("a name with a middle initial is not cut at the initial") {
  const auto x =
      run("President John F. Kennedy condemned the Soviet Union. Later Harry S. Truman met Stalin.",
          "1962-10-25");
  for (const auto& a : x.actors) {
    CHECK(a.name != "John F");
    CHECK(a.name != "Harry S");
  }
}

TEST_CASE("a person after an abbreviated title or a ministry title is introduced and belongs to the owner") {
  const auto x = run(
      "Kenya's military spokesman, Col. Paul Njuguna, said troops had killed al-Shabaab fighters. Somalia's "
      "Finance Minister Abdirahman Beyle condemned al-Shabaab.",
      "2021-04-12");
  CHECK(find(x, "Paul Njuguna", "member_of", "Kenya"));
  CHECK(find(x, "Abdirahman Beyle", "member_of", "Somalia"));
  CHECK(find(x, "Abdirahman Beyle", "condemns", "al-Shabaab"));
  CHECK_FALSE(find(x, "Somalia", "aids", "Abdirahman Beyle"));  // "Finance" opens the title, no verb
  const auto y = run("Kenya's former army chief, Gen. Paul Njuguna, condemned al-Shabaab.", "2021-04-12");
  CHECK_FALSE(find(y, "Paul Njuguna", "member_of", "Kenya"));
}

TEST_CASE("a person after a possessive role phrase and a comma belongs to the group the possessive names") {
  const auto x =
      run("The Arakan Army rejected the truce. Its head of foreign relations, Khaing Thukha, said the fight "
          "would go on.",
          "2024-01-10");
  CHECK(find(x, "Khaing Thukha", "member_of", "arakan-army"));
}
