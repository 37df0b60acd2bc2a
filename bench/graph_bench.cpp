// Graph analysis figures on this machine, for generated conflicts of 10k actors / 100k edges and
// 100k actors / 1M edges stored in SQLite through the Store API: snapshot build cold (load_window +
// build) and cached, PageRank, betweenness (exact at 10k, sampled at 100k), blocs, triad census,
// memory per edge. Then bench/graph_compare.py runs the same analyses in igraph and networkx on the
// same graph and prints ratios. Prints medians; asserts nothing.
// Usage: graph_bench [--sizes 10000:100000,100000:1000000] [--runs N] [--dir DIR] [--keep] [--no-compare]
//                    [--snapshot-only]  (snapshot and PageRank only, here and in the comparison)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "generate.hpp"
#include "graph/balance.hpp"
#include "graph/betweenness.hpp"
#include "graph/blocs.hpp"
#include "graph/export.hpp"
#include "graph/pagerank.hpp"
#include "graph/snapshot_cache.hpp"
#include "storage/store.hpp"

using namespace sg;
using namespace sg::graph;
using Clock = std::chrono::steady_clock;

namespace {

template <class T>
T check(Result<T> r, const char* what) {
  if (!r.ok()) {
    std::fprintf(stderr, "%s failed: %s\n", what, r.error().message.c_str());
    std::exit(1);
  }
  return std::move(r).value();
}

template <class F>
double median_seconds(int runs, F&& f) {
  std::vector<double> t;
  for (int i = 0; i < runs; ++i) {
    const auto start = Clock::now();
    f();
    t.push_back(std::chrono::duration<double>(Clock::now() - start).count());
  }
  std::sort(t.begin(), t.end());
  return t[t.size() / 2];
}

// Stores the observations as extracted edges of generated articles. The store keeps one edge per
// (source, relation, target) and article, so a repeat waits for the next article.
void store_observations(storage::Store& store, const std::vector<EdgeObservation>& obs) {
  constexpr std::size_t kEdgesPerArticle = 2000, kArticlesPerBatch = 50;
  std::vector<const EdgeObservation*> pending;
  for (const auto& o : obs) pending.push_back(&o);
  std::size_t article_no = 0;
  while (!pending.empty()) {
    std::vector<storage::ArticleWrite> batch;
    std::vector<const EdgeObservation*> later;
    std::size_t next = 0;
    while (next < pending.size() && batch.size() < kArticlesPerBatch) {
      storage::ArticleWrite a;
      a.article.title = "Generated report " + std::to_string(article_no);
      a.article.text =
          "Generated report number " + std::to_string(article_no++) + " for the graph benchmark.";
      a.article.published_at = "2024-12-31";
      a.extraction.extractor_version = "bench";
      std::set<std::tuple<std::int64_t, int, std::int64_t>> keys;
      std::unordered_map<std::int64_t, std::size_t> slot_of;
      auto slot = [&](std::int64_t id) {
        auto [it, added] = slot_of.try_emplace(id, a.extraction.actors.size());
        if (added) {
          storage::ExtractedActorWrite actor;
          // append, not "g" + ...: GCC 12 warns a false -Wrestrict on the prepending overload
          actor.slug = "g";
          actor.slug += std::to_string(id);
          actor.name = "Generated ";
          actor.name += std::to_string(id);
          a.extraction.actors.push_back(std::move(actor));
        }
        return it->second;
      };
      for (; next < pending.size() && a.extraction.edges.size() < kEdgesPerArticle; ++next) {
        const auto& o = *pending[next];
        auto s = o.source, t = o.target;
        if (relation_info(o.relation).symmetric && t < s) std::swap(s, t);
        if (!keys.emplace(s, static_cast<int>(o.relation), t).second) {
          later.push_back(pending[next]);
          continue;
        }
        storage::ExtractedEdgeWrite e;
        e.source = slot(o.source);
        e.target = slot(o.target);
        e.relation = o.relation;
        e.date = Date::from_days(o.day).iso();
        e.confidence = o.confidence;
        e.evidence = "generated";
        a.extraction.edges.push_back(std::move(e));
      }
      batch.push_back(std::move(a));
    }
    later.insert(later.end(), pending.begin() + static_cast<std::ptrdiff_t>(next), pending.end());
    pending = std::move(later);
    check(store.ingest(batch), "ingest");
  }
}

// Writes the snapshot's dyads and our medians, then runs bench/graph_compare.py on them. Without the
// betweenness/census fields (extra empty) the script compares graph building and PageRank only.
void compare_with_python(const Snapshot& snapshot, const std::string& dir, std::int64_t actors,
                         double t_build, double t_cold, double t_pr, int pr_iterations,
                         const std::string& extra) {
  const auto stem = dir + "/graph-bench-" + std::to_string(actors);
  {
    std::ofstream out(stem + ".edges");
    out << snapshot.vertex_count() << ' ' << snapshot.edge_count() << '\n';
    const auto rowsets = snapshot.row_offsets();
    for (Vertex u = 0; u < snapshot.vertex_count(); ++u)
      for (EdgeIndex e = rowsets[u]; e < rowsets[u + 1]; ++e)
        out << u << ' ' << snapshot.targets()[e] << ' ' << format_number(snapshot.weight(e)) << '\n';
    std::ofstream ours(stem + ".ours.json");
    ours << "{\"build\":" << t_build << ",\"cold\":" << t_cold << ",\"pagerank\":" << t_pr
         << ",\"pagerank_iterations\":" << pr_iterations << ",\"vertices\":" << snapshot.vertex_count()
         << extra << "}\n";
  }
  std::fflush(stdout);
  const auto command = std::string("/usr/bin/python3 ") + SG_SOURCE_DIR + "/bench/graph_compare.py " + stem +
                       ".edges " + stem + ".ours.json";
  if (std::system(command.c_str()) != 0) std::printf("graph_compare.py failed: %s\n", command.c_str());
}

struct Options {
  int runs = 5;
  std::string dir = std::filesystem::temp_directory_path().string();
  bool keep = false, compare = true, snapshot_only = false;
};

void run_size(std::int64_t actors, std::size_t observations, const Options& opt) {
  const int runs = opt.runs;
  const std::string& dir = opt.dir;
  std::printf("\n== %lld actors, %zu observations ==\n", static_cast<long long>(actors), observations);
  if (std::ifstream loadavg("/proc/loadavg"); loadavg) {  // other work on the cores skews every figure
    double one = 0, five = 0;
    loadavg >> one >> five;
    std::printf("load average: %.2f (1 min), %.2f (5 min) on %u cores\n", one, five,
                std::thread::hardware_concurrency());
  }
  test::GeneratorParams gen{.actors = actors, .observations = observations, .seed = 42};
  const auto db_path =
      dir + "/graph-bench-" + std::to_string(actors) + "-" + std::to_string(observations) + ".db";
  if (!opt.keep) {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_path + suffix);
  }
  auto store = check(storage::Store::open(db_path), "open");
  if (check(store->stats(), "stats").edges != static_cast<std::int64_t>(observations)) {
    const auto obs = test::generate_observations(gen);
    const auto start = Clock::now();
    store_observations(*store, obs);
    std::printf("stored in SQLite (%s): %.1f s\n", db_path.c_str(),
                std::chrono::duration<double>(Clock::now() - start).count());
  } else {
    std::printf("reusing %s\n", db_path.c_str());
  }
  const auto stats = check(store->stats(), "stats");
  const auto window = check(
      resolve_window({}, *parse_date(*stats.first_edge_date), *parse_date(*stats.last_edge_date)), "window");
  const storage::WindowQuery query{window.from(), window.to(), 0};

