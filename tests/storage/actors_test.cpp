#include "store_fixture.hpp"

using namespace sg;
using namespace sg::storage;
using namespace sg::storage::testing;

TEST_CASE("create_actor derives a unique slug and stores the name as an alias") {
  Fixture f;
  auto w = actor("Levant Dawn", "armed_group");
  w.country = "SYR";
  w.aliases = {{"Fajr al-Sham", std::nullopt, std::nullopt}, {"the LD", "2014-01-01", "2016-12-31"}};
  auto a = f.store->create_actor(w);
  REQUIRE(a.ok());
  CHECK(a->ref.slug == "levant-dawn");
  CHECK(a->ref.kind == "armed_group");
  CHECK(a->country == "SYR");
  REQUIRE(a->aliases.size() == 3);
  CHECK(a->aliases[0].alias == "Levant Dawn");
  CHECK(a->aliases[2].valid_from == "2014-01-01");
  CHECK_FALSE(a->created_at.empty());
  CHECK(f.store->create_actor(actor("Levant Dawn"))->ref.slug == "levant-dawn-2");
  CHECK(f.store->create_actor(actor("Levant  Dawn!"))->ref.slug == "levant-dawn-3");
  CHECK(f.store->create_actor(actor("1914"))->ref.slug == "actor-1914");
}

TEST_CASE("create_actor refuses bad input") {
  Fixture f;
  auto bad_kind = f.store->create_actor(actor("X", "country"));
  CHECK(bad_kind.error().code == ErrorCode::invalid_field);
  CHECK(bad_kind.error().field == "kind");
  CHECK(f.store->create_actor(actor("!!!")).error().field == "name");
  auto w = actor("Y");
  w.slug = "Not A Slug";
  CHECK(f.store->create_actor(w).error().field == "slug");
  w.slug = "taken";
  REQUIRE(f.store->create_actor(w).ok());
  auto again = f.store->create_actor(w);
  CHECK(again.error().code == ErrorCode::conflict);
  CHECK(again.error().field == "slug");
  auto dated = actor("Z");
  dated.aliases = {{"z alias", "2015-02-30", std::nullopt}};
  CHECK(f.store->create_actor(dated).error().code == ErrorCode::invalid_date);
  CHECK(f.store->stats()->actors == 1);
}

TEST_CASE("update_actor patches only the given fields and keeps the old name as an alias") {
  Fixture f;
  auto w = actor("Old Name", "party");
  w.country = "IRQ";
  const Id id = f.store->create_actor(w)->ref.id;
  ActorPatch p;
  p.name = "New Name";
  auto u = f.store->update_actor(id, p);
  REQUIRE(u.ok());
  CHECK(u->ref.name == "New Name");
  CHECK(u->ref.kind == "party");
  CHECK(u->country == "IRQ");
  CHECK(f.store->resolve_actor("old name")->id == id);
  ActorPatch clear;
  clear.country = std::optional<std::string>{};
  clear.kind = "government";
  u = f.store->update_actor(id, clear);
  CHECK_FALSE(u->country);
  CHECK(u->ref.kind == "government");
  ActorPatch bad;
  bad.kind = "nation";
  CHECK(f.store->update_actor(id, bad).error().field == "kind");
  CHECK(f.store->update_actor(999, p).error().code == ErrorCode::not_found);
}

TEST_CASE("add_aliases adds new ones and ignores repeats") {
  Fixture f;
  const Id id = f.store->create_actor(actor("Hayat Tahrir al-Sham", "armed_group"))->ref.id;
  auto r = f.store->add_aliases(id, {{"HTS", std::nullopt, std::nullopt},
                                     {"hts", std::nullopt, std::nullopt},
                                     {"Hayat Tahrir al Sham", std::nullopt, std::nullopt}});
  REQUIRE(r.ok());
  CHECK(r->aliases.size() == 2);  // the name, and HTS (same normalised forms collapse)
  CHECK(f.store->add_aliases(999, {}).error().code == ErrorCode::not_found);
  CHECK(f.store->add_aliases(id, {{"?", std::nullopt, std::nullopt}}).error().field == "aliases");
}

