#include "server/cli.hpp"

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "server/commands.hpp"

namespace sg::server {

std::optional<std::size_t> parse_byte_size(const std::string& text) {
  std::size_t pos = 0;
  unsigned long long value = 0;
  try {
    value = std::stoull(text, &pos);
  } catch (const std::exception&) {
    return std::nullopt;
  }
  if (text.empty() || text[0] == '-') return std::nullopt;
  std::string unit = text.substr(pos);
  for (auto& c : unit) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  unsigned long long scale = 1;
  if (unit.empty() || unit == "B")
    scale = 1;
  else if (unit == "K" || unit == "KB" || unit == "KIB")
    scale = 1ull << 10;
  else if (unit == "M" || unit == "MB" || unit == "MIB")
    scale = 1ull << 20;
  else if (unit == "G" || unit == "GB" || unit == "GIB")
    scale = 1ull << 30;
  else
    return std::nullopt;
  if (value == 0 || value > (1ull << 40) / scale) return std::nullopt;
  return static_cast<std::size_t>(value * scale);
}

bool set_log_level(const std::string& level) {
  const auto parsed = spdlog::level::from_str(level);
  if (parsed == spdlog::level::off && level != "off") return false;
  static const bool once = [] {
    spdlog::set_default_logger(spdlog::stderr_color_mt("stancegraph"));
    return true;
  }();
  (void)once;
  spdlog::set_level(parsed);
  return true;
}

namespace {

void add_db(CLI::App& command, CliOptions& options) {
  command.add_option("--db", options.serve.db_path, "SQLite database file (created when absent)")
      ->envname("STANCEGRAPH_DB")
      ->capture_default_str();
}

// A key file holds the key on its first line; surrounding whitespace is not part of it.
bool read_key_file(const std::string& path, std::string& key) {
  std::ifstream in(path);
  if (!in || !std::getline(in, key)) return false;
  const auto first = key.find_first_not_of(" \t\r\n");
  const auto last = key.find_last_not_of(" \t\r\n");
  key = first == std::string::npos ? "" : key.substr(first, last - first + 1);
  return !key.empty();
}

}  // namespace

CliParse parse_cli(int argc, char** argv) {
  CliOptions options;
  CLI::App app{"stancegraph: news articles in, a dated graph of stances between conflict actors out"};
  app.require_subcommand(1);
  app.fallthrough();
  app.add_option("--log-level", options.log_level, "trace, debug, info, warn, error or off")
      ->envname("STANCEGRAPH_LOG_LEVEL")
      ->capture_default_str();

  std::string api_key_file, max_body;
  bool no_extract = false;
  auto* serve = app.add_subcommand("serve", "Serve the HTTP JSON API");
  add_db(*serve, options);
  serve->add_option("--host", options.serve.host, "Address to listen on")
      ->envname("STANCEGRAPH_HOST")
      ->capture_default_str();
  serve->add_option("--port", options.serve.port, "TCP port (0 picks a free one)")
      ->envname("STANCEGRAPH_PORT")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  serve
      ->add_option("--api-key-file", api_key_file,
                   "File holding the API key writes need (else STANCEGRAPH_API_KEY)")
      ->check(CLI::ExistingFile);
  serve->add_option("--max-body", max_body, "Largest request body, e.g. 8M (default 8 MiB)")
      ->envname("STANCEGRAPH_MAX_BODY");
  serve->add_option("--threads", options.serve.threads, "Worker threads (default max(8, 4 x cores))")
      ->envname("STANCEGRAPH_THREADS")
      ->check(CLI::Range(1, 1024));
  serve
      ->add_option("--keep-alive-timeout", options.serve.keep_alive_timeout_seconds,
                   "Seconds an idle keep-alive connection may hold a worker")
      ->envname("STANCEGRAPH_KEEPALIVE_TIMEOUT")
      ->check(CLI::Range(1, 300))
      ->capture_default_str();
  serve->add_flag("--no-extract", no_extract, "Store articles without running the extractor");
  serve
      ->add_flag("--allow-unauthenticated-remote", options.serve.allow_unauthenticated_remote,
                 "Listen on a non-loopback address even without an API key")
      ->envname("STANCEGRAPH_ALLOW_UNAUTHENTICATED_REMOTE");
  serve->add_option("--data-dir", options.data_dir,
                    "Gazetteer directory (default: tables built into the binary)");

  auto* import =
      app.add_subcommand("import", "Bulk-load a JSONL file of articles (one JSON object per line)");
  add_db(*import, options);
  import->add_option("file", options.input, "JSONL file, or - for stdin")->required();
  import->add_option("--batch", options.batch_size, "Articles per transaction")->check(CLI::Range(1, 100000));
  import->add_flag("--no-extract", no_extract, "Store articles without running the extractor");
  import->add_option("--data-dir", options.data_dir, "Gazetteer directory");

  auto* exporter = app.add_subcommand("export", "Write the whole store (actors and edges) to stdout");
  add_db(*exporter, options);
  exporter
      ->add_option("--format", options.format,
                   "json, csv (edge list) or csv-actors; graphml, gexf or dot (a graph snapshot)")
      ->check(CLI::IsMember({"json", "csv", "csv-edges", "csv-actors", "graphml", "gexf", "dot"}))
      ->capture_default_str();
  {  // graph snapshot export: the window flags of the /v1/graph endpoints
    auto& g = options.graph_export;
    exporter->add_flag("--snapshot", g.snapshot,
                       "json/csv: export the graph snapshot instead of the whole store");
    exporter->add_option("--from", g.from, "Snapshot window start, YYYY-MM-DD");
    exporter->add_option("--to", g.to, "Snapshot window end, YYYY-MM-DD");
    exporter->add_option("--at", g.at, "Snapshot at this date (with --window: the days before it)");
    exporter->add_option("--window", g.window, "Window length in days, ending at --at or --to");
    exporter->add_option("--half-life", g.half_life, "Let older edges fade with this half-life in days");
    exporter->add_option("--relation", g.relations, "Only these relations (repeat or comma-separate)");
    exporter->add_option("--polarity", g.polarity, "Only hostile, cooperative or structural relations");
    exporter->add_option("--min-confidence", g.min_confidence, "Only edges at least this confident (0..1)");
    exporter->add_option("--part", g.part, "csv snapshot: nodes or edges")
        ->check(CLI::IsMember({"nodes", "edges"}))
        ->capture_default_str();
    exporter->add_option("--gexf-version", g.gexf_version, "1.3 (Gephi) or 1.2draft (networkx)")
        ->check(CLI::IsMember({"1.3", "1.2draft"}))
        ->capture_default_str();
  }

  auto* extract = app.add_subcommand(
      "extract", "Extract stance edges from JSONL articles on stdin to stdout (no database)");
  extract->add_option("--data-dir", options.data_dir, "Gazetteer directory");

  auto* reextract =
      app.add_subcommand("reextract", "Re-run extraction on stored articles (curated edges untouched)");
  add_db(*reextract, options);
  reextract->add_option("--article", options.article, "Only this article id")->check(CLI::PositiveNumber);
  reextract->add_option("--data-dir", options.data_dir, "Gazetteer directory");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return {std::nullopt, app.exit(e)};
  } catch (const CLI::CallForAllHelp& e) {
    return {std::nullopt, app.exit(e)};
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return {std::nullopt, 2};
  }

  if (!set_log_level(options.log_level)) {
    std::cerr << "stancegraph: unknown log level '" << options.log_level << "'\n";
    return {std::nullopt, 2};
  }
  if (serve->parsed()) options.command = Command::serve;
  if (import->parsed()) options.command = Command::import_file;
  if (exporter->parsed()) options.command = Command::export_store;
  if (extract->parsed()) options.command = Command::extract;
  if (reextract->parsed()) options.command = Command::reextract;
  options.serve.extract = !no_extract;

  if (!max_body.empty()) {
    auto bytes = parse_byte_size(max_body);
    if (!bytes) {
      std::cerr << "stancegraph: --max-body: not a size: " << max_body << " (e.g. 8M, 524288)\n";
      return {std::nullopt, 2};
    }
    options.serve.max_body = *bytes;
  }
  if (!api_key_file.empty()) {
    if (!read_key_file(api_key_file, options.serve.api_key)) {
      std::cerr << "stancegraph: --api-key-file: no key in " << api_key_file << "\n";
      return {std::nullopt, 2};
    }
  } else if (const char* key = std::getenv("STANCEGRAPH_API_KEY"); key && *key) {
    options.serve.api_key = key;
  }
  return {std::move(options), 0};
}

}  // namespace sg::server
