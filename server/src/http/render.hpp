// JSON shapes of stored things, shared by every route so an actor or an edge looks the same
// wherever it appears (docs/api.md shows them).
#pragma once
#include <nlohmann/json.hpp>

#include "storage/store.hpp"

namespace sg::server::http {

using json = nlohmann::json;

json render_actor_ref(const storage::ActorRef& actor);  // {id, slug, name, kind}
json render_actor(const storage::ActorRecord& actor);   // ref + country, aliases, counts, dates
json render_edge(const storage::EdgeRecord& edge);
json render_article(const storage::ArticleSummary& article);
json render_ingest_result(const storage::IngestResult& result);
json render_change(const storage::ChangeRecord& change);
json render_dyad_bucket(const storage::DyadBucket& bucket);
json optional_string(const std::optional<std::string>& value);

}  // namespace sg::server::http
