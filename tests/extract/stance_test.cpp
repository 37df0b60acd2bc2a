// Stance wordings: active and passive voice, compounds, nominalisations, coordination, role nouns,
// accusations with their embedded claim, reported speech and threats.
#include <doctest/doctest.h>

#include <thread>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("coordination on the subject side gives one edge per actor") {
  const auto x = run("Russia and Iran back Assad.", "2017-01-10");
  CHECK(find(x, "russia", "backs", "syria"));
  CHECK(find(x, "iran", "backs", "syria"));
}

TEST_CASE("passive voice swaps source and target") {
  const auto x = run("Al-Shabaab, which is armed and funded by Eritrea, denies the charge.", "2009-12-01");
  CHECK(find(x, "eritrea", "aids", "al-shabaab"));
}

TEST_CASE("compounds: X-backed, X-led and anti-X") {
  const auto x =
      run("Rwandan-backed M23 rebels seized the town. The anti-Houthi alliance regrouped.", "2023-01-05");
  CHECK(find(x, "rwanda", "backs", "m23"));
}

TEST_CASE("nominalisation: X's support for Y") {
  const auto x = run("Moscow's support for the Wagner Group has grown.", "2022-05-01");
  CHECK(find(x, "russia", "backs", "wagner-group"));
}

TEST_CASE("role nouns: Y, X's main backer") {
  const auto x = run("Iran, Hezbollah's main backer, was not invited.", "2019-01-01");
  CHECK(find(x, "iran", "backs", "hezbollah"));
}

TEST_CASE("an accusation gives the accusation and the claim asserted by the accuser") {
  const auto x = run("Kinshasa accused Rwanda of arming the M23 on Friday.", "2022-06-20");
  const auto* acc = find(x, "democratic-republic-of-the-congo", "accuses", "rwanda");
  REQUIRE(acc);
  CHECK_FALSE(acc->asserted_by.has_value());
  CHECK(acc->date == "2022-06-17");
  const auto* claim = find(x, "rwanda", "aids", "m23");
  REQUIRE(claim);
  REQUIRE(claim->asserted_by.has_value());
  CHECK(x.actors[*claim->asserted_by].id == "democratic-republic-of-the-congo");
}

TEST_CASE("reported speech attributes the claim to the speaker") {
  const auto x = run("Ukrainian forces shelled Russian positions, the Kremlin said.", "2023-02-01");
  const auto* e = find(x, "ukraine", "attacks", "russia");
  REQUIRE(e);
  REQUIRE(e->asserted_by.has_value());
  CHECK(x.actors[*e->asserted_by].id == "russia");
}

TEST_CASE("threatened acts are threats") {
  const auto x = run("Kenya threatened to strike al-Shabaab camps.", "2011-10-10");
  CHECK(find(x, "kenya", "threatens", "al-shabaab"));
  CHECK_FALSE(find(x, "kenya", "attacks", "al-shabaab"));
}

TEST_CASE("the rule that fired and the evidence are reported") {
  const auto x = run("The RSF attacked Sudanese troops.", "2023-04-20");
  const auto* e = find(x, "rsf", "attacks", "sudan");
  REQUIRE(e);
  CHECK(e->rule.find("attacks:") == 0);
  CHECK(e->evidence == "The RSF attacked Sudanese troops.");
  CHECK(e->confidence > 0.0);
  CHECK(e->confidence <= 1.0);
}

TEST_CASE("one edge per source, relation, target and asserter") {
  const auto x = run("Russia backed Assad. Russia backs Assad. Russia supported Assad.", "2017-01-10");
  int n = 0;
  for (const auto& e : x.edges) n += sg::relation_name(e.relation) == "backs";
  CHECK(n == 1);
}

TEST_CASE("run is thread-safe: concurrent runs give the same result") {
  const std::string text = "Kinshasa accused Rwanda of arming the M23 on Friday. Russia and Iran back Assad.";
  const auto ref = run(text);
  std::vector<std::size_t> counts(4);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < counts.size(); ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < 50; ++k) counts[i] = run(text).edges.size();
    });
  for (auto& t : threads) t.join();
  for (const auto c : counts) CHECK(c == ref.edges.size());
}

TEST_CASE("an X-led coalition is an actor of its own") {
  const auto x =
      run("The Saudi-led coalition struck Houthi positions near Hodeidah on Friday.", "2018-06-16");
  bool found = false;
  for (const auto& e : x.edges)
    found |= sg::relation_name(e.relation) == "attacks" && x.actors[e.source].name == "Saudi-led coalition" &&
             names(x.actors[e.target], "houthis");
  CHECK(found);
}

TEST_CASE("shelling a rebel-held district attacks the rebels, not the place") {
  const auto x =
      run("Syrian troops massed near Aleppo. Government artillery pounded the rebel-held districts of the "
          "city on Monday.",
          "2016-12-14");
  bool rebels = false;
  for (const auto& e : x.edges)
    rebels |= sg::relation_name(e.relation) == "attacks" && x.actors[e.target].kind == "collective";
  CHECK(rebels);
}

TEST_CASE("a claim in a dated statement takes the statement's day") {
  const auto x =
      run("In a statement on Monday, the Kremlin said Ukrainian forces had shelled Russian troops.",
          "2023-03-08");
  const auto* e = find(x, "ukraine", "attacks", "russia");
  REQUIRE(e);
  CHECK(e->date == "2023-03-06");
  REQUIRE(e->asserted_by.has_value());
  CHECK(x.actors[*e->asserted_by].id == "russia");
}

TEST_CASE("listed founding members belong to the group") {
  const auto x =
      run("Hamas announced a new command. Its founding members - the Qassam Brigades and Islamic Jihad - "
          "will join it.",
          "2020-01-01");
  CHECK(find(x, "qassam-brigades", "member_of", "hamas"));
}
