// Storage figures on this machine: batch ingest (extraction off), ingest with extracted edges,
// load_window at 100k and 1M edges, and list_edges page latency at 1M edges. Prints, asserts nothing.
// Usage: storage_bench [--articles N] [--edges N] [--dir DIR] [--keep] [--db KEPT/edges.db]
//                      [--only TEXT]
// (defaults 20000, 1000000, $TMPDIR; --db skips the ingest figures and reads a kept edges.db;
// --only runs just the list_edges cases whose name contains TEXT)
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "storage/store.hpp"

using namespace sg;
using namespace sg::storage;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

template <class T>
T check(Result<T> r, const char* what) {
  if (!r.ok()) {
    std::fprintf(stderr, "%s failed: %s\n", what, r.error().message.c_str());
    std::exit(1);
  }
  return std::move(r).value();
}

std::string article_text(std::mt19937& rng, int i) {
  static const char* words[] = {"forces", "the",    "ministry", "said",      "on",   "Monday",
                                "that",   "rebels", "shelled",  "positions", "near", "the",
                                "border", "while",  "talks",    "continued"};
  std::string text = "Report " + std::to_string(i) + ": ";
  while (text.size() < 3000) {
    text += words[rng() % 16];
    text += ' ';
  }
  return text;
}

struct Percentiles {
  double p50_ms, p99_ms;
};

Percentiles percentiles(std::vector<double> samples) {
  std::sort(samples.begin(), samples.end());
  auto at = [&](double q) {
    return samples[static_cast<std::size_t>(q * static_cast<double>(samples.size() - 1))] * 1e3;
  };
  return {at(0.5), at(0.99)};
}

template <class F>
Percentiles time_calls(int n, F&& call) {
  std::vector<double> samples;
  for (int i = 0; i < n; ++i) {
    const auto start = Clock::now();
    call(i);
    samples.push_back(seconds_since(start));
  }
  return percentiles(std::move(samples));
}

void bench_ingest(const std::string& dir, int articles) {
  const std::string path = dir + "/ingest.db";
  auto store = check(Store::open(path), "open");
  std::mt19937 rng(1);
  std::vector<std::vector<ArticleWrite>> batches;
  for (int i = 0; i < articles; i += 100) {
    auto& batch = batches.emplace_back();
    for (int j = i; j < std::min(articles, i + 100); ++j) {
      ArticleWrite w;
      w.article.url = "https://example.org/news/" + std::to_string(j);
      w.article.title = "Article " + std::to_string(j);
      w.article.published_at = "2015-06-01";
      w.article.source = "Bench Wire";
      w.article.text = article_text(rng, j);
      batch.push_back(std::move(w));
    }
  }
  const auto start = Clock::now();
  for (const auto& batch : batches) check(store->ingest(batch), "ingest");
  const double s = seconds_since(start);
  std::printf("ingest, extraction off: %d articles (~3 KB) in batches of 100: %.2f s, %.0f articles/s\n",
              articles, s, articles / s);
  const auto again = Clock::now();
  for (const auto& batch : batches) check(store->ingest(batch), "re-ingest");
  std::printf("re-ingest of the same articles (all duplicates): %.0f articles/s\n",
              articles / seconds_since(again));
}

