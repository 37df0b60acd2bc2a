#include "store_fixture.hpp"

using namespace sg;
using namespace sg::storage;
using namespace sg::storage::testing;

namespace {

ArticleWrite with_extraction() {
  auto w = article("Levant Dawn clashes", "Levant Dawn fighters clashed with the army of Syria on Monday.",
                   "https://example.org/1");
  w.extraction.extractor_version = "rules-1";
  w.extraction.actors = {extracted_actor("levant-dawn", "Levant Dawn", "armed_group"),
                         extracted_actor("syria", "Syria")};
  w.extraction.actors[0].aliases = {{"LD", std::nullopt, std::nullopt}};
  w.extraction.edges = {
      extracted_edge(0, Relation::attacks, 1, "2015-06-01", 0.6),
      extracted_edge(0, Relation::attacks, 1, "2015-06-01", 0.9),  // duplicate, more confident
      extracted_edge(1, Relation::negotiates, 0), extracted_edge(0, Relation::negotiates, 1)};
  return w;
}

}  // namespace

TEST_CASE("ingest stores an article with its extraction and reports what it added") {
  Fixture f;
  auto result = f.store->ingest({with_extraction()});
  REQUIRE(result.ok());
  REQUIRE(result->size() == 1);
  const IngestResult& r = result->front();
  CHECK_FALSE(r.duplicate);
  CHECK(r.actors_created == 2);
  CHECK(r.edges_added == 2);  // attacks once (kept 0.9) and negotiates once (symmetric)
  CHECK(r.article.edge_count == 2);
  CHECK(r.article.extractor_version == "rules-1");
  CHECK(r.article.content_hash.size() == 64);
  CHECK(r.article.url == "https://example.org/1");
  auto edges = f.store->list_edges({});
  REQUIRE(edges.ok());
  REQUIRE(edges->items.size() == 2);
  CHECK(edges->items[0].confidence == doctest::Approx(0.9));
  CHECK(edges->items[0].origin == "extracted");
  CHECK(edges->items[0].article_title == "Levant Dawn clashes");
  CHECK(edges->items[0].article_url == "https://example.org/1");
  CHECK(edges->items[0].extractor_version == "rules-1");
  auto ld = f.store->resolve_actor("ld");
  REQUIRE(ld.ok());
  CHECK(ld->slug == "levant-dawn");
}

TEST_CASE("re-ingest is idempotent by url, by text and within one batch") {
  Fixture f;
  auto first = f.store->ingest({with_extraction()});
  REQUIRE(first.ok());
  const auto seq = f.store->change_seq();
  auto same_url = article("Other title", "completely different text", "https://example.org/1");
  auto same_text = article("Another", "  Levant Dawn fighters clashed with the army\n of Syria on Monday. ");
  auto again = f.store->ingest({with_extraction(), same_url, same_text});
  REQUIRE(again.ok());
  for (const auto& r : *again) {
    CHECK(r.duplicate);
    CHECK(r.article.id == first->front().article.id);
    CHECK(r.edges_added == 0);
  }
  CHECK(f.store->change_seq() == seq);
  CHECK(f.store->stats()->articles == 1);
  CHECK(f.store->stats()->edges == 2);

  auto no_url = f.store->ingest({article("A", "first text", ""), article("B", "second text", "")});
  REQUIRE(no_url.ok());
  CHECK_FALSE((*no_url)[1].duplicate);
  CHECK_FALSE((*no_url)[1].article.url);

  auto batch = f.store->ingest({article("A", "new text one"), article("B", "new text one")});
  REQUIRE(batch.ok());
  CHECK_FALSE((*batch)[0].duplicate);
  CHECK((*batch)[1].duplicate);
  CHECK((*batch)[1].article.id == (*batch)[0].article.id);
}

TEST_CASE("a batch is one transaction: one bad article stores none") {
  Fixture f;
  auto bad = article("bad", "text two", std::nullopt, "2015-13-45");
  auto result = f.store->ingest({article("good", "text one"), bad});
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().code == ErrorCode::invalid_date);
  CHECK(result.error().field == "published_at");
  CHECK(result.error().message.find("articles[1]") != std::string::npos);
  CHECK(f.store->stats()->articles == 0);
  CHECK(f.store->change_seq() == 0);
  // The store is usable afterwards: no transaction was left open.
  CHECK(f.store->ingest({article("good", "text one")}).ok());
}

