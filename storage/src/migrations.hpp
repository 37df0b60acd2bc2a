// Schema versions: a fresh file gets schema.sql (embedded at build time); an older file is upgraded
// by numbered migrations; a newer one is refused. PRAGMA user_version holds the version.
#pragma once
#include <span>

#include "sqlite.hpp"

namespace sg::storage {

inline constexpr int kSchemaVersion = 1;

std::string_view embedded_schema();
int user_version(db::Connection& conn);
// Creates or upgrades the schema in one BEGIN IMMEDIATE transaction; throws DbFailure
// (schema_too_new for a file written by a newer stancegraph).
void migrate(db::Connection& conn);

// The mechanism behind migrate(): steps[i] turns a version i + 1 file into version i + 2, so the
// target version is steps.size() + 1. Exposed so tests can run it with made-up steps.
using Migration = void (*)(db::Connection&);
void migrate(db::Connection& conn, std::span<const Migration> steps);
// For read-only opens: the file must already be at kSchemaVersion.
void check_version(db::Connection& conn);

}  // namespace sg::storage
