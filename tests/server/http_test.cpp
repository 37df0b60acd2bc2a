#include <doctest/doctest.h>
#include <httplib.h>

#include "http/auth.hpp"
#include "http/limits.hpp"
#include "http/render.hpp"
#include "http/reply.hpp"
#include "http/router.hpp"
#include "server/cli.hpp"

using namespace sg;
using namespace sg::server;

namespace {
http::Handler named(std::string name) {
  return [name](const http::Call&) -> http::HandlerResult { return http::Reply::ok(name); };
}
}  // namespace

TEST_CASE("router: placeholders, 404 and 405, decoded segments") {
  http::Router router;
  router.get("/v1/actors", named("list"));
  router.post("/v1/actors", named("create"));
  router.get("/v1/actors/{ref}", named("get"));
  router.patch("/v1/actors/{ref}", named("patch"));
  router.get("/v1/actors/{ref}/timeline", named("timeline"));

  auto m = router.match("GET", "/v1/actors/Bashar%20al-Assad/timeline?from=2015-01-01");
  REQUIRE(m.route != nullptr);
  CHECK(m.route->pattern == "/v1/actors/{ref}/timeline");
  CHECK(m.params.at("ref") == "Bashar al-Assad");

  m = router.match("GET", "/v1/actors/a%2Fb");  // an encoded slash stays inside the segment
  REQUIRE(m.route != nullptr);
  CHECK(m.params.at("ref") == "a/b");

  m = router.match("HEAD", "/v1/actors");
  REQUIRE(m.route != nullptr);
  CHECK(m.route->method == "GET");

  m = router.match("DELETE", "/v1/actors/5");
  CHECK(m.route == nullptr);
  CHECK(m.allowed == std::vector<std::string>{"GET", "PATCH"});

  m = router.match("GET", "/v1/nothing");
  CHECK(m.route == nullptr);
  CHECK(m.allowed.empty());

  m = router.match("GET", "/v1/actors/%zz");
  CHECK(m.bad_encoding);

  CHECK(router.match("POST", "/v1/actors").route->access == http::Access::write);
}

TEST_CASE("percent decoding") {
  std::string out;
  CHECK(http::percent_decode("a%20b%C3%A9", out));
  CHECK(out == "a b\xC3\xA9");
  CHECK_FALSE(http::percent_decode("%4", out));
  CHECK_FALSE(http::percent_decode("%", out));
  CHECK(http::percent_decode("plain+plus", out));
  CHECK(out == "plain+plus");
}

TEST_CASE("bearer keys compare exactly") {
  CHECK(http::constant_time_equal("secret", "secret"));
  CHECK_FALSE(http::constant_time_equal("secret", "secreT"));
  CHECK_FALSE(http::constant_time_equal("secret", "secret1"));
  CHECK_FALSE(http::constant_time_equal("", "x"));
  CHECK(http::bearer_matches("Bearer k3y", "k3y"));
  CHECK(http::bearer_matches("bearer k3y", "k3y"));
  CHECK_FALSE(http::bearer_matches("Bearer k3", "k3y"));
  CHECK_FALSE(http::bearer_matches("Basic k3y", "k3y"));
  CHECK_FALSE(http::bearer_matches("Bearer ", ""));
  CHECK_FALSE(http::bearer_matches("", "k3y"));
}

