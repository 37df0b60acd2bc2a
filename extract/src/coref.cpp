// Coreference of descriptions and pronouns ("the group", "the front", "it", "they"): each takes the
// most recent compatible actor, subjects before prepositional objects; "the jihadists" takes the
// armed group named most so far; "the government" the state of the sentence's opening place, else
// the state the article is set in.
#include <map>

#include "analysis.hpp"

namespace sg::extract {

namespace {

std::size_t first_actor(const std::vector<Mention>& ms) {
  for (std::size_t x = 0; x < ms.size(); ++x)
    if (ms[x].actor != kNone && !ms[x].modifier && ms[x].kind != MentionKind::place) return x;
  return ms.size();
}

// No comma or semicolon between two tokens: "The GNA and Turkey rejected it" cannot mean Turkey.
bool same_clause(const Analysis& a, std::uint32_t from, std::uint32_t to) {
  for (auto i = from; i < to; ++i)
    if (a.tok(i).punct(',') || a.tok(i).punct(';') || a.tok(i).norm == "that") return false;
  return true;
}

// "France, which has troops in Niger, said it backed ...", "Russia's defence ministry said it had
// captured ...": a subject pronoun right after a speech verb is that verb's subject, the first actor
// of the clause the verb closes.
std::uint32_t speaker_of(const Analysis& a, std::uint32_t s, std::size_t index) {
  const auto& ms = a.mentions[s];
  const Mention& men = ms[index];
  const std::string& w = a.tok(men.tb).norm;
  if (w != "it" && w != "they" && w != "he" && w != "she") return kNone;
  const std::uint32_t sb = a.doc.sentences[s].tok_begin;
  std::uint32_t verb = kNone;
  // "said on Friday it", "said in a statement that it": after "that" a short lower-case adjunct may
  // stand between the verb and the pronoun
  const bool after_that = men.tb > sb && a.tok(men.tb - 1).norm == "that";
  for (std::uint32_t k = men.tb, steps = 0; k > sb && steps < (after_that ? 7u : 5u); ++steps) {
    --k;
    const Token& t = a.tok(k);
    if (t.has(kPunct)) break;
    if (has_cue(t, kCueSpeech)) {
      verb = k;
      break;
    }
    const bool adjunct = after_that && !t.has(kCap) && t.norm.size() > 0;
    if (!adjunct && t.norm != "that" && !t.has(kDigit) && t.norm != "on" && t.norm != "in" && !t.has(kCap) &&
        t.norm != "last" && t.norm != "late" && t.norm != "earlier")
      break;
  }
  if (verb != kNone)
    for (const Mention& o : ms)  // no actor between the verb and the pronoun ("said Iran's forces ...")
      if (o.tb > verb && o.tb < men.tb) return kNone;
  if (verb == kNone) return kNone;
  // the clause the verb closes starts after the last boundary before it
  std::uint32_t start = sb;
  for (std::uint32_t k = verb; k > sb; --k) {
    const Token& t = a.tok(k - 1);
    if (t.punct(',') && k == verb) {
      // "X, a small group formed after the coup, said it": skip the apposition
      std::uint32_t open = k - 1;
      while (open > sb && !a.tok(open - 1).punct(',')) --open;
      if (open > sb) {
        k = open;  // the loop's --k lands before the opening comma
        continue;
      }
    }
    const std::string& n = t.norm;
    if (t.punct(';') || t.punct(':') || n == "that" || n == "but" || n == "while" || n == "whereas" ||
        n == "after" || n == "when" || n == "because" || n == "as" ||
        (n == "and" && k >= sb + 2 && a.tok(k - 2).punct(','))) {
      start = k;
      break;
    }
  }
  const bool person = w == "he" || w == "she";
  for (std::size_t x = 0; x < index; ++x) {
    const Mention& o = ms[x];
    if (o.tb < start || o.tb >= verb) continue;
    if (o.actor == kNone || o.modifier || o.weak || o.kind == MentionKind::place) continue;
    if (o.tb > sb && has_cue(a.tok(o.tb - 1), kCueNotSubject)) continue;
    const bool is_person = a.actors.actors[o.actor].kind == "person" || o.person_form;
    return person == is_person ? o.actor : kNone;
  }
  return kNone;
}

// "The US called on Rwanda to withdraw its troops", "urged Iran to rein in its proxies": a
// possessive pronoun in an infinitive belongs to the object the verb controls.
std::uint32_t controller_of(const Analysis& a, std::uint32_t s, std::size_t index) {
  const auto& ms = a.mentions[s];
  const Mention& men = ms[index];
  const std::string& w = a.tok(men.tb).norm;
  if ((w != "its" && w != "their") || index == 0) return kNone;
  const Mention& o = ms[index - 1];
  if (o.actor == kNone || o.modifier || o.weak || o.kind == MentionKind::place || o.tb == 0) return kNone;
  // "to" and at most two words (the verb, a particle) between the object and the pronoun
  if (men.tb < o.te + 2 || men.tb > o.te + 3 || a.tok(o.te).norm != "to") return kNone;
  for (auto k = o.te + 1; k < men.tb; ++k)
    if (a.tok(k).has(kPunct) || a.tok(k).has(kCap)) return kNone;
  const std::string& before = a.tok(o.tb - 1).norm;
  const bool control = (before == "on" && o.tb >= 2 &&
                        (a.tok(o.tb - 2).norm == "called" || a.tok(o.tb - 2).norm == "calls" ||
                         a.tok(o.tb - 2).norm == "call")) ||
                       before == "urged" || before == "urges" || before == "asked" || before == "asks" ||
                       before == "told" || before == "pressed" || before == "ordered" || before == "forced" ||
                       before == "allowed" || before == "encouraged" || before == "persuaded" ||
                       before == "warned" || before == "demanded";
  return control ? o.actor : kNone;
}

}  // namespace

void resolve_descriptions(Analysis& a, const std::vector<PendingDescription>& pending) {
  // Coreference, in text order: descriptions and pronouns take the most recent compatible actor.
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
      const bool initial = (men.kind == MentionKind::pronoun ||
                            (men.kind == MentionKind::description && a.tok(men.te - 1).has(kPossessive))) &&
                           men.tb <= here.tok_begin + 1;
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
          const auto& act = a.actors.actors[o.actor];
          const auto& inf = a.actors.info[o.actor];
          bool ok = false;
          if (k == "group" || k == "group_salient")
            ok = act.kind == "armed_group" || act.kind == "party";
          else if (k.rfind("head:", 0) == 0) {
            std::string_view heads(k);
            heads.remove_prefix(5);
            std::size_t c = 0;
            while (!ok && c <= heads.size()) {
              std::size_t bar = heads.find('|', c);
              if (bar == std::string_view::npos) bar = heads.size();
              const std::string_view h = heads.substr(c, bar - c);
              // a head word followed by another group head only qualifies it: "the alliance" is
              // not the "Myanmar National Democratic Alliance Army"
              for (std::size_t z = 0; z < inf.heads.size(); ++z)
                ok |= inf.heads[z] == h && (z + 1 == inf.heads.size() ||
                                            !a.g.word_has_cue(a.g.word_id(inf.heads[z + 1]), kCueGroupHead));
              for (auto q = o.tb; q < o.te; ++q)  // "the Houthi movement"
                ok |= a.tok(q).norm == h && (q + 1 == o.te || !has_cue(a.tok(q + 1), kCueGroupHead));
              c = bar + 1;
            }
          } else if (k == "pronoun:thing")
            ok = act.kind != "person" && !o.person_form;
          else if (k == "pronoun:person")
            ok = act.kind == "person" || o.person_form;
          else if (k == "pronoun:plural")
            ok = act.kind == "collective" || inf.plural;
          if (ok) {
            const bool after_prep =
                o.tb > a.doc.sentences[s].tok_begin && has_cue(a.tok(o.tb - 1), kCueNotSubject);
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
      int top = 0;
      for (const auto& [actor, n] : seen)
        if (n > top || (n == top && actor == found)) {
          top = n;
          found = actor;
        }
    }
    if (found != kNone) {
      men.actor = found;
      a.actors.add_mention(found, a.text(men.tb, men.te));
    }
  }
}

}  // namespace sg::extract
