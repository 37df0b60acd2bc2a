// Reads data/gazetteer/*.tsv (actors) into a Gazetteer, then the lexicons (gazetteer_lexicon.cpp).
// Missing files are fine (the tables grow over time); a malformed lexicon row is an error naming the file.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/text.hpp"
#include "gazetteer_builder.hpp"

namespace sg::embedded {
std::vector<std::pair<std::string_view, std::string_view>> extract_data_files();
}

namespace sg::extract {

std::string_view file_content(const Files& files, std::string_view name) {
  for (const auto& [path, content] : files)
    if (path.size() >= name.size() && path.compare(path.size() - name.size(), name.size(), name) == 0)
      return content;
  return {};
}

namespace {

bool all_caps(std::string_view s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    letter |= c >= 'A' && c <= 'Z';
  }
  return letter;
}

std::int32_t date_days(std::string_view s, bool end_of_span, std::int32_t fallback) {
  const auto span = parse_date_span(s);
  if (!span) return fallback;
  return end_of_span ? span->last.days() : span->first.days();
}

}  // namespace

std::uint32_t GazetteerBuilder::add_actor(GazActor a) {
  const auto idx = static_cast<std::uint32_t>(g_.actors.size());
  g_.actor_index_.emplace(a.id, idx);
  g_.actors.push_back(std::move(a));
  return idx;
}

void GazetteerBuilder::add_name(std::uint32_t actor, std::string_view surface, NameKind kind) {
  // "US-backed Syrian Democratic Forces" names the group but hides a stance: the extractor reads
  // the compound itself, so such aliases are not names.
  std::vector<Token> toks;
  tokenize(surface, 0, surface.size(), toks);
  for (const Token& t : toks)
    if (t.has(kHyphenBefore) &&
        (t.norm == "backed" || t.norm == "led" || t.norm == "funded" || t.norm == "supported" ||
         t.norm == "sponsored" || t.norm == "aligned" || t.norm == "allied" || t.norm == "armed" ||
         t.norm == "trained" || t.norm == "occupied" || t.norm == "held" || t.norm == "controlled"))
      return;
  const auto ids = g_.phrase_ids(surface);
  if (ids.empty()) return;
  NameEntry e{actor, kind, false};
  std::string letters;
  for (char c : surface)
    if (c != '.' && c != ' ') letters.push_back(c);
  e.exact_case = all_caps(letters) && letters.size() <= 5;
  e.needs_cap = !surface.empty() && surface[0] >= 'A' && surface[0] <= 'Z';
  auto add = [&](const std::vector<std::uint32_t>& path) {
    auto& v = g_.names[g_.add_path(path)];
    for (const auto& old : v)
      if (old.actor == actor && old.kind == kind) return;
    v.push_back(e);
  };
  add(ids);
  // News spells the Prophet's name every way: "Abu Mohammed al-Jolani" is "Abu Muhammad al-Julani"
  static const char* const kSpellings[] = {"mohammed", "mohammad", "muhammad",
                                           "mohamed",  "muhammed", "mohamad"};
  for (std::size_t i = 0; i < ids.size(); ++i) {
    bool variant = false;
    for (const char* w : kSpellings) variant |= ids[i] == g_.intern(w);
    if (!variant) continue;
    for (const char* w : kSpellings) {
      auto alt = ids;
      alt[i] = g_.intern(w);
      if (alt[i] != ids[i]) add(alt);
    }
  }
}

Status GazetteerBuilder::load_states(const TsvTable& t) {
  for (const auto& row : t.rows) {
    GazActor a;
    a.name = std::string(t.cell(row, "name"));
    if (a.name.empty()) continue;
    a.id = slugify(a.name);
    a.kind = "state";
    a.country = std::string(t.cell(row, "iso3"));
    const auto idx = add_actor(a);
    by_iso3_[a.country] = idx;
    add_name(idx, a.name, NameKind::name);
    for (const auto& s : split_list(t.cell(row, "aliases"))) add_name(idx, s, NameKind::name);
    for (const auto& s : split_list(t.cell(row, "capital"))) add_name(idx, s, NameKind::capital);
    for (const auto& s : split_list(t.cell(row, "demonyms"))) add_name(idx, s, NameKind::demonym);
  }
  return Ok{};
}

void GazetteerBuilder::load_leaders(const TsvTable& t) {
  for (const auto& row : t.rows) {
    GazActor a;
    a.id = std::string(t.cell(row, "slug"));
    a.name = std::string(t.cell(row, "name"));
    if (a.id.empty() || a.name.empty()) continue;
    a.kind = "person";
    a.country = std::string(t.cell(row, "iso3"));
    a.title = std::string(t.cell(row, "title"));
    a.from = date_days(t.cell(row, "from"), false, a.from);
    a.to = date_days(t.cell(row, "to"), true, a.to);
    if (const auto it = by_iso3_.find(a.country); it != by_iso3_.end() && a.title != "leader")
      a.state = it->second;
    // One person may hold several offices: each period is its own row with the same names.
    const std::string id = a.id;
    const auto idx = add_actor(a);
    add_name(idx, a.name, NameKind::name);
    for (const auto& s : split_list(t.cell(row, "aliases"))) add_name(idx, s, NameKind::name);
    (void)id;
  }
}

