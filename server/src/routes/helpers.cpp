#include "routes/helpers.hpp"

#include <charconv>

#include "core/text.hpp"

namespace sg::server {

Result<storage::ActorRef> resolve_actor(const ApiContext& ctx, std::string_view reference,
                                        const std::string& field) {
  if (!is_valid_utf8(reference))
    return make_error(ErrorCode::invalid_field, field + " is not valid UTF-8", field);
  auto actor = ctx.store.resolve_actor(reference);
  if (!actor) {
    Error error = actor.error();
    error.field = field;
    return error;
  }
  return actor;
}

Result<storage::Id> article_id_param(const http::Call& call, std::string_view name) {
  const auto& text = call.path_param(name);
  storage::Id id = 0;
  const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || ptr != text.data() + text.size() || id <= 0)
    return make_error(ErrorCode::not_found, "no article with id '" + text + "'", std::string(name));
  return id;
}

}  // namespace sg::server
