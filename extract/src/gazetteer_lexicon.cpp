// Reads the wording tables (data/lexicon/*.tsv): cue words, relation triggers, descriptions,
// collectives and boilerplate lines.
#include "gazetteer_builder.hpp"

namespace sg::extract {

namespace {

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

// A table of (category, phrase) cue rows: cues.tsv, and actor_cues.tsv for the words that shape
// actor mentions (roles that introduce people).
Status GazetteerBuilder::load_cues(const Files& files, std::string_view name) {
  const TsvTable cues = parse_tsv(file_content(files, name));
  for (const auto& row : cues.rows) {
    const auto it = cue_names().find(cues.cell(row, "category"));
    if (it == cue_names().end())
      return make_error(ErrorCode::invalid_field, std::string(name) + ": unknown category '" +
                                                      std::string(cues.cell(row, "category")) + "'");
    const auto ids = g_.phrase_ids(cues.cell(row, "phrase"));
    if (!ids.empty()) g_.cues[g_.add_path(ids)] |= it->second;
  }
  return Ok{};
}

Status GazetteerBuilder::load_lexicons(const Files& files) {
  if (auto s = load_cues(files, "lexicon/cues.tsv"); !s) return s;
  if (auto s = load_cues(files, "lexicon/actor_cues.tsv"); !s) return s;
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

}  // namespace sg::extract
