// Development driver. `sg-extract extract [--data DIR] < articles.jsonl > edges.jsonl` is what score.py
// pipes through; `sg-extract trace [--data DIR] [ID] < articles.jsonl` explains each article (its
// sentences, mentions and candidate edges). The embedded gazetteer is used unless --data is given.
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "extract/extractor.hpp"
#include "extract/jsonl.hpp"
#include "trace.hpp"

namespace {

int usage() {
  std::cerr << "usage: sg-extract extract|trace [--data DIR] [ARTICLE_ID] < articles.jsonl\n";
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage();
  const std::string mode = argv[1];
  if (mode != "extract" && mode != "trace") return usage();
  std::string data_dir, only_id;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--data" && i + 1 < argc)
      data_dir = argv[++i];
    else if (mode == "trace" && only_id.empty() && arg[0] != '-')
      only_id = arg;
    else
      return usage();
  }
  auto gaz =
      data_dir.empty() ? sg::extract::load_embedded_gazetteer() : sg::extract::load_gazetteer(data_dir);
  if (!gaz) {
    std::cerr << "sg-extract: " << gaz.error().message << "\n";
    return 1;
  }
  std::ios::sync_with_stdio(false);
  if (mode == "extract") {
    const sg::extract::Extractor extractor(*gaz);
    return sg::extract::run_extract_jsonl(std::cin, std::cout, std::cerr, extractor);
  }
  std::string line;
  while (std::getline(std::cin, line)) {
    const auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object()) continue;
    sg::extract::ArticleText art;
    art.id = j.value("id", "");
    if (!only_id.empty() && art.id != only_id) continue;
    art.published_at = j.value("published_at", "");
    art.text = j.value("text", "");
    sg::extract::trace_extraction(**gaz, art, std::cout);
  }
  return 0;
}
