#include <pthread.h>
#include <signal.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <thread>

#include "api_server.hpp"
#include "server/commands.hpp"

namespace sg::server {

int serve(const ServeConfig& requested, storage::Store& store, const extract::Extractor* extractor) {
  ServeConfig config = requested;
  if (config.api_key.empty()) {
    if (!is_loopback_host(config.host) && !config.allow_unauthenticated_remote) {
      spdlog::warn(
          "no API key is set: binding 127.0.0.1 instead of {} so nobody else can write; set "
          "STANCEGRAPH_API_KEY or --api-key-file, or pass --allow-unauthenticated-remote",
          config.host);
      config.host = "127.0.0.1";
    } else {
      spdlog::warn("no API key is set: anyone who can reach {}:{} can write", config.host, config.port);
    }
  }

  // Signals are taken by one thread with sigwait; block them before any worker thread starts so
  // every thread inherits the mask.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  ::signal(SIGPIPE, SIG_IGN);

  IngestService ingest(store, extractor);
  ApiContext ctx{store, ingest, config};
  ApiServer server(ctx);
  auto port = server.bind(config.host, config.port);
  if (!port) {
    spdlog::error("{}", port.error().message);
    return 1;
  }
  const int threads = config.threads > 0 ? config.threads : default_thread_count();
  spdlog::info(
      "stancegraph listening on http://{}:{} ({} worker threads, body limit {} bytes, extraction {})",
      config.host, *port, threads, config.max_body, extractor ? "on" : "off");

  std::atomic<bool> signalled{false};
  std::thread signal_waiter([&server, &signals, &signalled] {
    int received = 0;
    sigwait(&signals, &received);
    if (signalled.exchange(true)) return;  // woken by ourselves after listen ended
    spdlog::info("received signal {}: finishing in-flight requests", received);
    server.stop();
  });
  const bool ok = server.listen();  // returns once stop() ran and workers finished
  if (!signalled.exchange(true))
    pthread_kill(signal_waiter.native_handle(), SIGTERM);  // listen ended on its own
  signal_waiter.join();
  spdlog::info("stopped");
  return ok ? 0 : 1;
}

}  // namespace sg::server
