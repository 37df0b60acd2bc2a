// General stance wordings (stance engineer S3, session 2): a purpose after a trip ("flew to X for
// talks with Y"), a response threatened to reach an actor, demanding an actor's withdrawal, "both"
// after coordinated subjects split by asides, and "accused both sides: A of ..., B of ...".
// Sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("talks after a trip belong to the one who travelled") {
  const auto x =
      run("The Qatari foreign minister arrived in Kabul for talks with the Taliban.", "2022-03-02");
  CHECK(find(x, "Qatar", "negotiates", "Taliban"));
  const auto y = run("The Norwegian envoy flew to Bogota on Monday for talks with the ELN.", "2023-05-10");
  CHECK(any_edge_between(y, "Norway", "ELN"));
}

TEST_CASE("a response said to reach an actor threatens it") {
  const auto x = run("Hezbollah warned that its response would reach Israel.", "2024-01-04");
  CHECK(find(x, "Hezbollah", "threatens", "Israel"));
  const auto y = run("Hezbollah said it did not plan any response.", "2024-01-04");
  CHECK(y.edges.empty());
}

TEST_CASE("demanding or calling for the withdrawal of an actor's troops opposes it") {
  const auto x = run("Azerbaijan demanded the withdrawal of Armenian troops from the region.", "2020-10-01");
  CHECK(find(x, "Azerbaijan", "opposes", "Armenia"));
  const auto y = run("The African Union called for the withdrawal of Rwandan forces.", "2024-02-20");
  CHECK(find(y, "African Union", "opposes", "Rwanda"));
}

TEST_CASE("'both' after two subjects split by asides gives each subject the stance") {
  const auto x = run(
      "Greece, which has long disputed the island, and Cyprus, whose ports were hit, both condemned Turkey.",
      "2019-07-15");
  CHECK(find(x, "Greece", "condemns", "Turkey"));
  CHECK(find(x, "Cyprus", "condemns", "Turkey"));
}

TEST_CASE("accusing both sides with a list after the colon accuses each listed actor") {
  const auto x =
      run("Amnesty International accused both sides: the Houthis of shelling homes, the Saudi-led coalition "
          "of bombing hospitals.",
          "2016-08-20");
  CHECK(find(x, "Amnesty International", "accuses", "Houthis"));
  CHECK(any_edge_between(x, "Amnesty International", "Saudi-led coalition"));
  const auto y = run("Amnesty International accused both sides of abuses.", "2016-08-20");
  CHECK_FALSE(find(y, "Amnesty International", "accuses", "Houthis"));
}

TEST_CASE("naming another actor a terrorist body condemns it, unless negated or unattributed") {
  const auto x =
      run("\"The ADF is a terrorist organisation,\" the Ugandan army spokesman said.", "2021-11-17");
  CHECK(find(x, "Uganda", "condemns", "Allied Democratic Forces"));
  const auto y = run("Colombia considers the ELN a terrorist group.", "2019-01-20");
  CHECK(find(y, "Colombia", "condemns", "ELN"));
  const auto z = run("Colombia said the ELN was not a terrorist group.", "2019-01-20");
  CHECK_FALSE(find(z, "Colombia", "condemns", "ELN"));
}

TEST_CASE("a first-person response said to reach an actor is the speaker's threat") {
  const auto x = run("\"Our response will reach Baku,\" the Armenian defence minister said.", "2020-10-05");
  CHECK(find(x, "Armenia", "threatens", "Azerbaijan"));
}

TEST_CASE("an event's agent named by 'by' past a place or a participle takes the stance") {
  const auto x = run("Jordan condemned the shelling of Rafah by Israel.", "2024-05-08");
  CHECK(find(x, "Jordan", "condemns", "Israel"));
  const auto y = run("Ghana condemned the offensive launched by JNIM.", "2023-09-01");
  CHECK(find(y, "Ghana", "condemns", "JNIM"));
}

