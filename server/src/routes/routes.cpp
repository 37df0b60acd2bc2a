#include "routes/routes.hpp"

namespace sg::server {

void register_all_routes(http::Router& router, ApiContext& ctx) {
  register_health_routes(router, ctx);
  register_article_routes(router, ctx);
  register_actor_routes(router, ctx);
  register_edge_routes(router, ctx);
  register_series_routes(router, ctx);
  register_graph_routes(router, ctx);
  register_extract_preview_routes(router, ctx);
  register_web_routes(router, ctx);
}

}  // namespace sg::server
