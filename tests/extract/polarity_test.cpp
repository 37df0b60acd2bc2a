// What gives no edge: negation, denial, refusal, conditionals, hypotheticals, questions, figurative
// wording, and places.
#include <doctest/doctest.h>

#include "extract_fixture.hpp"

using namespace sg::extract;
using namespace sg::extract::test;

TEST_CASE("negation") {
  const auto x = run("Uganda did not arm the M23.", "2022-07-01");
  CHECK_FALSE(any_edge_between(x, "uganda", "m23"));
}

TEST_CASE("denial") {
  const auto x = run("Rwanda has repeatedly denied supplying the M23.", "2022-07-01");
  CHECK_FALSE(any_edge_between(x, "rwanda", "m23"));
}

TEST_CASE("refusal") {
  const auto x = run("Kenya refused to fight al-Shabaab in Somalia.", "2010-01-01");
  CHECK_FALSE(any_edge_between(x, "kenya", "al-shabaab"));
}

TEST_CASE("conditional and hypothetical acts") {
  const auto x = run("Ethiopia could strike al-Shabaab if the group advances.", "2010-01-01");
  CHECK_FALSE(find(x, "ethiopia", "attacks", "al-shabaab"));
}

TEST_CASE("questions") {
  const auto x = run("Will Russia arm the Wagner Group?", "2022-01-01");
  CHECK_FALSE(any_edge_between(x, "russia", "wagner-group"));
}

TEST_CASE("figurative offensives are no attacks") {
  const auto x = run("Kenya went on the diplomatic offensive against Somalia.", "2020-12-01");
  CHECK_FALSE(find(x, "kenya", "attacks", "somalia"));
}

TEST_CASE("a place is never an actor") {
  const auto x = run("The M23 attacked Goma on Monday.", "2022-11-01");
  for (const auto& e : x.edges) CHECK(x.actors[e.target].name != "Goma");
}
