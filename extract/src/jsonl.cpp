#include "extract/jsonl.hpp"

#include <cmath>
#include <istream>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <tuple>

#include "core/date.hpp"
#include "core/text.hpp"

namespace sg::extract {

namespace {

using nlohmann::json;

json actor_json(const ExtractedActor& a, const std::string& first_mention) {
  json mentions = json::array();
  if (!first_mention.empty()) mentions.push_back(first_mention);
  for (const auto& m : a.mentions)
    if (m != first_mention) mentions.push_back(m);
  return json{{"id", a.id}, {"name", a.name}, {"kind", a.kind}, {"mentions", std::move(mentions)}};
}

// Reads one article; returns an error message, or empty when the line is usable.
std::string parse_article(const std::string& line, ArticleText& art) {
  json j;
  try {
    j = json::parse(line);
  } catch (const json::parse_error& e) {
    return std::string("not JSON: ") + e.what();
  }
  if (!j.is_object()) return "not a JSON object";
  const auto str = [&](const char* key, std::string& out, bool required) -> std::string {
    const auto it = j.find(key);
    if (it == j.end() || it->is_null()) return required ? std::string("missing field '") + key + "'" : "";
    if (it->is_string())
      out = it->get<std::string>();
    else if (it->is_number_integer() && std::string(key) == "id")
      out = it->dump();
    else
      return std::string("field '") + key + "' must be a string";
    return "";
  };
  for (const auto& [key, req, dst] : {std::tuple<const char*, bool, std::string*>{"id", true, &art.id},
                                      {"published_at", true, &art.published_at},
                                      {"text", true, &art.text},
                                      {"title", false, &art.title},
                                      {"source", false, &art.source},
                                      {"url", false, &art.url}})
    if (auto msg = str(key, *dst, req); !msg.empty()) return msg;
  if (art.published_at.size() > 10) art.published_at.resize(10);  // accept timestamps
  if (!parse_date(art.published_at)) return "field 'published_at' is not a YYYY-MM-DD date";
  if (!is_valid_utf8(art.text)) return "field 'text' is not valid UTF-8";
  return "";
}

}  // namespace

int run_extract_jsonl(std::istream& in, std::ostream& out, std::ostream& err, const Extractor& extractor) {
  std::string line;
  std::size_t lineno = 0, bad = 0;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    ArticleText art;
    if (const std::string msg = parse_article(line, art); !msg.empty()) {
      err << "line " << lineno << ": " << msg << "\n";
      ++bad;
      continue;
    }
    const Extraction x = extractor.run(art);
    for (const ExtractedEdge& e : x.edges) {
      json o{{"article", art.id},
             {"source", actor_json(x.actors[e.source], e.source_mention)},
             {"relation", relation_name(e.relation)},
             {"target", actor_json(x.actors[e.target], e.target_mention)},
             {"date", e.date},
             {"date_precision", precision_name(e.date_precision)},
             {"confidence", std::round(e.confidence * 1000.0) / 1000.0},
             {"asserted_by", e.asserted_by ? actor_json(x.actors[*e.asserted_by], "") : json(nullptr)},
             {"evidence", e.evidence},
             {"span", json::array({e.span_start, e.span_end})},
             {"rule", e.rule},
             {"extractor", kExtractorVersion}};
      out << o.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
    }
  }
  if (bad) err << bad << " of " << lineno << " input lines could not be read\n";
  return bad ? 1 : 0;
}

}  // namespace sg::extract
