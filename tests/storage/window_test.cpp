// load_window read as two day ranges on two reader connections: same rows as one reader, and both
// halves from one commit while a writer runs.
#include <algorithm>
#include <atomic>
#include <thread>

#include "store_fixture.hpp"
#include "store_impl.hpp"  // detail::set_window_split_rows

using namespace sg;
using namespace sg::storage;
using namespace sg::storage::testing;

namespace {

struct Three : Fixture {
  Id a = store->create_actor(actor("Alpha"))->ref.id;
  Id b = store->create_actor(actor("Bravo"))->ref.id;
  Id c = store->create_actor(actor("Charlie"))->ref.id;
};

}  // namespace

namespace {

// Lowers load_window's threshold for reading a window as two halves on two readers, for one test.
struct SplitEveryWindow {
  SplitEveryWindow() { sg::storage::detail::set_window_split_rows(1); }
  ~SplitEveryWindow() { sg::storage::detail::set_window_split_rows(100000); }
};

bool same_observations(const std::vector<EdgeObservation>& x, const std::vector<EdgeObservation>& y) {
  return std::equal(x.begin(), x.end(), y.begin(), y.end(), [](const auto& a, const auto& b) {
    return a.source == b.source && a.target == b.target && a.relation == b.relation && a.day == b.day &&
           a.confidence == b.confidence;
  });
}

}  // namespace

TEST_CASE("load_window read as two halves on two readers returns what one reader returns, in day order") {
  Three f;
  std::vector<CuratedEdgeWrite> edges;
  const Relation relations[] = {Relation::attacks, Relation::negotiates, Relation::member_of, Relation::aids};
  for (int i = 0; i < 120; ++i) {
    auto e = curated(i % 2 ? f.a : f.c, relations[i % 4], i % 3 ? f.b : f.a,
                     Date{2015, 1, 1}.plus_days(i * 3).iso());
    if (e.source == e.target) e.target = f.b;
    e.confidence = 0.25 * (i % 4) + 0.25;
    edges.push_back(e);
  }
  REQUIRE(f.store->add_curated_edges(edges).ok());
  const WindowQuery whole{Date{2015, 1, 1}, Date{2015, 12, 31}, 0.0};
  const WindowQuery part{Date{2015, 2, 10}, Date{2015, 9, 9}, 0.5};
  const auto serial_whole = f.store->load_window(whole), serial_part = f.store->load_window(part);
  REQUIRE(serial_whole.ok());
  REQUIRE(serial_part.ok());
  CHECK(serial_whole->size() == 120);
  SplitEveryWindow split;
  const auto halves_whole = f.store->load_window(whole), halves_part = f.store->load_window(part);
  REQUIRE(halves_whole.ok());
  REQUIRE(halves_part.ok());
  CHECK(same_observations(*halves_whole, *serial_whole));
  CHECK(same_observations(*halves_part, *serial_part));
  CHECK(std::is_sorted(halves_whole->begin(), halves_whole->end(),
                       [](const auto& a, const auto& b) { return a.day < b.day; }));
  // With a single reader connection there is no second one to take: one reader reads it all.
  auto single = Fixture::open_store(f.dir.file("single.db"), StoreOptions{.reader_connections = 1});
  auto a = single->create_actor(actor("A"))->ref.id, b = single->create_actor(actor("B"))->ref.id;
  REQUIRE(single
              ->add_curated_edges(
                  {curated(a, Relation::aids, b, "2015-01-01"), curated(b, Relation::aids, a, "2015-12-31")})
              .ok());
  CHECK(single->load_window(whole)->size() == 2);
}

TEST_CASE("load_window's two halves always come from the same commit while a writer adds edges") {
  Three f;
  SplitEveryWindow split;
  const WindowQuery year{Date{2015, 1, 1}, Date{2015, 12, 31}, 0.0};
  const std::int32_t mid = Date{2015, 7, 1}.days();
  std::atomic<bool> writing{true};
  std::atomic<int> failed_writes{0};
  std::thread writer([&] {
    // Every commit adds one edge to each half of the year, so a consistent read holds as many early
    // edges as late ones.
    for (int i = 0; i < 150; ++i)
      failed_writes += !f.store
                            ->add_curated_edges({curated(f.a, Relation::attacks, f.b, "2015-01-01"),
                                                 curated(f.b, Relation::aids, f.c, "2015-12-31")})
                            .ok();
    writing = false;
  });
  int reads = 0, mismatched = 0;
  while (writing || reads == 0) {
    const auto obs = f.store->load_window(year);
    REQUIRE(obs.ok());
    const auto early = std::count_if(obs->begin(), obs->end(), [&](const auto& o) { return o.day < mid; });
    mismatched += early * 2 != static_cast<std::ptrdiff_t>(obs->size());
    ++reads;
  }
  writer.join();
  CHECK(failed_writes == 0);
  CHECK(reads > 0);
  CHECK(mismatched == 0);
  CHECK(f.store->load_window(year)->size() == 300);
}
