// Runs the real stancegraph binary for a test: a fresh database in a temporary directory, a free
// loopback port, and an httplib client pointed at it. Stops the server when it goes out of scope.
#pragma once
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace sg::test {

inline int free_loopback_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  addr.sin_port = 0;
  socklen_t len = sizeof addr;
  if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
    throw std::runtime_error("cannot find a free port");
  const int port = ntohs(addr.sin_port);
  ::close(fd);
  return port;
}

class ServerProcess {
 public:
  // env: extra "NAME=value" entries, e.g. STANCEGRAPH_API_KEY=secret.
  explicit ServerProcess(std::vector<std::string> env = {}) : port_(free_loopback_port()) {
    std::string tmpl = (std::filesystem::temp_directory_path() / "sg-web-e2e-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    dir_ = tmpl;
    const std::string db = dir_ + "/test.db", log = dir_ + "/server.log", port = std::to_string(port_);
    pid_ = ::fork();
    if (pid_ == 0) {
      for (auto& e : env) ::putenv(e.data());
      if (std::freopen(log.c_str(), "w", stdout) == nullptr ||
          std::freopen(log.c_str(), "a", stderr) == nullptr)
        std::_Exit(126);
      ::execl(SG_BINARY, SG_BINARY, "serve", "--db", db.c_str(), "--host", "127.0.0.1", "--port",
              port.c_str(), static_cast<char*>(nullptr));
      std::_Exit(127);
    }
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (std::chrono::steady_clock::now() < deadline) {
      if (auto res = client().Get("/v1/health"); res && res->status == 200) return;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    stop();
    throw std::runtime_error("stancegraph did not start");
  }
  ~ServerProcess() { stop(); }
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port_);
    c.set_read_timeout(30, 0);
    return c;
  }

 private:
  void stop() {
    if (pid_ > 0) {
      ::kill(pid_, SIGTERM);
      int status = 0;
      ::waitpid(pid_, &status, 0);
      pid_ = -1;
    }
    if (!dir_.empty()) {
      std::error_code ec;
      std::filesystem::remove_all(dir_, ec);
      dir_.clear();
    }
  }

  int port_;
  pid_t pid_ = -1;
  std::string dir_;
};

}  // namespace sg::test
