// Strikes on unowned "targets in" a capital or state: the state is the one attacked, while targets
// owned by someone else ("IS targets in Syria") leave the place a place.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("struck targets in a capital attacks its state") {
  const auto x = run("Russian bombers struck targets in Tbilisi on Friday.", "2008-08-09");
  CHECK(find(x, "russia", "attacks", "georgia"));
}

TEST_CASE("struck targets in a state attacks that state") {
  const auto x = run("Turkish jets bombed targets in Armenia overnight.", "2020-10-02");
  CHECK(find(x, "turkey", "attacks", "armenia"));
}

TEST_CASE("owned targets in a state leave the state a place") {
  const auto x = run("French jets struck jihadist targets in Mali on Sunday.", "2013-01-14");
  CHECK_FALSE(find(x, "france", "attacks", "mali"));
  const auto y = run("Saudi jets struck Houthi targets in Sanaa on Monday.", "2015-04-20");
  CHECK_FALSE(find(y, "saudi-arabia", "attacks", "yemen"));
}

TEST_CASE("a leader-led force noun makes the leader the agent") {
  const auto x =
      run("Russia-led troops struck Georgia on Friday. US-led aircraft bombed Serbia.", "1999-04-02");
  CHECK(find(x, "russia", "attacks", "georgia"));
  CHECK(find(x, "united-states", "attacks", "serbia"));
}

TEST_CASE("a led force in an article naming the led coalition is not the leader") {
  const auto x =
      run("The Saudi-led coalition struck Yemen. Saudi-led jets bombed Sanaa on Monday.", "2015-04-20");
  CHECK_FALSE(find(x, "saudi-arabia", "attacks", "yemen"));
}
