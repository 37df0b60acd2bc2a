// member_of that needs no apposition: ministers and officials of a state (gazetteer offices or
// government titles), gazetteer leaders of a group the article names, and roles qualified by the
// label the text gave a group ("rebel spokesman X" after "M23 rebels").
#include <algorithm>

#include "frames.hpp"
#include "mention_shapes.hpp"

namespace sg::extract {

namespace {
// One member_of candidate read at mention m; the trigger span is where the evidence points.
void add_member_of(Analysis& a, const SentenceView& v, const Mention& m, std::uint32_t source,
                   std::uint32_t target, std::uint32_t trigger, std::uint32_t trigger_end, float strength,
                   const char* rule) {
  Candidate c;
  c.sentence = v.index;
  c.source = source;
  c.target = target;
  c.relation = Relation::member_of;
  c.trigger = trigger;
  c.trigger_end = trigger_end;
  c.src_tok = m.tb;
  c.tgt_tok = m.tb;
  c.strength = strength;
  c.rule = rule;
  stamp(v, c, m, m);
  a.candidates.push_back(std::move(c));
}

// The groups the gazetteer affiliates a person with on the article's day that the article also
// names: the person belongs to each (affiliations.tsv).
void affiliated(Analysis& a, const SentenceView& v, const Mention& m, std::uint32_t person,
                std::uint32_t gi) {
  const std::int32_t day = a.published.days();
  for (const auto& af : a.g.actors[gi].groups) {
    // news of a death or resignation comes in the days after the affiliation ends
    const std::int64_t grace_to = static_cast<std::int64_t>(af.to) + 7;
    if (day < af.from || day > grace_to) continue;
    const std::uint32_t group = a.actors.find(a.g.actors[af.group].id);
    if (group == kNone || group == person) continue;
    add_member_of(a, v, m, person, group, m.tb, m.te, 0.6f, "member_of:known");
  }
}
}  // namespace

// "Nasrallah said ..." in a story that names Hezbollah: a leader the gazetteer affiliates with a
// group the article also names belongs to it, once per article.
void known_members(Analysis& a, const SentenceView& v) {
  for (const Mention& m : v.ms) {
    if (m.actor == kNone || m.kind != MentionKind::name) continue;
    const std::uint32_t gi = a.actors.info[m.actor].gaz;
    if (gi == kNone || a.g.actors[gi].kind != "person") continue;
    affiliated(a, v, m, m.actor, gi);
  }
}

// "rebel spokesman Willy Ngoma" after "M23 rebels": the role's qualifier names the group the text
// labelled with that word.
void labelled_roles(Analysis& a, const SentenceView& v) {
  for (std::size_t x = 0; x < v.ms.size(); ++x) {
    const Mention& m = v.ms[x];
    if (m.actor == kNone || a.actors.actors[m.actor].kind != "person" || m.tb < v.tb + 2) continue;
    if (!v.cue(m.tb - 1, kCueRole) || v.at(m.tb - 2) >= 0 || a.tok(m.tb - 2).has(kCap)) continue;
    const std::string& q = a.tok(m.tb - 2).norm;
    if (q != "rebel" && q != "militia" && q != "insurgent" && q != "separatist" && q != "paramilitary")
      continue;
    const std::uint32_t group = labelled_group(a, v.index, {}, q);
    if (group == kNone || group == m.actor) continue;
    add_member_of(a, v, m, m.actor, group, m.tb - 1, m.tb, 0.7f, "member_of:labelled_role");
  }
}

// "Defence Minister Guillermo Botero said", "Government spokesman X": whether the mention at m, in
// sentence s, is a person the text introduces with a government title and no owner.
bool government_titled(const Analysis& a, std::uint32_t s, const Mention& m) {
  const std::uint32_t sb = a.doc.sentences[s].tok_begin;
  if (m.actor == kNone || m.tb <= sb || a.actors.actors[m.actor].kind != "person" ||
      a.actors.info[m.actor].gaz != kNone)
    return false;
  auto mention_ends_at = [&](std::uint32_t t) {
    for (const Mention& o : a.mentions[s])
      if (o.tb < t && o.te >= t) return true;
    return false;
  };
  std::uint32_t t = m.tb;
  bool gov = false;
  for (;;) {
    if (t <= sb || mention_ends_at(t)) break;
    std::size_t len = 0;
    const std::uint32_t c = a.g.cue_at(a.doc.tokens, t - 1, m.tb, len) | a.tok(t - 1).word_cues;
    if (!(c & (kCueGovNoun | kCueRole | kCuePersonTitle))) break;
    gov |= (c & kCueGovNoun) != 0;
    --t;
  }
  if (t == m.tb || !gov) return false;
  if (t > sb) {
    const Token& p = a.tok(t - 1);
    const bool open = p.has(kPunct) || has_cue(p, kCueFunction | kCueSpeech) || p.norm == "the" ||
                      p.norm == "and" || p.norm == "by" || p.norm == "but" || p.norm == "with";
    if (!open || mention_ends_at(t)) return false;
  }
  return true;
}

// The officials the text introduces stand for the state the article is about in stances, like
// ministers the gazetteer knows ("Defence Minister X accused ...", later "X said"), and belong to it.
// The state an official titled in sentence s serves: the one the sentence opens with as a place
// ("At the Pentagon, press secretary X said"), else the state the article is about.
std::uint32_t served_state(const Analysis& a, std::uint32_t s) {
  const auto& ms = a.mentions[s];
  if (!ms.empty() && ms[0].kind == MentionKind::place && ms[0].place_state != kNone &&
      ms[0].tb <= a.doc.sentences[s].tok_begin + 2 && a.g.actors[ms[0].place_state].kind == "state")
    return ms[0].place_state;
  return a.main_state;
}

void state_officials(Analysis& a) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> officials;  // person, gazetteer state
  for (std::uint32_t s = 0; s < a.mentions.size(); ++s)
    for (const Mention& m : a.mentions[s]) {
      if (!government_titled(a, s, m)) continue;
      const std::uint32_t gi = served_state(a, s);
      bool seen = false;
      for (const auto& o : officials) seen |= o.first == m.actor;
      if (gi != kNone && !seen) officials.emplace_back(m.actor, gi);
    }
  for (auto& ms : a.mentions)
    for (Mention& m : ms)
      for (const auto& [person, gi] : officials)
        if (m.actor == person && m.kind == MentionKind::name) {
          m.office_person = person;
          m.actor = a.actor_for_gaz(gi);
          m.person_form = true;
          break;
        }
}

