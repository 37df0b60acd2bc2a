// Reads data/gazetteer/*.tsv (actors) and data/lexicon/*.tsv (wording) into a Gazetteer. Missing
// files are fine (the tables grow over time); a malformed lexicon row is an error naming the file.
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "core/text.hpp"
#include "gazetteer.hpp"
#include "tsv.hpp"

namespace sg::embedded {
std::vector<std::pair<std::string_view, std::string_view>> extract_data_files();
}

namespace sg::extract {

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

std::string_view file_content(const Files& files, std::string_view name) {
  for (const auto& [path, content] : files)
    if (path.size() >= name.size() && path.compare(path.size() - name.size(), name.size(), name) == 0)
      return content;
  return {};
}

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

const std::map<std::string_view, Cue>& cue_names() {
  static const std::map<std::string_view, Cue> m = {{"speech", kCueSpeech},
                                                    {"negation", kCueNegation},
                                                    {"denial", kCueDenial},
                                                    {"modal", kCueModal},
                                                    {"conditional", kCueConditional},
                                                    {"refusal", kCueRefusal},
                                                    {"hypothetical", kCueHypothetical},
                                                    {"threat", kCueThreat},
                                                    {"force_noun", kCueForceNoun},
                                                    {"gov_noun", kCueGovNoun},
                                                    {"group_head", kCueGroupHead},
                                                    {"group_lead", kCueGroupLead},
                                                    {"role", kCueRole},
                                                    {"place_prep", kCuePlacePrep},
                                                    {"abbrev", kCueAbbrev},
                                                    {"name_link", kCueNameLink},
                                                    {"group_desc", kCueGroupDesc},
                                                    {"skip_adj", kCueSkipAdj},
                                                    {"stop_obj", kCueStopObj},
                                                    {"figurative", kCueFigurative},
                                                    {"hedge", kCueHedge},
                                                    {"person_title", kCuePersonTitle},
                                                    {"call_name", kCueCallName},
                                                    {"not_subject", kCueNotSubject},
                                                    {"reported", kCueQuestion},
                                                    {"function", kCueFunction},
                                                    {"member_noun", kCueMemberNoun},
                                                    {"particle", kCueParticle},
                                                    {"asset", kCueAsset},
                                                    {"place_noun", kCuePlaceNoun},
                                                    {"motion", kCueMotion}};
  return m;
}

const std::map<std::string_view, Frame>& frame_names() {
  static const std::map<std::string_view, Frame> m = {
      {"active", Frame::active},       {"passive", Frame::passive},    {"compound", Frame::compound},
      {"anti", Frame::anti},           {"noun", Frame::noun},          {"role_of", Frame::role_of},
      {"accuse_of", Frame::accuse_of}, {"symmetric", Frame::symmetric}};
  return m;
}

}  // namespace

class GazetteerBuilder {
 public:
  explicit GazetteerBuilder(Gazetteer& g) : g_(g) { g_.add_path({}); }

  std::uint32_t add_actor(GazActor a) {
    const auto idx = static_cast<std::uint32_t>(g_.actors.size());
    g_.actor_index_.emplace(a.id, idx);
    g_.actors.push_back(std::move(a));
    return idx;
  }

  void add_name(std::uint32_t actor, std::string_view surface, NameKind kind) {
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
    auto& v = g_.names[g_.add_path(ids)];
    for (const auto& old : v)
      if (old.actor == actor && old.kind == kind) return;
    v.push_back(e);
  }

  Status load(const Files& files);

 private:
  Status load_states(const TsvTable& t);
  void load_leaders(const TsvTable& t);
  void load_organisations(const TsvTable& t);
  void load_places(const TsvTable& t);
  void load_affiliations(const TsvTable& t);
  Status load_lexicons(const Files& files);

  Gazetteer& g_;
  std::map<std::string, std::uint32_t> by_iso3_;
};

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
      if (a.id == member && a.group == kNone) {
        a.group = gi;
        a.group_from = date_days(t.cell(row, "from"), false, a.group_from);
        a.group_to = date_days(t.cell(row, "to"), true, a.group_to);
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

Status GazetteerBuilder::load_lexicons(const Files& files) {
  const TsvTable cues = parse_tsv(file_content(files, "lexicon/cues.tsv"));
  for (const auto& row : cues.rows) {
    const auto it = cue_names().find(cues.cell(row, "category"));
    if (it == cue_names().end())
      return make_error(ErrorCode::invalid_field, "lexicon/cues.tsv: unknown category '" +
                                                      std::string(cues.cell(row, "category")) + "'");
    const auto ids = g_.phrase_ids(cues.cell(row, "phrase"));
    if (!ids.empty()) g_.cues[g_.add_path(ids)] |= it->second;
  }
  const TsvTable rel = parse_tsv(file_content(files, "lexicon/relations.tsv"));
  for (const auto& row : rel.rows) {
    const auto r = relation_from_name(rel.cell(row, "relation"));
    const auto f = frame_names().find(rel.cell(row, "frame"));
    if (!r || f == frame_names().end())
      return make_error(ErrorCode::invalid_field, "lexicon/relations.tsv: bad relation or frame in row '" +
                                                      std::string(rel.cell(row, "trigger")) + "'");
    Trigger trig;
    trig.relation = *r;
    trig.frame = f->second;
    for (const auto& p : split_list(rel.cell(row, "preps"))) {
      const auto ids = g_.phrase_ids(p);
      if (ids.size() == 1) trig.preps.push_back(ids[0]);
    }
    const std::string strength(rel.cell(row, "strength"));
    trig.strength = strength.empty() ? 0.8f : std::stof(strength);
    trig.rule = std::string(rel.cell(row, "relation")) + ":" + std::string(rel.cell(row, "frame")) + ":" +
                std::string(rel.cell(row, "trigger"));
    const auto ids = g_.phrase_ids(rel.cell(row, "trigger"));
    if (!ids.empty()) g_.triggers[g_.add_path(ids)].push_back(std::move(trig));
  }
  const TsvTable desc = parse_tsv(file_content(files, "lexicon/descriptions.tsv"));
  for (const auto& row : desc.rows) {
    const auto ids = g_.phrase_ids(desc.cell(row, "phrase"));
    if (ids.empty()) continue;
    g_.descriptions[g_.add_path(ids)].push_back(
        Description{std::string(desc.cell(row, "refers_to")), desc.cell(row, "number") == "plural"});
  }
  const TsvTable coll = parse_tsv(file_content(files, "lexicon/collectives.tsv"));
  for (const auto& row : coll.rows) {
    const auto ids = g_.phrase_ids(coll.cell(row, "phrase"));
    const std::string_view phrase = coll.cell(row, "phrase");
    if (!ids.empty())
      g_.collectives[g_.add_path(ids)].push_back(Collective{
          std::string(coll.cell(row, "canonical")), !phrase.empty() && phrase[0] >= 'A' && phrase[0] <= 'Z'});
  }
  const TsvTable bp = parse_tsv(file_content(files, "lexicon/boilerplate.tsv"));
  for (const auto& row : bp.rows) {
    std::string text(bp.cell(row, "text"));
    for (char& ch : text)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    if (!text.empty()) g_.boilerplate.push_back({std::string(bp.cell(row, "kind")), std::move(text)});
  }
  return Ok{};
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
