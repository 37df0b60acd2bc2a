// Alliances told as a list, attacks told inside an accusation or a claim of responsibility, and force
// nouns after a demonym (helper B, session 2). Sentences written for these tests, about varied conflicts.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

namespace {

bool asserted(const Extraction& x, const ExtractedEdge* e, const std::string& speaker) {
  return e != nullptr && e->asserted_by && names(x.actors[*e->asserted_by], speaker);
}

bool allied(const Extraction& x, const std::string& a, const std::string& b) {
  return find(x, a, "allies_with", b) || find(x, b, "allies_with", a);
}

}  // namespace

TEST_CASE("the members of an alliance list ally with each other and belong to the named alliance") {
  const auto x =
      run("The Sudan Revolutionary Front, an alliance of the Justice and Equality Movement and the SPLM-N, "
          "attacked the town on Monday.",
          "2013-04-29");
  CHECK(allied(x, "Justice and Equality Movement", "Sudan People's Liberation Movement-North"));
  CHECK(find(x, "Justice and Equality Movement", "member_of", "Sudan Revolutionary Front"));
  const auto y = run("The insurgents are a loose coalition of the Taliban, al-Qaeda and the Haqqani network.",
                     "2010-05-01");
  CHECK(allied(y, "Taliban", "al-Qaeda"));
  CHECK(allied(y, "Taliban", "haqqani-network"));
  CHECK(allied(y, "al-Qaeda", "haqqani-network"));
  CHECK_FALSE(find(y, "Taliban", "member_of", "insurgents"));
}

TEST_CASE("bringing together two groups allies them; a list of places is no alliance") {
  const auto x =
      run("The groups formed a new front, bringing together Hamas and Islamic Jihad.", "2014-07-10");
  CHECK(allied(x, "Hamas", "Palestinian Islamic Jihad"));
  const auto y = run("The army is an alliance of brigades from Misrata and Zintan.", "2014-07-10");
  CHECK(y.edges.empty());
}

TEST_CASE("an accusation of a coup or an attack tells the attack, asserted by the accuser") {
  const auto x = run(
      "President Alassane Ouattara accused his former ally, Guillaume Soro, of plotting a coup last week.",
      "2019-12-30");
  const auto* e = find(x, "Guillaume Soro", "attacks", "Ivory Coast");
  REQUIRE(e != nullptr);
  CHECK(asserted(x, e, "Ivory Coast"));
  const auto y =
      run("Pakistan blamed the Pakistani Taliban for the bombing of a police station.", "2023-01-31");
  CHECK(find(y, "Pakistan", "accuses", "ttp"));
  const auto z =
      run("Afghanistan denied that it had accused Pakistan of orchestrating the attack.", "2023-01-31");
  CHECK_FALSE(find(z, "Pakistan", "attacks", "Afghanistan"));
}

TEST_CASE("a claim of responsibility for an attack on a target is an attack") {
  const auto x = run(
      "The Islamic State West Africa Province claimed responsibility for the ambush on Nigerien soldiers. "
      "Al-Shabaab claimed the killing of three Ugandan soldiers.",
      "2021-03-22");
  CHECK(find(x, "islamic-state-west-africa", "attacks", "Niger"));
  CHECK(find(x, "al-Shabaab", "attacks", "Uganda"));
  const auto y = run("No group has claimed the attack on Nigerien soldiers.", "2021-03-22");
  CHECK(y.edges.empty());
}

TEST_CASE("police, gendarmes and warships after a demonym are the state's forces") {
  const auto x =
      run("Armed men ambushed two Malian gendarmes near the border. Russian warships shelled Ukrainian "
          "positions.",
          "2022-03-22");
  CHECK(find(x, "Russia", "attacks", "Ukraine"));
}

TEST_CASE("a group naming someone its leader makes him a member") {
  const auto x = run("The Taliban named Hibatullah Akhundzada their new leader on Wednesday.", "2016-05-25");
  CHECK(find(x, "Hibatullah Akhundzada", "member_of", "Taliban"));
  const auto y = run("The Taliban named Ashraf Ghani in a statement.", "2016-05-25");
  CHECK_FALSE(find(y, "Ashraf Ghani", "member_of", "Taliban"));
}

TEST_CASE("a response announced for a condition on another actor threatens it") {
  const auto x =
      run("Pakistan said its response would be swift and decisive if India struck again.", "2019-02-27");
  CHECK(find(x, "Pakistan", "threatens", "India"));
  const auto y = run("Pakistan said its response to India had been measured.", "2019-02-27");
  CHECK_FALSE(find(y, "Pakistan", "threatens", "India"));
}

TEST_CASE("a contingent or detachment after a demonym is the state's force; rushing to the aid backs") {
  const auto x = run(
      "Witnesses said the Burundian contingent had sided with the rebels. Tanzania rushed to the aid of the "
      "Congolese army.",
      "2013-11-01");
  CHECK(find(x, "Burundi", "backs", "rebels"));
  CHECK(find(x, "Tanzania", "backs", "democratic-republic-of-the-congo"));
}

TEST_CASE("holding an actor responsible for an attack tells the attack, asserted by the holder") {
  const auto x = run("Mozambique held Ansar al-Sunna responsible for the raid on Palma.", "2021-03-30");
  const auto* e = find(x, "islamic-state-mozambique", "attacks", "Mozambique");
  REQUIRE(e != nullptr);
  CHECK(asserted(x, e, "Mozambique"));
  const auto y = run("Mozambique held talks with Ansar al-Sunna for the first time.", "2021-03-30");
  CHECK_FALSE(find(y, "islamic-state-mozambique", "attacks", "Mozambique"));
}

TEST_CASE("an attack told before 'claimed by X' is X's attack") {
  const auto x =
      run("The raid on a Burkinabe army post, claimed by JNIM, killed twelve soldiers.", "2022-08-09");
  CHECK(find(x, "jnim", "attacks", "Burkina Faso"));
}
