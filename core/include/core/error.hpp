// Errors are values at layer boundaries. Every layer returns Result<T>; the server renders an Error
// as {"error":{"code","message","field"}} with the HTTP status from the one table in error.cpp.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace sg {

enum class ErrorCode {
  invalid_json,            // 400 body is not JSON
  invalid_field,           // 400 a field has the wrong type or an unusable value
  missing_field,           // 400 a required field is absent
  unknown_field,           // 400 a field the endpoint does not take
  unknown_relation,        // 400 relation not in STANCES.md
  invalid_date,            // 400 not a real YYYY-MM-DD date
  invalid_window,          // 400 time window is empty, reversed or malformed
  invalid_cursor,          // 400 paging cursor not issued by us
  unauthorized,            // 401 missing or wrong API key on a write
  not_found,               // 404 no such article/actor/edge
  route_not_found,         // 404 no such endpoint
  unknown_actor,           // 404 a named actor matches nothing
  method_not_allowed,      // 405
  ambiguous_actor,         // 409 a name matches several actors; candidates listed
  conflict,                // 409 the write contradicts stored state (slug taken, merge into itself)
  length_required,         // 411 chunked or unsized request bodies are refused
  payload_too_large,       // 413 body above the configured limit
  unsupported_media_type,  // 415 not application/json, or a compressed body
  headers_too_large,       // 431 too many or too long headers
  schema_too_new,          // 500 database written by a newer stancegraph
  storage_error,           // 500 SQLite failed
  internal,                // 500 a bug
  busy,                    // 503 the database stayed locked past the busy timeout
};

struct ErrorInfo {
  ErrorCode code;
  std::string_view name;
  int http_status;
  std::string_view meaning;
};

// The one table of error codes (docs/api.md reproduces it).
const std::vector<ErrorInfo>& error_table();
const ErrorInfo& error_info(ErrorCode code);

struct Error {
  ErrorCode code = ErrorCode::internal;
  std::string message;
  std::string field;                    // the request field at fault, empty when none
  std::vector<std::string> candidates;  // for ambiguous_actor: "id:slug:name" of each candidate

  std::string_view name() const { return error_info(code).name; }
  int http_status() const { return error_info(code).http_status; }
};

inline Error make_error(ErrorCode code, std::string message, std::string field = {}) {
  return Error{code, std::move(message), std::move(field), {}};
}

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}
  Result(Error error) : v_(std::move(error)) {}

  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, Error> v_;
};

struct Ok {};
using Status = Result<Ok>;

}  // namespace sg
