// What a route handler returns: a status and a JSON body, or raw bytes with their content type (exports).
// Errors travel as sg::Error and are rendered by the dispatcher in one place.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "core/error.hpp"

namespace sg::server::http {

using json = nlohmann::json;

struct Reply {
  int status = 200;
  json body;
  std::string raw;  // sent instead of body when raw_content_type is set
  std::string raw_content_type;

  static Reply ok(json body) { return Reply{200, std::move(body), {}, {}}; }
  static Reply created(json body) { return Reply{201, std::move(body), {}, {}}; }
  static Reply bytes(std::string data, std::string content_type) {
    return Reply{200, nullptr, std::move(data), std::move(content_type)};
  }
};

using HandlerResult = Result<Reply>;

// {"error":{"code","message","field"[, "candidates"]}}
json error_body(const Error& error);

// Serialises without throwing on invalid UTF-8 (stored text is validated, but never crash a response).
std::string dump_json(const json& value);

}  // namespace sg::server::http
