// Coordinated agents (issue #4, helper X2): "the armies of A, B and C", demonym lists before a force
// noun, and "took part in / joined the offensive against X". Sentences written for these tests.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

namespace {

bool allied(const Extraction& x, const std::string& a, const std::string& b) {
  return find(x, a, "allies_with", b) || find(x, b, "allies_with", a);
}

}  // namespace

TEST_CASE("each state in 'the armies of A, B and compass-C' attacks the target, and they ally") {
  const auto x = run(
      "The armies of Chad, Niger and northern Cameroon launched an offensive against Boko Haram on Monday.",
      "2015-03-16");
  CHECK(find(x, "Chad", "attacks", "Boko Haram"));
  CHECK(find(x, "Niger", "attacks", "Boko Haram"));
  CHECK(find(x, "Cameroon", "attacks", "Boko Haram"));
  CHECK(allied(x, "Chad", "Niger"));
  CHECK(allied(x, "Chad", "Cameroon"));
  CHECK(allied(x, "Niger", "Cameroon"));
  const auto y =
      run("The militaries of Chad and Cameroon launched an offensive against Boko Haram.", "2015-03-16");
  CHECK(find(y, "Chad", "attacks", "Boko Haram"));
  CHECK(find(y, "Cameroon", "attacks", "Boko Haram"));
}

TEST_CASE("armies of no named state give no agent; a compass place after the verb is no co-agent") {
  const auto x = run("The armies of the region launched an offensive against Boko Haram.", "2015-03-16");
  CHECK(x.edges.empty());
  const auto y = run("Chad and Niger attacked Boko Haram in northern Nigeria.", "2015-03-16");
  CHECK(find(y, "Chad", "attacks", "Boko Haram"));
  CHECK_FALSE(find(y, "Nigeria", "attacks", "Boko Haram"));
  CHECK_FALSE(allied(y, "Chad", "Nigeria"));
}

TEST_CASE("a list of demonyms before a force noun gives one agent per demonym") {
  const auto x = run("French, Chadian and Nigerien jets struck Boko Haram positions.", "2015-03-16");
  CHECK(find(x, "France", "attacks", "Boko Haram"));
  CHECK(find(x, "Chad", "attacks", "Boko Haram"));
  CHECK(find(x, "Niger", "attacks", "Boko Haram"));
  CHECK(allied(x, "France", "Niger"));
}

TEST_CASE("taking part in or joining an offensive attacks its target, unless refused or denied") {
  const auto x = run("Chadian and Nigerien troops took part in the assault on Boko Haram.", "2015-03-16");
  CHECK(find(x, "Chad", "attacks", "Boko Haram"));
  CHECK(find(x, "Niger", "attacks", "Boko Haram"));
  const auto y = run("Chad joined the offensive against Boko Haram.", "2015-03-16");
  CHECK(find(y, "Chad", "attacks", "Boko Haram"));
  CHECK(run("Chad refused to join the attack on Boko Haram.", "2015-03-16").edges.empty());
  CHECK(run("Chad did not take part in the offensive against Boko Haram.", "2015-03-16").edges.empty());
}

TEST_CASE("coordinated subjects of a plain verb each get its edge") {
  const auto x = run("Italy, Spain and Greece condemned Turkey.", "2019-10-10");
  CHECK(find(x, "Italy", "condemns", "Turkey"));
  CHECK(find(x, "Spain", "condemns", "Turkey"));
  CHECK(find(x, "Greece", "condemns", "Turkey"));
}
