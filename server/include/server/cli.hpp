// The command line of `stancegraph`: subcommands serve, import, export, extract, reextract.
// Flags fall back to STANCEGRAPH_* environment variables (flag > environment > default).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "server/config.hpp"

namespace sg::server {

enum class Command { serve, import_file, export_store, extract, reextract };

// export --format graphml|gexf|dot, or json|csv with --snapshot: the graph snapshot of a time window
// (the same window parameters as the /v1/graph endpoints; routes/graph_export_command.cpp).
struct GraphExportOptions {
  bool snapshot = false;
  std::string part = "edges";  // csv: nodes or edges
  std::string gexf_version = "1.3";
  std::optional<std::string> from, to, at, window, half_life, polarity, min_confidence;
  std::vector<std::string> relations;
  bool wanted(const std::string& format) const {
    return snapshot || format == "graphml" || format == "gexf" || format == "dot";
  }
};

struct CliOptions {
  Command command = Command::serve;
  ServeConfig serve;                    // db_path is used by every command that opens the store
  std::string input = "-";              // import: JSONL file, "-" for stdin
  std::size_t batch_size = 200;         // import: articles per transaction
  std::string format = "json";          // export
  GraphExportOptions graph_export;      // export of a graph snapshot
  std::optional<std::int64_t> article;  // reextract
  std::string data_dir;                 // gazetteer directory; empty: the tables built into the binary
  std::string log_level = "info";
};

struct CliParse {
  std::optional<CliOptions> options;  // absent: exit with exit_code (help printed, or usage error)
  int exit_code = 0;
};

// Prints --help and usage errors itself (usage errors to stderr, exit code 2).
CliParse parse_cli(int argc, char** argv);

// "8388608", "512K", "8M", "8MiB", "1G" -> bytes.
std::optional<std::size_t> parse_byte_size(const std::string& text);

}  // namespace sg::server
