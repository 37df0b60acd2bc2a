// What must give no edge: negation, denial, refusal, hypotheticals, conditionals, questions and
// figurative wording. A threatened act ("threatened to strike", "warned it would hit") is a threat.
#include <algorithm>

#include "analysis.hpp"

namespace sg::extract {

namespace {

bool hostile_act(Relation r) {
  return r == Relation::attacks || r == Relation::declares_war_on || r == Relation::sanctions ||
         r == Relation::opposes;
}

// "FARC dissidents who rejected that deal have formed alliances with": a cue inside a relative
// clause that closes before the trigger (a comma or a new auxiliary follows it) belongs to that clause.
bool in_closed_relative(const Analysis& a, const Candidate& c, std::uint32_t cue, std::size_t len) {
  bool relative = false;
  for (std::uint32_t k = c.src_tok; k < cue && !relative; ++k)
    relative = a.tok(k).norm == "who" || a.tok(k).norm == "which";
  if (!relative) return false;
  for (std::uint32_t k = cue + static_cast<std::uint32_t>(len) + 1; k < c.trigger; ++k) {
    const std::string& w = a.tok(k).norm;
    if (a.tok(k).punct(',') || w == "have" || w == "has" || w == "had" || w == "is" || w == "are" ||
        w == "was" || w == "were")
      return true;
  }
  return false;
}

// "vowed (on Tuesday) to fight X", "pledged to crush the militants": a vow governing a verb of
// sustained struggle, not of a single strike.
bool vowed_struggle(const Analysis& a, const Candidate& c, std::uint32_t near) {
  const std::string& w = a.tok(c.trigger).norm;
  static const char* const struggle[] = {"fight", "combat", "battle", "topple", "overthrow"};
  bool hit = false;
  for (const char* x : struggle) hit |= w == x;
  if (!hit || c.trigger == 0 || a.tok(c.trigger - 1).norm != "to") return false;
  for (std::uint32_t i = near; i + 1 < c.trigger; ++i) {
    const std::string& v = a.tok(i).norm;
    if (v == "vowed" || v == "vows" || v == "vow" || v == "vowing" || v == "pledged" || v == "pledges" ||
        v == "swore" || v == "swears")
      return true;
  }
  return false;
}

// "a plot by Iran's Quds Force to launch drones at Israel": an act someone plots has not happened.
bool plotted(const Analysis& a, const Sentence& s, std::uint32_t trigger) {
  if (trigger <= s.tok_begin + 1 || a.tok(trigger - 1).norm != "to") return false;
  for (std::uint32_t k = trigger - 1, n = 0; k > s.tok_begin && n < 8; ++n) {
    --k;
    const std::string& w = a.tok(k).norm;
    if (a.tok(k).has(kPunct) && !a.tok(k).has(kQuote)) return false;
    if (w == "plot" || w == "plots" || w == "plotting" || w == "plotted" || w == "scheme" ||
        w == "conspiracy" || w == "conspiring" || w == "conspired")
      return true;
  }
  return false;
}

}  // namespace

bool survives_polarity(const Analysis& a, Candidate& c) {
  const Sentence& s = a.doc.sentences[c.sentence];
  if (a.tok(s.tok_end - 1).punct('?')) return false;
  if (plotted(a, s, c.trigger)) return false;
  std::uint32_t lo = std::min({c.src_tok, c.trigger, c.tgt_tok});
  const std::uint32_t near = c.trigger >= s.tok_begin + 4 ? c.trigger - 4 : s.tok_begin;
  lo = std::min(lo, near);
  // a coordinated clause starts a new scope: "which was not involved ... and has spent months in talks"
  for (std::uint32_t i = c.trigger; i > lo; --i) {
    const Token& t = a.tok(i - 1);
    if (t.norm == "and" || t.norm == "but" || t.norm == "while" || t.norm == "although" || t.punct(';')) {
      lo = i;
      break;
    }
  }
  // the clause begins after the last boundary before the trigger
  bool threat = false, modal = false, figurative = false;
  // "X denied that S": the denial covers the whole reported clause
  for (std::uint32_t i = s.tok_begin; i + 1 < c.trigger; ++i) {
    // also a phrase: "there was no sign that S", "no evidence that S"
    const std::uint32_t dl = (a.tok(i).phrase_cues & kCueDenial) ? a.tok(i).phrase_len : 1u;
    if ((has_cue(a.tok(i), kCueDenial) || dl > 1) && i + dl < c.trigger && a.tok(i + dl).norm == "that")
      return false;
  }
  for (std::uint32_t i = s.tok_begin; i < c.trigger; ++i) {
    std::size_t len = 0;
    const std::uint32_t cue = a.g.cue_at(a.doc.tokens, i, c.trigger, len);
    if (cue & kCueThreat) threat = true;
    if (i < lo || cue == 0) continue;
    if ((cue & (kCueNegation | kCueDenial | kCueRefusal | kCueHypothetical | kCueConditional)) &&
        !(c.src_tok < i && in_closed_relative(a, c, i, len)))
      return false;
    if (cue & kCueModal) modal = true;
    if ((cue & kCueFigurative) && i + len >= c.trigger) figurative = true;
  }
  // "Iran will hold talks with Iraq on Friday": planned talks are no talks yet
  if (c.relation == Relation::negotiates)
    for (std::uint32_t i = lo; i < c.trigger; ++i)
      if (a.tok(i).norm == "will" || a.tok(i).norm == "shall") return false;
  // a conditional clause after the act ("would strike X if ...") also makes it hypothetical
  bool conditional_after = false;
  for (std::uint32_t i = c.trigger_end; i < s.tok_end; ++i) {
    if (has_cue(a.tok(i), kCueConditional)) conditional_after = true;
    // "Reports that X armed Y were denied by Z": the claim is denied after the fact
    if (has_cue(a.tok(i), kCueDenial) && i > c.trigger_end &&
        (a.tok(i - 1).norm == "were" || a.tok(i - 1).norm == "was" || a.tok(i - 1).norm == "been" ||
         (i + 1 < s.tok_end && a.tok(i + 1).norm == "by")))
      return false;
  }
  if (figurative && c.relation == Relation::attacks) c.relation = Relation::opposes;
  if (c.relation == Relation::member_of) return !modal;
  // "Turkey said its artillery would keep hitting the militia": an actor announcing its own
  // future force is threatening
  // (or by one who leads or speaks for the actor: "Nangaa, the head of the alliance, said it would")
  bool self_announced = c.asserted_by != kNone && c.asserted_by == c.source;
  for (const Candidate& m : a.candidates)
    self_announced |= c.asserted_by != kNone && m.relation == Relation::member_of &&
                      m.source == c.asserted_by && m.target == c.source && m.asserted_by == kNone;
  // "X would pay a heavy price": the future is the threat itself
  if (c.relation == Relation::threatens && c.rule.rfind("threatens:pay_the_price", 0) == 0) modal = false;
  // "would keep fighting JNIM elsewhere": continuing an ongoing fight is no hypothesis (a warned
  // one stays a threat)
  if (modal && !threat && !conditional_after && c.trigger >= s.tok_begin + 2) {
    const std::string& p1 = a.tok(c.trigger - 1).norm;
    const std::string& p2 = a.tok(c.trigger - 2).norm;
    if (p1 == "keep" || p1 == "continue" || (p1 == "to" && p2 == "continue")) modal = false;
  }
  if (modal || (conditional_after && threat)) {
    if ((threat || self_announced) && hostile_act(c.relation)) {
      c.relation = Relation::threatens;
      if (c.threatener != kNone && c.threatener != c.target) c.source = c.threatener;
      c.rule += "+threat";
      return true;
    }
    return false;
  }
  if (threat && c.relation == Relation::attacks && vowed_struggle(a, c, near)) {
    // "vowed to fight the Houthis until ...": a vow to wage a struggle declares it
    c.relation = Relation::declares_war_on;
    c.rule += "+vow";
    return true;
  }
  if (threat && hostile_act(c.relation) && c.relation != Relation::opposes) {
    // "threatened to strike X": the threat is the stance, not the strike
    for (std::uint32_t i = near; i < c.trigger; ++i)
      if (a.tok(i).norm == "to") {
        c.relation = Relation::threatens;
        c.rule += "+threat";
        return true;
      }
  }
  return true;
}

}  // namespace sg::extract