TEST_CASE("extracted actors are matched by current or former slug") {
  Fixture f;
  auto a = f.store->create_actor(actor("Old Front", "armed_group"));
  auto b = f.store->create_actor(actor("New Front", "armed_group"));
  REQUIRE(f.store->merge_actors(a->ref.id, b->ref.id).ok());
  auto w = article("t", "Old Front attacked Syria.");
  w.extraction.actors = {extracted_actor("old-front", "Old Front"), extracted_actor("syria", "Syria")};
  w.extraction.edges = {extracted_edge(0, Relation::attacks, 1)};
  auto r = f.store->ingest({w});
  REQUIRE(r.ok());
  CHECK(r->front().actors_created == 1);  // only syria
  auto edges = f.store->list_edges({});
  CHECK(edges->items.at(0).source.id == b->ref.id);
}

TEST_CASE("unicode and SQL metacharacters are stored and read back verbatim") {
  Fixture f;
  const std::string title = "'; DROP TABLE edges; -- \"quoted\" 100% _x_ \\";
  const std::string text = "Ṣanʿāʾ — «Ansar Allah» said: '; DELETE FROM articles; --\n\tend 😀";
  auto r = f.store->ingest({article(title, text, "https://ex.org/?q='x'&a=%20")});
  REQUIRE(r.ok());
  const Id id = r->front().article.id;
  CHECK(f.store->get_article(id)->title == title);
  CHECK(*f.store->get_article_text(id) == text);
  CHECK(f.store->get_article(id)->url == "https://ex.org/?q='x'&a=%20");
  ArticleQuery q;
  q.q = "100% _x";
  CHECK(f.store->list_articles(q)->items.size() == 1);
  q.q = "100%%";
  CHECK(f.store->list_articles(q)->items.empty());  // % is literal, not a wildcard
  CHECK(f.store->stats()->edges == 0);
}

TEST_CASE("get_article and get_article_text report not_found") {
  Fixture f;
  CHECK(f.store->get_article(42).error().code == ErrorCode::not_found);
  CHECK(f.store->get_article_text(42).error().code == ErrorCode::not_found);
  CHECK(f.store->replace_extraction(42, {}).error().code == ErrorCode::not_found);
}

TEST_CASE("list_articles filters and pages by id") {
  Fixture f;
  std::vector<ArticleWrite> batch;
  for (int i = 0; i < 25; ++i) {
    auto w = article("Title " + std::to_string(i), "text " + std::to_string(i), std::nullopt,
                     i < 10 ? "2015-01-15" : "2016-03-02");
    w.article.source = i % 2 ? "Odd Wire" : "Even Wire";
    batch.push_back(w);
  }
  REQUIRE(f.store->ingest(batch).ok());
  ArticleQuery q;
  q.limit = 10;
  std::vector<Id> seen;
  for (;;) {
    auto page = f.store->list_articles(q);
    REQUIRE(page.ok());
    for (const auto& a : page->items) seen.push_back(a.id);
    if (!page->next_after_id) break;
    q.after_id = page->next_after_id;
  }
  CHECK(seen.size() == 25);
  CHECK(std::is_sorted(seen.begin(), seen.end()));
  CHECK(*f.store->article_ids() == seen);

  ArticleQuery dated;
  dated.from = "2016";
  CHECK(f.store->list_articles(dated)->items.size() == 15);
  dated.from.reset();
  dated.to = "2015-12";
  CHECK(f.store->list_articles(dated)->items.size() == 10);
  ArticleQuery by_source;
  by_source.source = "Odd Wire";
  CHECK(f.store->list_articles(by_source)->items.size() == 12);
  ArticleQuery by_title;
  by_title.q = "title 2";  // LIKE is ASCII case-insensitive: Title 2, 20..24
  CHECK(f.store->list_articles(by_title)->items.size() == 6);
  ArticleQuery bad;
  bad.from = "2015-13-45";
  CHECK(f.store->list_articles(bad).error().code == ErrorCode::invalid_date);
  CHECK(f.store->list_articles(bad).error().field == "from");
}

