// Actor mentions: longest match over the gazetteer trie and the names the text introduced, with case
// rules for short aliases, demonyms with force/government nouns, capitals vs places, leaders by date,
// collectives, and descriptions/pronouns resolved to the most recent compatible actor.
#include <algorithm>
#include <map>

#include "analysis.hpp"
#include "core/text.hpp"
#include "mention_match.hpp"
#include "mention_shapes.hpp"
#include "stance_wording.hpp"

namespace sg::extract {

bool targets_across(const Analysis& a, std::uint32_t sb, std::uint32_t i);  // stance_syntax.cpp

namespace {
// "US-led aircraft struck ...": the leader is the agent, unless the article names a "US-led coalition"
// that such a compound stands for.
std::uint32_t led_force_end(const Analysis& a, const Mention& m, std::uint32_t end) {
  if (m.te + 1 >= end || !a.tok(m.te).has(kHyphenBefore) || a.tok(m.te).norm != "led") return 0;
  const std::uint32_t ext = noun_extension(a, m.te + 1, end, kCueForceNoun);
  if (ext == 0) return 0;
  const std::string& leader = a.tok(m.te - 1).norm;
  const auto n = static_cast<std::uint32_t>(a.doc.tokens.size());
  for (std::uint32_t k = 1; k + 1 < n; ++k) {
    if (a.tok(k).norm != "led" || !a.tok(k).has(kHyphenBefore) || a.tok(k - 1).norm != leader) continue;
    for (std::uint32_t q = k + 1; q < n && q < k + 4; ++q)
      if (a.tok(q).norm == "coalition" || a.tok(q).norm == "alliance") return 0;
  }
  return m.te + 1 + ext;
}
}  // namespace

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
        if (const std::uint32_t te = fighters_from_place(a, i, sen.tok_end); te != 0) {
          // "fighters from Misrata": an armed actor of that place (the place alone is never one)
          Mention fm;
          fm.tb = i;
          fm.te = te;
          const std::string name(a.text(i, te));
          fm.actor = a.actors.get("group:" + slugify(name), name, "armed_group", "", kNone);
          a.actors.add_mention(fm.actor, name);
          out.push_back(fm);
          i = te;
          continue;
        }
        if (const std::uint32_t te = adjective_collective(a, i, sen.tok_end); te != 0) {
          Mention co;
          co.tb = i;
          co.te = te;
          // "the Islamist militants": with the article, the description "the militants" qualified
          if (i > sen.tok_begin && a.tok(i - 1).norm == "the") {
            co.tb = i - 1;
            if (const Description* d = definite_description(a, te - 1);
                d != nullptr && d->kinds == "group_salient") {
              co.kind = MentionKind::description;
              pending.push_back({s, out.size(), d});
              out.push_back(co);
              i = te;
              continue;
            }
            co.tb = i;
          }
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
        } else if (e.kind == NameKind::demonym && ethnic_compound(a, men, sen.tok_end)) {
          // "Bosnian Serb forces": an ethnic group across borders (stance_wording.cpp)
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
                   !(ga.kind == "state" && (e.kind != NameKind::capital || a.tok(i - 1).norm == "in") &&
                     targets_across(a, sen.tok_begin, i)) &&
                   !a.tok(men.te - 1).has(kPossessive)) {
          men.kind = MentionKind::place;
          men.place_state = ga.kind == "person" ? kNone : e.actor;
          if (ga.kind == "state") state_count[e.actor] += 3;
        } else {
          men.kind = e.kind == NameKind::capital ? MentionKind::capital : MentionKind::name;
          men.actor = a.actor_for_gaz(e.actor);
          men.person_form = ga.kind == "person" && a.actors.actors[men.actor].kind == "state";
          if (men.person_form && official_title(ga.title)) men.office_gaz = e.actor;
          if (men.person_form) men.leader_gaz = e.actor;
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
          state_count[a.actors.info[men.actor].gaz] += targets_across(a, sen.tok_begin, i) ? 3 : 1;
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
      // a minister's name stands for the state in stances but is no name of the state
      if (men.actor != kNone && men.office_gaz == kNone)
        a.actors.add_mention(men.actor, a.text(men.tb, men.te));
      if (men.actor != kNone && men.kind == MentionKind::name && a.actors.actors[men.actor].kind != "person")
        if (const auto head = appositive_head(a, men.te, sen.tok_end); !head.empty()) {
          auto& heads = a.actors.info[men.actor].heads;
          if (std::find(heads.begin(), heads.end(), head) == heads.end()) heads.emplace_back(head);
          a.actors.info[men.actor].described.emplace_back(head);
        }
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
      } else if (men.kind == MentionKind::name && men.actor != kNone &&
                 a.actors.actors[men.actor].kind == "state") {
        if (const std::uint32_t fe = led_force_end(a, men, sen.tok_end); fe != 0) {
          out.back().te = fe;
          i = fe;
        }
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
  state_officials(a);
  resolve_descriptions(a, pending);
  share_demonym_heads(a);  // stance_wording.cpp
  group_mentions(a);
}

}  // namespace sg::extract
