// Extraction speed on one core: the dev articles repeated to at least 100,000 sentences, several
// runs, median reported. Usage: extract_bench [path/to/dev.jsonl] (default ../shared/eval/dev.jsonl
// next to the source tree).
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/extractor.hpp"

int main(int argc, char** argv) {
  const std::string path = argc > 1 ? argv[1] : SG_DEFAULT_DEV_FILE;
  std::ifstream in(path);
  if (!in) {
    std::fprintf(stderr, "extract_bench: cannot read %s\n", path.c_str());
    return 1;
  }
  std::vector<sg::extract::ArticleText> articles;
  for (std::string line; std::getline(in, line);) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    sg::extract::ArticleText a;
    a.id = j.value("id", "");
    a.published_at = j.value("published_at", "");
    a.text = j.value("text", "");
    articles.push_back(std::move(a));
  }
  auto gaz = sg::extract::load_embedded_gazetteer();
  if (!gaz || articles.empty()) {
    std::fprintf(stderr, "extract_bench: no gazetteer or no articles\n");
    return 1;
  }
  const sg::extract::Extractor extractor(*gaz);
  std::size_t per_pass = 0, edges = 0;
  for (const auto& a : articles) {
    const auto x = extractor.run(a);
    per_pass += x.sentence_count;
    edges += x.edges.size();
  }
  const std::size_t passes = (100000 + per_pass - 1) / per_pass;
  std::printf("dev file: %s\narticles %zu, sentences %zu, edges %zu per pass; %zu passes per run\n",
              path.c_str(), articles.size(), per_pass, edges, passes);
  std::vector<double> seconds;
  std::size_t sink = 0;
  for (int run = 0; run < 5; ++run) {
    const auto t0 = std::chrono::steady_clock::now();
    for (std::size_t p = 0; p < passes; ++p)
      for (const auto& a : articles) sink += extractor.run(a).edges.size();
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  }
  std::sort(seconds.begin(), seconds.end());
  const double med = seconds[seconds.size() / 2];
  const double sentences = static_cast<double>(per_pass * passes);
  const double arts = static_cast<double>(articles.size() * passes);
  std::printf("median of 5 runs: %.3f s for %.0f sentences (%.0f articles)\n", med, sentences, arts);
  std::printf("sentences/s %.0f\narticles/s %.0f\n(edges checksum %zu)\n", sentences / med, arts / med, sink);
  return 0;
}
