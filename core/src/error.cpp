#include "core/error.hpp"

namespace sg {

const std::vector<ErrorInfo>& error_table() {
  static const std::vector<ErrorInfo> table{
      {ErrorCode::invalid_json, "invalid_json", 400, "the request body is not valid JSON"},
      {ErrorCode::invalid_field, "invalid_field", 400, "a field has the wrong type or value"},
      {ErrorCode::missing_field, "missing_field", 400, "a required field is missing"},
      {ErrorCode::unknown_field, "unknown_field", 400, "a field this endpoint does not accept"},
      {ErrorCode::unknown_relation, "unknown_relation", 400, "relation is not in the stance vocabulary"},
      {ErrorCode::invalid_date, "invalid_date", 400, "not a real calendar date in YYYY-MM-DD form"},
      {ErrorCode::invalid_window, "invalid_window", 400, "the time window is malformed or empty"},
      {ErrorCode::invalid_cursor, "invalid_cursor", 400, "the paging cursor was not issued by this server"},
      {ErrorCode::unauthorized, "unauthorized", 401, "writes need Authorization: Bearer <key>"},
      {ErrorCode::not_found, "not_found", 404, "no such resource"},
      {ErrorCode::route_not_found, "route_not_found", 404, "no such endpoint"},
      {ErrorCode::unknown_actor, "unknown_actor", 404, "no actor has this id, slug or name"},
      {ErrorCode::method_not_allowed, "method_not_allowed", 405, "the endpoint does not take this method"},
      {ErrorCode::ambiguous_actor, "ambiguous_actor", 409,
       "the name matches several actors; candidates listed"},
      {ErrorCode::conflict, "conflict", 409, "the write contradicts stored state"},
      {ErrorCode::length_required, "length_required", 411, "chunked or unsized request bodies are refused"},
      {ErrorCode::payload_too_large, "payload_too_large", 413, "the request body exceeds the limit"},
      {ErrorCode::unsupported_media_type, "unsupported_media_type", 415,
       "the body must be uncompressed application/json"},
      {ErrorCode::headers_too_large, "headers_too_large", 431, "too many or too long request headers"},
      {ErrorCode::schema_too_new, "schema_too_new", 500, "the database was written by a newer stancegraph"},
      {ErrorCode::storage_error, "storage_error", 500, "the database reported an error"},
      {ErrorCode::internal, "internal", 500, "an unexpected server error"},
      {ErrorCode::busy, "busy", 503, "the database is busy; retry"},
  };
  return table;
}

const ErrorInfo& error_info(ErrorCode code) {
  for (const auto& info : error_table())
    if (info.code == code) return info;
  return error_table().back();
}

}  // namespace sg