TEST_CASE("list_articles by actor finds articles with an edge touching it") {
  Fixture f;
  REQUIRE(f.store->ingest({with_extraction(), article("plain", "nothing here")}).ok());
  auto syria = f.store->resolve_actor("syria");
  REQUIRE(syria.ok());
  ArticleQuery q;
  q.actor = syria->id;
  auto page = f.store->list_articles(q);
  REQUIRE(page->items.size() == 1);
  CHECK(page->items[0].edge_count == 2);
}

TEST_CASE("replace_extraction swaps extracted edges and keeps curated ones") {
  Fixture f;
  auto r = f.store->ingest({with_extraction()});
  REQUIRE(r.ok());
  const Id article_id = r->front().article.id;
  auto ld = f.store->resolve_actor("levant-dawn");
  auto sy = f.store->resolve_actor("syria");
  REQUIRE(f.store->add_curated_edges({curated(sy->id, Relation::condemns, ld->id)}).ok());
  const auto seq = f.store->change_seq();

  ExtractionWrite next;
  next.extractor_version = "rules-2";
  next.actors = {extracted_actor("syria", "Syria"), extracted_actor("iran", "Iran")};
  next.edges = {extracted_edge(1, Relation::aids, 0, "2015-05-30", 0.7)};
  auto replaced = f.store->replace_extraction(article_id, next);
  REQUIRE(replaced.ok());
  CHECK(replaced->edges_added == 1);
  CHECK(replaced->actors_created == 1);
  CHECK(replaced->article.extractor_version == "rules-2");
  CHECK(replaced->article.edge_count == 1);
  EdgeQuery all;
  auto edges = f.store->list_edges(all);
  REQUIRE(edges->items.size() == 2);
  CHECK(edges->items[0].origin == "curated");
  CHECK(edges->items[1].relation == Relation::aids);
  // Two deletes, one actor + alias, one edge insert, one article update: all in the feed.
  auto changes = f.store->changes_since(seq, 100);
  REQUIRE(changes.ok());
  int deletes = 0, updates = 0;
  for (const auto& c : *changes) {
    deletes += c.entity == "edge" && c.op == "delete";
    updates += c.entity == "article" && c.op == "update";
  }
  CHECK(deletes == 2);
  CHECK(updates == 1);
}

TEST_CASE("bad extraction input is refused") {
  Fixture f;
  auto w = with_extraction();
  w.extraction.edges[0].confidence = 1.5;
  CHECK(f.store->ingest({w}).error().field == "confidence");
  w = with_extraction();
  w.extraction.edges[0].date = "2015-02-30";
  CHECK(f.store->ingest({w}).error().code == ErrorCode::invalid_date);
  w = with_extraction();
  w.extraction.edges[0].target = 7;
  CHECK(f.store->ingest({w}).error().code == ErrorCode::internal);
  CHECK(f.store->stats()->articles == 0);
}

TEST_CASE("stats stay exact as they follow the change feed through deletes, cascades and merges") {
  Fixture f;
  RawDb raw(f.path);
  auto agree = [&] {
    auto s = f.store->stats();
    REQUIRE(s.ok());
    CHECK(std::to_string(s->articles) == raw.scalar("SELECT count(*) FROM articles"));
    CHECK(std::to_string(s->actors) == raw.scalar("SELECT count(*) FROM actors"));
    CHECK(std::to_string(s->aliases) == raw.scalar("SELECT count(*) FROM aliases"));
    CHECK(std::to_string(s->edges) == raw.scalar("SELECT count(*) FROM edges"));
    CHECK(s->change_seq == f.store->change_seq());
  };
  agree();
  auto r = f.store->ingest({with_extraction()});
  REQUIRE(r.ok());
  agree();
  ExtractionWrite fewer;
  fewer.actors = {extracted_actor("syria", "Syria"), extracted_actor("levant-dawn", "Levant Dawn")};
  fewer.edges = {extracted_edge(0, Relation::condemns, 1)};
  REQUIRE(f.store->replace_extraction(r->front().article.id, fewer).ok());
  agree();
  const Id a = f.store->create_actor(actor("Dup"))->ref.id;
  const Id b = f.store->create_actor(actor("Dup Two"))->ref.id;
  REQUIRE(f.store->add_aliases(b, {{"Dup", std::nullopt, std::nullopt}}).ok());
  REQUIRE(f.store->merge_actors(a, b).ok());  // the duplicate alias goes by cascade
  agree();
  CHECK(f.store->stats()->last_edge_date == "2015-06-01");
}
