// The HTTP front: a HardenedServer whose every request goes through one dispatcher — envelope guard,
// route match (404/405), API-key check on writes, handler, JSON rendering, access log.
#pragma once
#include <memory>

#include "api_context.hpp"
#include "http/hardened_server.hpp"
#include "http/router.hpp"

namespace sg::server {

http::Limits limits_from(const ServeConfig& config);

class ApiServer {
 public:
  explicit ApiServer(ApiContext& ctx);
  Result<int> bind(const std::string& host, int port);  // port 0 picks a free one; returns the port
  bool listen();                                        // blocks until stop()
  void stop();

 private:
  void dispatch(const httplib::Request& request, httplib::Response& response) const;
  void install_handlers();

  ApiContext& ctx_;
  http::Limits limits_;
  http::Router router_;
  http::HardenedServer server_;
};

}  // namespace sg::server
