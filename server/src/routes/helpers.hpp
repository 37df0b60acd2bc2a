// Small helpers every route file uses.
#pragma once
#include <httplib.h>

#include <string>
#include <string_view>

#include "api_context.hpp"
#include "http/body.hpp"
#include "http/query.hpp"
#include "http/router.hpp"

namespace sg::server {

// id, slug (current or former) or any alias; errors name `field` (ambiguous_actor lists candidates).
Result<storage::ActorRef> resolve_actor(const ApiContext& ctx, std::string_view reference,
                                        const std::string& field);

// The path placeholder as a positive article id, or not_found.
Result<storage::Id> article_id_param(const http::Call& call, std::string_view name);

inline const http::ParamMap& query(const http::Call& call) {
  return call.request.params;
}
inline Result<http::json> json_body(const http::Call& call) {
  return http::parse_json_object(call.request.body);
}

}  // namespace sg::server
