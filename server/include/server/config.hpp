// Settings of `stancegraph serve`, from flags and STANCEGRAPH_* environment variables.
#pragma once
#include <cstddef>
#include <string>

namespace sg::server {

struct ServeConfig {
  std::string db_path = "./stancegraph.db";
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string api_key;  // empty: writes are not authenticated (and the server stays on loopback)
  bool allow_unauthenticated_remote = false;
  std::size_t max_body = 8u << 20;
  int threads = 0;  // 0: max(8, 4 x cores)
  bool extract = true;
  int keep_alive_timeout_seconds = 5;
  int keep_alive_max_requests = 100;
};

int default_thread_count();
bool is_loopback_host(const std::string& host);

}  // namespace sg::server
