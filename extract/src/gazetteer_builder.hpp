// Builds a Gazetteer from the data files: gazetteer_load.cpp reads the actor tables
// (data/gazetteer/*.tsv), gazetteer_lexicon.cpp the wording (data/lexicon/*.tsv).
#pragma once
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gazetteer.hpp"
#include "tsv.hpp"

namespace sg::extract {

using Files = std::vector<std::pair<std::string, std::string>>;

// The content of the file whose path ends in name, or empty.
std::string_view file_content(const Files& files, std::string_view name);

class GazetteerBuilder {
 public:
  explicit GazetteerBuilder(Gazetteer& g) : g_(g) { g_.add_path({}); }

  std::uint32_t add_actor(GazActor a);
  void add_name(std::uint32_t actor, std::string_view surface, NameKind kind);
  Status load(const Files& files);

 private:
  Status load_states(const TsvTable& t);
  void load_leaders(const TsvTable& t);
  void load_organisations(const TsvTable& t);
  void load_places(const TsvTable& t);
  void load_affiliations(const TsvTable& t);
  Status load_lexicons(const Files& files);
  Status load_cues(const Files& files, std::string_view name);

  Gazetteer& g_;
  std::map<std::string, std::uint32_t> by_iso3_;
};

}  // namespace sg::extract