std::unique_ptr<Store> build_edges(const std::string& dir, int edges, int days, int actors) {
  auto store = check(Store::open(dir + "/edges.db"), "open");
  std::mt19937 rng(2);
  const int per_article = 100;
  const Date first{2010, 1, 1};
  const auto start = Clock::now();
  std::vector<ArticleWrite> batch;
  for (int a = 0; a * per_article < edges; ++a) {
    ArticleWrite w;
    w.article.title = "Edges " + std::to_string(a);
    w.article.text = "edge article " + std::to_string(a);
    const Date published = first.plus_days(static_cast<int>(rng() % static_cast<unsigned>(days)));
    w.article.published_at = published.iso();
    w.extraction.extractor_version = "bench";
    for (int k = 0; k < 20; ++k) {
      ExtractedActorWrite actor;
      const int n = static_cast<int>(rng() % static_cast<unsigned>(actors));
      actor.slug = "actor-" + std::to_string(n);
      actor.name = "Actor " + std::to_string(n);
      w.extraction.actors.push_back(std::move(actor));
    }
    for (int e = 0; e < per_article && a * per_article + e < edges; ++e) {
      ExtractedEdgeWrite edge;
      edge.source = static_cast<std::size_t>(e % 20);
      edge.target = static_cast<std::size_t>((e / 20 + 1 + e % 20) % 20);
      edge.relation = static_cast<Relation>(e / 20 % 12 + (e % 3 == 0 ? 0 : 5) % 12);
      edge.date = published.plus_days(-static_cast<int>(rng() % 3)).iso();
      edge.confidence = 0.3 + 0.7 * (rng() % 1000) / 1000.0;
      edge.evidence = "Actor clashed with actor near the border on Monday.";
      edge.span_end = 50;
      w.extraction.edges.push_back(std::move(edge));
    }
    batch.push_back(std::move(w));
    if (batch.size() == 100) {
      check(store->ingest(batch), "ingest edges");
      batch.clear();
    }
  }
  if (!batch.empty()) check(store->ingest(batch), "ingest edges");
  const double s = seconds_since(start);
  auto stats = check(store->stats(), "stats");
  std::printf("ingest with extraction: %lld edges (%lld articles, %lld actors) in %.1f s, %.0f edges/s\n",
              static_cast<long long>(stats.edges), static_cast<long long>(stats.articles),
              static_cast<long long>(stats.actors), s, static_cast<double>(stats.edges) / s);
  return store;
}

