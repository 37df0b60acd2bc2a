// Coreference of descriptions and pronouns ("the group", "the front", "it", "they"): each takes the
// most recent compatible actor, subjects before prepositional objects; "the jihadists" takes the
// armed group named most so far; "the government" the state of the sentence's opening place, else
// the state the article is set in.
#include <algorithm>
#include <map>

#include "analysis.hpp"
#include "coref_cues.hpp"
#include "mention_shapes.hpp"

namespace sg::extract {

void resolve_descriptions(Analysis& a, const std::vector<PendingDescription>& pending) {
  // Coreference, in text order: descriptions and pronouns take the most recent compatible actor.
  std::map<std::uint32_t, int> labelled;  // groups called "the militants" so far, and how often
  // "the front" keeps naming the front it first named in an article ("The front does not include
  // Jabhat al-Nusra ... dismissed the front"): head descriptions by their last word
  std::map<std::string, std::uint32_t> named_by;
  for (const PendingDescription& p : pending) {
    Mention& men = a.mentions[p.sentence][p.index];
    const std::string& k = p.desc->kinds;
    std::uint32_t found = kNone, fallback = kNone;
    if (const std::uint32_t speaker = men.kind != MentionKind::pronoun ? kNone
                                      : controller_of(a, p.sentence, p.index) != kNone
                                          ? controller_of(a, p.sentence, p.index)
                                          : speaker_of(a, p.sentence, p.index);
        speaker != kNone) {
      found = speaker;
    } else if (const std::uint32_t head = apposed(a, p); head != kNone) {
      found = head;
    } else if (const std::uint32_t named = self_named(a, p); named != kNone) {
      found = named;
    } else if (const auto it = named_by.find(a.tok(men.te - 1).norm);
               men.kind == MentionKind::description && k.rfind("head:", 0) == 0 && it != named_by.end()) {
      found = it->second;
    } else if (k == "government") {
      // "In Tehran, the foreign ministry ...": the government of the place the sentence opens with
      const auto& ms = a.mentions[p.sentence];
      const std::uint32_t opener =
          p.index == 1 && ms[0].tb <= a.doc.sentences[p.sentence].tok_begin + 1 ? ms[0].place_state : kNone;
      if (opener != kNone) {
        found = a.actor_for_gaz(opener);
      } else if (a.main_state != kNone) {
        found = a.actor_for_gaz(a.main_state);
      }
    } else {
      const std::uint32_t lookback = men.kind == MentionKind::pronoun ? 1 : k.rfind("head:", 0) == 0 ? 10 : 4;
      const std::string& w = a.tok(men.tb).norm;
      const bool object_pronoun = w == "it" || w == "them" || w == "him";
      // A sentence-initial pronoun ("Its leader, ...") refers back to the previous sentence's topic,
      // read from its start; elsewhere the nearest compatible actor wins, prepositional ones last.
      const Sentence& here = a.doc.sentences[p.sentence];
      // "The group's spokesman, X, ..." opens a sentence the same way
      // '..., " its spokesman said': after a closing quotation the pronoun opens the reporting clause
      const bool after_quote =
          men.tb >= here.tok_begin + 2 && a.tok(men.tb - 1).has(kQuote) && a.tok(men.tb - 2).punct(',');
      const bool initial = (men.kind == MentionKind::pronoun ||
                            (men.kind == MentionKind::description && a.tok(men.te - 1).has(kPossessive))) &&
                           (men.tb <= here.tok_begin + 1 || after_quote);
      for (std::uint32_t s = p.sentence + 1; s-- > 0 && found == kNone && p.sentence - s <= lookback;) {
        if (s < p.sentence && fallback != kNone && men.kind == MentionKind::pronoun)
          break;  // same sentence first
        const auto& ms = a.mentions[s];
        std::size_t upto = s == p.sentence ? p.index : ms.size();
        const bool forward = initial && s + 1 == p.sentence;
        for (std::size_t y = 0; y < upto; ++y) {
          const std::size_t x = forward ? y : upto - 1 - y;
          const Mention& o = ms[x];
          if (o.actor == kNone || o.weak || o.kind == MentionKind::place) continue;
          if (o.modifier && men.kind == MentionKind::pronoun) continue;
          // "The US ..., accusing it of ...": an object pronoun is not its own clause's subject
          if (object_pronoun && s == p.sentence && x == first_actor(a.mentions[s]))
            continue;  // "a UN-brokered deal ... its"
          if (s == p.sentence && object_pronoun && same_clause(a, o.te, men.tb)) continue;
          // '"Turkish planes are landing ...," its spokesman said': a pronoun outside a quotation
          // does not reach into it
          if (s == p.sentence && men.kind == MentionKind::pronoun &&
              quoted(a, s, o.tb) != quoted(a, s, men.tb))
            continue;
          const bool ok = compatible(a, k, o);
          if (ok) {
            // "in Y", "in the Y": a prepositional object is a last resort for a pronoun
            const std::uint32_t sb = a.doc.sentences[s].tok_begin;
            std::uint32_t before = o.tb;
            if (before > sb + 1 && a.tok(before - 1).norm == "the") --before;
            const bool after_prep = before > sb && has_cue(a.tok(before - 1), kCueNotSubject);
            if (after_prep && men.kind == MentionKind::pronoun) {
              if (fallback == kNone) fallback = o.actor;
              continue;
            }
            found = o.actor;
            break;
          }
        }
      }
    }
    if (found == kNone) found = fallback;
    if (found == kNone && men.kind == MentionKind::description) found = cataphor(a, p);
    if (k == "group_salient") {
      // "the jihadists", "the militants": the armed group the story has named most so far
      std::map<std::uint32_t, int> seen;
      for (std::uint32_t s = 0; s <= p.sentence; ++s)
        for (std::size_t x = 0; x < a.mentions[s].size() && (s < p.sentence || x < p.index); ++x) {
          const Mention& o = a.mentions[s][x];
          if (o.actor != kNone && o.kind == MentionKind::name &&
              a.actors.actors[o.actor].kind == "armed_group")
            seen[o.actor] += 1;
        }
      // the group the story already called "the militants" or "the jihadists" keeps the label
      for (const auto& [actor, n] : labelled) seen[actor] += 2 * n;
      // "Islamic State militants" ... "the jihadists": a group named with such a label comes before
      // one never called so (the Kurdish YPG is not "the jihadists")
      const std::vector<Mention> before(
          a.mentions[p.sentence].begin(),
          a.mentions[p.sentence].begin() + static_cast<std::ptrdiff_t>(p.index));
      std::vector<std::uint32_t> hostile;
      for (const char* w : {"militants", "jihadists", "insurgents", "extremists", "terrorists", "islamists"})
        for (const std::uint32_t g : labelled_groups(a, p.sentence, before, w)) hostile.push_back(g);
      for (const auto& [actor, n] : labelled) hostile.push_back(actor);
      if (!hostile.empty())
        for (auto& [actor, n] : seen)
          if (std::find(hostile.begin(), hostile.end(), actor) != hostile.end()) n += 1000;
      // "the Dar Saad Popular Committee, a neighbourhood militia" ... "the militia": a group the text
      // described with the description's own noun comes first
      const std::string& noun = a.tok(men.te - 1).norm;
      for (auto& [actor, n] : seen) {
        const auto& described = a.actors.info[actor].described;
        if (std::find(described.begin(), described.end(), noun) != described.end()) n += 2000;
      }
      int top = 0;
      for (const auto& [actor, n] : seen)
        if (n > top || (n == top && actor == found)) {
          top = n;
          found = actor;
        }
    }
    if (found != kNone && k == "group_salient") ++labelled[found];
    if (found != kNone && men.kind == MentionKind::description && k.rfind("head:", 0) == 0)
      named_by.emplace(a.tok(men.te - 1).norm, found);
    if (found != kNone) {
      men.actor = found;
      a.actors.add_mention(found, a.text(men.tb, men.te), men.kind == MentionKind::pronoun);
    }
  }
}

}  // namespace sg::extract
