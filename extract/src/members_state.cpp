// member_of that needs no apposition: ministers and officials of a state (gazetteer offices or
// government titles), gazetteer leaders of a group the article names, and roles qualified by the
// label the text gave a group ("rebel spokesman X" after "M23 rebels").
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

// "Defence Minister Guillermo Botero said", "Government spokesman X": a person the text introduces
// with a government title and no owner belongs to the state the article is about.
void titled_officials(Analysis& a, const SentenceView& v) {
  if (a.main_state == kNone) return;
  for (const Mention& m : v.ms) {
    if (m.actor == kNone || m.tb <= v.tb || a.actors.actors[m.actor].kind != "person" ||
        a.actors.info[m.actor].gaz != kNone)
      continue;
    std::uint32_t t = m.tb;
    bool gov = false;
    for (;;) {
      if (t <= v.tb || v.at(t - 1) >= 0) break;
      std::size_t len = 0;
      const std::uint32_t c = a.g.cue_at(a.doc.tokens, t - 1, m.tb, len) | a.tok(t - 1).word_cues;
      if (!(c & (kCueGovNoun | kCueRole | kCuePersonTitle))) break;
      gov |= (c & kCueGovNoun) != 0;
      --t;
    }
    if (t == m.tb || !gov) continue;
    if (t > v.tb) {
      const Token& p = a.tok(t - 1);
      const bool open = p.has(kPunct) || v.cue(t - 1, kCueFunction | kCueSpeech) || p.norm == "the" ||
                        p.norm == "and" || p.norm == "by" || p.norm == "but" || p.norm == "with";
      if (!open || v.at(t - 1) >= 0) continue;
    }
    add_member_of(a, v, m, m.actor, a.actor_for_gaz(a.main_state), m.tb - 1, m.tb, 0.7f, "member_of:office");
  }
}

// "Lavrov said": a minister in office stands for his state in stances and belongs to it.
void office_members(Analysis& a, const SentenceView& v) {
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

}  // namespace sg::extract
