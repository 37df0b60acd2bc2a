// Stance wordings added in the second extraction push: inflected and light-verb triggers, mutual
// fighting and agreements with coordinated parties, blame and condemnation of events, and wording
// that must give no edge (called-off or planned talks, acts someone is asked to stop).
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("severing ties in every inflection is a sanction") {
  const auto x = run("Niger is severing diplomatic relations with Mali. Chad severs ties with Sudan.", "2021-08-25");
  CHECK(find(x, "niger", "sanctions", "mali"));
  CHECK(find(x, "chad", "sanctions", "sudan"));
}

TEST_CASE("a light verb with an invasion or blockade nominalisation") {
  const auto x = run("Iraq launched a full-scale invasion of Kuwait. Egypt imposed a naval blockade on Yemen.",
                     "2015-04-01");
  CHECK(find(x, "iraq", "attacks", "kuwait"));
  CHECK(find(x, "egypt", "sanctions", "yemen"));
}

TEST_CASE("fighting between X and Y holds both ways") {
  const auto x = run("Fighting between Hamas and Fatah continued in Gaza.", "2007-06-12");
  CHECK(find(x, "hamas", "attacks", "fatah"));
  CHECK(find(x, "fatah", "attacks", "hamas"));
}

TEST_CASE("coordinated parties across a bracketed acronym agree a ceasefire") {
  const auto x = run(
      "Colombia's government and the Revolutionary Armed Forces of Colombia (FARC) agreed on Thursday to a "
      "permanent ceasefire.",
      "2016-06-24");
  CHECK(any_edge_between(x, "colombia", "farc"));
}

TEST_CASE("blamed the deaths of people on X accuses X") {
  const auto x = run("Kenya blamed the deaths of 20 soldiers on al-Shabaab.", "2016-01-18");
  CHECK(find(x, "kenya", "accuses", "al-shabaab"));
}

TEST_CASE("condemned what it called X's attack condemns X") {
  const auto x = run("Turkey condemned what it called the PKK's attack on a police station.", "2016-03-14");
  CHECK(find(x, "turkey", "condemns", "pkk"));
}

TEST_CASE("a crowd counted in thousands is the subject") {
  const auto x = run("Tens of thousands of protesters marched against Hamas in Gaza.", "2019-03-16");
  CHECK(find(x, "collective:protesters", "opposes", "hamas"));
}

TEST_CASE("called-off or planned talks give no negotiates edge") {
  const auto x = run("Israel called off peace talks with Hamas. Serbia and Kosovo are due to meet in Brussels.",
                     "2014-04-25");
  CHECK_FALSE(find(x, "israel", "negotiates", "hamas"));
  CHECK_FALSE(any_edge_between(x, "serbia", "kosovo"));
}

TEST_CASE("an act someone is asked to stop has not happened") {
  const auto x = run("Britain called on Iran to stop sending weapons to the Houthis.", "2018-02-02");
  CHECK_FALSE(find(x, "iran", "aids", "houthis"));
  CHECK_FALSE(find(x, "united-kingdom", "aids", "houthis"));
}
