#include "core/date.hpp"

#include <doctest/doctest.h>

using namespace sg;

TEST_CASE("parse_date accepts real days and refuses impossible ones") {
  CHECK(parse_date("2015-06-01") == Date{2015, 6, 1});
  CHECK(parse_date("2016-02-29").has_value());
  CHECK_FALSE(parse_date("2015-02-29"));
  CHECK_FALSE(parse_date("2015-13-45"));
  CHECK_FALSE(parse_date("2015-6-1"));
  CHECK_FALSE(parse_date("2015-06-01T00"));
  CHECK_FALSE(parse_date(""));
}

TEST_CASE("days since epoch round-trip and weekdays") {
  CHECK(Date{1970, 1, 1}.days() == 0);
  CHECK(Date{2015, 6, 1}.days() == 16587);
  for (int z = -800000; z < 800000; z += 997) CHECK(Date::from_days(z).days() == z);
  CHECK(Date{2015, 6, 1}.weekday() == 0);  // a Monday
  CHECK(Date{2015, 6, 3}.weekday() == 2);
  CHECK(Date{2015, 6, 3}.plus_days(-2) == Date{2015, 6, 1});
  CHECK(Date{2015, 6, 1}.iso() == "2015-06-01");
}

TEST_CASE("date spans by precision") {
  auto m = parse_date_span("2016-02");
  REQUIRE(m);
  CHECK(m->first == Date{2016, 2, 1});
  CHECK(m->last == Date{2016, 2, 29});
  CHECK(m->precision == DatePrecision::month);
  auto y = parse_date_span("2015");
  REQUIRE(y);
  CHECK(y->last == Date{2015, 12, 31});
  CHECK_FALSE(parse_date_span("2015-00"));
  CHECK_FALSE(parse_date_span("abcd"));
}
