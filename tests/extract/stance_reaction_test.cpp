// Hostile stances read from reactions and claims (third extraction push): blame for a harm told
// before, coups named as assaults, state organs, plots, assets, helpers, counter-offensives,
// claimed bombings, owned collectives, conditional threats, ongoing fights. Example sentences are
// written for the tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("blaming Y for a harm to oneself told just before claims that Y attacked") {
  const auto x =
      run("Twelve Nigerian soldiers were killed in an ambush near Maiduguri on Sunday. "
          "Nigeria blamed Boko Haram.",
          "2019-03-05");
  const auto* e = find(x, "boko-haram", "attacks", "nigeria");
  REQUIRE(e);
  REQUIRE(e->asserted_by.has_value());
  CHECK(names(x.actors[*e->asserted_by], "nigeria"));
  // a harm told in another clause ("came a day after X") is no harm to X
  const auto y = run("The assault came a day after Nigeria's envoy visited Chad. Nigeria blamed Boko Haram.",
                     "2019-03-05");
  CHECK_FALSE(find(y, "boko-haram", "attacks", "nigeria"));
}

TEST_CASE("calling a coup an assault condemns the plotters") {
  const auto x =
      run("Guinea's military seized power on Sunday in a coup against President Alpha Conde. "
          "France called the takeover an assault on the constitutional order.",
          "2021-09-06");
  CHECK(find(x, "france", "condemns", "guinea"));
}

TEST_CASE("an object with its bracketed acronym before the particle, and a duration before the verb") {
  const auto x =
      run("Kenya, which has for months threatened to drive the Somali National Army (SNA) out of "
          "Gedo, sent troops. Chad launched Operation Bohoma on Monday to push Boko Haram away from "
          "the lake.",
          "2020-04-01");
  CHECK(find(x, "kenya", "threatens", "somalia"));
  CHECK(find(x, "chad", "attacks", "boko-haram"));
}

TEST_CASE("being on the offensive against an enemy attacks it; quotation marks inside a trigger") {
  const auto x =
      run("Since March, Nigerian troops have been on the offensive against Boko Haram. "
          "Tinubu urged Nigerians to \"rise up\" against Boko Haram.",
          "2023-08-01");
  CHECK(find(x, "nigeria", "attacks", "boko-haram"));
  CHECK(find(x, "nigeria", "opposes", "boko-haram"));
}

TEST_CASE("a government accusing an actor of a coup: the actor opposes that government") {
  const auto x = run("Sudan accused Ethiopia on Monday of orchestrating a coup.", "2021-09-21");
  CHECK(find(x, "sudan", "accuses", "ethiopia"));
  CHECK(find(x, "ethiopia", "opposes", "sudan"));
}

TEST_CASE("a place described by its holders stands for them") {
  const auto x =
      run("Ethiopian troops launched an assault on Tuesday on Humera, the TPLF-held town near the border.",
          "2020-11-10");
  CHECK(find(x, "ethiopia", "attacks", "tplf"));
}

TEST_CASE("a group's spokesman voices the group's threat; a threat names its target in its condition") {
  const auto x =
      run("Al-Shabaab spokesman Ali Dhere, a senior member of al-Shabaab, threatened on Friday to "
          "burn the convoys each time Kenya sent troops.",
          "2019-06-14");
  CHECK(find(x, "al-shabaab", "threatens", "kenya"));
  const auto y =
      run("Pakistan threatened to cut Afghanistan's water supply if the raids continued.", "2023-01-10");
  CHECK(find(y, "pakistan", "threatens", "afghanistan"));
}

TEST_CASE("the state's organs named without a state are the article's state") {
  const auto x =
      run("Mali's junta extended the curfew. JNIM fighters overran army posts near Boni on Sunday.",
          "2022-02-20");
  CHECK(find(x, "jnim", "attacks", "mali"));
}

TEST_CASE("an act someone plots gives no edge") {
  const auto x =
      run("Israel said it had foiled a plot by Hezbollah to attack Israeli soldiers.", "2019-08-25");
  CHECK_FALSE(find(x, "hezbollah", "attacks", "israel"));
}

TEST_CASE("infrastructure and vessels stand for their owner; a reported possessive is the speaker") {
  const auto x =
      run("Russian jets bombed Kyiv's airport on Monday. The Houthis said they had been aiming at an "
          "American ship. Hamas said Israeli jets had hit its headquarters.",
          "2024-01-20");
  CHECK(find(x, "russia", "attacks", "ukraine"));
  CHECK(find(x, "houthis", "attacks", "united-states"));
  CHECK(find(x, "israel", "attacks", "hamas"));
}

TEST_CASE("a relative clause after a bracketed acronym; a state's role; blows against; retaking from") {
  const auto x =
      run("Erdogan spoke of the Kurdistan Workers' Party (PKK), which has waged an insurgency against "
          "the Turkish state since 1984. Hamas denounced the American role. Netanyahu praised "
          "Israel's blows against Hezbollah. Ukrainian forces retook Kherson's airport from Russian "
          "troops.",
          "2022-11-11");
  CHECK(find(x, "pkk", "attacks", "turkey"));
  CHECK(find(x, "hamas", "condemns", "united-states"));
  CHECK(find(x, "israel", "attacks", "hezbollah"));
  CHECK(find(x, "ukraine", "attacks", "russia"));
}

