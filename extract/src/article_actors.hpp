// The actors of one article and the mentions that name them. Gazetteer actors, actors the text
// introduces and collectives all end up here, each once, with the surface forms seen.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/extractor.hpp"
#include "gazetteer.hpp"
#include "segment.hpp"

namespace sg::extract {

enum class MentionKind : std::uint8_t {
  name,         // gazetteer or discovered name
  demonym,      // "Syrian forces", bare "Iranian" (weak)
  capital,      // "Damascus said"
  collective,   // "rebels", "Kurdish fighters"
  description,  // "the group", resolved by coreference
  pronoun,      // "it", "they", resolved by coreference
  place,        // never an actor: blocks argument search
};

struct Mention {
  std::uint32_t tb = 0, te = 0;  // token range
  std::uint32_t actor = kNone;   // index into ArticleActors::actors; kNone for places
  MentionKind kind = MentionKind::name;
  bool weak = false;                    // a bare demonym: an actor only when a pattern says so
  bool modifier = false;                // "Lebanon's" in "Lebanon's Hezbollah": not an argument
  std::uint32_t group = 0;              // coordination group id within the sentence
  bool person_form = false;             // named as a person (a leader standing for the state)
  std::uint32_t place_state = kNone;    // a state or capital named as a place: its gazetteer actor
  std::uint32_t office_gaz = kNone;     // a minister or commander in office standing for the state
  std::uint32_t office_person = kNone;  // an official the text introduced, standing for the state
  std::uint32_t leader_gaz = kNone;     // any gazetteer person standing for the state (its entry)
};

struct ActorInfo {
  std::uint32_t gaz = kNone;       // gazetteer actor, when there is one
  std::vector<std::string> heads;  // head words for "the front", "the brigade" coreference
  bool plural = false;
  std::uint32_t named_forms = 0;       // mentions before the first pronoun
  std::vector<std::string> described;  // nouns an apposition gave it ("X, a neighbourhood militia")
};

class ArticleActors {
 public:
  std::vector<ExtractedActor> actors;
  std::vector<ActorInfo> info;

  // Returns the index of the actor with this id, creating it when new.
  std::uint32_t get(const std::string& id, const std::string& name, const std::string& kind,
                    const std::string& country, std::uint32_t gaz);
  std::uint32_t find(const std::string& id) const;
  // Records a surface form once. Forms that name the actor come first and pronouns last, and the
  // canonical name is not repeated: scorers and readers look at the first few forms only.
  void add_mention(std::uint32_t actor, std::string_view surface, bool pronoun = false);

 private:
  std::unordered_map<std::string, std::uint32_t> by_id_;
};

}  // namespace sg::extract
