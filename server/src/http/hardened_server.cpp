#include "http/hardened_server.hpp"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>

namespace sg::server::http {

RequestState& request_state() {
  thread_local RequestState state;
  return state;
}

namespace {

using Clock = std::chrono::steady_clock;

int millis_until(Clock::time_point deadline) {
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
  return left <= 0 ? 0 : static_cast<int>(std::min<long long>(left, 1 << 30));
}

bool wait_socket(int sock, short events, int timeout_ms) {
  pollfd fd{sock, events, 0};
  int rc;
  do rc = ::poll(&fd, 1, timeout_ms);
  while (rc < 0 && errno == EINTR);
  return rc > 0 && (fd.revents & (events | POLLHUP | POLLERR)) != 0;
}

void address_of(int sock, bool peer, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof(addr);
  const int rc = peer ? ::getpeername(sock, reinterpret_cast<sockaddr*>(&addr), &len)
                      : ::getsockname(sock, reinterpret_cast<sockaddr*>(&addr), &len);
  if (rc != 0) return;
  char buf[INET6_ADDRSTRLEN] = {};
  if (addr.ss_family == AF_INET) {
    const auto* v4 = reinterpret_cast<const sockaddr_in*>(&addr);
    ::inet_ntop(AF_INET, &v4->sin_addr, buf, sizeof(buf));
    port = ntohs(v4->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* v6 = reinterpret_cast<const sockaddr_in6*>(&addr);
    ::inet_ntop(AF_INET6, &v6->sin6_addr, buf, sizeof(buf));
    port = ntohs(v6->sin6_port);
  }
  ip = buf;
}

// A buffered socket stream that enforces the header-section cap and the request deadlines.
class GuardedStream final : public httplib::Stream {
 public:
  GuardedStream(int sock, const Limits& limits) : sock_(sock), limits_(limits) {}

  void begin_request() {
    in_headers_ = true;
    header_bytes_ = 0;
    line_bytes_ = 0;
    written_ = 0;
    const auto now = Clock::now();
    header_deadline_ = now + std::chrono::seconds(limits_.header_deadline_seconds);
    request_deadline_ = now + std::chrono::seconds(limits_.request_deadline_seconds);
  }
  void end_headers() { in_headers_ = false; }
  bool has_buffered() const { return pos_ < end_; }
  bool dead() const { return dead_; }
  std::size_t written() const { return written_; }  // bytes of response sent for this request

  bool is_readable() const override {
    return has_buffered() || (!dead_ && wait_socket(sock_, POLLIN, limits_.read_timeout_seconds * 1000));
  }
  bool is_writable() const override {
    return !dead_ && wait_socket(sock_, POLLOUT, limits_.write_timeout_seconds * 1000);
  }

  ssize_t read(char* ptr, std::size_t size) override {
    if (dead_) return -1;
    if (!has_buffered()) {
      const ssize_t got = fill();
      if (got <= 0) return got;
    }
    std::size_t n = std::min(size, end_ - pos_);
    if (in_headers_) {
      // httplib reads one header line whole before checking its length; cap lines and the section
      // here, as the bytes arrive.
      for (std::size_t i = 0; i < n; ++i) line_bytes_ = buffer_[pos_ + i] == '\n' ? 0 : line_bytes_ + 1;
      if (header_bytes_ + n > limits_.max_header_section || line_bytes_ > limits_.max_header_line + 2) {
        request_state().header_limit_hit = true;
        request_state().close_after = true;
        return -1;
      }
      header_bytes_ += n;
    }
    std::memcpy(ptr, buffer_ + pos_, n);
    pos_ += n;
    return static_cast<ssize_t>(n);
  }

  ssize_t write(const char* ptr, std::size_t size) override {
    if (dead_ || !is_writable()) return -1;
    ssize_t rc;
    do rc = ::send(sock_, ptr, size, MSG_NOSIGNAL);
    while (rc < 0 && errno == EINTR);
    if (rc > 0) written_ += static_cast<std::size_t>(rc);
    return rc;
  }

  void get_remote_ip_and_port(std::string& ip, int& port) const override {
    address_of(sock_, true, ip, port);
  }
  void get_local_ip_and_port(std::string& ip, int& port) const override {
    address_of(sock_, false, ip, port);
  }
  socket_t socket() const override { return sock_; }

 private:
  // Waits for bytes no longer than the read timeout or the current deadline. A missed deadline
  // kills the stream: no response is written to a client that cannot send a request in time.
  ssize_t fill() {
    const auto deadline = in_headers_ ? std::min(header_deadline_, request_deadline_) : request_deadline_;
    const int wait_ms = std::min(limits_.read_timeout_seconds * 1000, millis_until(deadline));
    if (wait_ms <= 0 || !wait_socket(sock_, POLLIN, wait_ms)) {
      if (millis_until(deadline) <= 0) dead_ = true;
      return -1;
    }
    ssize_t rc;
    do rc = ::recv(sock_, buffer_, sizeof(buffer_), 0);
    while (rc < 0 && errno == EINTR);
    if (rc <= 0) return rc;
    pos_ = 0;
    end_ = static_cast<std::size_t>(rc);
    return rc;
  }

  int sock_;
  const Limits& limits_;
  char buffer_[16384];
  std::size_t pos_ = 0, end_ = 0;
  bool in_headers_ = true;
  bool dead_ = false;
  std::size_t header_bytes_ = 0;
  std::size_t line_bytes_ = 0;
  std::size_t written_ = 0;
  Clock::time_point header_deadline_, request_deadline_;
};

// Closing a socket with unread input makes the kernel send RST, which can destroy the error
// response before the client reads it. So after a refusal: stop sending, then read and discard what
// the client still sends, for a bounded time and amount.
void drain_before_close(int sock) {
  ::shutdown(sock, SHUT_WR);
  const auto deadline = Clock::now() + std::chrono::seconds(2);
  char sink[16384];
  std::size_t drained = 0;
  while (drained < (4u << 20)) {
    const int wait_ms = millis_until(deadline);
    if (wait_ms <= 0 || !wait_socket(sock, POLLIN, wait_ms)) break;
    const ssize_t got = ::recv(sock, sink, sizeof(sink), 0);
    if (got <= 0) break;
    drained += static_cast<std::size_t>(got);
  }
}

}  // namespace

bool HardenedServer::raise_listen_backlog(int backlog) {
  const socket_t sock = svr_sock_;
  return sock != INVALID_SOCKET && ::listen(sock, backlog) == 0;
}

bool HardenedServer::wait_for_next_request(socket_t sock, bool buffered) const {
  if (buffered) return true;
  // Poll in short slices so a stopping server releases idle keep-alive connections promptly.
  const auto deadline = Clock::now() + std::chrono::seconds(limits_.keep_alive_timeout_seconds);
  while (svr_sock_ != INVALID_SOCKET) {
    const int slice = std::min(50, millis_until(deadline));
    if (slice <= 0) return false;
    pollfd fd{sock, POLLIN, 0};
    const int rc = ::poll(&fd, 1, slice);
    if (rc > 0) return true;
    if (rc < 0 && errno != EINTR) return false;
  }
  return false;
}

bool HardenedServer::process_and_close_socket(socket_t sock) {
  int one = 1;
  ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
  GuardedStream stream(sock, limits_);
  bool ok = false;
  for (int left = limits_.keep_alive_max_requests; left > 0; --left) {
    if (!wait_for_next_request(sock, stream.has_buffered())) break;
    auto& state = request_state();
    state = RequestState{Clock::now(), false, false};
    stream.begin_request();
    bool connection_closed = false;
    ok = process_request(stream, /*close_connection=*/left == 1 || svr_sock_ == INVALID_SOCKET,
                         connection_closed, [&stream](httplib::Request&) { stream.end_headers(); });
    // An over-long request line fails before httplib has a request to answer; answer it here.
    if (!ok && state.header_limit_hit && stream.written() == 0 && !stream.dead()) {
      static const std::string kTooLarge = [] {
        const std::string body =
            "{\"error\":{\"code\":\"headers_too_large\",\"field\":null,\"message\":\"the request line is too "
            "long\"}}\n";
        return "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json\r\n"
               "Connection: close\r\nContent-Length: " +
               std::to_string(body.size()) + "\r\n\r\n" + body;
      }();
      stream.write(kTooLarge.data(), kTooLarge.size());
    }
    if (state.close_after && !stream.dead()) drain_before_close(sock);
    if (!ok || connection_closed || state.close_after || stream.dead()) break;
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

}  // namespace sg::server::http
