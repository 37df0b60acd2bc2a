// cpp-httplib 0.11's Server with its connection loop replaced. The stock loop reads a request line
// and headers of any size and count, and keeps serving a connection after a refusal that left its
// body unread. This one reads through GuardedStream, which caps the bytes of the header section,
// gives the header section and the whole request a deadline (slow-loris), and closes the connection
// whenever a handler asks for it (RequestState::close_after). Routing and parsing stay httplib's.
#pragma once
#include <httplib.h>

#include <chrono>

#include "http/limits.hpp"

namespace sg::server::http {

// Per-request facts shared between the connection loop and handlers. A connection is served start
// to finish on one worker thread, so thread-local storage is per connection.
struct RequestState {
  std::chrono::steady_clock::time_point started;
  bool close_after = false;       // close the connection once the response is written
  bool header_limit_hit = false;  // the header section exceeded Limits::max_header_section
};
RequestState& request_state();

class HardenedServer : public httplib::Server {
 public:
  explicit HardenedServer(const Limits& limits) : limits_(limits) {}
  // httplib listens with a backlog of 5; a burst of clients would see dropped SYNs. Linux lets a
  // second listen() on the bound socket raise it. Call after bind_to_port().
  bool raise_listen_backlog(int backlog);

 private:
  bool process_and_close_socket(socket_t sock) override;
  bool wait_for_next_request(socket_t sock, bool buffered) const;

  Limits limits_;
};

}  // namespace sg::server::http
