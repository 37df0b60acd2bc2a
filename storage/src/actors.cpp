// Reading actors: lookup by id and slug (following merge redirects), resolution of free-text
// references through the alias table, and search.
#include <algorithm>

#include "core/text.hpp"
#include "store_impl.hpp"

namespace sg::storage {
namespace detail {

ActorRef read_actor_ref(const db::Statement& stmt, int c) {
  return ActorRef{stmt.int64(c), stmt.text(c + 1), stmt.text(c + 2), stmt.text(c + 3)};
}

std::optional<ActorRef> find_actor(db::Connection& conn, Id id) {
  auto stmt = conn.prepare("SELECT id, slug, name, kind FROM actors WHERE id = ?1");
  stmt.bind(1, id);
  if (!stmt.step()) return std::nullopt;
  return read_actor_ref(stmt, 0);
}

std::optional<Id> actor_id_by_slug(db::Connection& conn, std::string_view slug) {
  auto stmt = conn.prepare(
      "SELECT id FROM actors WHERE slug = ?1 UNION ALL SELECT actor FROM actor_redirects WHERE slug = ?1");
  stmt.bind(1, slug);
  if (!stmt.step()) return std::nullopt;
  return stmt.int64(0);
}

ActorRecord load_actor(db::Connection& conn, Id id) {
  ActorRecord record;
  {
    auto stmt = conn.prepare("SELECT id, slug, name, kind, country, created_at FROM actors WHERE id = ?1");
    stmt.bind(1, id);
    if (!stmt.step()) db::fail(ErrorCode::not_found, "no actor with id " + std::to_string(id));
    record.ref = read_actor_ref(stmt, 0);
    record.country = stmt.opt_text(4);
    record.created_at = stmt.text(5);
  }
  auto aliases = conn.prepare("SELECT alias, valid_from, valid_to FROM aliases WHERE actor = ?1 ORDER BY id");
  aliases.bind(1, id);
  while (aliases.step())
    record.aliases.push_back({aliases.text(0), aliases.opt_text(1), aliases.opt_text(2)});
  auto former = conn.prepare("SELECT slug FROM actor_redirects WHERE actor = ?1 ORDER BY slug");
  former.bind(1, id);
  while (former.step()) record.former_slugs.push_back(former.text(0));
  auto counts = conn.prepare(
      "SELECT (SELECT count(*) FROM edges WHERE source = ?1), (SELECT count(*) FROM edges WHERE target = "
      "?1), "
      "(SELECT min(date) FROM edges WHERE source = ?1 OR target = ?1), "
      "(SELECT max(date) FROM edges WHERE source = ?1 OR target = ?1)");
  counts.bind(1, id);
  counts.step();
  record.edges_out = counts.int64(0);
  record.edges_in = counts.int64(1);
  record.first_edge_date = counts.opt_text(2);
  record.last_edge_date = counts.opt_text(3);
  return record;
}

}  // namespace detail

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

ActorRef resolve(db::Connection& conn, std::string_view reference) {
  const std::string_view ref = trim(reference);
  if (all_digits(ref) && ref.size() <= 18)
    if (auto actor = detail::find_actor(conn, std::stoll(std::string(ref)))) return *actor;
  if (auto id = detail::actor_id_by_slug(conn, ref))
    if (auto actor = detail::find_actor(conn, *id)) return *actor;
  const std::string key = normalize_name(ref);
  std::vector<ActorRef> matches;
  if (!key.empty()) {
    auto stmt = conn.prepare(
        "SELECT DISTINCT a.id, a.slug, a.name, a.kind FROM aliases al JOIN actors a ON a.id = al.actor "
        "WHERE al.normalised = ?1 ORDER BY a.id");
    stmt.bind(1, key);
    while (stmt.step()) matches.push_back(detail::read_actor_ref(stmt, 0));
  }
  if (matches.empty()) db::fail(ErrorCode::unknown_actor, "no actor matches '" + std::string(ref) + "'");
  if (matches.size() == 1) return matches.front();
  // A name that is one actor's canonical name and merely an alias of others means the first.
  std::vector<const ActorRef*> canonical;
  for (const auto& m : matches)
    if (normalize_name(m.name) == key) canonical.push_back(&m);
  if (canonical.size() == 1) return *canonical.front();
  std::string message = "'";
  message.append(ref).append("' matches ").append(std::to_string(matches.size())).append(" actors");
  Error error = make_error(ErrorCode::ambiguous_actor, std::move(message));
  for (const auto& m : matches)
    error.candidates.push_back(std::to_string(m.id) + ":" + m.slug + ":" + m.name);
  throw db::DbFailure(std::move(error));
}

}  // namespace

Result<ActorRecord> Store::get_actor(Id id) const {
  return impl_->read([&](db::Connection& conn) {
    db::Transaction tx(conn, db::Transaction::Kind::deferred);
    auto record = detail::load_actor(conn, id);
    tx.commit();
    return record;
  });
}

Result<ActorRef> Store::resolve_actor(std::string_view reference) const {
  return impl_->read([&](db::Connection& conn) { return resolve(conn, reference); });
}

Result<std::vector<ActorRef>> Store::find_actors(const ActorQuery& query) const {
  return impl_->read([&](db::Connection& conn) {
    const int limit = std::clamp(query.limit, 1, 1000);
    const int offset = std::max(query.offset, 0);
    std::vector<ActorRef> out;
    const std::string key = query.q ? normalize_name(*query.q) : std::string();
    if (query.q && key.empty()) return out;  // "!!!" names nothing, rather than everything
    if (query.q) {
      // Relevance: an alias equal to the query, then one starting with it, then one containing it.
      auto stmt = conn.prepare(
          "SELECT a.id, a.slug, a.name, a.kind, min(CASE WHEN al.normalised = ?1 THEN 0 "
          "WHEN substr(al.normalised, 1, length(?1)) = ?1 THEN 1 ELSE 2 END) AS relevance "
          "FROM aliases al JOIN actors a ON a.id = al.actor "
          "WHERE instr(al.normalised, ?1) > 0 AND (?2 IS NULL OR a.kind = ?2) AND (?3 IS NULL OR a.country = "
          "?3) "
          "GROUP BY a.id ORDER BY relevance, a.name, a.id LIMIT ?4 OFFSET ?5");
      stmt.bind_all(key, query.kind, query.country, limit, offset);
      while (stmt.step()) out.push_back(detail::read_actor_ref(stmt, 0));
    } else {
      auto stmt = conn.prepare(
          "SELECT id, slug, name, kind FROM actors WHERE (?1 IS NULL OR kind = ?1) AND (?2 IS NULL OR "
          "country = ?2) "
          "ORDER BY name, id LIMIT ?3 OFFSET ?4");
      stmt.bind_all(query.kind, query.country, limit, offset);
      while (stmt.step()) out.push_back(detail::read_actor_ref(stmt, 0));
    }
    return out;
  });
}

Result<std::vector<ActorRef>> Store::actors_by_ids(const std::vector<Id>& ids) const {
  return impl_->read([&](db::Connection& conn) {
    std::vector<ActorRef> out;  // in the order asked; ids with no actor are left out
    out.reserve(ids.size());
    for (Id id : ids)
      if (auto actor = detail::find_actor(conn, id)) out.push_back(std::move(*actor));
    return out;
  });
}

}  // namespace sg::storage
