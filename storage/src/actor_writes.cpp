// Writing actors: creation with a unique slug, PATCH, aliases, and merges that keep the old slug as a
// redirect and move every alias and edge.
#include <algorithm>

#include "core/text.hpp"
#include "store_impl.hpp"

namespace sg::storage {
namespace {

bool slug_taken(db::Connection& conn, std::string_view slug) {
  return detail::actor_id_by_slug(conn, slug).has_value();
}

bool valid_slug(std::string_view slug) {
  if (slug.empty() || slug.size() > 120) return false;
  const bool chars_ok = std::all_of(slug.begin(), slug.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
  // All-digit slugs would be read as actor ids.
  const bool has_letter = std::any_of(slug.begin(), slug.end(), [](char c) { return c < '0' || c > '9'; });
  return chars_ok && has_letter;
}

std::string unique_slug(db::Connection& conn, std::string base) {
  if (!valid_slug(base)) base = "actor-" + base;
  if (!slug_taken(conn, base)) return base;
  for (int n = 2;; ++n) {
    std::string candidate = base + "-" + std::to_string(n);
    if (!slug_taken(conn, candidate)) return candidate;
  }
}

void validate_alias(const Alias& alias) {
  if (normalize_name(alias.alias).empty())
    db::fail(ErrorCode::invalid_field, "alias '" + alias.alias + "' has no letters or digits", "aliases");
  for (const auto& bound : {alias.valid_from, alias.valid_to})
    if (bound && !parse_date(*bound))
      db::fail(ErrorCode::invalid_date, "alias validity '" + *bound + "' is not a YYYY-MM-DD date",
               "aliases");
  if (alias.valid_from && alias.valid_to && *alias.valid_to < *alias.valid_from)
    db::fail(ErrorCode::invalid_date, "alias '" + alias.alias + "' is valid_to before valid_from", "aliases");
}

void validate_kind(std::string_view kind) {
  if (!is_actor_kind(kind))
    db::fail(
        ErrorCode::invalid_field,
        "kind '" + std::string(kind) +
            "' is not one of state, government, leader, armed_group, party, igo, collective, person, other",
        "kind");
}

void validate_name(std::string_view name) {
  if (normalize_name(name).empty())
    db::fail(ErrorCode::invalid_field, "name has no letters or digits", "name");
}

}  // namespace

namespace detail {

bool insert_alias(db::Connection& conn, Id actor, const Alias& alias) {
  validate_alias(alias);
  auto stmt = conn.prepare(
      "INSERT INTO aliases (actor, alias, normalised, valid_from, valid_to) VALUES (?1, ?2, ?3, ?4, ?5) "
      "ON CONFLICT DO NOTHING");
  stmt.bind_all(actor, alias.alias, normalize_name(alias.alias), alias.valid_from, alias.valid_to);
  stmt.run();
  return conn.changes() > 0;
}

Id insert_actor(db::Connection& conn, const ActorWrite& actor) {
  validate_name(actor.name);
  validate_kind(actor.kind);
  for (const auto& alias : actor.aliases) validate_alias(alias);
  std::string slug;
  if (actor.slug) {
    if (!valid_slug(*actor.slug))
      db::fail(ErrorCode::invalid_field, "slug must be lowercase letters, digits and '-', not only digits",
               "slug");
    if (slug_taken(conn, *actor.slug))
      db::fail(ErrorCode::conflict, "slug '" + *actor.slug + "' is taken", "slug");
    slug = *actor.slug;
  } else {
    slug = unique_slug(conn, slugify(actor.name));
  }
  auto stmt = conn.prepare("INSERT INTO actors (slug, name, kind, country) VALUES (?1, ?2, ?3, ?4)");
  stmt.bind_all(slug, actor.name, actor.kind, actor.country);
  stmt.run();
  const Id id = conn.last_insert_rowid();
  insert_alias(conn, id, Alias{actor.name, std::nullopt, std::nullopt});  // the name is always an alias
  for (const auto& alias : actor.aliases) insert_alias(conn, id, alias);
  return id;
}

}  // namespace detail

Result<ActorRecord> Store::create_actor(const ActorWrite& actor) {
  return impl_->write(
      [&](db::Connection& conn) { return detail::load_actor(conn, detail::insert_actor(conn, actor)); });
}

Result<ActorRecord> Store::update_actor(Id id, const ActorPatch& patch) {
  return impl_->write([&](db::Connection& conn) {
    if (!detail::find_actor(conn, id))
      db::fail(ErrorCode::not_found, "no actor with id " + std::to_string(id));
    if (patch.name) validate_name(*patch.name);
    if (patch.kind) validate_kind(*patch.kind);
    if (patch.name || patch.kind || patch.country) {
      auto stmt = conn.prepare(
          "UPDATE actors SET name = coalesce(?2, name), kind = coalesce(?3, kind), "
          "country = CASE WHEN ?4 THEN ?5 ELSE country END WHERE id = ?1");
      stmt.bind_all(id, patch.name, patch.kind, patch.country.has_value() ? 1 : 0,
                    patch.country ? *patch.country : std::nullopt);
      stmt.run();
    }
    // The old name stays an alias, so references by it keep resolving.
    if (patch.name) detail::insert_alias(conn, id, Alias{*patch.name, std::nullopt, std::nullopt});
    return detail::load_actor(conn, id);
  });
}

Result<ActorRecord> Store::add_aliases(Id id, const std::vector<Alias>& aliases) {
  return impl_->write([&](db::Connection& conn) {
    if (!detail::find_actor(conn, id))
      db::fail(ErrorCode::not_found, "no actor with id " + std::to_string(id));
    for (const auto& alias : aliases) detail::insert_alias(conn, id, alias);
    return detail::load_actor(conn, id);
  });
}

Result<MergeResult> Store::merge_actors(Id from, Id into) {
  return impl_->write([&](db::Connection& conn) {
    if (from == into) db::fail(ErrorCode::conflict, "cannot merge an actor into itself", "into");
    const auto gone = detail::find_actor(conn, from);
    if (!gone) db::fail(ErrorCode::not_found, "no actor with id " + std::to_string(from));
    if (!detail::find_actor(conn, into))
      db::fail(ErrorCode::not_found, "no actor with id " + std::to_string(into), "into");
    MergeResult result;
    {
      auto count =
          conn.prepare("SELECT count(*) FROM edges WHERE source = ?1 OR target = ?1 OR asserted_by = ?1");
      count.bind(1, from);
      count.step();
      result.edges_moved = count.int64(0);
    }
    for (const char* sql :
         {"UPDATE edges SET source = ?2 WHERE source = ?1", "UPDATE edges SET target = ?2 WHERE target = ?1",
          "UPDATE edges SET asserted_by = ?2 WHERE asserted_by = ?1"})
      conn.prepare(sql).bind_all(from, into).run();
    // An alias `into` already has (same name and validity) is a duplicate: it stays and is removed
    // with `from` by the cascade, losing no information.
    conn.prepare("UPDATE OR IGNORE aliases SET actor = ?2 WHERE actor = ?1").bind_all(from, into).run();
    result.aliases_moved = conn.changes();
    conn.prepare("UPDATE actor_redirects SET actor = ?2 WHERE actor = ?1").bind_all(from, into).run();
    conn.prepare("DELETE FROM actors WHERE id = ?1").bind(1, from).run();
    conn.prepare("INSERT INTO actor_redirects (slug, actor) VALUES (?1, ?2)")
        .bind_all(gone->slug, into)
        .run();
    conn.prepare("INSERT INTO changes (entity, entity_id, op) VALUES ('actor', ?1, 'merge')")
        .bind(1, into)
        .run();
    result.into = detail::load_actor(conn, into);
    return result;
  });
}

}  // namespace sg::storage
