// The explorer's static routes (server/src/routes/web.cpp) against the real binary: the page and
// its assets when web/dist was built into it, a clear 503 note when it was not, and no way out of
// the embedded set.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "server_process.hpp"

using nlohmann::json;
using sg::test::ServerProcess;

TEST_CASE("GET / serves the explorer page, or says how to build it") {
  ServerProcess server;
  auto c = server.client();
  auto page = c.Get("/");
  REQUIRE(page);
#if SG_WEB_EXPECT_EMBEDDED
  CHECK(page->status == 200);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(page->body.find("<script src=\"/assets/app.js\"") != std::string::npos);
  CHECK(page->body.find("/assets/app.css") != std::string::npos);

  auto js = c.Get("/assets/app.js");
  REQUIRE(js);
  CHECK(js->status == 200);
  CHECK(js->get_header_value("Content-Type") == "text/javascript; charset=utf-8");
  CHECK(js->body.size() > 10000);
  auto css = c.Get("/assets/app.css");
  REQUIRE(css);
  CHECK(css->status == 200);
  CHECK(css->get_header_value("Content-Type") == "text/css; charset=utf-8");

  // The page keeps its state in the query string; the route ignores it.
  auto shared = c.Get("/?t=2015-06&w=quarter&actor=islamic-state");
  REQUIRE(shared);
  CHECK(shared->status == 200);
  CHECK(shared->body == page->body);
  auto head = c.Head("/");
  REQUIRE(head);
  CHECK(head->status == 200);
#else
  CHECK(page->status == 503);
  CHECK(page->get_header_value("Content-Type") == "text/html; charset=utf-8");
  CHECK(page->body.find("scripts/build-web.sh") != std::string::npos);
  auto js = c.Get("/assets/app.js");
  REQUIRE(js);
  CHECK(js->status == 503);
#endif
  // The API is unaffected either way.
  auto health = c.Get("/v1/health");
  REQUIRE(health);
  CHECK(health->status == 200);
}

TEST_CASE("asset names outside the embedded set are 404") {
  ServerProcess server;
  auto c = server.client();
  for (const char* path :
       {"/assets/nope.js", "/assets/..%2Findex.html", "/assets/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/assets/.hidden", "/assets/app.js/x", "/index.html"}) {
    CAPTURE(path);
    auto res = c.Get(path);
    REQUIRE(res);
#if SG_WEB_EXPECT_EMBEDDED
    CHECK(res->status == 404);
    auto body = json::parse(res->body, nullptr, false);
    REQUIRE(body.is_object());
    CHECK(body["error"]["code"] == "route_not_found");
#else
    CHECK((res->status == 404 || res->status == 503));
#endif
  }
  auto post = c.Post("/", "{}", "application/json");
  REQUIRE(post);
  CHECK(post->status == 405);
}
