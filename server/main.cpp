// stancegraph: parse the command line, open the store, load the gazetteer, run the command.
#include <spdlog/spdlog.h>

#include <fstream>
#include <iostream>
#include <memory>

#include "extract/extractor.hpp"
#include "extract/jsonl.hpp"
#include "server/cli.hpp"
#include "server/commands.hpp"
#include "storage/store.hpp"

namespace {

std::unique_ptr<sg::extract::Extractor> make_extractor(const std::string& data_dir) {
  auto gazetteer =
      data_dir.empty() ? sg::extract::load_embedded_gazetteer() : sg::extract::load_gazetteer(data_dir);
  if (!gazetteer) {
    std::cerr << "stancegraph: cannot load the gazetteer: " << gazetteer.error().message << "\n";
    return nullptr;
  }
  return std::make_unique<sg::extract::Extractor>(*gazetteer);
}

}  // namespace

int main(int argc, char** argv) {
  using sg::server::Command;
  const auto cli = sg::server::parse_cli(argc, argv);
  if (!cli.options) return cli.exit_code;
  const auto& options = *cli.options;

  const bool needs_extractor =
      options.command == Command::extract || options.command == Command::reextract ||
      ((options.command == Command::serve || options.command == Command::import_file) &&
       options.serve.extract);
  std::unique_ptr<sg::extract::Extractor> extractor;
  if (needs_extractor && !(extractor = make_extractor(options.data_dir))) return 1;
  if (options.command == Command::extract)
    return sg::extract::run_extract_jsonl(std::cin, std::cout, std::cerr, *extractor);

  sg::storage::StoreOptions store_options;
  store_options.read_only = options.command == Command::export_store;
  auto store = sg::storage::Store::open(options.serve.db_path, store_options);
  if (!store) {
    std::cerr << "stancegraph: cannot open " << options.serve.db_path << ": " << store.error().message
              << "\n";
    return 1;
  }

  switch (options.command) {
    case Command::serve:
      return sg::server::serve(options.serve, **store, extractor.get());
    case Command::import_file: {
      if (options.input == "-")
        return sg::server::import_jsonl(std::cin, **store, extractor.get(), options.batch_size, std::cout,
                                        std::cerr);
      std::ifstream in(options.input);
      if (!in) {
        std::cerr << "stancegraph import: cannot read " << options.input << "\n";
        return 1;
      }
      return sg::server::import_jsonl(in, **store, extractor.get(), options.batch_size, std::cout, std::cerr);
    }
    case Command::export_store:
      if (options.graph_export.wanted(options.format))
        return sg::server::export_graph(**store, options.format, options.graph_export, std::cout, std::cerr);
      return sg::server::export_store(**store, options.format, std::cout, std::cerr);
    case Command::reextract:
      return sg::server::reextract(**store, *extractor, options.article, std::cout, std::cerr);
    case Command::extract:
      break;
  }
  return 1;
}
