// Fills a database for the API benchmark fast: synthetic articles, each carrying extracted actors
// and edges, written through Store::ingest in large transactions (the same write path the API's
// ingest uses). Usage: api_bench_gen DB EDGES [ACTORS]. Prints what it wrote and how fast.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <unordered_map>

#include "storage/store.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s DB EDGES [ACTORS]\n", argv[0]);
    return 2;
  }
  const std::string path = argv[1];
  const long edges_wanted = std::atol(argv[2]);
  const long actors = argc > 3 ? std::atol(argv[3]) : 10000;
  constexpr int kEdgesPerArticle = 100;
  constexpr int kArticlesPerBatch = 100;
  auto store = sg::storage::Store::open(path);
  if (!store) {
    std::fprintf(stderr, "cannot open %s: %s\n", path.c_str(), store.error().message.c_str());
    return 1;
  }
  const auto started = std::chrono::steady_clock::now();
  unsigned long long rng = 88172645463325252ull;
  const auto next = [&rng] {  // xorshift: deterministic, so every run builds the same graph
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return rng;
  };
  long written = 0, article_no = 0;
  while (written < edges_wanted) {
    std::vector<sg::storage::ArticleWrite> batch;
    for (int a = 0; a < kArticlesPerBatch && written < edges_wanted; ++a, ++article_no) {
      sg::storage::ArticleWrite write;
      const int day = static_cast<int>(article_no % 3650);
      const auto date = sg::Date{2010, 1, 1}.plus_days(day).iso();
      write.article = {std::nullopt, "Synthetic article " + std::to_string(article_no), date,
                       std::string("bench"), "Synthetic text number " + std::to_string(article_no) + "."};
      write.extraction.extractor_version = "bench";
      std::unordered_map<long, std::size_t> index_of;  // each actor once per article
      for (int e = 0; e < kEdgesPerArticle && written < edges_wanted; ++e, ++written) {
        const auto source = static_cast<long>(next() % static_cast<unsigned long long>(actors));
        auto target = static_cast<long>(next() % static_cast<unsigned long long>(actors));
        if (target == source) target = (target + 1) % actors;
        const auto add_actor = [&write, &index_of](long id) {
          if (auto it = index_of.find(id); it != index_of.end()) return it->second;
          index_of[id] = write.extraction.actors.size();
          write.extraction.actors.push_back({"actor-" + std::to_string(id),
                                             "Actor " + std::to_string(id),
                                             id % 7 == 0 ? "state" : "armed_group",
                                             std::nullopt,
                                             {}});
          return write.extraction.actors.size() - 1;
        };
        sg::storage::ExtractedEdgeWrite edge;
        edge.source = add_actor(source);
        edge.target = add_actor(target);
        edge.relation = static_cast<sg::Relation>(next() % sg::kRelationCount);
        edge.date = date;
        edge.confidence = 0.5 + static_cast<double>(next() % 50) / 100.0;
        edge.evidence = "Actor " + std::to_string(source) + " and actor " + std::to_string(target) + ".";
        edge.rule = "bench";
        write.extraction.edges.push_back(std::move(edge));
      }
      batch.push_back(std::move(write));
    }
    auto result = (*store)->ingest(batch);
    if (!result) {
      std::fprintf(stderr, "ingest failed: %s\n", result.error().message.c_str());
      return 1;
    }
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("generated %ld edges in %ld articles over %ld actors in %.1f s (%.0f edges/s)\n", written,
              article_no, actors, seconds, static_cast<double>(written) / seconds);
  return 0;
}
