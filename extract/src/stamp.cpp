// Dating a candidate edge: the nearest day the sentence pins for its trigger, unless a clause
// boundary separates them ("..., and said on Monday"), with the openers, participle asides and
// "a day after" phrases that carry a day across a comma. Membership and descriptive stances keep
// the publication date.
#include "frames.hpp"

namespace sg::extract {

namespace {

// "President X, visiting the site on Sunday, blamed Y": a participle aside holding the date closes
// (comma at k) right before the trigger.
bool dated_aside(const SentenceView& v, std::uint32_t date_tb, std::uint32_t k, std::uint32_t trigger) {
  if (k + 1 != trigger || date_tb > k) return false;
  for (std::uint32_t q = date_tb; q > v.tb; --q)
    if (v.a.tok(q - 1).punct(',')) {
      const std::string& w = v.a.tok(q).norm;
      return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
    }
  return false;
}

// "..., a day after Moscow launched its first air strikes": the event lies that many days before the
// day the sentence opens with (or the publication date).
void day_after(const SentenceView& v, Candidate& c) {
  for (std::uint32_t k = c.trigger; k > v.tb + 2; --k) {
    const Token& t = v.a.tok(k - 1);
    if (t.punct(';') || t.punct('.')) return;
    if (t.norm != "after" || (v.a.tok(k - 2).norm != "day" && v.a.tok(k - 2).norm != "days")) continue;
    const std::string& n = v.a.tok(k - 3).norm;
    const int back = n == "a" || n == "one" || n == "the" ? 1 : n == "two" ? 2 : n == "three" ? 3 : 0;
    if (back == 0) return;
    Date anchor = v.a.published;
    for (const auto& d : v.dates)
      if (d.te <= k - 3 && d.date <= v.a.published) anchor = d.date;
    c.date = anchor.plus_days(-back);
    c.pinned = true;
    return;
  }
}

}  // namespace

void stamp(const SentenceView& v, Candidate& c, const Mention& src, const Mention& tgt) {
  c.src_text = std::string(v.a.text(src.tb, src.te));
  c.tgt_text = std::string(v.a.text(tgt.tb, tgt.te));
  c.date = v.a.published;
  c.pinned = false;
  // membership and descriptive stances ("the Saudi-backed HNC") are background: the publication date
  const bool background =
      c.relation == Relation::member_of || c.rule.find(":compound:") != std::string::npos ||
      c.rule.find(":role_of:") != std::string::npos || c.rule.find(":anti:") != std::string::npos;
  if (background) return;
  // "the Brigade of X, which supports Bashagha, opened fire on Friday": a standing stance told in a
  // present-tense relative clause is background too
  if (c.trigger > v.tb) {
    const std::string& rel = v.a.tok(c.trigger - 1).norm;
    const std::string& w = v.a.tok(c.trigger).norm;
    if ((rel == "which" || rel == "who") && w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') return;
  }
  std::uint32_t best = 0xffffffffu;
  for (const auto& d : v.dates) {
    const std::uint32_t dist = d.tb >= c.trigger ? d.tb - c.trigger : c.trigger - d.tb;
    // a date across a clause boundary (", and said ...", ";") belongs to another event
    const std::uint32_t lo = std::min(d.tb, c.trigger), hi = std::max(d.tb, c.trigger);
    bool crosses = false;
    for (std::uint32_t k = lo; k < hi && !crosses; ++k) {
      const Token& t = v.a.tok(k);
      if (t.punct(';')) crosses = true;
      if (t.punct(',') && k + 1 < v.te) {
        // a comma separates the date from the event, unless it closes an opening phrase that dates
        // the whole sentence ("In tweets on Monday, the embassy said ...") or opens a "when" clause
        bool intro = d.tb < c.trigger;
        // ("In Kinshasa on Tuesday, protesters attacked ...": a place may open the phrase)
        for (std::uint32_t q = v.tb; q < d.tb && intro; ++q)
          intro = !v.a.tok(q).punct(',') &&
                  (v.at(q) < 0 || v.ms[static_cast<std::size_t>(v.at(q))].kind == MentionKind::place);
        // ", slamming the group": a participle clause shares its main clause's day
        const std::string& w = v.a.tok(k + 1).norm;
        const bool participle = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0 && v.at(k + 1) < 0;
        crosses = !intro && w != "when" && !participle && !dated_aside(v, d.tb, k, c.trigger);
      }
    }
    if (crosses) continue;
    if (dist < best && d.date <= v.a.published) {
      best = dist;
      c.date = d.date;
      c.pinned = true;
    }
  }
  day_after(v, c);
}

}  // namespace sg::extract