void titled_officials(Analysis& a, const SentenceView& v) {
  for (const Mention& m : v.ms)
    if (const std::uint32_t gi = served_state(a, v.index); gi != kNone && government_titled(a, v.index, m))
      add_member_of(a, v, m, m.actor, a.actor_for_gaz(gi), m.tb - 1, m.tb, 0.7f, "member_of:office");
}

// "Lavrov said": a minister in office stands for his state in stances and belongs to it.
void office_members(Analysis& a, const SentenceView& v) {
  for (const Mention& m : v.ms)
    if (m.office_person != kNone && m.actor != kNone)
      add_member_of(a, v, m, m.office_person, m.actor, m.tb, m.te, 0.8f, "member_of:office");
  for (const Mention& m : v.ms) {
    if (m.office_gaz == kNone || m.actor == kNone) continue;
    const GazActor& ga = a.g.actors[m.office_gaz];
    const std::uint32_t person = a.actors.get(ga.id, ga.name, "person", ga.country, kNone);
    a.actors.add_mention(person, a.text(m.tb, m.te));
    add_member_of(a, v, m, person, m.actor, m.tb, m.te, 0.8f, "member_of:office");
    // "Soleimani, the commander of the Quds Force": an official of a state body named as a group
    affiliated(a, v, m, person, m.office_gaz);
  }
}

