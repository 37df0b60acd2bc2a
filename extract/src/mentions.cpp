// Actor mentions: longest match over the gazetteer trie and the names the text introduced, with case
// rules for short aliases, demonyms with force/government nouns, capitals vs places, leaders by date,
// collectives, and descriptions/pronouns resolved to the most recent compatible actor.
#include <algorithm>
#include <map>

#include "analysis.hpp"
#include "core/text.hpp"

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
    } else if (!a.g.collectives[node].empty()) {
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
    if (t.has(kPunct) || t.has(kCap)) break;
    if (has_cue(t, kCuePlacePrep))
      return !person || t.norm == "in" || t.norm == "near" || t.norm == "at" || t.norm == "inside";
    if (t.norm == "of" && k >= sb + 2 && has_cue(a.tok(k - 2), kCuePlaceNoun)) return true;
    if (t.norm == "the" || t.norm.size() < 3) break;
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
  struct Pending {
    std::uint32_t sentence;
    std::size_t index;
    const Description* desc;
  };
  std::vector<Pending> pending;
  for (std::uint32_t s = 0; s < a.doc.sentences.size(); ++s) {
    const Sentence& sen = a.doc.sentences[s];
    auto& out = a.mentions[s];
    for (std::uint32_t i = sen.tok_begin; i < sen.tok_end;) {
      Match m = longest(a, i, sen.tok_end);
      if ((m.desc || m.coll) && a.tok(i).norm == "the" && i + 1 < sen.tok_end) {
        // "the Government of National Accord" is a name, not "the government"
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
        men.person_form = a.local[m.local].person;
        men.te += noun_extension(a, men.te, sen.tok_end, kCueForceNoun | kCueGroupDesc);
      } else if (m.entry) {
        const NameEntry& e = *m.entry;
        const GazActor& ga = a.g.actors[e.actor];
        if (e.kind == NameKind::place || ga.kind == "place") {
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
            men.te += ext;
            men.weak = ext == 0 && !(men.te < sen.tok_end && a.tok(men.te).has(kHyphenBefore));
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
          men.te += noun_extension(a, men.te, sen.tok_end, kCueForceNoun | kCueGovNoun | kCueGroupDesc);
        }
        if (men.actor != kNone && a.actors.actors[men.actor].kind == "state" && !men.weak)
          state_count[a.actors.info[men.actor].gaz]++;
      } else if (m.coll) {
        men.kind = MentionKind::collective;
        men.actor =
            a.actors.get("collective:" + slugify(m.coll->name), m.coll->name, "collective", "", kNone);
      } else if (m.desc) {
        men.kind = m.desc->kinds.rfind("pronoun", 0) == 0 ? MentionKind::pronoun : MentionKind::description;
        pending.push_back({s, out.size(), m.desc});
      }
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
  // Coreference, in text order: descriptions and pronouns take the most recent compatible actor.
  for (const Pending& p : pending) {
    Mention& men = a.mentions[p.sentence][p.index];
    const std::string& k = p.desc->kinds;
    std::uint32_t found = kNone, fallback = kNone;
    if (k == "government") {
      // "In Tehran, the foreign ministry ...": the government of the place the sentence opens with
      const auto& ms = a.mentions[p.sentence];
      const std::uint32_t opener =
          !ms.empty() && p.index > 0 && ms[0].tb <= a.doc.sentences[p.sentence].tok_begin + 1
              ? ms[0].place_state
              : kNone;
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
      const bool initial = men.kind == MentionKind::pronoun && men.tb <= here.tok_begin + 1;
      for (std::uint32_t s = p.sentence + 1; s-- > 0 && found == kNone && p.sentence - s <= lookback;) {
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
              for (const auto& w : inf.heads) ok |= w == h;
              for (auto q = o.tb; q < o.te; ++q) ok |= a.tok(q).norm == h;  // "the Houthi movement"
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
  // Modifiers and coordination groups.
  for (auto& ms : a.mentions) {
    std::uint32_t group = 0;
    for (std::size_t x = 0; x < ms.size(); ++x) {
      Mention& m = ms[x];
      if (x + 1 < ms.size() && ms[x + 1].tb == m.te && a.tok(m.te - 1).has(kPossessive) && m.actor != kNone &&
          a.actors.actors[m.actor].kind == "state")
        m.modifier = true;  // "Lebanon's Hezbollah", "Syria's President Assad"
      // "UN-backed", "anti-IS": part of a compound, read by the compound frames only
      const std::uint32_t end = a.doc.tokens.size();
      if ((m.te < end && a.tok(m.te).has(kHyphenBefore)) || a.tok(m.tb).has(kHyphenBefore)) m.modifier = true;
      if (x == 0) {
        m.group = group;
        continue;
      }
      const Mention& prev = ms[x - 1];
      if (prev.modifier && prev.te == m.tb && !a.tok(m.tb).has(kHyphenBefore)) {
        m.group = group;  // "Lebanon's Hezbollah" joins whatever Lebanon's position joined
        continue;
      }
      bool joined = prev.te < m.tb;
      bool saw_and = false;
      for (auto i = prev.te; joined && i < m.tb; ++i) {
        const Token& t = a.tok(i);
        if (t.punct(',')) continue;
        if (t.norm == "and" || t.norm == "or" || t.norm == "of") {
          saw_and |= t.norm != "of";
          continue;
        }
        // "Syrian troops and fighters from Hezbollah", "Iran, along with Hezbollah"
        if (saw_and && (has_cue(t, kCueForceNoun) || t.norm == "from" || t.norm == "the")) continue;
        if ((t.norm == "as" || t.norm == "well" || t.norm == "along" || t.norm == "with" ||
             t.norm == "both") &&
            i >= prev.te)
          continue;
        joined = false;
      }
      if (joined && !saw_and && a.tok(m.te - 1).has(kPossessive)) joined = false;
      if (joined && !saw_and) {
        // "A, B and C": a bare comma joins only when the list ends in and/or
        joined = false;
        for (std::size_t y = x + 1; y < ms.size(); ++y) {
          bool only_sep = true, has_and = false;
          for (auto i = ms[y - 1].te; i < ms[y].tb; ++i) {
            const Token& t = a.tok(i);
            if (t.norm == "and" || t.norm == "or")
              has_and = true;
            else if (!t.punct(','))
              only_sep = false;
          }
          if (!only_sep) break;
          if (has_and) {
            joined = true;
            break;
          }
        }
      }
      if (!joined) ++group;
      m.group = group;
    }
  }
}

}  // namespace sg::extract
