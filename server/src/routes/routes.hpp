// The API's route table, one file per area.
//
// Adding an area (e.g. graph analysis):
//  1. Create server/src/routes/<area>.cpp defining
//       void register_<area>_routes(http::Router& router, ApiContext& ctx);
//     and declare it below. Register each endpoint with router.get/post/patch(pattern, handler);
//     patterns use {name} placeholders ("/v1/actors/{ref}/relations"), read with
//     call.path_param("ref"). post/patch/put/del routes are writes and need the API key.
//  2. A handler returns http::HandlerResult: Reply::ok(json) / Reply::created(json) /
//     Reply::bytes(data, content_type), or an sg::Error (make_error(ErrorCode::..., message, field)),
//     which the dispatcher renders as {"error":{...}} with the status from core/error.cpp.
//     Exceptions become 500 internal and are logged.
//  3. Validate query parameters with a params struct whose static parse(const http::ParamMap&)
//     uses http::QueryReader (server/src/params/query_params.hpp shows the pattern; unknown
//     parameters are refused). Bodies: http::parse_json_object + http::ObjectReader.
//     Resolve actor references with resolve_actor() from routes/helpers.hpp (id, slug, alias;
//     ambiguous names give 409 with candidates).
//  4. Render actors and edges with http/render.hpp so shapes match the rest of the API.
//  5. Shared state for the area (a snapshot cache) goes into ApiContext (api_context.hpp).
//  6. Add the .cpp to server/CMakeLists.txt and a register_<area>_routes call in routes.cpp;
//     document the endpoints in docs/api.md and add a curl example to README.md.
#pragma once
#include "api_context.hpp"
#include "http/router.hpp"

namespace sg::server {

void register_health_routes(http::Router& router, ApiContext& ctx);
void register_article_routes(http::Router& router, ApiContext& ctx);
void register_actor_routes(http::Router& router, ApiContext& ctx);
void register_edge_routes(http::Router& router, ApiContext& ctx);
void register_series_routes(http::Router& router, ApiContext& ctx);  // dyads and the change feed
void register_web_routes(http::Router& router, ApiContext& ctx);     // the explorer page: / and /assets
void register_extract_preview_routes(http::Router& router,
                                     ApiContext& ctx);              // POST /v1/extract (stores nothing)
void register_graph_routes(http::Router& router, ApiContext& ctx);  // /v1/graph/*, /v1/actors/{ref}/relations

void register_all_routes(http::Router& router, ApiContext& ctx);

}  // namespace sg::server
