#include "migrations.hpp"
#include "store_fixture.hpp"

using namespace sg;
using namespace sg::storage;
using namespace sg::storage::testing;

TEST_CASE("a new file is created at the current schema version with WAL and foreign keys") {
  Fixture f;
  RawDb raw(f.path);
  CHECK(raw.scalar("PRAGMA user_version") == std::to_string(Store::schema_version()));
  CHECK(raw.scalar("PRAGMA journal_mode") == "wal");
  for (const char* table : {"articles", "actors", "actor_redirects", "aliases", "edges", "changes"})
    CHECK(raw.scalar(std::string("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '") +
                     table + "'") == "1");
  auto stats = f.store->stats();
  REQUIRE(stats.ok());
  CHECK(stats->schema_version == Store::schema_version());
  CHECK(stats->articles == 0);
  CHECK_FALSE(stats->first_edge_date);
}

TEST_CASE("schema.sql is embedded and declares the version this binary expects") {
  const std::string_view schema = embedded_schema();
  REQUIRE_FALSE(schema.empty());
  CHECK(schema.find("PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";") !=
        std::string_view::npos);
}

TEST_CASE("an existing empty (version 0) file is initialised; reopening keeps data") {
  TempDir dir;
  const std::string path = dir.file("empty.db");
  {
    RawDb raw(path);
    REQUIRE(raw.exec("PRAGMA user_version = 0") == SQLITE_OK);
  }
  {
    auto store = Fixture::open_store(path);
    REQUIRE(store->ingest({article("t", "some text")}).ok());
  }
  auto store = Fixture::open_store(path);
  CHECK(store->stats()->articles == 1);
  CHECK(RawDb(path).scalar("PRAGMA user_version") == std::to_string(Store::schema_version()));
}

TEST_CASE("a file from a newer stancegraph is refused, naming both versions") {
  TempDir dir;
  const std::string path = dir.file("newer.db");
  { Fixture::open_store(path); }
  const int newer = Store::schema_version() + 5;
  {
    RawDb raw(path);
    REQUIRE(raw.exec("PRAGMA user_version = " + std::to_string(newer)) == SQLITE_OK);
  }
  auto opened = Store::open(path);
  REQUIRE_FALSE(opened.ok());
  CHECK(opened.error().code == ErrorCode::schema_too_new);
  CHECK(opened.error().message.find(std::to_string(newer)) != std::string::npos);
  CHECK(opened.error().message.find("(" + std::to_string(Store::schema_version()) + ")") !=
        std::string::npos);
  // And the file is left as it was.
  CHECK(RawDb(path).scalar("PRAGMA user_version") == std::to_string(newer));
}

TEST_CASE("a foreign SQLite file with tables but no version is refused, not overwritten") {
  TempDir dir;
  const std::string path = dir.file("foreign.db");
  {
    RawDb raw(path);
    REQUIRE(raw.exec("CREATE TABLE notes (x); INSERT INTO notes VALUES (1)") == SQLITE_OK);
  }
  auto opened = Store::open(path);
  REQUIRE_FALSE(opened.ok());
  CHECK(opened.error().code == ErrorCode::storage_error);
  CHECK(RawDb(path).scalar("SELECT count(*) FROM notes") == "1");
}

TEST_CASE("opening a path in a missing directory is a storage error") {
  auto opened = Store::open("/nonexistent-dir-sg/x/y.db");
  REQUIRE_FALSE(opened.ok());
  CHECK(opened.error().code == ErrorCode::storage_error);
}

TEST_CASE("load_window's query is an index-only scan of the covering index") {
  Fixture f;
  RawDb raw(f.path);
  auto plan = raw.column(
      "EXPLAIN QUERY PLAN SELECT source, target, relation, day, confidence FROM edges INDEXED BY "
      "edges_window "
      "WHERE day BETWEEN 1 AND 2 AND confidence >= 0.5",
      3);
  REQUIRE(plan.size() == 1);
  CHECK(plan[0].find("USING COVERING INDEX edges_window") != std::string::npos);
  // And the list queries use their indexes rather than scanning the table.
  CHECK(
      raw.column("EXPLAIN QUERY PLAN SELECT * FROM edges WHERE source = 1 AND id > 5 ORDER BY id", 3)[0].find(
          "edges_source") != std::string::npos);
  CHECK(raw.column("EXPLAIN QUERY PLAN SELECT * FROM aliases WHERE normalised = 'x'", 3)[0].find(
            "aliases_normalised") != std::string::npos);
  // list_edges under a relation and a date window reads only that relation's days, index-only.
  CHECK(
      raw.column("EXPLAIN QUERY PLAN SELECT e.id FROM edges e WHERE e.relation IN ('attacks') AND e.day >= 1 "
                 "AND e.day <= 9 AND e.confidence >= 0.5 AND e.id > 0 LIMIT 10",
                 3)[0]
          .find("COVERING INDEX edges_relation (relation=? AND day>? AND day<?)") != std::string::npos);
  // origin=curated is asked as article IS NULL, which edges_article answers.
  CHECK(
      raw.column("EXPLAIN QUERY PLAN SELECT e.id FROM edges e WHERE e.article IS NULL AND e.id > 0 LIMIT 10",
                 3)[0]
          .find("edges_article") != std::string::npos);
}

TEST_CASE("a read-only store reads and refuses writes") {
  TempDir dir;
  const std::string path = dir.file("ro.db");
  { REQUIRE(Fixture::open_store(path)->ingest({article("t", "x y z")}).ok()); }
  StoreOptions options;
  options.read_only = true;
  auto store = Fixture::open_store(path, options);
  CHECK(store->stats()->articles == 1);
  auto write = store->create_actor(actor("Nobody"));
  REQUIRE_FALSE(write.ok());
  CHECK(write.error().code == ErrorCode::storage_error);
}

namespace {
void add_notes_table(db::Connection& conn) {
  conn.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
}
void add_notes_column(db::Connection& conn) {
  conn.exec("ALTER TABLE notes ADD COLUMN at TEXT");
}
void broken_step(db::Connection& conn) {
  conn.exec("ALTER TABLE no_such_table ADD COLUMN x");
}
}  // namespace

TEST_CASE("numbered migrations upgrade a version-1 file step by step, all or nothing") {
  TempDir dir;
  const std::string path = dir.file("v1.db");
  { REQUIRE(Fixture::open_store(path)->create_actor(actor("Kept")).ok()); }
  {
    db::Connection conn(path, false, 1000);
    const Migration steps[] = {add_notes_table, add_notes_column};
    migrate(conn, steps);
    CHECK(user_version(conn) == 3);
    migrate(conn, steps);  // already current: nothing to do
    CHECK(user_version(conn) == 3);
    // This binary only knows version 1, so it now refuses the file.
    CHECK_THROWS_AS(migrate(conn), db::DbFailure);
  }
  RawDb raw(path);
  CHECK(raw.scalar("SELECT count(*) FROM pragma_table_info('notes')") == "3");
  CHECK(raw.scalar("SELECT name FROM actors") == "Kept");
  CHECK(Store::open(path).error().code == ErrorCode::schema_too_new);

  const std::string other = dir.file("v1b.db");
  { Fixture::open_store(other); }
  {
    db::Connection conn(other, false, 1000);
    const Migration steps[] = {add_notes_table, broken_step};
    CHECK_THROWS_AS(migrate(conn, steps), db::DbFailure);
    CHECK_FALSE(conn.in_transaction());
  }
  RawDb raw_other(other);
  CHECK(raw_other.scalar("PRAGMA user_version") == "1");
  CHECK(raw_other.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'notes'") == "0");
}

TEST_CASE("actor kinds") {
  CHECK(is_actor_kind("armed_group"));
  CHECK(is_actor_kind("igo"));
  CHECK_FALSE(is_actor_kind("country"));
  CHECK_FALSE(is_actor_kind(""));
}
