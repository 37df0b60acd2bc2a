#include <signal.h>
#include <sys/wait.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <future>
#include <set>
#include <thread>

#include "store_fixture.hpp"

using namespace sg;
using namespace sg::storage;
using namespace sg::storage::testing;
using namespace std::chrono_literals;

TEST_CASE("reads complete while another connection holds a long write transaction; writers get busy") {
  TempDir dir;
  const std::string path = dir.file("wal.db");
  StoreOptions options;
  options.busy_timeout_ms = 100;
  auto store = Fixture::open_store(path, options);
  REQUIRE(store->ingest({article("before", "committed before the long write")}).ok());

  RawDb other(path);
  REQUIRE(other.exec("PRAGMA busy_timeout = 5000; BEGIN IMMEDIATE") == SQLITE_OK);
  REQUIRE(other.exec("INSERT INTO articles (content_hash, title, published_at, text) "
                     "VALUES ('h', 'uncommitted', '2015-01-01', 'x')") == SQLITE_OK);
  std::atomic<bool> write_open{true};
  auto reader = std::async(std::launch::async, [&] {
    auto stats = store->stats();
    auto page = store->list_articles({});
    const bool lock_still_held = write_open.load();
    return std::make_tuple(stats.ok() ? stats->articles : -1, page.ok() ? page->items.size() : 0u,
                           lock_still_held);
  });
  // Hold the write lock until the reads finished (or long enough to prove they were stuck).
  const bool finished = reader.wait_for(20s) == std::future_status::ready;
  auto blocked_write = store->ingest({article("during", "refused while locked")});
  write_open = false;
  REQUIRE(other.exec("ROLLBACK") == SQLITE_OK);
  REQUIRE(finished);
  auto [articles, listed, lock_still_held] = reader.get();
  CHECK(lock_still_held);
  CHECK(articles == 1);  // the last committed state, not the open write
  CHECK(listed == 1);
  REQUIRE_FALSE(blocked_write.ok());
  CHECK(blocked_write.error().code == ErrorCode::busy);
  CHECK(store->ingest({article("after", "accepted once the lock is gone")}).ok());
  CHECK(store->stats()->articles == 2);
}

TEST_CASE("keyset paging neither skips nor repeats rows while another thread inserts") {
  Fixture f;
  const Id a = f.store->create_actor(actor("A"))->ref.id;
  const Id b = f.store->create_actor(actor("B"))->ref.id;
  std::vector<CuratedEdgeWrite> initial(300, curated(a, Relation::opposes, b));
  REQUIRE(f.store->add_curated_edges(initial).ok());

  std::atomic<bool> stop{false};
  std::atomic<int> inserted{0};
  std::thread writer([&] {
    while (!stop) {
      if (f.store->add_curated_edges({curated(a, Relation::backs, b), curated(b, Relation::aids, a)}).ok())
        inserted += 2;
      std::this_thread::yield();
    }
  });
  // Page only once the writer is committing, however slow fsync is on this machine.
  for (int i = 0; i < 10000 && inserted == 0; ++i) std::this_thread::sleep_for(1ms);
  std::vector<Id> seen;
  EdgeQuery q;
  q.limit = 17;
  for (;;) {
    auto page = f.store->list_edges(q);
    REQUIRE(page.ok());
    for (const auto& e : page->items) seen.push_back(e.id);
    if (!page->next_after_id || seen.size() > 2000) break;
    q.after_id = page->next_after_id;
    std::this_thread::sleep_for(1ms);  // let the writer interleave
  }
  stop = true;
  writer.join();
  CHECK(inserted > 0);
  const std::set<Id> unique(seen.begin(), seen.end());
  CHECK(unique.size() == seen.size());
  CHECK(std::is_sorted(seen.begin(), seen.end()));
  // Every edge up to the last one seen was seen: nothing skipped.
  RawDb raw(f.path);
  CHECK(raw.scalar("SELECT count(*) FROM edges WHERE id <= " + std::to_string(seen.back())) ==
        std::to_string(seen.size()));
  CHECK(seen.size() >= 300);
}

TEST_CASE("acknowledged writes survive kill -9 and the file stays intact") {
  TempDir dir;
  const std::string path = dir.file("crash.db");
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  const pid_t child = fork();
  REQUIRE(child >= 0);
  if (child == 0) {
    // The child ingests until killed, printing each id only after ingest() returned (COMMIT done).
    close(fds[0]);
    auto opened = Store::open(path);
    if (!opened.ok()) _exit(2);
    for (int i = 0;; ++i) {
      auto w =
          article("crash " + std::to_string(i), "crash text " + std::to_string(i) + std::string(2000, 'x'));
      w.extraction.actors = {extracted_actor("a", "A"), extracted_actor("b-" + std::to_string(i % 50), "B")};
      w.extraction.edges = {extracted_edge(0, Relation::attacks, 1)};
      auto r = (*opened)->ingest({w});
      if (!r.ok()) _exit(3);
      const std::string line = std::to_string(r->front().article.id) + "\n";
      if (write(fds[1], line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(4);
    }
  }
  close(fds[1]);
  FILE* in = fdopen(fds[0], "r");
  REQUIRE(in != nullptr);
  std::vector<Id> acknowledged;
  long long id = 0;
  while (acknowledged.size() < 150 && std::fscanf(in, "%lld", &id) == 1) acknowledged.push_back(id);
  kill(child, SIGKILL);
  int status = 0;
  waitpid(child, &status, 0);
  while (std::fscanf(in, "%lld", &id) == 1) acknowledged.push_back(id);  // acknowledged before it died
  std::fclose(in);
  CHECK(WIFSIGNALED(status));
  REQUIRE(acknowledged.size() >= 150);

  RawDb raw(path);
  CHECK(raw.scalar("PRAGMA integrity_check") == "ok");
  CHECK(raw.scalar("PRAGMA foreign_key_check").empty());
  raw.exec("SELECT 1");
  auto store = Fixture::open_store(path);
  for (Id ack : acknowledged) {
    auto a = store->get_article(ack);
    REQUIRE_MESSAGE(a.ok(), "acknowledged article " << ack << " lost");
    CHECK(a->edge_count == 1);
  }
}