TEST_CASE("request envelope guard") {
  http::Limits limits;
  limits.max_body = 1000;
  const auto check = [&](std::string method, httplib::Headers headers) {
    httplib::Request request;
    request.method = std::move(method);
    request.headers = std::move(headers);
    return http::check_request_envelope(request, limits);
  };
  CHECK_FALSE(check("GET", {}).has_value());
  CHECK_FALSE(check("POST", {{"Content-Length", "10"}, {"Content-Type", "application/json; charset=utf-8"}}));
  CHECK_FALSE(check("POST", {{"Content-Length", "0"}}));
  CHECK(check("POST", {{"Transfer-Encoding", "chunked"}})->code == ErrorCode::length_required);
  CHECK(check("POST", {})->code == ErrorCode::length_required);
  CHECK(check("POST",
              {{"Content-Length", "10"}, {"Content-Type", "application/json"}, {"Content-Encoding", "gzip"}})
            ->code == ErrorCode::unsupported_media_type);
  CHECK(check("POST", {{"Content-Length", "10"}, {"Content-Type", "text/plain"}})->code ==
        ErrorCode::unsupported_media_type);
  CHECK(check("POST", {{"Content-Length", "10"}})->code == ErrorCode::unsupported_media_type);
  CHECK(check("POST", {{"Content-Length", "1001"}, {"Content-Type", "application/json"}})->code ==
        ErrorCode::payload_too_large);
  CHECK(check("POST", {{"Content-Length", "12x"}})->code == ErrorCode::invalid_field);
  httplib::Headers many;
  for (int i = 0; i < 101; ++i) many.emplace("X-H" + std::to_string(i), "v");
  CHECK(check("GET", many)->code == ErrorCode::headers_too_large);
  CHECK(check("GET", {{"X-Long", std::string(9000, 'a')}})->code == ErrorCode::headers_too_large);
  // httplib's own bookkeeping headers do not count against the client's allowance.
  httplib::Headers hundred{
      {"REMOTE_ADDR", "1"}, {"REMOTE_PORT", "2"}, {"LOCAL_ADDR", "3"}, {"LOCAL_PORT", "4"}};
  for (int i = 0; i < 100; ++i) hundred.emplace("X-H" + std::to_string(i), "v");
  CHECK_FALSE(check("GET", hundred).has_value());
  CHECK(http::is_json_media_type("application/problem+json"));
  CHECK_FALSE(http::is_json_media_type("application/x-www-form-urlencoded"));
}

TEST_CASE("error bodies carry code, message, field and candidates") {
  Error error = make_error(ErrorCode::ambiguous_actor, "several", "source");
  error.candidates = {"3:free-syrian-army:Free Syrian Army", "9:fsa-2:F:S:A"};
  const auto body = http::error_body(error);
  CHECK(body["error"]["code"] == "ambiguous_actor");
  CHECK(body["error"]["field"] == "source");
  REQUIRE(body["error"]["candidates"].size() == 2);
  CHECK(body["error"]["candidates"][0]["id"] == 3);
  CHECK(body["error"]["candidates"][1]["name"] == "F:S:A");
  CHECK(http::error_body(make_error(ErrorCode::internal, "x"))["error"]["field"].is_null());
  CHECK(http::dump_json(nlohmann::json("\xff")) == "\"\xEF\xBF\xBD\"");
}

TEST_CASE("edges render with polarity and weight from the vocabulary") {
  storage::EdgeRecord edge;
  edge.id = 12;
  edge.source = {1, "united-states", "United States", "state"};
  edge.target = {2, "bashar-al-assad", "Bashar al-Assad", "leader"};
  edge.relation = Relation::accuses;
  edge.date = "2015-06-03";
  edge.confidence = 0.8;
  edge.article_id = 4;
  edge.article_title = "Assad aiding IS";
  edge.span_start = 10;
  edge.span_end = 20;
  edge.origin = "extracted";
  const auto json = http::render_edge(edge);
  CHECK(json["source"]["slug"] == "united-states");
  CHECK(json["relation"] == "accuses");
  CHECK(json["polarity"] == "hostile");
  CHECK(json["weight"] == -2);
  CHECK(json["article"]["id"] == 4);
  CHECK(json["article"]["url"].is_null());
  CHECK(json["span"] == nlohmann::json::array({10, 20}));
  CHECK(json["asserted_by"].is_null());
  edge.article_id.reset();
  CHECK(http::render_edge(edge)["article"].is_null());
}

TEST_CASE("byte sizes on the command line") {
  CHECK(parse_byte_size("8M") == std::size_t(8) << 20);
  CHECK(parse_byte_size("512KiB") == std::size_t(512) << 10);
  CHECK(parse_byte_size("1048576") == std::size_t(1048576));
  CHECK_FALSE(parse_byte_size("-5").has_value());
  CHECK_FALSE(parse_byte_size("0").has_value());
  CHECK_FALSE(parse_byte_size("8 parsecs").has_value());
  CHECK_FALSE(parse_byte_size("").has_value());
}
