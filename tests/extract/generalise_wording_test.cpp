// Relation wording the blind check showed missing (helper B, session 2): weapons aimed at a state,
// being at war, hunting, exacting a price, lending means of war, opening airspace, fighting side by
// side, joint operations, being joined by, training courses, sharing intelligence, solidarity and
// allegiance, each with its negation. Sentences written for these tests, about varied conflicts.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("projectiles fired or launched at a state make the state the target, not a place") {
  const auto x =
      run("Azerbaijan fired dozens of rockets and artillery shells at Armenia on Tuesday. North Korea "
          "launched two ballistic missiles at Japan last week.",
          "2022-09-15");
  CHECK(find(x, "Azerbaijan", "attacks", "Armenia"));
  CHECK(find(x, "North Korea", "attacks", "Japan"));
  const auto t = run("Hamas fired a barrage of rockets towards Israel overnight.", "2022-09-15");
  CHECK(find(t, "Hamas", "attacks", "Israel"));
  const auto y = run("Pakistan denied that it had fired missiles at Afghanistan.", "2022-09-15");
  CHECK_FALSE(find(y, "Pakistan", "attacks", "Afghanistan"));
}

TEST_CASE("being or going at war, hunting down and pressing an offensive are attacks") {
  const auto x =
      run("Sudan has been at war with South Sudan over the oil fields since April. Colombian troops hunted "
          "down FARC guerrillas in the jungle. The Ugandan army pressed ahead with its offensive against the "
          "Lord's Resistance Army.",
          "2012-05-02");
  CHECK(find(x, "Sudan", "attacks", "South Sudan"));
  CHECK(find(x, "Colombia", "attacks", "farc"));
  CHECK(find(x, "Uganda", "attacks", "lra"));
}

TEST_CASE("a vow to exact a price is a threat") {
  const auto x = run("Hezbollah vowed to exact a heavy price from Israel for the killing.", "2020-01-05");
  CHECK(find(x, "Hezbollah", "threatens", "Israel"));
  CHECK_FALSE(find(x, "Hezbollah", "attacks", "Israel"));
}

TEST_CASE("lending aircraft or opening airspace aids; lending support backs") {
  const auto x =
      run("Belgium lent two transport aircraft to Denmark for the mission. Oman opened its airspace to Qatar "
          "after the blockade. Norway lent its full support to Sweden.",
          "2017-06-20");
  CHECK(find(x, "Belgium", "aids", "Denmark"));
  CHECK(find(x, "Oman", "aids", "Qatar"));
  CHECK(find(x, "Norway", "backs", "Sweden"));
  CHECK_FALSE(find(x, "Norway", "aids", "Sweden"));
  const auto y = run("Hungary refused to lend aircraft to Poland.", "2017-06-20");
  CHECK_FALSE(find(y, "Hungary", "aids", "Poland"));
}

TEST_CASE("fighting side by side, joint patrols and exercises, being joined by are alliances") {
  const auto x =
      run("Malian soldiers fought side by side with Burkinabe troops near the border. Kenya held joint naval "
          "exercises with Tanzania in March. Peruvian police carried out joint patrols with Bolivia.",
          "2019-04-10");
  CHECK(find(x, "Mali", "allies_with", "Burkina Faso"));
  CHECK_FALSE(find(x, "Mali", "attacks", "Burkina Faso"));
  CHECK(find(x, "Kenya", "allies_with", "Tanzania"));
  CHECK(find(x, "Peru", "allies_with", "Bolivia"));
  const auto y = run("The Congolese army was joined by Ugandan troops in the offensive.", "2021-12-01");
  CHECK((find(y, "uganda", "allies_with", "democratic-republic-of-the-congo") ||
         find(y, "democratic-republic-of-the-congo", "allies_with", "uganda")));
}

TEST_CASE("training courses for another's forces back them; sharing intelligence aids") {
  const auto x = run(
      "Germany ran a training course for Iraqi soldiers in Erbil. The Netherlands is sharing intelligence "
      "with Ukraine, officials said.",
      "2023-02-01");
  CHECK(find(x, "Germany", "backs", "Iraq"));
  CHECK(find(x, "Netherlands", "aids", "Ukraine"));
}

TEST_CASE("solidarity and allegiance in their inflections") {
  const auto x =
      run("Venezuela showed solidarity with Cuba at the summit. The Taliban declared their allegiance to "
          "al-Qaeda in a statement.",
          "2021-08-20");
  CHECK(find(x, "Venezuela", "backs", "Cuba"));
  CHECK(find(x, "Taliban", "member_of", "al-Qaeda"));
}

