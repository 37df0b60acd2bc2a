// Subject finding inside one sentence: the subject to the left of a trigger, skipping relative
// clauses, appositives and "what X called" framings, with participles and second verb phrases that
// share the main clause's subject, and relative pronouns read back to their antecedent.
#include <algorithm>

#include "frames.hpp"
#include "stance_wording.hpp"

namespace sg::extract {

namespace {

bool is_relative(const Token& t) {
  return t.norm == "which" || t.norm == "who" || t.norm == "whose";
}
bool subject_ok(const SentenceView& v, std::int32_t m);

bool opens_aside(const SentenceView& v, std::uint32_t i) {
  const Token& t = v.a.tok(i);
  return is_relative(t) || t.norm == "a" || t.norm == "an" || t.norm == "the" || t.norm == "its" ||
         t.norm == "his" || t.norm == "their" || t.norm == "one" || t.norm == "another" ||
         t.norm == "along" || t.norm == "alongside" || t.has(kPossessive) || t.has(kDigit);
}

// "X, an alliance led by Y and Z that seized ...": the agent of a participle inside an apposition
// is not what the relative clause describes; the apposition's head is.
bool agent_in_apposition(const SentenceView& v, std::int32_t m) {
  std::uint32_t first = v.ms[static_cast<std::size_t>(m)].tb;
  for (const auto k : v.members(m)) first = std::min(first, v.ms[static_cast<std::size_t>(k)].tb);
  if (first <= v.tb + 1 || v.a.tok(first - 1).norm != "by") return false;
  for (std::uint32_t k = first - 1, n = 0; k > v.tb && n < 12; ++n) {
    --k;
    if (v.a.tok(k).punct(',')) return k > v.tb && v.usable(v.at(k - 1));
    if (v.a.tok(k).has(kPunct)) return false;
  }
  return false;
}

// The actor mention right before a relative pronoun or its comma.
// The actor a relative pronoun refers to: the mention right before it, or the head of the
// apposition it closes ("Moaz al-Khatib, the Damascus preacher who leads ...").
std::int32_t antecedent(const SentenceView& v, std::uint32_t rel) {
  std::uint32_t i = rel;
  if (i > v.tb && v.a.tok(i - 1).punct(',')) --i;
  if (i > v.tb + 2 && v.a.tok(i - 1).punct(')') && v.usable(v.at(i - 2)))
    --i;  // "the Kurdistan Workers' Party (PKK), which"
  if (i == v.tb) return -1;
  const std::int32_t m = v.at(i - 1);
  if (v.usable(m) && !agent_in_apposition(v, m)) return m;
  for (std::uint32_t k = i, n = 0; k > v.tb && n < (v.usable(m) ? 20u : 7u); ++n) {
    --k;
    const Token& t = v.a.tok(k);
    if (t.punct(',')) return k > v.tb && v.usable(v.at(k - 1)) ? v.at(k - 1) : -1;
    if (t.has(kPunct) || is_relative(t) || t.norm == "that") return -1;
  }
  return -1;
}

// The first actor that can be a subject in the clause that starts at or after token from.
std::int32_t clause_subject(const SentenceView& v, std::uint32_t from, std::uint32_t before) {
  for (std::uint32_t k = from; k < before; ++k) {
    const std::int32_t m = v.at(k);
    if (m >= 0 && v.usable(m) && subject_ok(v, m)) return m;
    if (m >= 0) k = v.ms[static_cast<std::size_t>(m)].te - 1;
  }
  return -1;
}

// Is the mention m an acceptable subject, judging by the word before it?
bool subject_ok(const SentenceView& v, std::int32_t m) {
  const Mention& x = v.ms[static_cast<std::size_t>(m)];
  if (x.weak) return false;
  // "Moscow's backing", "its relations": a possessor is no verb's subject
  const std::string& last = v.a.tok(x.te - 1).norm;
  if (v.a.tok(x.te - 1).has(kPossessive) || last == "its" || last == "their" || last == "his") {
    // "The front's stated aim is to bring down X": the possessor of an aim acts through it
    for (std::uint32_t k = x.te; k < v.te && k < x.te + 3; ++k) {
      const std::string& n = v.a.tok(k).norm;
      if (n == "aim" || n == "goal" || n == "objective" || n == "purpose" || n == "mission" ||
          n == "intention" || n == "strategy" || n == "priority")
        return true;
      // "Haftar's forces bombed ...": the possessor of forces acts through them
      if (v.cue(k, kCueForceNoun) || v.cue(k, kCueGovNoun)) return v.at(k) < 0;
      if (v.at(k) >= 0 || v.a.tok(k).has(kPunct)) break;
    }
    return false;
  }
  if (x.tb == v.tb) return true;
  std::uint32_t b = x.tb - 1;  // the word before, past an article
  if (b > v.tb && (v.a.tok(b).norm == "the" || v.a.tok(b).norm == "a" || v.a.tok(b).norm == "an")) --b;
  const Token& before = v.a.tok(b);
  // "help from Iran and Hezbollah": a coordinated group after a preposition is no subject
  std::uint32_t first = x.tb;
  for (const auto k : v.members(m)) first = std::min(first, v.ms[static_cast<std::size_t>(k)].tb);
  if (first < x.tb && first > v.tb && v.cue(first - 1, kCueNotSubject)) return false;
  if (!v.cue(b, kCueNotSubject)) return true;
  // "fighters of X", "a spokesman for X", "forces loyal to X" speak or act for X
  if ((before.norm == "of" || before.norm == "from" || before.norm == "for" || before.norm == "to") &&
      b > v.tb) {
    const std::uint32_t w2 = b - 1;
    if (v.cue(w2, kCueForceNoun) || v.cue(w2, kCueRole) || v.a.tok(w2).norm == "loyal" ||
        v.cue(w2, kCueGroupDesc) || (before.norm == "of" && people_of(v.a.tok(w2).norm)))
      return true;  // people_of: "leaders of the G7" (stance_wording.cpp)
    // "tens of thousands of demonstrators marched": a quantity is no actor of its own
    const std::string& q = v.a.tok(w2).norm;
    if (before.norm == "of" && (q == "thousands" || q == "hundreds" || q == "dozens" || q == "scores" ||
                                q == "millions" || q == "tens" || q == "hundred" || q == "thousand"))
      return true;
  }
  return false;
}

// A mention inside "what X called ..." or the "X" of "what X called": the speaker's framing, never
// the subject of the verb that follows.
bool framed_by_speaker(const SentenceView& v, const Mention& x) {
  for (std::uint32_t k = x.tb, n = 0; k > v.tb && n < 4; ++n) {
    --k;
    const std::string& w = v.a.tok(k).norm;
    if (w == "what") return n <= 2;
    if (v.a.tok(k).has(kPunct) || v.cue(k, kCueStopObj)) return false;
  }
  return false;
}

// "who rejected that deal have formed": "that" after a verb and before a bare noun is a determiner.
bool determiner_that(const SentenceView& v, std::uint32_t k) {
  if (k <= v.tb || k + 1 >= v.te) return false;
  const Token& prev = v.a.tok(k - 1);
  const Token& next = v.a.tok(k + 1);
  const bool verb_before = prev.norm.size() > 4 && prev.norm.compare(prev.norm.size() - 2, 2, "ed") == 0 &&
                           !v.cue(k - 1, kCueSpeech);
  return verb_before && v.at(k + 1) < 0 && !next.has(kCap) && !next.has(kPunct) &&
         !v.cue(k + 1, kCueNotSubject) && !v.cue(k + 1, kCueStopObj) && next.norm != "the" &&
         next.norm != "a" && next.norm != "an" && next.norm != "it" && next.norm != "they" &&
         next.norm != "he" && next.norm != "she" && next.norm != "we";
}

// "The Houthi-controlled interior ministry announced": a government body run by X speaks for X
bool controlled_body(const SentenceView& v, const Mention& x) {
  if (!x.modifier || x.actor == kNone || x.te >= v.te || !v.a.tok(x.te).has(kHyphenBefore)) return false;
  const std::string& w = v.a.tok(x.te).norm;
  if (w != "controlled" && w != "run") return false;
  for (std::uint32_t q = x.te + 1; q < v.te && q < x.te + 4 && v.at(q) < 0; ++q)
    if (v.cue(q, kCueGovNoun)) return true;
  return false;
}

// "who has for weeks threatened": "for" opening a duration is no clause boundary.
bool duration_for(const SentenceView& v, std::uint32_t k) {
  if (v.a.tok(k).norm != "for" || k + 1 >= v.te) return false;
  std::uint32_t q = k + 1;
  if (v.a.tok(q).has(kDigit) || v.a.tok(q).norm == "several" || v.a.tok(q).norm == "many") ++q;
  if (q >= v.te) return false;
  const std::string& w = v.a.tok(q).norm;
  return w == "days" || w == "weeks" || w == "months" || w == "years" || w == "decades" || w == "hours";
}

// "government troops backed by clan militias known as macawisley and by US air strikes have
// retaken": a boundary word inside a "backed by ..." modifier; the subject is the noun it modifies.
std::int32_t participle_head(const SentenceView& v, std::uint32_t k) {
  for (std::uint32_t q = k, n = 0; q > v.tb + 1 && n < 12; ++n) {
    --q;
    if (v.a.tok(q).has(kPunct)) return -1;
    const std::string& w = v.a.tok(q - 1).norm;
    if (v.a.tok(q).norm == "by" && w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && q >= v.tb + 2) {
      const std::int32_t m = v.at(q - 2);
      return v.usable(m) && subject_ok(v, m) ? m : -1;
    }
  }
  return -1;
}

}  // namespace

std::int32_t find_subject(const SentenceView& v, std::uint32_t i) {
  // ", dealing the rebels a defeat": a participle after a comma shares the main clause's subject
  const std::string& w = v.a.tok(i).norm;
  const bool participle = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  if (participle && i > v.tb && v.a.tok(i - 1).punct(',')) {
    // "..., a White House spokesman said, calling on X to": the participle belongs to the speaker
    if (i > v.tb + 2 && v.cue(i - 2, kCueSpeech) && v.at(i - 2) < 0) {
      const std::int32_t speaker = find_subject(v, i - 2);
      if (speaker >= 0) return speaker;
    }
    return clause_subject(v, v.tb, i);
  }
  // "X entered the capital after routing government troops": an adverbial participle shares the
  // main clause's subject
  if (participle && i > v.tb + 1) {
    const std::string& sub = v.a.tok(i - 1).norm;
    if (sub == "after" || sub == "before" || sub == "while" || sub == "by" || sub == "when") {
      std::uint32_t from = v.tb;  // the clause after a report ("a source said the rebels had ...")
      for (std::uint32_t q = i - 1; q > v.tb; --q)
        if (v.a.tok(q - 1).punct(';') || v.a.tok(q - 1).norm == "that" ||
            (v.cue(q - 1, kCueSpeech) && v.at(q - 1) < 0)) {
          from = q;
          break;
        }
      return clause_subject(v, from, i - 1);
    }
  }
  // "the envoy flew to Kyiv for talks with X": a purpose after a trip belongs to who travels
  if (i >= v.tb + 3 && v.a.tok(i - 1).norm == "for") {
    std::uint32_t q = i - 2;  // "flew to Bogota on Monday for talks": past the date
    while (q > v.tb && (v.in_date[q - v.tb] || v.a.tok(q).norm == "on")) --q;
    const std::int32_t p = v.at(q);
    if (p >= 0 && v.ms[static_cast<std::size_t>(p)].kind == MentionKind::place)
      return clause_subject(v, v.tb, v.ms[static_cast<std::size_t>(p)].tb);
  }
  // "X could not fight Y and was relying on Z": a second verb phrase shares the first one's subject
  for (std::uint32_t k = i, n = 0; k > v.tb && n < 3; ++n) {
    --k;
    const std::string& t = v.a.tok(k).norm;
    if (t == "and") {
      // "armed and paid by": the second participle shares the first one's subject
      const std::string& before = k > v.tb ? v.a.tok(k - 1).norm : t;
      if (before.size() > 4 && before.compare(before.size() - 2, 2, "ed") == 0 && k - 1 > v.tb)
        return find_subject(v, k - 1);
      std::uint32_t from = v.tb;
      for (std::uint32_t q = k; q > v.tb; --q)
        if (v.a.tok(q - 1).punct(';') || v.a.tok(q - 1).punct(':')) {
          from = q;
          break;
        }
      const std::int32_t s = clause_subject(v, from, k);
      if (s >= 0) return s;
      break;
    }
    if (!(t == "was" || t == "were" || t == "is" || t == "are" || t == "has" || t == "have" || t == "had" ||
          t == "been" || t == "also" || t == "then" || t == "later" || t == "now" || t == "will" ||
          t == "would"))
      break;
  }
  std::uint32_t steps = 0;
  for (std::uint32_t k = i; k > v.tb && steps < 40; ++steps) {
    --k;
    const Token& t = v.a.tok(k);
    const std::int32_t m = v.at(k);
    if (m >= 0) {
      const Mention& x = v.ms[static_cast<std::size_t>(m)];
      if (framed_by_speaker(v, x)) {  // "angry at what they called Western complicity"
        k = x.tb;
        continue;
      }
      if (controlled_body(v, x)) return m;
      if (v.usable(m) && subject_ok(v, m)) {
        // "X, an umbrella of rebel factions backed by Turkey": the participle describes X
        if (x.tb >= v.tb + 3 && v.a.tok(x.tb - 1).norm == "of" && v.cue(x.tb - 2, kCueGroupDesc)) {
          for (std::uint32_t q = x.tb - 2, n = 0; q > v.tb && n < 5; ++n) {
            --q;
            if (v.a.tok(q).punct(',')) {
              if (q > v.tb && v.usable(v.at(q - 1))) return v.at(q - 1);
              break;
            }
          }
        }
        return m;
      }
      k = v.ms[static_cast<std::size_t>(m)].tb;
      continue;
    }
    if (t.norm == "that" && determiner_that(v, k)) continue;
    if (is_relative(t) || t.norm == "that") return antecedent(v, k);
    if (t.punct(';') || t.punct(':')) return -1;
    if (v.cue(k, kCueStopObj) && t.norm != "and" && t.norm != "to" && !duration_for(v, k))
      return participle_head(v, k);
    if (t.norm == "and" && k > v.tb && v.a.tok(k - 1).punct(','))
      return -1;  // ", and X struck": a new clause
    if (t.punct(',')) {
      // "X, which ...,": skip back over an aside that opens with a relative, article or possessive
      std::uint32_t open = k;
      while (open > v.tb && !v.a.tok(open - 1).punct(',') && !v.a.tok(open - 1).punct(';')) --open;
      if (open > v.tb && v.a.tok(open - 1).punct(',') && opens_aside(v, open)) {
        // "A monitoring group, the Syrian Observatory, said": with no actor before the aside, the
        // aside itself names the subject
        const std::int32_t head = open >= v.tb + 2 ? v.at(open - 2) : -1;
        const std::int32_t inside = k > v.tb ? v.at(k - 1) : -1;
        if (!v.usable(head) && v.usable(inside) && subject_ok(v, inside)) return inside;
        k = open - 1;
        continue;
      }
      const std::int32_t before = k > v.tb ? v.at(k - 1) : -1;
      if (v.usable(before) && subject_ok(v, before)) return before;
      if (open == v.tb || !v.a.tok(open - 1).punct(',')) {
        // an introductory phrase ("In a statement, X said") has no subject before it
        return -1;
      }
    }
  }
  return -1;
}

}  // namespace sg::extract