TEST_CASE("helping X repel Y opposes Y; a counter-offensive strikes back at the attacker") {
  const auto x = run("Wagner sent hundreds of fighters to help the Malian army repel JNIM.", "2022-05-02");
  CHECK(find(x, "wagner-group", "opposes", "jnim"));
  const auto y =
      run("Haftar launched an offensive against the GNA on Thursday. The GNA announced a "
          "counter-offensive on Sunday.",
          "2019-04-08");
  CHECK(find(y, "government-of-national-accord", "attacks", "khalifa-haftar"));
}

TEST_CASE("a claimed bombing attacks the victim named; a partner 'together with' acts too") {
  const auto x =
      run("The Pakistani Taliban claimed the suicide bombing that killed 12 Pakistani soldiers in Bannu.",
          "2023-07-20");
  CHECK(find(x, "ttp", "attacks", "pakistan"));
  const auto y =
      run("Russia's border guards were on alert. The Russian Volunteer Corps said it had crossed into "
          "Kursk together with the Freedom of Russia Legion and attacked border posts.",
          "2024-03-12");
  CHECK(find(y, "russian-volunteer-corps", "attacks", "russia"));
  CHECK(find(y, "freedom-of-russia-legion", "attacks", "russia"));
}

TEST_CASE("a collective owned by a named actor is that actor; both groups are the pair named before") {
  const auto x =
      run("There was fighting between Ali Abdullah Saleh's loyalists and Houthi fighters on Monday.",
          "2017-12-05");
  CHECK(find(x, "ali-abdullah-saleh", "attacks", "houthis"));
  const auto y =
      run("The truce excludes al-Shabaab and ISIS, while US drones kept up strikes on both groups.",
          "2023-05-02");
  CHECK(find(y, "united-states", "attacks", "al-shabaab"));
  CHECK(find(y, "united-states", "attacks", "islamic-state"));
}

TEST_CASE("a possessive pronoun not bound by the attacker refers to the actor named before") {
  const auto x =
      run("Netanyahu said Iran had no immunity and warned that Israel would strike its forces anywhere.",
          "2019-08-25");
  CHECK(find(x, "israel", "threatens", "iran"));
}

TEST_CASE("a threat to march on a place names its target in the condition; a dated 'on' ends no trigger") {
  const auto x =
      run("Rebel spokesman Lawrence Kanyuka, a member of the M23, warned that the group would march on "
          "Goma if the government kept refusing to talk. Protesters marched on Monday against Rwanda.",
          "2022-10-31");
  CHECK(find(x, "m23", "threatens", "democratic-republic-of-the-congo"));
  CHECK_FALSE(find(x, "collective:protesters", "attacks", "rwanda"));
}

TEST_CASE("the speaker's own body does not block reading a condemned event back to the lede") {
  const auto x =
      run("Russian troops launched a full-scale invasion of Ukraine on Thursday. Markets fell. "
          "Kyiv asked for help. EU foreign policy chief Josep Borrell condemned the \"brutal act of "
          "war\" and said the European Union would respond.",
          "2022-02-25");
  CHECK(find(x, "european-union", "condemns", "russia"));
}

TEST_CASE("would keep fighting is an ongoing fight; defying an authority opposes it") {
  const auto x =
      run("Macron said French troops would keep fighting JNIM in Niger. The TPLF defied Ethiopia by "
          "holding elections. Chad said it would fight Boko Haram if it crossed the lake.",
          "2022-02-18");
  CHECK(find(x, "france", "attacks", "jnim"));
  CHECK(find(x, "tplf", "opposes", "ethiopia"));
  CHECK_FALSE(find(x, "chad", "attacks", "boko-haram"));
}

TEST_CASE("every attacker of a condemned act is condemned; fighting broke out between two parties") {
  const auto x =
      run("The United States and Britain struck Houthi targets in Yemen on Friday. Ships were diverted. "
          "Iran condemned the strikes.",
          "2024-01-12");
  CHECK(find(x, "iran", "condemns", "united-states"));
  CHECK(find(x, "iran", "condemns", "united-kingdom"));
  const auto y =
      run("Fighting broke out in Khartoum on Saturday between the RSF and Sudanese troops.", "2023-04-16");
  CHECK(find(y, "rsf", "attacks", "sudan"));
  CHECK(find(y, "sudan", "attacks", "rsf"));
}

TEST_CASE("a subject modified by a 'backed by' phrase with its own boundary words") {
  const auto x =
      run("Somali troops backed by clan militias known as macawisley have retaken villages from "
          "al-Shabaab.",
          "2022-10-31");
  CHECK(find(x, "somalia", "attacks", "al-shabaab"));
}
