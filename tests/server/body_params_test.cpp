#include "params/body_params.hpp"

#include <doctest/doctest.h>

#include "http/body.hpp"

using namespace sg;
using namespace sg::server;
using nlohmann::json;

TEST_CASE("request bodies: UTF-8, JSON and object checks") {
  CHECK(http::parse_json_object("{\"a\":1}").ok());
  auto bad_utf8 = http::parse_json_object("{\"title\":\"\xc3\x28\"}");
  REQUIRE_FALSE(bad_utf8.ok());
  CHECK(bad_utf8.error().code == ErrorCode::invalid_field);
  auto bad_json = http::parse_json_object("{\"title\": ");
  REQUIRE_FALSE(bad_json.ok());
  CHECK(bad_json.error().code == ErrorCode::invalid_json);
  auto not_object = http::parse_json_object("[1,2]");
  REQUIRE_FALSE(not_object.ok());
  CHECK(not_object.error().code == ErrorCode::invalid_field);
  CHECK(http::parse_json_object("").error().code == ErrorCode::invalid_json);
}

TEST_CASE("articles: required fields, types, dates, unknown fields, batch paths") {
  const json good = {{"title", "T"}, {"published_at", "2015-06-03"}, {"text", "Body."}, {"url", "https://x"}};
  auto article = params::parse_article(good, "");
  REQUIRE(article.ok());
  CHECK(article->url == "https://x");
  CHECK_FALSE(article->source.has_value());

  auto missing = params::parse_article(json{{"title", "T"}, {"text", "x"}}, "");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.error().code == ErrorCode::missing_field);
  CHECK(missing.error().field == "published_at");

  auto bad_date =
      params::parse_article(json{{"title", "T"}, {"published_at", "2015-13-45"}, {"text", "x"}}, "");
  REQUIRE_FALSE(bad_date.ok());
  CHECK(bad_date.error().code == ErrorCode::invalid_date);

  auto wrong_type =
      params::parse_article(json{{"title", 5}, {"published_at", "2015-01-01"}, {"text", "x"}}, "");
  REQUIRE_FALSE(wrong_type.ok());
  CHECK(wrong_type.error().field == "title");

  auto extra = params::parse_article(
      json{{"title", "T"}, {"published_at", "2015-01-01"}, {"text", "x"}, {"x", 1}}, "");
  REQUIRE_FALSE(extra.ok());
  CHECK(extra.error().code == ErrorCode::unknown_field);
  CHECK(extra.error().field == "x");

  auto blank =
      params::parse_article(json{{"title", "  "}, {"published_at", "2015-01-01"}, {"text", "x"}}, "");
  REQUIRE_FALSE(blank.ok());
  CHECK(blank.error().field == "title");

  const json batch = {
      {"articles", json::array({good, {{"title", "T"}, {"published_at", "2015-02-30"}, {"text", "x"}}})}};
  auto items = http::split_batch(batch, "articles", 10);
  REQUIRE(items.ok());
  CHECK(items->batch);
  auto second = params::parse_article(*items->items[1], http::item_path(*items, 1));
  REQUIRE_FALSE(second.ok());
  CHECK(second.error().field == "articles[1].published_at");

  CHECK_FALSE(http::split_batch(json{{"articles", json::array()}}, "articles", 10).ok());
  CHECK_FALSE(http::split_batch(json{{"articles", "no"}}, "articles", 10).ok());
  CHECK(
      http::split_batch(json{{"articles", json::array({good})}, {"extra", 1}}, "articles", 10).error().code ==
      ErrorCode::unknown_field);
  CHECK_FALSE(http::split_batch(json{{"articles", json::array({good, good, good})}}, "articles", 2).ok());
  auto single = http::split_batch(good, "articles", 10);
  REQUIRE(single.ok());
  CHECK_FALSE(single->batch);
  CHECK(single->items.size() == 1);
}

