#include "core/version.hpp"
#include "http/render.hpp"
#include "routes/helpers.hpp"
#include "routes/routes.hpp"

namespace sg::server {

void register_health_routes(http::Router& router, ApiContext& ctx) {
  router.get("/v1/health", [&ctx](const http::Call& call) -> http::HandlerResult {
    http::QueryReader reader(query(call), {});
    if (auto status = reader.finish(); !status) return status.error();
    auto stats = ctx.store.stats();
    if (!stats) return stats.error();
    return http::Reply::ok(http::json{{"status", "ok"},
                                      {"version", std::string(kVersion)},
                                      {"schema_version", stats->schema_version},
                                      {"counts",
                                       {{"articles", stats->articles},
                                        {"actors", stats->actors},
                                        {"aliases", stats->aliases},
                                        {"edges", stats->edges}}},
                                      {"change_seq", stats->change_seq},
                                      {"first_edge_date", http::optional_string(stats->first_edge_date)},
                                      {"last_edge_date", http::optional_string(stats->last_edge_date)},
                                      {"extraction", ctx.ingest.extraction_enabled()}});
  });
}

}  // namespace sg::server
