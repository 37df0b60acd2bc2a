// Actor mentions: longest match over the gazetteer trie and the names the text introduced, with case
// rules for short aliases, demonyms with force/government nouns, capitals vs places, leaders by date,
// collectives, and descriptions/pronouns resolved to the most recent compatible actor.
#include <algorithm>
#include <map>

#include "analysis.hpp"
#include "core/text.hpp"
#include "mention_shapes.hpp"

namespace sg::extract {

std::uint32_t Analysis::actor_for_gaz(std::uint32_t gi) {
  const GazActor& ga = g.actors[gi];
  const std::int32_t day = published.days();
  if (ga.kind == "person" && ga.state != kNone && day >= ga.from && day <= ga.to)
    return actor_for_gaz(ga.state);
  const std::string kind = ga.kind == "person" ? "person" : ga.kind;
  const auto idx = actors.get(ga.id, ga.name, kind, ga.country, gi);
  if (actors.info[idx].heads.empty()) {
    std::vector<Token> toks;
    tokenize(ga.name, 0, ga.name.size(), toks);
    for (const auto& t : toks)
      if (!t.has(kPunct)) actors.info[idx].heads.push_back(t.norm);
    // alias head words come after the name's, each a last word ("Atlantic alliance" -> alliance)
    for (const auto& h : ga.alias_heads) actors.info[idx].heads.push_back(h);
  }
  return idx;
}

namespace {

struct Match {
  std::uint32_t len = 0;
  const NameEntry* entry = nullptr;
  std::uint32_t local = kNone;
  const Collective* coll = nullptr;
  const Description* desc = nullptr;
};

bool case_ok(const Analysis& a, const NameEntry& e, std::uint32_t tb, std::uint32_t te) {
  if (e.exact_case) {
    for (auto i = tb; i < te; ++i)
      if (!a.tok(i).has(kAllCaps)) return false;
    return true;
  }
  if (e.needs_cap) return a.tok(tb).has(kCap);
  for (auto i = tb; i < te; ++i)
    if (a.tok(i).has(kCap)) return true;
  return false;
}

int entry_rank(const Analysis& a, const NameEntry& e) {
  const GazActor& ga = a.g.actors[e.actor];
  const std::int32_t day = a.published.days();
  if (ga.kind == "person") return day >= ga.from && day <= ga.to ? 5 : 3;
  switch (e.kind) {
    case NameKind::name:
      return 4;
    case NameKind::capital:
      return 2;
    case NameKind::demonym:
      return 1;
    case NameKind::place:
      return 0;
  }
  return 0;
}

// Ministers, commanders and spokesmen speak for their state but belong to it as people too
// (member_of); heads of state and government are the state itself.
bool official_title(const std::string& t) {
  if (t.find("prime minister") != std::string::npos || t.find("president") != std::string::npos ||
      t.find("general secretary") != std::string::npos)
    return false;
  for (const char* w : {"minister", "secretary", "army chief", "chief of", "general staff",
                        "intelligence chief", "commander", "spokes"})
    if (t.find(w) != std::string::npos) return true;
  return false;
}

// Longest match of every kind starting at token i.
Match longest(const Analysis& a, std::uint32_t i, std::uint32_t end) {
  Match m;
  std::uint32_t node = 0;
  for (std::uint32_t j = i; j < end; ++j) {
    const Token& t = a.tok(j);
    if (t.has(kPunct)) break;
    node = a.g.child(node, t.word);
    if (node == kNone) break;
    const std::uint32_t len = j - i + 1;
    const NameEntry* best = nullptr;
    for (const auto& e : a.g.names[node])
      if (case_ok(a, e, i, j + 1) && (!best || entry_rank(a, e) > entry_rank(a, *best))) best = &e;
    if (best) {
      m.len = len;
      m.entry = best;
      m.coll = nullptr;
      m.desc = nullptr;
    } else if (!a.g.collectives[node].empty() &&
               (!a.g.collectives[node].front().needs_cap || a.tok(i).has(kCap))) {
      m.len = len;
      m.entry = nullptr;
      m.coll = &a.g.collectives[node].front();
      m.desc = nullptr;
    } else if (!a.g.descriptions[node].empty()) {
      m.len = len;
      m.entry = nullptr;
      m.coll = nullptr;
      m.desc = &a.g.descriptions[node].front();
    }
  }
  for (std::uint32_t k = 0; k < a.local.size(); ++k) {
    const auto& w = a.local[k].words;
    if (w.size() < m.len || i + w.size() > end) continue;
    bool ok = a.tok(i).has(kCap);
    for (std::size_t x = 0; ok && x < w.size(); ++x)
      ok = a.tok(i + static_cast<std::uint32_t>(x)).norm == w[x];
    if (ok && (w.size() > m.len || m.entry == nullptr || m.entry->kind != NameKind::name)) {
      m = Match{};
      m.len = static_cast<std::uint32_t>(w.size());
      m.local = k;
    }
  }
  return m;
}

// "in Aleppo", "in western Iraq", "the village of Bashir": the name is a place here. People are
// places only after "in/near/at" ("loyal to Hadi" is no place).
bool after_place_prep(const Analysis& a, std::uint32_t sb, std::uint32_t i, bool person) {
  std::uint32_t k = i;
  for (int adj = 0; adj < 4 && k > sb; ++adj) {
    const Token& t = a.tok(k - 1);
    if (t.has(kPunct)) break;
    if (has_cue(t, kCuePlacePrep)) {
      if (person) return t.norm == "in" || t.norm == "near" || t.norm == "at" || t.norm == "inside";
      // "talk to Saudi Arabia" names an actor; "sent troops to Syria", "fled to Jordan" a place
      if (t.norm == "to") return k >= sb + 2 && has_cue(a.tok(k - 2), kCueMotion | kCueForceNoun | kCueAsset);
      return true;
    }
    if (t.norm == "of" && k >= sb + 2 && has_cue(a.tok(k - 2), kCuePlaceNoun)) return true;
    if (t.norm == "the" || t.norm.size() < 3 || t.has(kCap) || !adjective_like(a, k - 1)) break;
    --k;  // an adjective: "in western Iraq", "in north-western Syria"
  }
  return false;
}

// Extends a mention over a following force/government noun ("Syrian forces", "Hezbollah fighters").
std::uint32_t noun_extension(const Analysis& a, std::uint32_t i, std::uint32_t end, std::uint32_t cues) {
  if (i >= end || a.tok(i - 1).has(kPossessive)) return 0;
  std::size_t len = 0;
  const std::uint32_t c = a.g.cue_at(a.doc.tokens, i, end, len);
  return (c & cues) ? static_cast<std::uint32_t>(len) : 0;
}

std::string qualified_collective(const Analysis& a, std::uint32_t tb, std::uint32_t te, const Collective& c) {
  std::string name;
  for (auto i = tb; i < te && a.tok(i).has(kCap); ++i) {
    name += std::string(a.text(i, i + 1));
    name += ' ';
  }
  return name + c.name;
}

// "the Observatory" after "the Syrian Observatory for Human Rights": the latest actor whose
// multi-word name holds that capitalised word.
std::uint32_t head_reference(const Analysis& a, std::uint32_t s, const std::vector<Mention>& current,
                             std::uint32_t i, std::uint32_t end) {
  if (a.tok(i).norm != "the" || i + 1 >= end) return kNone;
  const Token& w = a.tok(i + 1);
  if (!w.has(kCap) || w.has(kPunct) || w.has(kAllCaps) || (i + 2 < end && a.tok(i + 2).has(kCap)) ||
      has_cue(w, kCueFunction))
    return kNone;
  auto match = [&](const Mention& o) {
    if (o.actor == kNone || o.kind != MentionKind::name) return false;
    const auto& heads = a.actors.info[o.actor].heads;
    if (heads.size() < 2) return false;
    for (const auto& h : heads)
      if (h == w.norm) return true;
    return false;
  };
  for (std::size_t x = current.size(); x-- > 0;)
    if (match(current[x])) return current[x].actor;
  for (std::uint32_t q = s; q-- > 0 && s - q <= 6;)
    for (std::size_t x = a.mentions[q].size(); x-- > 0;)
      if (match(a.mentions[q][x])) return a.mentions[q][x].actor;
  return kNone;
}

// "Kurdish fighters", "Shi'ite militias": an ethnic or sectarian adjective and a fighting noun.
std::uint32_t adjective_collective(const Analysis& a, std::uint32_t i, std::uint32_t end) {
  const Token& t = a.tok(i);
  if (!t.has(kCap) || !has_cue(t, kCueSkipAdj) || i + 1 >= end) return 0;
  std::uint32_t k = i + 1;
  if (k + 1 < end && has_cue(a.tok(k), kCueSkipAdj) && a.tok(k).has(kCap)) ++k;  // "Iraqi Shi'ite"
  const std::string& n = a.tok(k).norm;
  const bool fighting = n == "fighters" || n == "militias" || n == "militiamen" || n == "rebels" ||
                        n == "insurgents" || n == "tribesmen" || n == "gunmen" || n == "militants";
  return fighting && !a.tok(k).has(kHyphenBefore) ? k + 1 : 0;
}

// "US-led [international] coalition" / "anti-IS coalition": the end of the coalition noun, or 0.
std::uint32_t coalition_end(const Analysis& a, const Mention& m, std::uint32_t end) {
  if (m.actor == kNone) return 0;
  std::uint32_t k = m.te;
  const bool led =
      k < end && a.tok(k).has(kHyphenBefore) && (a.tok(k).norm == "led" || a.tok(k).norm == "backed");
  const bool anti = m.tb > 0 && a.tok(m.tb).has(kHyphenBefore) && a.tok(m.tb - 1).norm == "anti";
  if (!led && !anti) return 0;
  if (led) ++k;
  for (int adj = 0; adj < 3 && k < end; ++adj, ++k) {
    const std::string& w = a.tok(k).norm;
    if (w == "coalition" || w == "alliance") return k + 1;
    if (a.tok(k).has(kPunct) || a.tok(k).has(kCap)) return 0;
  }
  return 0;
}

}  // namespace

void find_mentions(Analysis& a) {
  a.mentions.assign(a.doc.sentences.size(), {});
  std::map<std::uint32_t, int> state_count;
  std::map<std::string, int> place_count;  // iso3 of places named: where the story happens
  std::vector<PendingDescription> pending;
  for (std::uint32_t s = 0; s < a.doc.sentences.size(); ++s) {
    const Sentence& sen = a.doc.sentences[s];
    auto& out = a.mentions[s];
    for (std::uint32_t i = sen.tok_begin; i < sen.tok_end;) {
      Match m = longest(a, i, sen.tok_end);
      // "the Government of National Accord" is a name, not "the government"; "The Sahel Liberation
      // Front" a group the text introduced, not the place "the Sahel"
      if ((m.desc || m.coll || (m.entry && m.local == kNone)) && a.tok(i).norm == "the" &&
          i + 1 < sen.tok_end) {
        const Match inner = longest(a, i + 1, sen.tok_end);
        if ((inner.entry || inner.local != kNone) && i + 1 + inner.len > i + m.len) {
          ++i;
          continue;
        }
      }
      if (m.len == 0) {
        if (const std::uint32_t actor = head_reference(a, s, out, i, sen.tok_end); actor != kNone) {
          // "the Observatory", "the Front": a capitalised head word of an actor named before
          Mention ref;
          ref.tb = i;
          ref.te = i + 2;
          ref.kind = MentionKind::description;
          ref.actor = actor;
          a.actors.add_mention(actor, a.text(i, i + 2));
          out.push_back(ref);
          i += 2;
          continue;
        }
        if (const std::uint32_t te = adjective_collective(a, i, sen.tok_end); te != 0) {
          Mention co;
          co.tb = i;
          co.te = te;
          co.kind = MentionKind::collective;
          const std::string name(a.text(i, te));
          co.actor = a.actors.get("collective:" + slugify(name), name, "collective", "", kNone);
          a.actors.add_mention(co.actor, name);
          out.push_back(co);
          i = te;
          continue;
        }
        ++i;
        continue;
      }
      Mention men;
      men.tb = i;
      men.te = i + m.len;
      if (m.local != kNone) {
        men.actor = a.local[m.local].actor;
        men.person_form = a.local[m.local].person && a.actors.actors[men.actor].kind == "state";
        men.te += noun_extension(a, men.te, sen.tok_end, kCueForceNoun | kCueGroupDesc);
      } else if (m.entry) {
        const NameEntry& e = *m.entry;
        const GazActor& ga = a.g.actors[e.actor];
        const std::uint32_t force_end = ga.kind == "place" ? place_force_end(a, men.te, sen.tok_end) : 0;
        if (force_end != 0) {
          const std::string name(a.text(men.tb, force_end));
          men.te = force_end;
          men.actor = a.actors.get("group:" + slugify(name), name, "armed_group", ga.country, kNone);
        } else if (e.kind == NameKind::place || ga.kind == "place") {
          men.kind = MentionKind::place;
          if (!ga.country.empty() && ga.kind == "place") place_count[ga.country] += 3;
        } else if (e.kind == NameKind::demonym) {
          men.kind = MentionKind::demonym;
          const std::uint32_t ext = noun_extension(a, men.te, sen.tok_end, kCueForceNoun | kCueGovNoun);
          std::size_t clen = 0;
          const Match next = men.te < sen.tok_end ? longest(a, men.te, sen.tok_end) : Match{};
          if (next.coll && !a.tok(men.te).has(kHyphenBefore)) {
            const std::string name = qualified_collective(a, men.tb, men.te, *next.coll);
            men.actor =
                a.actors.get("collective:" + slugify(next.coll->name), name, "collective", ga.country, kNone);
            men.kind = MentionKind::collective;
            men.te += next.len;
          } else {
            men.actor = a.actor_for_gaz(e.actor);
            men.te += ext ? ext : demonym_military(a, men.te, sen.tok_end);
            const std::uint32_t ext2 = men.te - men.tb - m.len;
            men.weak = ext2 == 0 && !(men.te < sen.tok_end && a.tok(men.te).has(kHyphenBefore));
          }
          (void)clen;
        } else if ((ga.kind == "state" || ga.kind == "person" || e.kind == NameKind::capital) &&
                   after_place_prep(a, sen.tok_begin, i, ga.kind == "person") &&
                   !a.tok(men.te - 1).has(kPossessive)) {
          men.kind = MentionKind::place;
          men.place_state = ga.kind == "person" ? kNone : e.actor;
          if (ga.kind == "state") state_count[e.actor] += 3;
        } else {
          men.kind = e.kind == NameKind::capital ? MentionKind::capital : MentionKind::name;
          men.actor = a.actor_for_gaz(e.actor);
          men.person_form = ga.kind == "person" && a.actors.actors[men.actor].kind == "state";
          if (men.person_form && official_title(ga.title)) men.office_gaz = e.actor;
          if (ga.kind == "person" && men.te - men.tb >= 2 && a.tok(men.te - 1).norm.size() >= 4) {
            // once "Ali Abdullah Saleh" is named, "Saleh" alone is the same person in this article
            std::vector<std::string> last{a.tok(men.te - 1).norm};
            bool seen = false;
            for (const auto& l : a.local) seen |= l.words == last;
            if (!seen) a.local.push_back({std::move(last), men.actor, true});
          }
          men.te += noun_extension(a, men.te, sen.tok_end, kCueForceNoun | kCueGovNoun | kCueGroupDesc);
        }
        if (men.actor != kNone && a.actors.actors[men.actor].kind == "state" && !men.weak)
          state_count[a.actors.info[men.actor].gaz]++;
      } else if (m.coll) {
        men.kind = MentionKind::collective;
        const std::uint32_t named = labelled_group(a, s, out, a.tok(men.te - 1).norm);
        if (named != kNone) men.kind = MentionKind::description;
        men.actor = named != kNone ? named
                                   : a.actors.get("collective:" + slugify(m.coll->name), m.coll->name,
                                                  "collective", "", kNone);
      } else if (m.desc) {
        men.kind = m.desc->kinds.rfind("pronoun", 0) == 0 ? MentionKind::pronoun : MentionKind::description;
        pending.push_back({s, out.size(), m.desc});
      }
      men.te += organ_extension(a, men, sen.tok_end);
      if (men.actor != kNone) a.actors.add_mention(men.actor, a.text(men.tb, men.te));
      out.push_back(men);
      i = men.te;
      if (const std::uint32_t end = coalition_end(a, men, sen.tok_end); end != 0) {
        // "the US-led coalition", "the Saudi-led alliance", "the anti-IS coalition": an actor of its own
        const std::uint32_t from =
            men.tb > sen.tok_begin && a.tok(men.tb - 1).norm == "anti" ? men.tb - 1 : men.tb;
        const std::string name(a.text(from, end));
        Mention co;
        co.tb = from;
        co.te = end;
        out.pop_back();  // the leader of the coalition is read as part of its name
        co.actor = a.actors.get("coalition:" + slugify(name), name, "igo", "", kNone);
        a.actors.info[co.actor].heads = {"coalition", "alliance"};
        a.actors.add_mention(co.actor, name);
        out.push_back(co);
        i = end;
      }
    }
  }
  for (const auto& [iso3, n] : place_count)
    for (std::uint32_t gi = 0; gi < a.g.actors.size(); ++gi)
      if (a.g.actors[gi].kind == "state" && a.g.actors[gi].country == iso3) {
        state_count[gi] += n;
        break;
      }
  int best = 0;
  for (const auto& [gi, n] : state_count)
    if (n > best) {
      best = n;
      a.main_state = gi;
    }
  resolve_descriptions(a, pending);
  group_mentions(a);
}

}  // namespace sg::extract
