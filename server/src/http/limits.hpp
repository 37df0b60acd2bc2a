// Request limits and the pre-routing guard: what cpp-httplib 0.11 would otherwise accept and
// mishandle is refused before routing, with a JSON error and the connection closed (an unread body
// must never be parsed as the next request). See docs/security.md for each weakness.
#pragma once
#include <httplib.h>

#include <cstddef>
#include <optional>

#include "core/error.hpp"

namespace sg::server::http {

struct Limits {
  std::size_t max_body = 8u << 20;             // bytes of request body
  std::size_t max_headers = 100;               // header lines per request
  std::size_t max_header_line = 8192;          // bytes of one header (name + value)
  std::size_t max_header_section = 64u << 10;  // bytes of request line plus all headers
  int header_deadline_seconds = 10;            // whole header section must arrive within this
  int request_deadline_seconds = 60;           // whole request (headers and body)
  int read_timeout_seconds = 5;                // any single wait for bytes
  int write_timeout_seconds = 5;
  int keep_alive_timeout_seconds = 5;  // idle time before a keep-alive connection is closed
  int keep_alive_max_requests = 100;
};

// Checks method, headers and declared body of a request whose body has not been read yet.
std::optional<Error> check_request_envelope(const httplib::Request& request, const Limits& limits);

bool is_json_media_type(std::string_view content_type);

}  // namespace sg::server::http
