// Reported speech: "X said (that) S", "S, X said", "said X, ...", "according to X". Edges whose
// trigger lies in the reported part are asserted by the speaker (unless an accusation already
// attributed them). The speaker may be the edge's own source: a self-report is still a report.
#include "frames.hpp"

namespace sg::extract {

namespace {

// "Government spokesman Patrick Muyaya said": a person speaking in a state office speaks for the state.
std::uint32_t voice_of(const Analysis& a, std::uint32_t speaker) {
  if (speaker == kNone || a.actors.actors[speaker].kind != "person") return speaker;
  for (const Candidate& c : a.candidates)
    if (c.relation == Relation::member_of && c.source == speaker && c.rule == "member_of:office" &&
        a.actors.actors[c.target].kind == "state")
      return c.target;
  return speaker;
}

void attribute(Analysis& a, std::uint32_t sentence, std::uint32_t from, std::uint32_t to,
               std::uint32_t speaker) {
  speaker = voice_of(a, speaker);
  for (Candidate& c : a.candidates)
    if (c.sentence == sentence && c.asserted_by == kNone && c.trigger >= from && c.trigger < to)
      c.asserted_by = speaker;
}

std::int32_t mention_after(const SentenceView& v, std::uint32_t k) {
  if (k < v.te && v.a.tok(k).norm == "the") ++k;
  const std::int32_t m = k < v.te && v.usable(v.at(k)) ? v.at(k) : -1;
  if (m < 0) return m;
  // "according to the militia's commander, Nasser al-Awlaqi": the named person speaks
  const Mention& x = v.ms[static_cast<std::size_t>(m)];
  if (!v.a.tok(x.te - 1).has(kPossessive)) return m;
  for (std::uint32_t q = x.te; q < v.te && q < x.te + 4; ++q)
    if (v.a.tok(q).punct(',')) return q + 1 < v.te && v.usable(v.at(q + 1)) ? v.at(q + 1) : m;
  return m;
}

bool participle(const std::string& w) {
  return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
}

// Whether the speaker named after an inverted speech verb ends there: the sentence, a comma (an
// apposition "said X, a spokesman for Y"), a quote or a date follow, never a verb of its own.
bool ends_speaker(const SentenceView& v, std::int32_t m) {
  std::uint32_t k = group_end(v, m);
  while (k < v.te && v.in_date[k - v.tb]) ++k;
  if (k >= v.te) return true;
  const Token& t = v.a.tok(k);
  if (t.has(kPunct)) return true;
  const std::string& w = t.norm;
  return w == "in" || w == "on" || w == "at" || w == "late" || w == "earlier" || w == "after" ||
         w == "when" || w == "during" || w == "before" || w == "told" || w == "by" || w == "from";
}

bool speech_act(const SentenceView& v, std::uint32_t k) {
  std::uint32_t len = 0;
  const std::uint32_t node = trigger_at(v, k, len);
  if (node == kNone) return false;
  for (const Trigger& t : v.a.g.triggers[node])
    if (t.relation == Relation::accuses || t.relation == Relation::condemns ||
        t.relation == Relation::threatens)
      return true;
  return false;
}

// Where the reported clause after "X said" ends: a contrasting clause with its own subject ("...,
// while France and the EU criticised ...") is the article's voice again.
std::uint32_t clause_end(const SentenceView& v, std::uint32_t from) {
  for (std::uint32_t k = from; k < v.te; ++k) {
    const Token& t = v.a.tok(k);
    if (t.punct(';') || t.norm == "while" || t.norm == "whereas") return k;
    if (t.punct(',') && k + 2 < v.te && (v.a.tok(k + 1).norm == "but" || v.a.tok(k + 1).norm == "and")) {
      std::uint32_t q = k + 2;
      if (v.a.tok(q).norm == "the") ++q;
      const std::int32_t m = v.at(q);
      if (m >= 0 && v.ms[static_cast<std::size_t>(m)].kind != MentionKind::pronoun) return k;
      // "X said S, and accused Y of ...": the speaker's own next act is no part of the report
      if (m < 0 && (v.cue(k + 2, kCueSpeech) || v.cue(k + 2, kCueThreat) || speech_act(v, k + 2))) return k;
    }
  }
  return v.te;
}

// "called X \"a direct result\" of", "described the raid as \"a massacre by\"": a characterising
// verb with a quotation within a few words (not "called on", "called for").
bool characterises(const SentenceView& v, std::uint32_t i) {
  const std::string& w = v.a.tok(i).norm;
  if (!(w == "called" || w == "calls" || w == "calling" || w == "described" || w == "describes" ||
        w == "describing" || w == "branded" || w == "termed"))
    return false;
  if (i + 1 >= v.te || v.a.tok(i + 1).norm == "on" || v.a.tok(i + 1).norm == "for") return false;
  for (std::uint32_t k = i + 1; k < v.te && k < i + 7; ++k)
    if (v.a.tok(k).has(kQuote)) return true;
  return false;
}

// "X blacklisted Y, a militia that it said had been built with help from Z": a pronoun reporting
// inside a relative clause on Y is not Y itself but the sentence's subject.
std::uint32_t relative_reporter(const SentenceView& v, std::int32_t pronoun) {
  const Mention& p = v.ms[static_cast<std::size_t>(pronoun)];
  if (p.kind != MentionKind::pronoun || p.tb <= v.tb || p.actor == kNone) return p.actor;
  const std::string& rel = v.a.tok(p.tb - 1).norm;
  if (rel != "that" && rel != "which") return p.actor;
  bool bound = false;  // the pronoun names the antecedent of its own relative clause
  for (std::uint32_t k = p.tb - 1, n = 0; k > v.tb && n < 12 && !bound; ++n) {
    --k;
    const std::int32_t m = v.at(k);
    if (v.a.tok(k).punct(',') && k > v.tb && v.at(k - 1) >= 0)
      bound = v.ms[static_cast<std::size_t>(v.at(k - 1))].actor == p.actor;
    else if (m >= 0 && v.ms[static_cast<std::size_t>(m)].actor == p.actor)
      bound = true;
    if (v.a.tok(k).punct(',')) break;
  }
  if (!bound) return p.actor;
  for (std::uint32_t k = v.tb; k < p.tb; ++k) {
    const std::int32_t m = v.at(k);
    if (m < 0) continue;
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    const bool after_prep = x.tb > v.tb && v.cue(x.tb - 1, kCueNotSubject);
    if (v.usable(m) && !x.weak && x.actor != p.actor && x.kind != MentionKind::pronoun && !after_prep)
      return x.actor;
    k = x.te - 1;
  }
  return p.actor;
}

}  // namespace

void apply_attribution(Analysis& a) {
  for (std::uint32_t s = 0; s < a.doc.sentences.size(); ++s) {
    const SentenceView v(a, s);
    for (std::uint32_t i = v.tb; i < v.te; ++i) {
      std::size_t len = 0;
      const std::uint32_t cue = a.g.cue_at(a.doc.tokens, i, v.te, len);
      if (v.at(i) >= 0) continue;
      if (!(cue & kCueSpeech)) {
        // "X called Assad's fall \"a direct result\" of Israel's blows against Iran": a quoted
        // characterisation is X's claim about what it characterises
        if (characterises(v, i)) {
          // the speaker names itself right before the verb ("Netanyahu called"); "a militia called
          // X" names a group and reports nothing
          const std::int32_t subj = find_subject(v, i);
          std::uint32_t gap = subj >= 0 ? v.ms[static_cast<std::size_t>(subj)].te : i;
          while (gap < i && v.in_date[gap - v.tb]) ++gap;
          if (subj >= 0 && gap == i)
            attribute(a, s, i + 1, clause_end(v, i + 1), v.ms[static_cast<std::size_t>(subj)].actor);
        }
        continue;
      }
      const auto e = static_cast<std::uint32_t>(i + len);
      if (a.tok(i).norm == "according") {
        const std::int32_t m = mention_after(v, e);
        if (m >= 0) {
          const auto spk = v.ms[static_cast<std::size_t>(m)].actor;
          attribute(a, s, v.tb, i, spk);
          attribute(a, s, v.ms[static_cast<std::size_t>(m)].te, v.te, spk);
        }
        i = e - 1;
        continue;
      }
      const bool trailing_comma = i > v.tb && (a.tok(i - 1).punct(',') || a.tok(i - 1).has(kQuote));
      const std::int32_t after = mention_after(v, e);
      // "..., said X." names the speaker after the verb; "..., saying X had struck Y" and "X, the
      // monitor, said Russian jets had struck Y" report what X did, so the mention opens the claim
      const bool inverted = trailing_comma && after >= 0 && !participle(a.tok(i).norm) &&
                            v.ms[static_cast<std::size_t>(after)].kind != MentionKind::pronoun &&
                            ends_speaker(v, after);
      const std::int32_t subj = inverted ? -1 : find_subject(v, i);
      if (inverted) {
        // "..., said X" : speaker after the verb, claim before it
        attribute(a, s, v.tb, i, v.ms[static_cast<std::size_t>(after)].actor);
      } else if (subj >= 0) {
        const Mention& sm = v.ms[static_cast<std::size_t>(subj)];
        const std::string& det = sm.tb > v.tb ? a.tok(sm.tb - 1).norm : std::string();
        const bool article = det == "the" || det == "a" || det == "an";
        std::uint32_t open = article ? sm.tb - 1 : sm.tb;
        // "..., Foreign Minister Tzipi Livni said": a title in front of the speaker's name
        for (std::uint32_t n = 0; n < 4 && open > v.tb + 1 && v.at(open - 1) < 0 &&
                                  a.tok(open - 1).has(kCap) && !a.tok(open - 1).has(kPunct);
             ++n)
          --open;
        const bool after_comma = open > v.tb && (a.tok(open - 1).punct(',') || a.tok(open - 1).has(kQuote));
        // "S, X said (on Monday)." ends the sentence; "In tweets on Monday, X said that S" does not
        bool at_end = true;
        for (std::uint32_t k = e; k < v.te && at_end && !a.tok(k).punct(','); ++k)
          at_end = k < e + 5 && a.tok(k).norm != "that" && v.at(k) < 0;
        if (after_comma && at_end && sm.tb > v.tb + 2)
          attribute(a, s, v.tb, open, sm.actor);  // "S, X said"
        else
          attribute(a, s, e, clause_end(v, e), relative_reporter(v, subj));  // "X said S"
      }
      i = e - 1;
    }
  }
}

}  // namespace sg::extract
