#include "store_fixture.hpp"

using namespace sg;
using namespace sg::storage;
using namespace sg::storage::testing;

namespace {

struct Three : Fixture {
  Id a = store->create_actor(actor("Alpha"))->ref.id;
  Id b = store->create_actor(actor("Bravo"))->ref.id;
  Id c = store->create_actor(actor("Charlie"))->ref.id;
};

}  // namespace

TEST_CASE("add_curated_edges stores curated edges and validates them") {
  Three f;
  auto e = curated(f.a, Relation::backs, f.b, "2015-06-01");
  e.asserted_by = f.c;
  e.evidence = "'; DROP TABLE edges; -- «quoted»";
  auto added = f.store->add_curated_edges({e});
  REQUIRE(added.ok());
  REQUIRE(added->size() == 1);
  const EdgeRecord& r = added->front();
  CHECK(r.origin == "curated");
  CHECK_FALSE(r.article_id);
  CHECK(r.source.slug == "alpha");
  CHECK(r.target.name == "Bravo");
  CHECK(r.asserted_by->id == f.c);
  CHECK(r.evidence == e.evidence);
  CHECK(r.date == "2015-06-01");
  CHECK(r.confidence == doctest::Approx(0.9));

  auto unknown = curated(f.a, Relation::backs, 999);
  CHECK(f.store->add_curated_edges({unknown}).error().code == ErrorCode::unknown_actor);
  CHECK(f.store->add_curated_edges({unknown}).error().field == "target");
  auto bad_conf = curated(f.a, Relation::backs, f.b);
  bad_conf.confidence = -0.1;
  auto err = f.store->add_curated_edges({curated(f.a, Relation::aids, f.b), bad_conf});
  CHECK(err.error().code == ErrorCode::invalid_field);
  CHECK(err.error().field == "confidence");
  CHECK(err.error().message.find("edges[1]") != std::string::npos);
  auto bad_date = curated(f.a, Relation::backs, f.b, "2015-13-45");
  CHECK(f.store->add_curated_edges({bad_date}).error().field == "date");
  CHECK(f.store->stats()->edges == 1);  // the failed batches stored nothing
}

TEST_CASE("list_edges applies every filter") {
  Three f;
  auto w = article("t", "text");
  w.extraction.actors = {extracted_actor("alpha", "Alpha"), extracted_actor("charlie", "Charlie")};
  w.extraction.edges = {extracted_edge(0, Relation::attacks, 1, "2016-01-10", 0.4)};
  auto ingested = f.store->ingest({w});
  REQUIRE(ingested.ok());
  const Id article_id = ingested->front().article.id;
  REQUIRE(f.store
              ->add_curated_edges({curated(f.a, Relation::backs, f.b, "2015-01-01"),
                                   curated(f.b, Relation::condemns, f.c, "2015-06-15"),
                                   curated(f.c, Relation::negotiates, f.a, "2017-02-01")})
              .ok());
  auto count = [&](const EdgeQuery& q) {
    auto page = f.store->list_edges(q);
    REQUIRE(page.ok());
    return page->items.size();
  };
  EdgeQuery q;
  CHECK(count(q) == 4);
  q.actor = f.a;
  CHECK(count(q) == 3);
  q = {};
  q.source = f.b;
  CHECK(count(q) == 1);
  q = {};
  q.target = f.c;
  CHECK(count(q) == 2);
  q = {};
  q.relations = {Relation::backs, Relation::negotiates};
  CHECK(count(q) == 2);
  q = {};
  q.polarity = Polarity::hostile;
  CHECK(count(q) == 2);
  q = {};
  q.from = "2015-06-15";
  q.to = "2016";
  CHECK(count(q) == 2);
  q.relations = {Relation::attacks, Relation::condemns, Relation::backs};  // relation and date together
  CHECK(count(q) == 2);
  q = {};
  q.article = article_id;
  CHECK(count(q) == 1);
  q = {};
  q.min_confidence = 0.5;
  CHECK(count(q) == 3);
  q = {};
  q.origin = "extracted";
  CHECK(count(q) == 1);
  q.origin = "other";
  CHECK(f.store->list_edges(q).error().field == "origin");
  q = {};
  q.from = "2015-02-30";
  CHECK(f.store->list_edges(q).error().code == ErrorCode::invalid_date);
  q = {};
  q.actor = f.a;
  q.relations = {Relation::attacks};
  q.origin = "extracted";
  auto page = f.store->list_edges(q);
  REQUIRE(page->items.size() == 1);
  CHECK(page->items[0].article_id == article_id);
  CHECK(page->items[0].span_start == 0);
  CHECK(page->items[0].span_end == 8);
  CHECK(page->items[0].rule == "test");
}

