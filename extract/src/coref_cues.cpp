// Building blocks of coreference; see coref_cues.hpp.
#include "coref_cues.hpp"

#include <algorithm>

namespace sg::extract {

namespace {

// "the Houthis", "Kurdish Peshmerga forces", "the militants": a mention worded in the plural ("they"),
// unlike a state's own name ("the United States", "the Philippines").
bool plural_form(const Analysis& a, const Mention& o) {
  const Token& last = a.tok(o.te - 1);
  const std::string& w = last.norm;
  if (w.size() < 4 || w.back() != 's' || last.has(kPossessive) || last.has(kAllCaps)) return false;
  // "Russian positions" are things, not "they" (but "Houthi fighters" are people)
  if (has_cue(last, kCueAsset) && !has_cue(last, kCueForceNoun)) return false;
  if (w.compare(w.size() - 2, 2, "ss") == 0 || w.compare(w.size() - 2, 2, "us") == 0) return false;
  const std::string& kind = a.actors.actors[o.actor].kind;
  if (kind == "person" || o.person_form) return false;
  // a plural word of the state's own name ("States", "Emirates", "Philippines") is no plural
  const auto& heads = a.actors.info[o.actor].heads;
  return !(kind == "state" && std::find(heads.begin(), heads.end(), w) != heads.end());
}

}  // namespace

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
  // "a unit of Saleh loyalists calling itself the Wafa Brigade said it": the name the subject gives
  // itself is the speaker
  for (std::size_t x = 0; x < index; ++x) {
    const Mention& o = ms[x];
    if (o.tb < start || o.tb >= verb || o.actor == kNone || o.tb < sb + 2) continue;
    std::uint32_t k = o.tb - 1;
    if (a.tok(k).norm == "the" && k > sb) --k;
    const std::string& n = a.tok(k).norm;
    if (n == "itself" || n == "themselves" || (n == "as" && a.tok(k - 1).norm == "known")) return o.actor;
  }
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

// Whether token i lies inside a quotation of sentence s (an odd number of quotation marks before it).
bool quoted(const Analysis& a, std::uint32_t s, std::uint32_t i) {
  bool inside = false;
  for (auto k = a.doc.sentences[s].tok_begin; k < i; ++k)
    if (a.tok(k).has(kQuote)) inside = !inside;
  return inside;
}

// Whether a mention's actor can be what a description or pronoun of these kinds refers to.
bool compatible(const Analysis& a, const std::string& k, const Mention& o) {
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
        ok |= inf.heads[z] == h &&
              (z + 1 == inf.heads.size() || !a.g.word_has_cue(a.g.word_id(inf.heads[z + 1]), kCueGroupHead));
      for (auto q = o.tb; q < o.te; ++q)  // "the Houthi movement"
        ok |= a.tok(q).norm == h && (q + 1 == o.te || !has_cue(a.tok(q + 1), kCueGroupHead));
      c = bar + 1;
    }
  } else if (k == "pronoun:thing")
    ok = act.kind != "person" && !o.person_form;
  else if (k == "pronoun:person")
    ok = act.kind == "person" || o.person_form;
  else if (k == "pronoun:plural")
    ok = act.kind == "collective" || inf.plural || plural_form(a, o);
  return ok;
}

// "Saudi Arabia and the UAE, which lead the coalition, ..." before "the Saudi-led coalition" is
// named: a head description with no antecedent takes the first matching name later in the article.
std::uint32_t cataphor(const Analysis& a, const PendingDescription& p) {
  const std::string& k = p.desc->kinds;
  if (k.rfind("head:", 0) != 0) return kNone;
  for (std::uint32_t s = p.sentence; s < a.mentions.size(); ++s)
    for (std::size_t x = s == p.sentence ? p.index + 1 : 0; x < a.mentions[s].size(); ++x) {
      const Mention& o = a.mentions[s][x];
      if (o.actor != kNone && o.kind == MentionKind::name && compatible(a, k, o)) return o.actor;
    }
  return kNone;
}

// "JNIM, the coalition that includes ...", "Hezbollah, the group": a description in apposition to
// the name right before it is that name.
std::uint32_t apposed(const Analysis& a, const PendingDescription& p) {
  const auto& ms = a.mentions[p.sentence];
  const Mention& men = ms[p.index];
  if (men.kind != MentionKind::description || p.index == 0 || a.tok(men.tb).norm != "the") return kNone;
  const Mention& o = ms[p.index - 1];
  std::uint32_t k = o.te;
  if (k < men.tb && a.tok(k).punct(')')) ++k;
  if (k + 1 != men.tb || !a.tok(k).punct(',') || o.actor == kNone || o.modifier || o.weak ||
      o.kind == MentionKind::place || o.person_form || a.actors.actors[o.actor].kind == "person" ||
      a.actors.actors[o.actor].kind == "state")
    return kNone;
  return o.actor;
}

// "a militia calling itself the Defenders of Kivu": "itself" is the name it gives itself.
std::uint32_t self_named(const Analysis& a, const PendingDescription& p) {
  const auto& ms = a.mentions[p.sentence];
  const Mention& men = ms[p.index];
  const std::string& w = a.tok(men.tb).norm;
  if ((w != "itself" && w != "themselves") || p.index + 1 >= ms.size()) return kNone;
  const Mention& next = ms[p.index + 1];
  std::uint32_t k = men.te;
  if (k < next.tb && a.tok(k).norm == "the") ++k;
  return k == next.tb && next.kind == MentionKind::name ? next.actor : kNone;
}

}  // namespace sg::extract
