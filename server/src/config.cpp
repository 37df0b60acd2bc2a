#include "server/config.hpp"

#include <thread>

namespace sg::server {

int default_thread_count() {
  const int cores = static_cast<int>(std::thread::hardware_concurrency());
  return std::max(8, 4 * (cores > 0 ? cores : 1));
}

bool is_loopback_host(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

}  // namespace sg::server
