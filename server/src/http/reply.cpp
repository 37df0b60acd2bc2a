#include "http/reply.hpp"

namespace sg::server::http {

json error_body(const Error& error) {
  json inner{{"code", std::string(error.name())}, {"message", error.message}};
  inner["field"] = error.field.empty() ? json(nullptr) : json(error.field);
  if (!error.candidates.empty()) {
    json list = json::array();
    for (const auto& candidate : error.candidates) {
      // storage encodes each candidate as "id:slug:name"; the name may itself contain ':'.
      const auto first = candidate.find(':');
      const auto second = first == std::string::npos ? first : candidate.find(':', first + 1);
      if (second == std::string::npos) {
        list.push_back(json{{"ref", candidate}});
        continue;
      }
      json item{{"slug", candidate.substr(first + 1, second - first - 1)},
                {"name", candidate.substr(second + 1)}};
      try {
        item["id"] = std::stoll(candidate.substr(0, first));
      } catch (const std::exception&) {
        item["id"] = nullptr;
      }
      list.push_back(std::move(item));
    }
    inner["candidates"] = std::move(list);
  }
  return json{{"error", std::move(inner)}};
}

std::string dump_json(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

}  // namespace sg::server::http
