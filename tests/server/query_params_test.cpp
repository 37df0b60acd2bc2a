#include "params/query_params.hpp"

#include <doctest/doctest.h>

#include "http/cursor.hpp"

using namespace sg;
using namespace sg::server;

namespace {
http::ParamMap query_of(std::initializer_list<std::pair<const std::string, std::string>> items) {
  return {items};
}
}  // namespace

TEST_CASE("edge list parameters: every filter read and typed") {
  auto parsed = params::EdgeListParams::parse(query_of({{"actor", "Assad"},
                                                        {"relation", "attacks,backs"},
                                                        {"relation", "aids"},
                                                        {"polarity", "hostile"},
                                                        {"from", "2015-01-01"},
                                                        {"to", "2015-12-31"},
                                                        {"article", "7"},
                                                        {"min_confidence", "0.5"},
                                                        {"origin", "curated"},
                                                        {"limit", "20"},
                                                        {"cursor", http::encode_cursor('e', 41)}}));
  REQUIRE(parsed.ok());
  CHECK(parsed->actor == "Assad");
  REQUIRE(parsed->relations.size() == 3);
  CHECK(parsed->relations[0] == Relation::attacks);
  CHECK(parsed->relations[2] == Relation::aids);
  CHECK(parsed->polarity == Polarity::hostile);
  CHECK(parsed->article == 7);
  CHECK(parsed->min_confidence == doctest::Approx(0.5));
  CHECK(parsed->origin == "curated");
  CHECK(parsed->limit == 20);
  CHECK(parsed->after_id == 41);
}

TEST_CASE("edge list parameters: faults name their field") {
  const auto error_of = [](http::ParamMap map) {
    auto parsed = params::EdgeListParams::parse(map);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
  };
  auto e = error_of(query_of({{"from", "2015-13-45"}}));
  CHECK(e.code == ErrorCode::invalid_date);
  CHECK(e.field == "from");
  e = error_of(query_of({{"relation", "attacks,hugs"}}));
  CHECK(e.code == ErrorCode::unknown_relation);
  CHECK(e.field == "relation");
  e = error_of(query_of({{"from", "2016-01-01"}, {"to", "2015-01-01"}}));
  CHECK(e.code == ErrorCode::invalid_window);
  e = error_of(query_of({{"limit", "0"}}));
  CHECK(e.code == ErrorCode::invalid_field);
  CHECK(e.field == "limit");
  e = error_of(query_of({{"limit", "12abc"}}));
  CHECK(e.field == "limit");
  e = error_of(query_of({{"min_confidence", "1.5"}}));
  CHECK(e.field == "min_confidence");
  e = error_of(query_of({{"origin", "guessed"}}));
  CHECK(e.field == "origin");
  e = error_of(query_of({{"colour", "red"}}));
  CHECK(e.code == ErrorCode::unknown_field);
  CHECK(e.field == "colour");
  e = error_of(query_of({{"cursor", "not-a-cursor"}}));
  CHECK(e.code == ErrorCode::invalid_cursor);
  e = error_of(query_of({{"cursor", http::encode_cursor('a', 5)}}));  // an article cursor
  CHECK(e.code == ErrorCode::invalid_cursor);
  e = error_of(query_of({{"limit", "5"}, {"limit", "6"}}));
  CHECK(e.field == "limit");
  e = error_of(query_of({{"actor", std::string("\xff\xfe")}}));
  CHECK(e.code == ErrorCode::invalid_field);
}

TEST_CASE("empty values count as absent") {
  auto parsed = params::EdgeListParams::parse(query_of({{"from", ""}, {"actor", ""}}));
  REQUIRE(parsed.ok());
  CHECK_FALSE(parsed->from.has_value());
  CHECK_FALSE(parsed->actor.has_value());
}

TEST_CASE("cursor round trip and tampering") {
  for (std::int64_t id : {0LL, 1LL, 99LL, 123456789012LL}) {
    auto back = http::decode_cursor('e', http::encode_cursor('e', id));
    REQUIRE(back.ok());
    CHECK(*back == id);
  }
  auto cursor = http::encode_cursor('e', 1000);
  CHECK(cursor.find("1000") == std::string::npos);  // opaque, not the bare id
  std::string tampered = cursor;
  tampered.back() = tampered.back() == 'A' ? 'B' : 'A';
  CHECK_FALSE(http::decode_cursor('e', tampered).ok());
  CHECK_FALSE(http::decode_cursor('e', "").ok());
  CHECK_FALSE(http::decode_cursor('e', http::base64url_encode("e:-5")).ok());
  CHECK_FALSE(http::decode_cursor('e', http::base64url_encode("e:12x")).ok());
  CHECK_FALSE(http::decode_cursor('e', "ZTox=").ok());
}

TEST_CASE("dyad, changes, actor search and timeline parameters") {
  auto dyad = params::DyadParams::parse(query_of({{"a", "US"}, {"b", "Assad"}, {"interval", "week"}}));
  REQUIRE(dyad.ok());
  CHECK(dyad->interval == storage::Interval::week);
  auto missing = params::DyadParams::parse(query_of({{"a", "US"}}));
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == ErrorCode::missing_field);
  CHECK(missing.error().field == "b");
  auto bad_interval = params::DyadParams::parse(query_of({{"a", "x"}, {"b", "y"}, {"interval", "day"}}));
  REQUIRE_FALSE(bad_interval.ok());
  CHECK(bad_interval.error().field == "interval");

  auto changes = params::ChangesParams::parse(query_of({{"since", "5"}}));
  REQUIRE(changes.ok());
  CHECK(changes->since == 5);
  CHECK_FALSE(params::ChangesParams::parse(query_of({{"since", "-1"}})).ok());

  auto search =
      params::ActorSearchParams::parse(query_of({{"q", "assad"}, {"kind", "leader"}, {"country", "SYR"}}));
  REQUIRE(search.ok());
  CHECK(search->kind == "leader");
  auto bad_kind = params::ActorSearchParams::parse(query_of({{"kind", "wizard"}}));
  REQUIRE_FALSE(bad_kind.ok());
  CHECK(bad_kind.error().field == "kind");
  auto bad_country = params::ActorSearchParams::parse(query_of({{"country", "syria"}}));
  REQUIRE_FALSE(bad_country.ok());
  CHECK(bad_country.error().field == "country");

  auto timeline = params::TimelineParams::parse(query_of({{"relation", "attacks"}, {"limit", "10"}}));
  REQUIRE(timeline.ok());
  CHECK(timeline->limit == 10);
}
