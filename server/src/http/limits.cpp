#include "http/limits.hpp"

#include <charconv>

namespace sg::server::http {

namespace {
// cpp-httplib adds these to every request itself; they are not the client's headers.
bool is_pseudo_header(const std::string& name) {
  return name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" || name == "LOCAL_PORT";
}

std::string lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}
}  // namespace

bool is_json_media_type(std::string_view content_type) {
  auto type = lower(content_type.substr(0, content_type.find(';')));
  while (!type.empty() && type.back() == ' ') type.pop_back();
  while (!type.empty() && type.front() == ' ') type.erase(type.begin());
  return type == "application/json" || (type.rfind("application/", 0) == 0 && type.size() > 5 &&
                                        type.compare(type.size() - 5, 5, "+json") == 0);
}

std::optional<Error> check_request_envelope(const httplib::Request& request, const Limits& limits) {
  std::size_t count = 0;
  for (const auto& [name, value] : request.headers) {
    if (is_pseudo_header(name)) continue;
    if (++count > limits.max_headers)
      return make_error(ErrorCode::headers_too_large,
                        "more than " + std::to_string(limits.max_headers) + " request headers");
    if (name.size() + value.size() > limits.max_header_line)
      return make_error(ErrorCode::headers_too_large, "header " + name + " is too long", name);
  }
  if (request.has_header("Transfer-Encoding"))
    return make_error(ErrorCode::length_required, "chunked request bodies are refused; send Content-Length",
                      "Transfer-Encoding");
  if (request.has_header("Content-Encoding") &&
      lower(request.get_header_value("Content-Encoding")) != "identity")
    return make_error(ErrorCode::unsupported_media_type, "compressed request bodies are refused",
                      "Content-Encoding");

  const bool has_length = request.has_header("Content-Length");
  std::size_t length = 0;
  if (has_length) {
    if (request.get_header_value_count("Content-Length") > 1)
      return make_error(ErrorCode::invalid_field, "Content-Length given more than once", "Content-Length");
    const auto text = request.get_header_value("Content-Length");
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), length);
    if (text.empty() || ec != std::errc() || ptr != text.data() + text.size())
      return make_error(ErrorCode::invalid_field, "Content-Length is not a number", "Content-Length");
  }
  const bool takes_body = request.method == "POST" || request.method == "PUT" || request.method == "PATCH";
  if (takes_body && !has_length)
    return make_error(ErrorCode::length_required, "a request body needs a Content-Length header",
                      "Content-Length");
  if (length > limits.max_body)
    return make_error(
        ErrorCode::payload_too_large,
        "the body is " + std::to_string(length) + " bytes; the limit is " + std::to_string(limits.max_body),
        "Content-Length");
  if (length > 0 && !is_json_media_type(request.get_header_value("Content-Type")))
    return make_error(ErrorCode::unsupported_media_type,
                      "the body must be sent as Content-Type: application/json", "Content-Type");
  return std::nullopt;
}

}  // namespace sg::server::http