TEST_CASE("actors: kind, country, slug and aliases validated") {
  auto actor = params::parse_actor(
      json{{"name", "Levant Dawn"},
           {"kind", "armed_group"},
           {"country", "SYR"},
           {"aliases", json::array({"LD", {{"alias", "the Dawn"}, {"valid_from", "2014-01-01"}}})}});
  REQUIRE(actor.ok());
  CHECK(actor->kind == "armed_group");
  REQUIRE(actor->aliases.size() == 2);
  CHECK(actor->aliases[1].valid_from == "2014-01-01");
  CHECK(params::parse_actor(json{{"name", "X"}, {"kind", "wizard"}}).error().field == "kind");
  CHECK(params::parse_actor(json{{"name", "X"}, {"country", "Syria"}}).error().field == "country");
  CHECK(params::parse_actor(json{{"name", "X"}, {"slug", "Not A Slug"}}).error().field == "slug");
  CHECK(params::parse_actor(json{{"name", "X"}, {"aliases", json::array({""})}}).error().field ==
        "aliases[0]");
  CHECK(params::parse_actor(
            json{{"name", "X"}, {"aliases", json::array({{{"alias", "a"}, {"valid_to", "2015-13-01"}}})}})
            .error()
            .code == ErrorCode::invalid_date);
  CHECK(params::parse_actor(json{{"kind", "state"}}).error().code == ErrorCode::missing_field);

  auto patch = params::parse_actor_patch(json{{"country", nullptr}});
  REQUIRE(patch.ok());
  REQUIRE(patch->country.has_value());
  CHECK_FALSE(patch->country->has_value());  // null clears the country
  CHECK_FALSE(params::parse_actor_patch(json::object()).ok());
  CHECK(params::parse_actor_patch(json{{"slug", "x"}}).error().code == ErrorCode::unknown_field);

  CHECK(params::parse_aliases(json{{"aliases", json::array({"a", "b"})}})->size() == 2);
  CHECK(params::parse_aliases(json::object()).error().code == ErrorCode::missing_field);
  CHECK(params::parse_merge(json{{"into", "syria"}}).value() == "syria");
  CHECK(params::parse_merge(json{{"into", 3}}).error().field == "into");
}

TEST_CASE("curated edges: relation, date spans, confidence") {
  auto edge = params::parse_curated_edge(json{{"source", "US"},
                                              {"relation", "backs"},
                                              {"target", "FSA"},
                                              {"date", "2015-06"},
                                              {"confidence", 0.9}},
                                         "");
  REQUIRE(edge.ok());
  CHECK(edge->relation == Relation::backs);
  CHECK(edge->date == "2015-06-01");
  CHECK(edge->date_precision == DatePrecision::month);
  CHECK(edge->confidence == doctest::Approx(0.9));
  CHECK_FALSE(edge->create);

  const auto error_of = [](json body) { return params::parse_curated_edge(body, "edges[0]").error(); };
  auto e = error_of(json{{"source", "US"}, {"relation", "hugs"}, {"target", "FSA"}, {"date", "2015-06-01"}});
  CHECK(e.code == ErrorCode::unknown_relation);
  CHECK(e.field == "edges[0].relation");
  e = error_of(json{{"source", "US"}, {"relation", "backs"}, {"target", "FSA"}, {"date", "2015-13-45"}});
  CHECK(e.code == ErrorCode::invalid_date);
  CHECK(e.field == "edges[0].date");
  e = error_of(json{
      {"source", "US"}, {"relation", "backs"}, {"target", "FSA"}, {"date", "2015-06-01"}, {"confidence", 2}});
  CHECK(e.field == "edges[0].confidence");
  e = error_of(json{{"source", "US"}, {"relation", "backs"}, {"date", "2015-06-01"}});
  CHECK(e.code == ErrorCode::missing_field);
  e = error_of(json{
      {"source", "US"}, {"relation", "backs"}, {"target", "FSA"}, {"date", "2015-06-01"}, {"create", "yes"}});
  CHECK(e.field == "edges[0].create");
}