TEST_CASE(
    "support for or opposition to an actor's operation, intervention or deployment is toward the actor") {
  const auto x =
      run("Jordan said it supported Egypt's operation against the militants. Algeria opposed the French "
          "deployment. Kenya welcomed the Ethiopian intervention.",
          "2015-02-17");
  CHECK(find(x, "Jordan", "backs", "Egypt"));
  CHECK(find(x, "Algeria", "opposes", "France"));
  const auto y = run("Jordan did not support Egypt's operation.", "2015-02-17");
  CHECK_FALSE(find(y, "Jordan", "backs", "Egypt"));
}

TEST_CASE("proscribing or outlawing a group sanctions it") {
  const auto x =
      run("Australia proscribed Hamas last year and Canada outlawed the Proud Boys.", "2022-02-17");
  CHECK(find(x, "Australia", "sanctions", "Hamas"));
}

TEST_CASE("two parties at war or locked in a conflict attack each other; a dispute opposes; sieges attack") {
  const auto x =
      run("India and Pakistan were at war in 1971. Sudan and South Sudan have been locked in a conflict over "
          "Abyei since 2011. Guyana and Venezuela are locked in a dispute over Essequibo.",
          "2023-12-01");
  CHECK(find(x, "India", "attacks", "Pakistan"));
  CHECK(find(x, "Pakistan", "attacks", "India"));
  CHECK(find(x, "Sudan", "attacks", "South Sudan"));
  CHECK(find(x, "Guyana", "opposes", "Venezuela"));
  CHECK_FALSE(find(x, "Guyana", "attacks", "Venezuela"));
  const auto y = run("Al-Shabaab fighters laid siege to an Ethiopian army base.", "2023-12-01");
  CHECK(find(y, "al-Shabaab", "attacks", "Ethiopia"));
  const auto z = run("Kenya and Uganda are not at war.", "2023-12-01");
  CHECK(z.edges.empty());
}

TEST_CASE("a group linked to or affiliated with another allies with it") {
  const auto x = run("The al-Qaeda-linked al-Shabaab attacked Kenyan troops.", "2020-01-05");
  CHECK(
      (find(x, "al-Qaeda", "allies_with", "al-Shabaab") || find(x, "al-Shabaab", "allies_with", "al-Qaeda")));
}

TEST_CASE("a hostile name given in a relative clause condemns the antecedent") {
  const auto x =
      run("The talks went ahead without Omar al-Bashir, whom Chad called a war criminal.", "2010-07-22");
  CHECK(find(x, "Chad", "condemns", "Sudan"));
  const auto y = run("The envoy met Paul Kagame, whom Uganda called a friend.", "2010-07-22");
  CHECK_FALSE(find(y, "Uganda", "condemns", "Rwanda"));
}

TEST_CASE("granting an actor the right to defend itself backs it, wherever the speaker stands") {
  const auto x = run(
      "Somalia has every right to defend itself, Turkey said on Monday. Egypt reaffirmed Sudan's right to "
      "defend itself.",
      "2024-01-08");
  CHECK(find(x, "Turkey", "backs", "Somalia"));
  CHECK(find(x, "Egypt", "backs", "Sudan"));
  const auto y = run("Russia said Ukraine had no right to defend itself.", "2024-01-08");
  CHECK_FALSE(find(y, "Russia", "backs", "Ukraine"));
}

TEST_CASE("switching allegiance or deserting to a group makes one its member") {
  const auto x =
      run("Abu Mohammed, a rebel commander, switched allegiance to Hayat Tahrir al-Sham.", "2019-02-01");
  CHECK(find(x, "Abu Mohammed", "member_of", "Hayat Tahrir al-Sham"));
}

TEST_CASE("chasing or tracking down an enemy attacks it; pursuing peace or talks does not") {
  const auto x = run("Nigerien troops chased Boko Haram fighters back across the border.", "2016-06-10");
  CHECK(find(x, "Niger", "attacks", "Boko Haram"));
  const auto y = run("Kenya is pursuing peace with Ethiopia.", "2016-06-10");
  CHECK_FALSE(find(y, "Kenya", "attacks", "Ethiopia"));
}

TEST_CASE("neutralising, crushing or wiping out an enemy attacks it") {
  const auto x = run("Burkinabe troops neutralised dozens of JNIM fighters near Djibo.", "2023-05-02");
  CHECK(find(x, "Burkina Faso", "attacks", "jnim"));
  const auto y = run("Kenya eliminated tariffs on Ugandan goods.", "2023-05-02");
  CHECK(y.edges.empty());
}
