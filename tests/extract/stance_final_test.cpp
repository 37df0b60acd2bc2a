// Stance wordings added in the final extraction push: objects introduced by a capitalised title,
// government bodies run by a group ("the Houthi-controlled interior ministry"), "a rebel militia" as an
// insult, "said X bore responsibility / was to blame".
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("a title before a named object does not hide it from the verb") {
  const auto x =
      run("Hamas accused Prime Minister Benjamin Netanyahu of lying about the talks. The Taliban condemned "
          "President Ashraf Ghani on Monday.",
          "2022-03-02");
  CHECK(find(x, "hamas", "accuses", "benjamin-netanyahu"));
  CHECK(find(x, "taliban", "condemns", "ashraf-ghani"));
}

TEST_CASE("a capitalised title before a place still gives no object") {
  const auto x = run("Hezbollah attacked President Street in Beirut.", "2022-03-02");
  CHECK_FALSE(any_edge_between(x, "hezbollah", "lebanon"));
}

TEST_CASE("a government body controlled by a group speaks for it, a controlled district does not") {
  const auto x =
      run("The Taliban-controlled defence ministry accused Pakistan of violating the border. Fighters in "
          "Taliban-controlled districts attacked Iran.",
          "2022-03-02");
  CHECK(find(x, "taliban", "accuses", "pakistan"));
  CHECK_FALSE(any_edge_between(x, "taliban", "iran"));
}

TEST_CASE("calling an armed force a rebel militia condemns it") {
  const auto x = run("Ethiopia has called the TPLF a rebel militia.", "2022-03-02");
  CHECK(find(x, "ethiopia", "condemns", "tplf"));
}

TEST_CASE("saying an actor bore responsibility or was to blame accuses it; claiming it does not") {
  const auto x = run(
      "Ethiopia said the TPLF bore responsibility for the massacre. Pakistan said the Taliban was to blame "
      "for the bombing. Hamas said Fatah claimed responsibility for the raid.",
      "2022-03-02");
  CHECK(find(x, "ethiopia", "accuses", "tplf"));
  CHECK(find(x, "pakistan", "accuses", "taliban"));
  CHECK_FALSE(find(x, "hamas", "accuses", "fatah"));
}