TEST_CASE("targets inside or across a state attack that state; a capital or 'in' stays a place") {
  const auto x = run("Ethiopian jets bombed targets inside Eritrea on Tuesday.", "2000-05-17");
  CHECK(find(x, "Ethiopia", "attacks", "Eritrea"));
  const auto y = run("Ethiopian jets bombed targets across Asmara.", "2000-05-17");
  CHECK_FALSE(find(y, "Ethiopia", "attacks", "Eritrea"));
  const auto z = run("Ethiopian jets did not bomb targets inside Eritrea.", "2000-05-17");
  CHECK_FALSE(find(z, "Ethiopia", "attacks", "Eritrea"));
}

TEST_CASE("a condemned event noun told earlier with its agent condemns that agent") {
  const auto x = run(
      "Villagers fled a sudden offensive by Ethiopian forces on Monday. Aid groups said roads were closed. "
      "Egypt condemned the offensive.",
      "2021-11-03");
  CHECK(find(x, "Egypt", "condemns", "Ethiopia"));
  const auto y = run("Thousands fled the Rwandan incursion. Belgium condemned the incursion.", "2012-07-10");
  CHECK(find(y, "Belgium", "condemns", "Rwanda"));
}

TEST_CASE("demanding an actor's withdrawal opposes it; welcoming it does not") {
  const auto x = run("Lebanon demanded an immediate Syrian withdrawal.", "2005-03-02");
  CHECK(find(x, "Lebanon", "opposes", "Syria"));
  const auto y = run("Lebanon welcomed the Syrian withdrawal.", "2005-04-27");
  CHECK_FALSE(find(y, "Lebanon", "opposes", "Syria"));
}

TEST_CASE("a place struck that the text says is held by an actor stands for that actor") {
  const auto x =
      run("Boko Haram fighters besieged Maiduguri, which is held by the Nigerian army.", "2015-01-26");
  CHECK(find(x, "Boko Haram", "attacks", "Nigeria"));
  const auto y =
      run("Taliban fighters attacked Kunduz, a city controlled by the Afghan government.", "2015-09-28");
  CHECK(find(y, "Taliban", "attacks", "Afghanistan"));
  const auto z =
      run("Taliban fighters attacked Kunduz, which was not held by the Afghan army.", "2015-09-28");
  CHECK_FALSE(find(z, "Taliban", "attacks", "Afghanistan"));
}

TEST_CASE("support for an event told earlier with its agent backs the agent, unless negated") {
  const auto x =
      run("Colombia launched an operation against the ELN on Monday. Peru voiced support for the operation.",
          "2019-01-22");
  CHECK(find(x, "Peru", "backs", "Colombia"));
  const auto y =
      run("Colombia launched an operation against the ELN on Monday. Venezuela said it did not support the "
          "operation.",
          "2019-01-22");
  CHECK_FALSE(find(y, "Venezuela", "backs", "Colombia"));
  const auto z =
      run("The RSF began a campaign against the town in April. Egypt condemned the campaign.", "2024-06-01");
  CHECK(find(z, "Egypt", "condemns", "Rapid Support Forces"));
}

TEST_CASE("an adverbial participle shares its clause's subject; 'forces loyal to X' are X's") {
  const auto x = run("M23 rebels entered the town on Sunday after routing Congolese troops.", "2012-11-20");
  CHECK(find(x, "M23", "attacks", "Democratic Republic of the Congo"));
  const auto y =
      run("Kenya said al-Shabaab had broken the truce by shelling Somali positions.", "2012-11-20");
  CHECK_FALSE(find(y, "Kenya", "attacks", "Somalia"));
  const auto z = run("The Taliban swept into Kunduz, routing forces loyal to Ashraf Ghani.", "2021-08-08");
  CHECK(any_edge_between(z, "Taliban", "Afghanistan"));
}

TEST_CASE("the acts an event told earlier began with are its agent's") {
  const auto x =
      run("Ethiopia launched a military operation in November. The operation began with air "
          "strikes on TPLF positions.",
          "2020-11-10");
  CHECK(find(x, "Ethiopia", "attacks", "TPLF"));
  const auto y = run("The operation began with air strikes on TPLF positions.", "2020-11-10");
  CHECK(y.edges.empty());
}