  std::vector<EdgeObservation> rows;
  std::shared_ptr<const Snapshot> snapshot;
  const double t_load = median_seconds(runs, [&] { rows = check(store->load_window(query), "load_window"); });
  const double t_build = median_seconds(runs, [&] { snapshot = build_snapshot(rows, window); });
  const double t_cold = median_seconds(runs, [&] {
    auto loaded = check(store->load_window(query), "load_window");
    snapshot = build_snapshot(loaded, window);
  });
  SnapshotCache cache;
  auto builder = [&]() -> Result<std::shared_ptr<const Snapshot>> {
    return build_snapshot(check(store->load_window(query), "load_window"), window);
  };
  check(cache.get(window, store->change_seq(), builder), "cache");
  const double t_cached = median_seconds(std::max(runs, 25), [&] {
    snapshot = check(cache.get(window, store->change_seq(), builder), "cache");
  });
  std::printf("snapshot: %zu actors, %zu dyads from %zu observations\n", snapshot->vertex_count(),
              snapshot->edge_count(), rows.size());
  std::printf("  load_window       %9.1f ms\n", t_load * 1e3);
  std::printf("  build (CSR)       %9.1f ms\n", t_build * 1e3);
  std::printf("  cold (load+build) %9.1f ms\n", t_cold * 1e3);
  std::printf("  cached            %9.3f ms  (hits %llu)\n", t_cached * 1e3,
              static_cast<unsigned long long>(cache.stats().hits));
  std::printf("  memory            %9.1f bytes/dyad (%.1f MiB)\n",
              static_cast<double>(snapshot->memory_bytes()) / static_cast<double>(snapshot->edge_count()),
              static_cast<double>(snapshot->memory_bytes()) / (1 << 20));

