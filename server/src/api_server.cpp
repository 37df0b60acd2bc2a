#include "api_server.hpp"

#include <spdlog/spdlog.h>

#include "core/text.hpp"
#include "http/auth.hpp"
#include "routes/routes.hpp"

namespace sg::server {

namespace {

void write_error(httplib::Response& response, const Error& error) {
  response.status = error.http_status();
  response.set_content(http::dump_json(http::error_body(error)) + "\n", "application/json");
}

void write_reply(httplib::Response& response, const http::Reply& reply) {
  response.status = reply.status;
  if (!reply.raw_content_type.empty())
    response.set_content(reply.raw, reply.raw_content_type.c_str());
  else
    response.set_content(http::dump_json(reply.body) + "\n", "application/json");
}

// Refuses the request and closes the connection afterwards: its body (if any) is left unread.
void refuse_and_close(httplib::Response& response, const Error& error) {
  write_error(response, error);
  response.set_header("Connection", "close");
  http::request_state().close_after = true;
}

// Log lines must stay one line whatever the client put in the path.
std::string printable(std::string_view text) {
  std::string out;
  for (unsigned char c : text.substr(0, 512))
    out.push_back(c < 0x20 || c == 0x7f ? '?' : static_cast<char>(c));
  return out;
}

}  // namespace

http::Limits limits_from(const ServeConfig& config) {
  http::Limits limits;
  limits.max_body = config.max_body;
  limits.keep_alive_timeout_seconds = config.keep_alive_timeout_seconds;
  limits.keep_alive_max_requests = config.keep_alive_max_requests;
  return limits;
}

ApiServer::ApiServer(ApiContext& ctx) : ctx_(ctx), limits_(limits_from(ctx.config)), server_(limits_) {
  register_all_routes(router_, ctx_);
  install_handlers();
}

void ApiServer::install_handlers() {
  const int threads = ctx_.config.threads > 0 ? ctx_.config.threads : default_thread_count();
  server_.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
  server_.set_tcp_nodelay(true);
  server_.set_keep_alive_max_count(static_cast<std::size_t>(limits_.keep_alive_max_requests));
  server_.set_keep_alive_timeout(limits_.keep_alive_timeout_seconds);
  server_.set_read_timeout(limits_.read_timeout_seconds);
  server_.set_write_timeout(limits_.write_timeout_seconds);
  server_.set_payload_max_length(limits_.max_body);

  server_.set_pre_routing_handler([this](const httplib::Request& request, httplib::Response& response) {
    if (auto error = http::check_request_envelope(request, limits_)) {
      refuse_and_close(response, *error);
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // Runs before httplib answers "100 Continue": refuse an oversized or chunked body before it is sent.
  server_.set_expect_100_continue_handler(
      [this](const httplib::Request& request, httplib::Response& response) {
        if (auto error = http::check_request_envelope(request, limits_)) {
          refuse_and_close(response, *error);
          return response.status;
        }
        return 100;
      });
  // Only responses httplib made itself reach here without a body: malformed requests, oversized
  // request lines or header sections.
  server_.set_error_handler(
      httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& response) {
        if (!response.body.empty() || response.content_length_ > 0)
          return httplib::Server::HandlerResponse::Unhandled;
        Error error;
        if (http::request_state().header_limit_hit || response.status == 414 || response.status == 431) {
          error = make_error(ErrorCode::headers_too_large, "the request line or header section is too large");
        } else if (response.status == 413) {
          error = make_error(ErrorCode::payload_too_large, "the request body exceeds the limit");
        } else if (response.status == 404) {
          error = make_error(ErrorCode::route_not_found, "no such endpoint");
        } else if (response.status == 405) {
          error = make_error(ErrorCode::method_not_allowed, "method not allowed");
        } else if (response.status < 500) {
          error = make_error(ErrorCode::invalid_field, "malformed HTTP request");
        } else {
          error = make_error(ErrorCode::internal, "unexpected server error");
        }
        refuse_and_close(response, error);
        return httplib::Server::HandlerResponse::Handled;
      }));
  server_.set_logger([](const httplib::Request& request, const httplib::Response& response) {
    const auto micros = std::chrono::duration_cast<std::chrono::microseconds>(
                            std::chrono::steady_clock::now() - http::request_state().started)
                            .count();
    spdlog::info("{} {} {} {}us", request.method.empty() ? "-" : request.method, printable(request.path),
                 response.status, micros);
  });

  const auto handler = [this](const httplib::Request& request, httplib::Response& response) {
    dispatch(request, response);
  };
  server_.Get(".*", handler);
  server_.Post(".*", handler);
  server_.Put(".*", handler);
  server_.Patch(".*", handler);
  server_.Delete(".*", handler);
  server_.Options(".*", handler);
}

void ApiServer::dispatch(const httplib::Request& request, httplib::Response& response) const {
  auto match = router_.match(request.method, request.target);
  if (match.bad_encoding)
    return write_error(response, make_error(ErrorCode::invalid_field, "the path has a malformed %-escape"));
  if (!match.route) {
    if (match.allowed.empty())
      return write_error(response,
                         make_error(ErrorCode::route_not_found, "no endpoint " + printable(request.path)));
    std::string allow;
    for (const auto& method : match.allowed) allow += (allow.empty() ? "" : ", ") + method;
    response.set_header("Allow", allow);
    return write_error(response, make_error(ErrorCode::method_not_allowed,
                                            request.method + " is not allowed here; allowed: " + allow));
  }
  for (const auto& [name, value] : match.params)
    if (!is_valid_utf8(value))
      return write_error(response, make_error(ErrorCode::invalid_field, name + " is not valid UTF-8", name));
  if (match.route->access == http::Access::write && !ctx_.config.api_key.empty() &&
      !http::bearer_matches(request.get_header_value("Authorization"), ctx_.config.api_key)) {
    response.set_header("WWW-Authenticate", "Bearer");
    return write_error(response, make_error(ErrorCode::unauthorized,
                                            "this write needs Authorization: Bearer <key>", "Authorization"));
  }
  try {
    auto result = match.route->handler(http::Call{request, std::move(match.params)});
    if (result) return write_reply(response, *result);
    if (result.error().http_status() >= 500)
      spdlog::error("{} {}: {} ({})", request.method, printable(request.path), result.error().message,
                    result.error().name());
    write_error(response, result.error());
  } catch (const std::exception& e) {
    spdlog::error("{} {} threw: {}", request.method, printable(request.path), e.what());
    write_error(response, make_error(ErrorCode::internal, "unexpected server error"));
  }
}

Result<int> ApiServer::bind(const std::string& host, int port) {
  int bound = port;
  if (port == 0) {
    bound = server_.bind_to_any_port(host);
    if (bound <= 0) return make_error(ErrorCode::internal, "cannot bind " + host + " on any port");
  } else if (!server_.bind_to_port(host, port)) {
    return make_error(ErrorCode::internal, "cannot bind " + host + ":" + std::to_string(port) +
                                               " (address in use or not available)");
  }
  if (!server_.raise_listen_backlog(1024)) spdlog::warn("could not raise the listen backlog");
  return bound;
}

bool ApiServer::listen() {
  return server_.listen_after_bind();
}

void ApiServer::stop() {
  server_.stop();
}

}  // namespace sg::server
