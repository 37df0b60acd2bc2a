// POST /v1/extract (server/src/routes/extract_preview.cpp) against the real binary: what the
// extractor reads, with spans that point at the evidence, and nothing stored.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "server_process.hpp"

using nlohmann::json;
using sg::test::ServerProcess;

namespace {

const json kArticle = {
    {"title", "Turkey condemns US arms for Kurdish fighters"},
    {"published_at", "2015-06-15"},
    {"text",
     "The United States on Monday pledged weapons and air support to the Kurdish YPG in northern Syria. "
     "Turkey condemned the United States for arming the YPG. Islamic State fighters attacked the YPG near "
     "Kobani."}};

json post_json(httplib::Client& c, const std::string& path, const json& body, int expect_status,
               const httplib::Headers& headers = {}) {
  auto res = c.Post(path, headers, body.dump(), "application/json");
  REQUIRE(res);
  CAPTURE(res->body);
  CHECK(res->status == expect_status);
  return json::parse(res->body, nullptr, false);
}

json get_json(httplib::Client& c, const std::string& path) {
  auto res = c.Get(path);
  REQUIRE(res);
  REQUIRE(res->status == 200);
  return json::parse(res->body);
}

}  // namespace

TEST_CASE("the preview shows actors and edges with evidence spans, and stores nothing") {
  ServerProcess server;
  auto c = server.client();
  const auto preview = post_json(c, "/v1/extract", kArticle, 200);
  CHECK(preview["stored"] == false);
  CHECK(preview["extractor_version"].is_string());
  const auto& actors = preview["actors"];
  const auto& edges = preview["edges"];
  REQUIRE(actors.is_array());
  REQUIRE(edges.is_array());
  REQUIRE(edges.size() >= 2);
  const std::string text = kArticle["text"];
  for (const auto& e : edges) {
    CAPTURE(e.dump());
    for (const char* end : {"source", "target"}) {
      const auto index = e[end]["index"].get<std::size_t>();
      REQUIRE(index < actors.size());
      CHECK(e[end]["slug"] == actors[index]["slug"]);
      CHECK(e[end]["name"] == actors[index]["name"]);
    }
    const auto start = e["span"][0].get<std::size_t>(), stop = e["span"][1].get<std::size_t>();
    REQUIRE(start < stop);
    REQUIRE(stop <= text.size());
    CHECK(text.substr(start, stop - start) == e["evidence"].get<std::string>());
    CHECK(e["date"].get<std::string>().size() == 10);
    CHECK(e["confidence"].get<double>() > 0.0);
    CHECK(e["confidence"].get<double>() <= 1.0);
    CHECK((e["polarity"] == "hostile" || e["polarity"] == "cooperative" || e["polarity"] == "structural"));
  }
  for (const auto& a : actors) CHECK(a["stored"].is_null());  // an empty store knows nobody

  // Nothing was written.
  auto health = get_json(c, "/v1/health");
  CHECK(health["counts"]["articles"] == 0);
  CHECK(health["counts"]["edges"] == 0);
  CHECK(health["counts"]["actors"] == 0);

  // Storing the same article extracts exactly what the preview showed, and the preview now finds
  // its actors in the store.
  const auto stored = post_json(c, "/v1/articles", kArticle, 201);
  CHECK(stored["edges_added"] == edges.size());
  const auto again = post_json(c, "/v1/extract", kArticle, 200);
  CHECK(again["edges"] == edges);
  for (const auto& a : again["actors"]) {
    CAPTURE(a.dump());
    REQUIRE(a["stored"].is_object());
    CHECK(a["stored"]["slug"] == a["slug"]);
  }
}

TEST_CASE("the preview validates its body like POST /v1/articles") {
  ServerProcess server;
  auto c = server.client();
  json missing = kArticle;
  missing.erase("text");
  auto e1 = post_json(c, "/v1/extract", missing, 400);
  CHECK(e1["error"]["code"] == "missing_field");
  CHECK(e1["error"]["field"] == "text");

  json bad_date = kArticle;
  bad_date["published_at"] = "2015-13-45";
  auto e2 = post_json(c, "/v1/extract", bad_date, 400);
  CHECK(e2["error"]["code"] == "invalid_date");
  CHECK(e2["error"]["field"] == "published_at");

  json extra = kArticle;
  extra["store"] = true;
  auto e3 = post_json(c, "/v1/extract", extra, 400);
  CHECK(e3["error"]["code"] == "unknown_field");

  auto res = c.Post("/v1/extract", "{not json", "application/json");
  REQUIRE(res);
  CHECK(res->status == 400);
  CHECK(json::parse(res->body)["error"]["code"] == "invalid_json");

  auto get = c.Get("/v1/extract");
  REQUIRE(get);
  CHECK(get->status == 405);
}

TEST_CASE("the preview needs no API key, storing does") {
  ServerProcess server({"STANCEGRAPH_API_KEY=web-test-key"});
  auto c = server.client();
  const auto preview = post_json(c, "/v1/extract", kArticle, 200);
  CHECK(preview["edges"].size() >= 2);
  auto refused = post_json(c, "/v1/articles", kArticle, 401);
  CHECK(refused["error"]["code"] == "unauthorized");
  post_json(c, "/v1/articles", kArticle, 201, {{"Authorization", "Bearer web-test-key"}});
}

TEST_CASE("an extracted slug that was merged away is reported as the actor it redirects to") {
  ServerProcess server;
  auto c = server.client();
  post_json(c, "/v1/articles", kArticle, 201);
  const auto created =
      post_json(c, "/v1/actors", json{{"name", "Republic of Turkiye"}, {"kind", "state"}}, 201);
  const std::string into = created["actor"]["slug"];
  post_json(c, "/v1/actors/turkey/merge", json{{"into", into}}, 200);
  const auto preview = post_json(c, "/v1/extract", kArticle, 200);
  bool seen = false;
  for (const auto& a : preview["actors"]) {
    if (a["slug"] != "turkey") continue;
    seen = true;
    REQUIRE(a["stored"].is_object());
    CHECK(a["stored"]["slug"] == into);
  }
  CHECK(seen);
}