TEST_CASE("list_edges pages by ascending id with limit + 1") {
  Three f;
  std::vector<CuratedEdgeWrite> edges;
  for (int i = 0; i < 23; ++i) edges.push_back(curated(f.a, Relation::opposes, f.b, "2015-06-01"));
  REQUIRE(f.store->add_curated_edges(edges).ok());
  EdgeQuery q;
  q.limit = 5;
  std::vector<Id> ids;
  int pages = 0;
  for (;; ++pages) {
    auto page = f.store->list_edges(q);
    REQUIRE(page.ok());
    for (const auto& e : page->items) ids.push_back(e.id);
    if (!page->next_after_id) break;
    CHECK(page->next_after_id == page->items.back().id);
    q.after_id = page->next_after_id;
  }
  CHECK(pages == 4);
  CHECK(ids.size() == 23);
  CHECK(std::adjacent_find(ids.begin(), ids.end(), [](Id x, Id y) { return x >= y; }) == ids.end());
}

TEST_CASE("dyad_series buckets by week, month and year") {
  Three f;
  REQUIRE(f.store
              ->add_curated_edges({curated(f.a, Relation::attacks, f.b, "2015-06-03"),  // Wednesday
                                   curated(f.b, Relation::attacks, f.a, "2015-06-07"),  // Sunday, same week
                                   curated(f.a, Relation::negotiates, f.b, "2015-06-08"),
                                   curated(f.a, Relation::backs, f.c, "2015-06-08"),  // another dyad
                                   curated(f.b, Relation::aids, f.a, "2015-08-20")})
              .ok());
  DyadQuery q;
  q.a = f.a;
  q.b = f.b;
  q.interval = Interval::week;
  auto weeks = f.store->dyad_series(q);
  REQUIRE(weeks.ok());
  REQUIRE(weeks->size() == 12);  // 2015-06-01 .. the week of 2015-08-20, empty weeks included
  CHECK((*weeks)[0].period_start == "2015-06-01");
  CHECK((*weeks)[0].counts[static_cast<std::size_t>(Relation::attacks)] == 2);
  CHECK((*weeks)[0].a_to_b == 1);
  CHECK((*weeks)[0].b_to_a == 1);
  CHECK((*weeks)[0].net_weight == doctest::Approx(-20));
  CHECK((*weeks)[1].counts[static_cast<std::size_t>(Relation::negotiates)] == 1);  // symmetric, once
  CHECK((*weeks)[1].net_weight == doctest::Approx(3));
  CHECK((*weeks)[2].net_weight == 0);

  q.interval = Interval::month;
  q.from = "2015-05";
  q.to = "2015-09-10";
  auto months = f.store->dyad_series(q);
  REQUIRE(months->size() == 5);
  CHECK((*months)[0].period_start == "2015-05-01");
  CHECK((*months)[1].net_weight == doctest::Approx(-17));
  CHECK((*months)[3].counts[static_cast<std::size_t>(Relation::aids)] == 1);
  CHECK((*months)[3].b_to_a == 1);

  q.interval = Interval::year;
  q.from.reset();
  q.to.reset();
  auto years = f.store->dyad_series(q);
  REQUIRE(years->size() == 1);
  CHECK(years->front().period_start == "2015-01-01");
  CHECK(years->front().a_to_b + years->front().b_to_a == 4);

  q.from = "2016-01-01";
  q.to = "2015-01-01";
  CHECK(f.store->dyad_series(q).error().code == ErrorCode::invalid_window);
  q.to = "2016-13-01";
  CHECK(f.store->dyad_series(q).error().code == ErrorCode::invalid_date);
  q = {};
  q.a = f.a;
  q.b = 999;
  CHECK(f.store->dyad_series(q).error().field == "b");
  q.b = f.c;
  q.from = "2000-01-01";
  q.to = "2000-12-31";
  CHECK(f.store->dyad_series(q)->size() == 12);  // empty months still listed
}

TEST_CASE("load_window returns observations inside the window above the confidence floor") {
  Three f;
  auto low = curated(f.b, Relation::threatens, f.c, "2015-06-02");
  low.confidence = 0.2;
  REQUIRE(f.store
              ->add_curated_edges({curated(f.a, Relation::attacks, f.b, "2015-06-01"), low,
                                   curated(f.c, Relation::member_of, f.a, "2015-07-01")})
              .ok());
  WindowQuery q{Date{2015, 6, 1}, Date{2015, 6, 30}, 0.0};
  auto obs = f.store->load_window(q);
  REQUIRE(obs.ok());
  REQUIRE(obs->size() == 2);
  CHECK((*obs)[0].source == f.a);
  CHECK((*obs)[0].target == f.b);
  CHECK((*obs)[0].relation == Relation::attacks);
  CHECK((*obs)[0].day == Date{2015, 6, 1}.days());
  CHECK((*obs)[0].confidence == doctest::Approx(0.9f));
  CHECK((*obs)[1].relation == Relation::threatens);
  q.min_confidence = 0.5;
  CHECK(f.store->load_window(q)->size() == 1);
  q.to = Date{2015, 7, 1};
  CHECK(f.store->load_window(q)->size() == 2);
}