// "the UAE, a leading coalition member", "Chad, an alliance member": the coalition the article
// names, by the head word the apposition uses.
void coalition_members(Analysis& a, const SentenceView& v) {
  for (std::size_t x = 0; x < v.ms.size(); ++x) {
    const Mention& m = v.ms[x];
    if (m.actor == kNone || m.modifier || m.kind == MentionKind::place || m.te + 3 >= v.te) continue;
    if (!a.tok(m.te).punct(',')) continue;
    const std::string& det = a.tok(m.te + 1).norm;
    if (det != "a" && det != "an") continue;
    for (std::uint32_t k = m.te + 2; k + 1 < v.te && k < m.te + 5; ++k) {
      const Token& t = a.tok(k);
      std::uint32_t org = kNone;
      if (const std::int32_t named = v.at(k); named >= 0) {  // "Norway, a NATO member"
        const Mention& o = v.ms[static_cast<std::size_t>(named)];
        if (o.actor != kNone && o.actor != m.actor && a.actors.actors[o.actor].kind == "igo" && o.te < v.te &&
            a.tok(o.te).norm == "member")
          org = o.actor;
        if (org == kNone) break;
        k = o.te - 1;
      }
      if (org == kNone && (t.has(kPunct) || t.has(kCap))) break;
      if (org == kNone && ((t.norm != "coalition" && t.norm != "alliance") || a.tok(k + 1).norm != "member"))
        continue;
      // the latest actor named with that head, in this sentence or the ones before
      for (std::uint32_t s = v.index + 1; s-- > 0 && org == kNone;)
        for (std::size_t y = a.mentions[s].size(); y-- > 0;) {
          const Mention& o = a.mentions[s][y];
          if (o.actor == kNone || o.actor == m.actor || a.actors.actors[o.actor].kind != "igo") continue;
          const auto& heads = a.actors.info[o.actor].heads;
          if (std::find(heads.begin(), heads.end(), t.norm) != heads.end()) {
            org = o.actor;
            break;
          }
        }
      if (org == kNone) break;
      Candidate c;
      c.sentence = v.index;
      c.source = m.actor;
      c.target = org;
      c.relation = Relation::member_of;
      c.trigger = k + 1;
      c.trigger_end = k + 2;
      c.src_tok = m.tb;
      c.tgt_tok = k;
      c.strength = 0.8f;
      c.rule = "member_of:coalition_member";
      stamp(v, c, m, m);
      a.candidates.push_back(std::move(c));
      break;
    }
  }
}

// "ECOWAS chairman and Nigerian President Bola Tinubu": a head of state who also holds an office
// of an international body belongs to it as a person.
void igo_office_holders(Analysis& a, const SentenceView& v) {
  for (const Mention& m : v.ms) {
    if (m.leader_gaz == kNone || m.tb <= v.tb) continue;
    std::uint32_t k = m.tb;
    for (int steps = 0; k > v.tb && steps < 8; ++steps) {
      const std::int32_t at = v.at(k - 1);
      if (at >= 0) {
        const Mention& o = v.ms[static_cast<std::size_t>(at)];
        if (o.actor != kNone && a.actors.actors[o.actor].kind == "igo" && o.te < m.tb &&
            v.cue(o.te, kCueRole)) {
          const GazActor& ga = a.g.actors[m.leader_gaz];
          const std::uint32_t person = a.actors.get(ga.id, ga.name, "person", ga.country, kNone);
          a.actors.add_mention(person, a.text(m.tb, m.te));
          add_member_of(a, v, m, person, o.actor, o.te, o.te + 1, 0.8f, "member_of:igo_office");
          break;
        }
        if (o.kind != MentionKind::demonym && o.actor != m.actor) break;  // "Nigerian President"
        k = o.tb;
        continue;
      }
      const Token& t = a.tok(k - 1);
      if (t.has(kPunct) || !(t.norm == "and" || v.cue(k - 1, kCueRole | kCuePersonTitle | kCueGovNoun)))
        break;
      --k;
    }
  }
}

}  // namespace sg::extract