// list_edges page latency (100 per page, first page unless said) for each kind of filter. Queries vary
// with i so no two calls in a row ask the same thing.
void bench_list_edges(const Store& store, Date first, int days, int actors, const std::string& only) {
  const auto total = check(store.stats(), "stats").edges;
  const auto window = [&](EdgeQuery& q, int i, int span) {
    const int start = static_cast<int>(static_cast<unsigned>(i * 37) % static_cast<unsigned>(days - span));
    q.from = first.plus_days(start).iso();
    q.to = first.plus_days(start + span - 1).iso();
  };
  const auto rel = [](int i) { return static_cast<Relation>(i % static_cast<int>(kRelationCount)); };
  const auto actor = [&](int i) { return Id{1 + i % actors}; };
  struct Case {
    const char* name;
    std::function<void(EdgeQuery&, int)> set;
  };
  const std::vector<Case> cases = {
      {"(none), keyset pages across all edges", [&](EdgeQuery& q, int i) { q.after_id = i * total / 200; }},
      {"actor", [&](EdgeQuery& q, int i) { q.actor = actor(i); }},
      {"source", [&](EdgeQuery& q, int i) { q.source = actor(i); }},
      {"target", [&](EdgeQuery& q, int i) { q.target = actor(i); }},
      {"source+target", [&](EdgeQuery& q, int i) { q.source = actor(i), q.target = actor(i * 7 + 1); }},
      {"actor+relation", [&](EdgeQuery& q, int i) { q.actor = actor(i), q.relations = {rel(i)}; }},
      {"actor+from/to (1 year)", [&](EdgeQuery& q, int i) { q.actor = actor(i), window(q, i, 365); }},
      {"relation", [&](EdgeQuery& q, int i) { q.relations = {rel(i)}; }},
      {"relation, page 50 (after_id)",
       [&](EdgeQuery& q, int i) { q.relations = {rel(i)}, q.after_id = 50 * 100 * 12 + i; }},
      {"relation x3",
       [&](EdgeQuery& q, int i) {
         q.relations = {rel(i), rel(i + 1), rel(i + 5)};
       }},
      {"polarity=cooperative", [&](EdgeQuery& q, int) { q.polarity = Polarity::cooperative; }},
      {"from/to (2 months)", [&](EdgeQuery& q, int i) { window(q, i, 60); }},
      {"from/to (1 year)", [&](EdgeQuery& q, int i) { window(q, i, 365); }},
      {"relation+from/to (2 months)", [&](EdgeQuery& q, int i) { q.relations = {rel(i)}, window(q, i, 60); }},
      {"relation+from/to (1 year)", [&](EdgeQuery& q, int i) { q.relations = {rel(i)}, window(q, i, 365); }},
      {"relation x3+from/to (1 year)",
       [&](EdgeQuery& q, int i) {
         q.relations = {rel(i), rel(i + 1), rel(i + 5)}, window(q, i, 365);
       }},
      {"relation+from/to (1 year)+min_confidence 0.9",
       [&](EdgeQuery& q, int i) { q.relations = {rel(i)}, window(q, i, 365), q.min_confidence = 0.9; }},
      {"article",
       [&](EdgeQuery& q, int i) { q.article = Id{1 + i * 37 % std::max<std::int64_t>(1, total / 100)}; }},
      {"min_confidence 0.9", [&](EdgeQuery& q, int) { q.min_confidence = 0.9; }},
      {"min_confidence 0.999 (sparse)", [&](EdgeQuery& q, int) { q.min_confidence = 0.999; }},
      {"origin=extracted", [&](EdgeQuery& q, int) { q.origin = "extracted"; }},
      {"origin=curated (none stored)", [&](EdgeQuery& q, int) { q.origin = "curated"; }},
  };
  for (const auto& c : cases) {
    if (std::string_view(c.name).find(only) == std::string_view::npos) continue;
    std::size_t rows = 0;
    const auto p = time_calls(200, [&](int i) {
      EdgeQuery q;
      q.limit = 100;
      c.set(q, i);
      rows += check(store.list_edges(q), "list_edges").items.size();
    });
    std::printf("list_edges ?%s: p50 %.2f ms, p99 %.2f ms (%.0f rows/page)\n", c.name, p.p50_ms, p.p99_ms,
                static_cast<double>(rows) / 200);
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // figures appear as they are measured, also in a pipe
  int articles = 20000, edges = 1000000;
  std::string dir, reuse, only;  // only: run the list_edges cases whose name holds this
  bool keep = false;
  for (int i = 1; i < argc; ++i) {
    const bool has_value = i + 1 < argc;
    if (!std::strcmp(argv[i], "--keep"))
      keep = true;  // leave the files for EXPLAIN QUERY PLAN
    else if (has_value && !std::strcmp(argv[i], "--articles"))
      articles = std::atoi(argv[++i]);
    else if (has_value && !std::strcmp(argv[i], "--edges"))
      edges = std::atoi(argv[++i]);
    else if (has_value && !std::strcmp(argv[i], "--dir"))
      dir = argv[++i];
    else if (has_value && !std::strcmp(argv[i], "--db"))
      reuse = argv[++i];
    else if (has_value && !std::strcmp(argv[i], "--only"))
      only = argv[++i];
  }
  std::string scratch =
      (std::filesystem::path(dir.empty() ? std::filesystem::temp_directory_path().string() : dir) /
       "sg-storage-bench-XXXXXX")
          .string();
  if (!mkdtemp(scratch.data())) return 1;
  std::printf("storage_bench in %s (SQLite WAL, synchronous=FULL)\n", scratch.c_str());

  const int days = 3650, actors = 2000;
  std::unique_ptr<Store> store;
  if (reuse.empty()) {
    bench_ingest(scratch, articles);
    store = build_edges(scratch, edges, days, actors);
  } else {
    store = check(Store::open(reuse), "open");  // a kept edges.db: the read figures only
  }

  const Date first{2010, 1, 1};
  for (int span : {days / 10, days + 3}) {
    WindowQuery q{first.plus_days(-3), first.plus_days(span - 3), 0.0};
    std::size_t rows = 0;
    auto p = time_calls(7, [&](int) { rows = check(store->load_window(q), "load_window").size(); });
    std::printf("load_window: %zu edges, median %.1f ms (%.1f M rows/s)\n", rows, p.p50_ms,
                rows / p.p50_ms / 1e3);
  }

  bench_list_edges(*store, first, days, actors, only);
  Percentiles p;
  std::vector<double> after_write;
  for (int i = 0; i < 5; ++i) {
    check(store->create_actor(ActorWrite{"Stats probe " + std::to_string(i), "other", {}, {}, {}}), "create");
    const auto start = Clock::now();  // only the stats() that follows a commit, which recounts
    check(store->stats(), "stats");
    after_write.push_back(seconds_since(start));
  }
  p = time_calls(50, [&](int) { check(store->stats(), "stats"); });
  std::printf("stats (health counts): after a write p50 %.1f ms, cached p50 %.3f ms\n",
              percentiles(after_write).p50_ms, p.p50_ms);
  p = time_calls(200, [&](int i) { check(store->get_actor(1 + i % actors), "get_actor"); });
  std::printf("get_actor with counts: p50 %.2f ms, p99 %.2f ms\n", p.p50_ms, p.p99_ms);

  store.reset();
  if (!keep) std::filesystem::remove_all(scratch);
  return 0;
}