void GazetteerBuilder::load_organisations(const TsvTable& t) {
  for (const auto& row : t.rows) {
    GazActor a;
    a.id = std::string(t.cell(row, "slug"));
    a.name = std::string(t.cell(row, "name"));
    if (a.id.empty() || a.name.empty()) continue;
    a.kind = std::string(t.cell(row, "kind"));
    a.country = std::string(t.cell(row, "country"));
    // "the alliance" may mean NATO, known also as the "Atlantic alliance": aliases lend head words
    for (const auto& s : split_list(t.cell(row, "aliases"))) {
      const auto space = s.rfind(' ');
      if (space == std::string_view::npos || space + 1 >= s.size()) continue;
      std::string head(s.substr(space + 1));
      for (auto& c : head) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      a.alias_heads.push_back(std::move(head));
    }
    const auto idx = add_actor(a);
    add_name(idx, a.name, NameKind::name);
    for (const auto& s : split_list(t.cell(row, "aliases"))) add_name(idx, s, NameKind::name);
  }
}

void GazetteerBuilder::load_places(const TsvTable& t) {
  for (const auto& row : t.rows) {
    GazActor a;
    a.name = std::string(t.cell(row, "name"));
    if (a.name.empty()) continue;
    a.id = "place:" + slugify(a.name) + ":" + std::string(t.cell(row, "iso3"));
    a.kind = "place";
    a.country = std::string(t.cell(row, "iso3"));
    const auto idx = add_actor(a);
    add_name(idx, a.name, NameKind::place);
    for (const auto& s : split_list(t.cell(row, "aliases"))) add_name(idx, s, NameKind::place);
  }
}

void GazetteerBuilder::load_affiliations(const TsvTable& t) {
  for (const auto& row : t.rows) {
    const std::string member(t.cell(row, "member")), group(t.cell(row, "group"));
    const auto gi = g_.find_actor(group);
    if (gi == kNone) continue;
    for (auto& a : g_.actors)
      if (a.id == member) {
        GazActor::Affiliation af;
        af.group = gi;
        af.from = date_days(t.cell(row, "from"), false, af.from);
        af.to = date_days(t.cell(row, "to"), true, af.to);
        // one person in several office rows: each row carries the affiliation once
        bool dup = false;
        for (const auto& o : a.groups) dup |= o.group == af.group && o.from == af.from;
        if (!dup) a.groups.push_back(af);
      }
  }
}

Status GazetteerBuilder::load(const Files& files) {
  if (auto s = load_states(parse_tsv(file_content(files, "gazetteer/states.tsv"))); !s) return s;
  load_organisations(parse_tsv(file_content(files, "gazetteer/organisations.tsv")));
  load_leaders(parse_tsv(file_content(files, "gazetteer/leaders.tsv")));
  load_places(parse_tsv(file_content(files, "gazetteer/places.tsv")));
  load_affiliations(parse_tsv(file_content(files, "gazetteer/affiliations.tsv")));
  auto status = load_lexicons(files);
  g_.index_roots();
  return status;
}

Result<std::shared_ptr<const Gazetteer>> build_gazetteer(const Files& files) {
  auto g = std::make_shared<Gazetteer>();
  GazetteerBuilder b(*g);
  if (auto s = b.load(files); !s) return s.error();
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

Result<std::shared_ptr<const Gazetteer>> load_embedded_gazetteer() {
  Files files;
  for (const auto& [path, content] : sg::embedded::extract_data_files())
    files.emplace_back(std::string(path), std::string(content));
  return build_gazetteer(files);
}

Result<std::shared_ptr<const Gazetteer>> load_gazetteer(const std::string& data_dir) {
  namespace fs = std::filesystem;
  Files files;
  for (const char* sub : {"gazetteer", "lexicon"}) {
    const fs::path dir = fs::path(data_dir) / sub;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() != ".tsv") continue;
      std::ifstream in(entry.path(), std::ios::binary);
      if (!in) return make_error(ErrorCode::not_found, "cannot read " + entry.path().string());
      std::ostringstream ss;
      ss << in.rdbuf();
      files.emplace_back(std::string(sub) + "/" + entry.path().filename().string(), ss.str());
    }
  }
  if (file_content(files, "gazetteer/states.tsv").empty())
    return make_error(ErrorCode::not_found, "no gazetteer/states.tsv under " + data_dir);
  return build_gazetteer(files);
}

}  // namespace sg::extract