TEST_CASE("the change feed records every write in order, and change_seq follows it") {
  Fixture f;
  CHECK(f.store->change_seq() == 0);
  const Id a = f.store->create_actor(actor("A"))->ref.id;
  auto after_actor = f.store->change_seq();
  CHECK(after_actor == 2);  // actor + its name alias
  const Id b = f.store->create_actor(actor("B"))->ref.id;
  REQUIRE(f.store->add_curated_edges({curated(a, Relation::backs, b)}).ok());
  auto changes = f.store->changes_since(after_actor, 100);
  REQUIRE(changes.ok());
  REQUIRE(changes->size() == 3);
  CHECK((*changes)[0].entity == "actor");
  CHECK((*changes)[0].entity_id == b);
  CHECK((*changes)[1].entity == "alias");
  CHECK((*changes)[2].entity == "edge");
  CHECK((*changes)[2].op == "insert");
  CHECK((*changes)[2].seq == f.store->change_seq());
  CHECK_FALSE((*changes)[2].at.empty());
  CHECK(f.store->changes_since(0, 2)->size() == 2);
  CHECK(f.store->changes_since(f.store->change_seq(), 10)->empty());
  auto stats = f.store->stats();
  CHECK(stats->change_seq == f.store->change_seq());
  CHECK(stats->actors == 2);
  CHECK(stats->aliases == 2);
  CHECK(stats->edges == 1);
  CHECK(stats->first_edge_date == "2015-06-01");
}

// Enough edges that list_edges meets all of its plans (all matches from an index, sorted; a walk in
// id order once matches pass its cap of at least 512; all of a late window's matches, sorted): every page
// must equal the brute-force filter of all edges, in id order.
TEST_CASE("list_edges pages agree with a brute-force filter whichever plan serves them") {
  Three f;
  const Id actors[] = {f.a, f.b, f.c};
  const int n = 4000;
  bool dates_follow_ids = false;  // as when articles are ingested as they are published
  SUBCASE("dates scattered over ids") {}
  SUBCASE("dates follow ids") {
    dates_follow_ids = true;
  }
  std::vector<CuratedEdgeWrite> edges;
  for (int i = 0; i < n; ++i) {
    const int day = dates_follow_ids ? i * 2000 / n : i * 13 % 2000;
    auto e = curated(actors[i % 3], static_cast<Relation>(i * 7 % 12), actors[(i / 3 + 1 + i % 3) % 3],
                     Date{2010, 1, 1}.plus_days(day).iso());
    if (e.source == e.target) e.target = actors[(i + 1) % 3];
    e.confidence = (i * 31 % 100) / 100.0;
    edges.push_back(e);
  }
  REQUIRE(f.store->add_curated_edges(edges).ok());
  auto all_pages = [&](EdgeQuery q) {
    std::vector<EdgeRecord> out;
    for (;;) {
      auto page = f.store->list_edges(q);
      REQUIRE(page.ok());
      out.insert(out.end(), page->items.begin(), page->items.end());
      if (!page->next_after_id) return out;
      q.after_id = page->next_after_id;
    }
  };
  EdgeQuery everything;
  everything.limit = 10000;
  const auto stored = all_pages(everything);
  REQUIRE(stored.size() == static_cast<std::size_t>(n));

  std::vector<EdgeQuery> queries(10);
  queries[0].relations = {Relation::attacks};
  queries[1].relations = {Relation::attacks, Relation::backs, Relation::sanctions};
  queries[1].from = "2011-01-01";
  queries[2].from = "2010-06-01";
  queries[2].to = "2014-12-31";
  queries[3].actor = f.b;
  queries[3].min_confidence = 0.3;
  queries[4].polarity = Polarity::hostile;
  queries[4].to = "2012";
  queries[5].source = f.a;
  queries[5].relations = {Relation::negotiates, Relation::opposes};
  queries[6].origin = "curated";
  queries[6].from = "2013-03";
  queries[7].target = f.c;
  queries[7].polarity = Polarity::cooperative;
  queries[7].relations = {Relation::attacks};  // hostile: no relation left
  queries[8].min_confidence = 0.95;
  queries[9].from = "2014-09-01";  // the last sixth: far into the id order when dates follow ids
  for (std::size_t n = 0; n < queries.size(); ++n) {
    CAPTURE(n);
    const EdgeQuery& q = queries[n];
    const auto from = q.from ? parse_date_span(*q.from)->first.iso() : std::string("0000-00-00");
    const auto to = q.to ? parse_date_span(*q.to)->last.iso() : std::string("9999-99-99");
    std::vector<Id> expected;
    for (const auto& e : stored) {
      const bool relation_ok = q.relations.empty() || std::find(q.relations.begin(), q.relations.end(),
                                                                e.relation) != q.relations.end();
      if (relation_ok && (!q.polarity || relation_info(e.relation).polarity == *q.polarity) &&
          (!q.actor || e.source.id == *q.actor || e.target.id == *q.actor) &&
          (!q.source || e.source.id == *q.source) && (!q.target || e.target.id == *q.target) &&
          e.date >= from && e.date <= to && (!q.min_confidence || e.confidence >= *q.min_confidence))
        expected.push_back(e.id);
    }
    for (int limit : {1, 100, 700}) {
      EdgeQuery paged = q;
      paged.limit = limit;
      std::vector<Id> got;
      for (const auto& e : all_pages(paged)) got.push_back(e.id);
      CHECK(got == expected);
    }
  }
}
