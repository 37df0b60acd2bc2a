// Actors: names and aliases, case rules for short aliases, demonyms with force nouns, capitals as
// metonyms versus places, leaders by date, collectives, groups and people the text introduces.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("demonym plus force noun and capital metonyms resolve to the state") {
  const auto x =
      run("Rwandan troops attacked M23 positions on Monday. Kinshasa condemned Kigali.", "2022-11-02");
  CHECK(find(x, "rwanda", "attacks", "m23"));
  CHECK(find(x, "democratic-republic-of-the-congo", "condemns", "rwanda"));
}

TEST_CASE("a capital after a place preposition is a place, never an actor") {
  const auto x = run("The RSF attacked army bases in Khartoum on Saturday.", "2023-04-17");
  CHECK_FALSE(any_edge_between(x, "rsf", "sudan"));
}

TEST_CASE("short all-caps aliases match only in upper case") {
  const auto x = run("The army said it is ready. IS fighters attacked Kurdish troops.", "2016-05-02");
  for (const auto& a : x.actors) CHECK(a.mentions.front() != "is");
}

TEST_CASE("leaders stand for their state while in office") {
  const auto x = run("Zelensky accused Putin of war crimes on Tuesday.", "2022-04-06");
  const auto* e = find(x, "ukraine", "accuses", "russia");
  REQUIRE(e);
  CHECK(e->date == "2022-04-05");
}

TEST_CASE("a group the text introduces becomes an actor, with its spokesman as member") {
  const auto x =
      run("Sahel Dawn, a little-known jihadist group, claimed the raid. Abu Talha al-Maliki, a spokesman for "
          "Sahel Dawn, said the group attacked Malian troops near Gao.",
          "2020-02-11");
  CHECK(find(x, "Abu Talha al-Maliki", "member_of", "Sahel Dawn"));
  CHECK(find(x, "Sahel Dawn", "attacks", "mali"));
}

TEST_CASE("collectives are actors and a demonym qualifies them") {
  const auto x = run("Government forces shelled Sudanese rebels near El Fasher.", "2014-03-03");
  bool found = false;
  for (const auto& a : x.actors) found |= a.kind == "collective" && a.name == "Sudanese rebels";
  CHECK(found);
}
