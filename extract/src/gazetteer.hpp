// The gazetteer and lexicons in memory: actors with their names, a token trie for longest-match
// mention lookup, relation triggers, and cue words. Built once, read-only afterwards (thread-safe).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/relations.hpp"
#include "extract/extractor.hpp"
#include "flat_map.hpp"
#include "tokenizer.hpp"

namespace sg::extract {

inline constexpr std::uint32_t kNone = 0xffffffffu;

struct GazActor {
  std::string id;
  std::string name;
  std::string kind;     // state, igo, armed_group, party, government, collective, other, person, place
  std::string country;  // iso3 when known
  std::string title;    // leaders: "president", "prime minister", ...
  std::int32_t from = -2147483647, to = 2147483647;  // leaders: days of the office period
  std::uint32_t state = kNone;                       // leaders of a state: the state's actor index
  struct Affiliation {
    std::uint32_t group = kNone;                       // the organisation's actor index
    std::int32_t from = -2147483647, to = 2147483647;  // days of the affiliation
  };
  std::vector<Affiliation> groups;       // group leaders and members (affiliations.tsv), in time order
  std::vector<std::string> alias_heads;  // last words of multi-word aliases ("Atlantic alliance")
};

enum class NameKind : std::uint8_t { name, demonym, capital, place };

struct NameEntry {
  std::uint32_t actor = kNone;
  NameKind kind = NameKind::name;
  bool exact_case = false;  // short or all-caps aliases (IS, US, UN) must match in upper case
  bool needs_cap = true;    // written with a capital: the text's first word must be capitalised
};

// How the arguments of a trigger are found (see data/lexicon/relations.tsv).
enum class Frame : std::uint8_t {
  active,     // SOURCE trigger [prep] TARGET
  passive,    // TARGET (was) trigger by SOURCE
  compound,   // SOURCE-trigger TARGET ("US-backed rebels")
  anti,       // anti-TARGET, source = the phrase's head or the clause subject
  noun,       // SOURCE's trigger prep TARGET / trigger prep TARGET by|from SOURCE
  role_of,    // SOURCE, TARGET's trigger ("Iran, Assad's main backer")
  accuse_of,  // SOURCE trigger TARGET of V-ing OBJECT: a second, attributed edge
  symmetric,  // A and B trigger / A trigger with B
};

struct Trigger {
  Relation relation = Relation::opposes;
  Frame frame = Frame::active;
  std::vector<std::uint32_t> preps;  // word ids; empty = direct object
  float strength = 0.8f;
  std::string rule;
};

// Cue categories (data/lexicon/cues.tsv), one bit each.
enum Cue : std::uint32_t {
  kCueSpeech = 1u << 0,        // said, told, claimed
  kCueNegation = 1u << 1,      // not, never, no
  kCueDenial = 1u << 2,        // denied, dismissed
  kCueModal = 1u << 3,         // would, could, might
  kCueConditional = 1u << 4,   // if, unless, whether
  kCueRefusal = 1u << 5,       // refused to, ruled out
  kCueHypothetical = 1u << 6,  // any future, possible
  kCueThreat = 1u << 7,        // threatened to, warned that
  kCueForceNoun = 1u << 8,     // forces, troops, jets: "Syrian forces" is Syria
  kCueGovNoun = 1u << 9,       // government, president, ministry
  kCueGroupHead = 1u << 10,    // Brigade, Front (ends a new group name)
  kCueGroupLead = 1u << 11,    // Liwa, Jaish (starts a new group name)
  kCueRole = 1u << 12,         // spokesman, commander: member_of
  kCuePlacePrep = 1u << 13,    // in, near, into: a capital after these is a place
  kCueAbbrev = 1u << 14,       // Gen., Feb.: a period after these does not end a sentence
  kCueNameLink = 1u << 15,     // al, bin, abu, de: lower-case links inside names
  kCueGroupDesc = 1u << 16,    // group, militia, faction: "X, a key Islamist group"
  kCueSkipAdj = 1u << 17,      // words allowed between a trigger and its target
  kCueStopObj = 1u << 18,      // words that end the search for a target
  kCueFigurative = 1u << 19,   // diplomatic, verbal, media: "diplomatic offensive"
  kCueHedge = 1u << 20,        // reportedly, allegedly
  kCuePersonTitle = 1u << 21,  // General, Colonel, Sheikh: start a person's name
  kCueCallName = 1u << 22,     // called, calling itself, known as
  kCueNotSubject = 1u << 23,   // words that mark the actor before them as not acting (prep)
  kCueQuestion = 1u << 24,     // reports, claims: nouns whose content is reported
  kCueFunction = 1u << 25,     // The, In, After: capitalised at a sentence start, never a name
  kCueMemberNoun = 1u << 26,   // affiliate, branch, faction: "X, a faction of Y"
  kCueParticle = 1u << 27,     // "pushed back", "hit back": the particle is no trigger
  kCueAsset = 1u << 28,        // positions, bases, convoy: "struck Hezbollah's positions" hits Hezbollah
  kCuePlaceNoun = 1u << 29,    // village, town, district: "the village of X" is a place
  kCueMotion = 1u << 30,       // sent, fled, returned: "fled to Jordan" is a place
};

struct Description {
  std::string kinds;  // "group", "government", "state", "person", "head:<word>"
  bool plural = false;
};

struct Collective {
  std::string name;        // canonical name ("rebels")
  bool needs_cap = false;  // written with a capital ("Western"): "north-western" is no actor
};

class GazetteerBuilder;

class Gazetteer {
 public:
  std::vector<GazActor> actors;

  std::uint32_t word_id(const std::string& norm) const;  // kNoWord when unknown
  std::uint32_t intern(std::string_view norm);           // build time only

  // Trie over word ids. Node 0 is the root.
  std::uint32_t child(std::uint32_t node, std::uint32_t word) const;
  std::uint32_t add_path(const std::vector<std::uint32_t>& words);

  std::vector<std::vector<NameEntry>> names;           // per trie node: actors named by this path
  std::vector<std::vector<Trigger>> triggers;          // per trie node: relation triggers
  std::vector<std::uint32_t> cues;                     // per trie node: cue bits
  std::vector<std::vector<Description>> descriptions;  // per trie node: coreferring descriptions
  std::vector<std::vector<Collective>> collectives;    // per trie node: collective actors

  struct Boilerplate {
    std::string kind;  // prefix, contains, suffix, exact
    std::string text;  // folded
  };
  std::vector<Boilerplate> boilerplate;

  // Tokenizes a gazetteer phrase into word ids (interning new words).
  std::vector<std::uint32_t> phrase_ids(std::string_view phrase);
  std::uint32_t cue_at(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                       std::size_t& len) const;
  std::uint32_t cue_scan(const std::vector<Token>& toks, std::size_t i, std::size_t end,
                         std::size_t& len) const;
  bool word_has_cue(std::uint32_t word, std::uint32_t cue) const;
  std::uint32_t find_actor(std::string_view id) const;

 private:
  FlatStringMap vocab_;
  FlatU64Map edges_;
  std::vector<std::uint32_t> root_;      // root children by word id: the hot first step of every lookup
  std::vector<std::uint8_t> cue_below_;  // per node: some cue phrase ends here or further down
  void index_roots();
  std::unordered_map<std::string, std::uint32_t> actor_index_;
  friend class GazetteerBuilder;
};

// Builds from (relative path, content) pairs: data/gazetteer/*.tsv and data/lexicon/*.tsv.
Result<std::shared_ptr<const Gazetteer>> build_gazetteer(
    const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace sg::extract