TEST_CASE("resolve_actor by id, slug, alias (case and accent blind), ambiguity and absence") {
  Fixture f;
  auto w = actor("Ṣanʿāʾ Council", "government");
  w.aliases = {{"The Council", std::nullopt, std::nullopt}};
  const Id council = f.store->create_actor(w)->ref.id;
  auto other = actor("Aden Council", "government");
  other.aliases = {{"the council", std::nullopt, std::nullopt}};
  const Id aden = f.store->create_actor(other)->ref.id;

  CHECK(f.store->resolve_actor(std::to_string(council))->id == council);
  CHECK(f.store->resolve_actor("sana-council")->id == council);
  CHECK(f.store->resolve_actor("  SANA council ")->id == council);
  CHECK(f.store->resolve_actor("counci").error().code == ErrorCode::unknown_actor);  // no prefix matching
  auto amb = f.store->resolve_actor("The council");  // an alias of both; neither's canonical name
  REQUIRE_FALSE(amb.ok());
  CHECK(amb.error().code == ErrorCode::ambiguous_actor);
  REQUIRE(amb.error().candidates.size() == 2);
  CHECK(amb.error().candidates[0] == std::to_string(council) + ":sana-council:Ṣanʿāʾ Council");
  CHECK(amb.error().candidates[1].rfind(std::to_string(aden) + ":", 0) == 0);
  CHECK(f.store->resolve_actor("nobody").error().code == ErrorCode::unknown_actor);
  CHECK(f.store->resolve_actor("").error().code == ErrorCode::unknown_actor);
  CHECK(f.store->resolve_actor("'; DROP TABLE actors; --").error().code == ErrorCode::unknown_actor);
  CHECK(f.store->stats()->actors == 2);
}

TEST_CASE("resolve_actor prefers the actor whose canonical name matches exactly") {
  Fixture f;
  const Id us = f.store->create_actor(actor("United States"))->ref.id;
  auto gov = actor("US government", "government");
  gov.aliases = {{"United States", std::nullopt, std::nullopt}};
  REQUIRE(f.store->create_actor(gov).ok());
  CHECK(f.store->resolve_actor("the united states")->id == us);
}

TEST_CASE("find_actors ranks exact, then prefix, then substring, and filters") {
  Fixture f;
  auto mk = [&](std::string name, std::string kind, std::string country) {
    auto w = actor(std::move(name), std::move(kind));
    w.country = std::move(country);
    return f.store->create_actor(w)->ref.id;
  };
  const Id islamic_front = mk("Islamic Front", "armed_group", "SYR");
  const Id islamic_state = mk("Islamic State", "armed_group", "IRQ");
  const Id front = mk("Front", "other", "SYR");
  const Id al_nusra = mk("Nusra Front", "armed_group", "SYR");
  ActorQuery q;
  q.q = "FRONT";
  auto found = f.store->find_actors(q);
  REQUIRE(found.ok());
  REQUIRE(found->size() == 3);
  CHECK((*found)[0].id == front);
  CHECK((*found)[1].id == islamic_front);  // substring matches ordered by name
  CHECK((*found)[2].id == al_nusra);
  q.q = "!!!";
  CHECK(f.store->find_actors(q)->empty());
  q.q = "islam";
  CHECK(f.store->find_actors(q)->size() == 2);
  q.country = "IRQ";
  REQUIRE(f.store->find_actors(q)->size() == 1);
  CHECK(f.store->find_actors(q)->front().id == islamic_state);
  ActorQuery by_kind;
  by_kind.kind = "armed_group";
  by_kind.limit = 2;
  by_kind.offset = 1;
  auto page = f.store->find_actors(by_kind);
  REQUIRE(page->size() == 2);
  CHECK((*page)[0].id == islamic_state);  // names in order: Islamic Front, Islamic State, Nusra Front
  CHECK((*page)[1].id == al_nusra);
}