  const PageRankParams pr_params{.edges = EdgeSet::all, .tolerance = 1e-10};
  PageRank pr(snapshot, pr_params);
  const double t_pr = median_seconds(runs, [&] { check(pr.run(), "pagerank"); });
  std::printf("  PageRank          %9.1f ms  (%d iterations, L1 tol 1e-10)\n", t_pr * 1e3, pr.iterations());
  std::printf("  build + PageRank  %9.1f ms;  cold load + build + PageRank %.1f ms\n", (t_build + t_pr) * 1e3,
              (t_cold + t_pr) * 1e3);

  if (opt.snapshot_only) {
    if (opt.compare) compare_with_python(*snapshot, dir, actors, t_build, t_cold, t_pr, pr.iterations(), "");
    return;
  }
  const bool exact = snapshot->vertex_count() <= 20000;
  const BetweennessParams bt_params{.samples = exact ? std::size_t{0} : std::size_t{256}};
  Betweenness bt(snapshot, bt_params);
  const double t_bt = median_seconds(exact ? 1 : 3, [&] { check(bt.run(), "betweenness"); });
  std::printf("  betweenness       %9.1f ms  (%s, %zu sources)\n", t_bt * 1e3,
              bt.exact() ? "exact" : "sampled", bt.sample_size());
  Blocs blocs(snapshot, {});
  const double t_blocs = median_seconds(runs, [&] { check(blocs.run(), "blocs"); });
  std::printf("  blocs             %9.1f ms  (%zu camps, frustration %zu of %zu pairs, %d passes)\n",
              t_blocs * 1e3, blocs.blocs().size(), blocs.frustration(), blocs.signed_pairs(), blocs.passes());
  Balance balance(snapshot, {});
  const double t_census = median_seconds(runs, [&] { check(balance.run(), "balance"); });
  std::printf("  triad census      %9.1f ms  (%llu triangles, balance ratio %.3f)\n", t_census * 1e3,
              static_cast<unsigned long long>(balance.triangles()), balance.balance_ratio().value_or(0));

  if (!opt.compare) return;
  std::ostringstream extra;
  extra << ",\"betweenness\":" << t_bt << ",\"betweenness_sources\":" << bt.sample_size()
        << ",\"betweenness_exact\":" << (bt.exact() ? "true" : "false") << ",\"census\":" << t_census
        << ",\"triangles\":" << balance.triangles();
  compare_with_python(*snapshot, dir, actors, t_build, t_cold, t_pr, pr.iterations(), extra.str());
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::pair<std::int64_t, std::size_t>> sizes{{10000, 100000}, {100000, 1000000}};
  Options opt;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs" && i + 1 < argc) {
      opt.runs = std::max(1, std::atoi(argv[++i]));
    } else if (arg == "--dir" && i + 1 < argc) {
      opt.dir = argv[++i];
    } else if (arg == "--keep") {
      opt.keep = true;
    } else if (arg == "--no-compare") {
      opt.compare = false;
    } else if (arg == "--snapshot-only") {
      opt.snapshot_only = true;
    } else if (arg == "--sizes" && i + 1 < argc) {
      sizes.clear();
      std::string list = argv[++i];
      for (std::size_t pos = 0; pos < list.size();) {
        auto comma = list.find(',', pos);
        auto item = list.substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        auto colon = item.find(':');
        sizes.emplace_back(std::stoll(item.substr(0, colon)), std::stoull(item.substr(colon + 1)));
        pos = comma == std::string::npos ? list.size() : comma + 1;
      }
    } else {
      std::fprintf(stderr,
                   "usage: graph_bench [--sizes A:E,...] [--runs N] [--dir DIR] [--keep] [--no-compare] "
                   "[--snapshot-only]\n");
      return 2;
    }
  }
  for (const auto& [actors, observations] : sizes) run_size(actors, observations, opt);
  return 0;
}