TEST_CASE("merge_actors moves aliases and edges, keeps the old slug as a redirect, loses nothing") {
  Fixture f;
  const Id a = f.store->create_actor(actor("Jabhat al-Nusra", "armed_group"))->ref.id;
  const Id b = f.store->create_actor(actor("Hayat Tahrir al-Sham", "armed_group"))->ref.id;
  const Id c = f.store->create_actor(actor("Syria"))->ref.id;
  REQUIRE(
      f.store
          ->add_aliases(a, {{"Nusra Front", std::nullopt, std::nullopt}, {"HTS", std::nullopt, std::nullopt}})
          .ok());
  REQUIRE(f.store->add_aliases(b, {{"HTS", std::nullopt, std::nullopt}}).ok());
  auto e1 = curated(a, Relation::attacks, c);
  auto e2 = curated(c, Relation::attacks, a);
  auto e3 = curated(c, Relation::accuses, b);
  e3.asserted_by = a;
  REQUIRE(f.store->add_curated_edges({e1, e2, e3}).ok());
  const Id d = f.store->create_actor(actor("Old Nusra", "armed_group"))->ref.id;
  REQUIRE(f.store->merge_actors(d, a).ok());  // a now has former slug old-nusra
  const auto before = *f.store->stats();

  auto merged = f.store->merge_actors(a, b);
  REQUIRE(merged.ok());
  CHECK(merged->edges_moved == 3);
  CHECK(merged->aliases_moved == 3);  // its name, Nusra Front, Old Nusra (HTS was already there)
  const auto after = *f.store->stats();
  CHECK(after.edges == before.edges);
  CHECK(after.actors == before.actors - 1);
  CHECK(after.aliases == before.aliases - 1);  // only the duplicate HTS
  CHECK(merged->into.edges_out == 1);
  CHECK(merged->into.edges_in == 2);
  CHECK(merged->into.former_slugs == std::vector<std::string>{"jabhat-al-nusra", "old-nusra"});
  CHECK(f.store->resolve_actor("jabhat-al-nusra")->id == b);
  CHECK(f.store->resolve_actor("old-nusra")->id == b);
  CHECK(f.store->resolve_actor("Nusra Front")->id == b);
  CHECK(f.store->get_actor(a).error().code == ErrorCode::not_found);
  EdgeQuery asserted;
  asserted.relations = {Relation::accuses};
  CHECK(f.store->list_edges(asserted)->items.at(0).asserted_by->id == b);
  CHECK(f.store->changes_since(0, 1000)->back().op == "merge");

  CHECK(f.store->merge_actors(b, b).error().code == ErrorCode::conflict);
  CHECK(f.store->merge_actors(a, b).error().code == ErrorCode::not_found);
  CHECK(f.store->merge_actors(b, 999).error().field == "into");
  CHECK(f.store
            ->create_actor([&] {
              auto w = actor("x");
              w.slug = "old-nusra";
              return w;
            }())
            .error()
            .code == ErrorCode::conflict);
}

TEST_CASE("get_actor reports edge counts and the first and last dated edge") {
  Fixture f;
  const Id a = f.store->create_actor(actor("A"))->ref.id;
  const Id b = f.store->create_actor(actor("B"))->ref.id;
  auto r = f.store->get_actor(a);
  CHECK(r->edges_out == 0);
  CHECK_FALSE(r->first_edge_date);
  REQUIRE(f.store
              ->add_curated_edges({curated(a, Relation::backs, b, "2014-03-01"),
                                   curated(b, Relation::aids, a, "2016-07-04"),
                                   curated(a, Relation::opposes, b, "2015-01-01")})
              .ok());
  r = f.store->get_actor(a);
  CHECK(r->edges_out == 2);
  CHECK(r->edges_in == 1);
  CHECK(r->first_edge_date == "2014-03-01");
  CHECK(r->last_edge_date == "2016-07-04");
  auto refs = f.store->actors_by_ids({b, 999, a});
  REQUIRE(refs->size() == 2);
  CHECK((*refs)[0].id == b);
  CHECK((*refs)[1].name == "A");
}
