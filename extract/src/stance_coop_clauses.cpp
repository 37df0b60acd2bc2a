// Clauses the trigger patterns attach to the wrong actor or to none: relative clauses closing a long
// apposition ("X, a smaller force of local fighters from the plain that operates alongside Y"), a
// singular verb after a plural noun ("an operation made up of Misratan brigades that answers to Y"),
// an object named after its description ("militias known as Wazalendo"), and the participle that
// continues a speaker's statement ("\"...,\" X said on Monday, accusing Y of ...").
#include "stance_coop.hpp"

namespace sg::extract {

namespace {

bool ends_ing(const std::string& w) {
  return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
}

// The head of "X, a group in Y that has been armed ...": the name before the comma that opens the
// noun phrase the relative pronoun closes.
std::int32_t relative_head(const SentenceView& v, std::uint32_t i) {
  std::uint32_t r = i;
  for (std::uint32_t n = 0; r > v.tb && n < 4; ++n) {
    const std::string& w = v.a.tok(r - 1).norm;
    if (w == "that" || w == "which" || w == "who") break;
    if (!one_of(w, {"has", "have", "had", "been", "was", "were", "is", "are", "also", "since"})) return -1;
    --r;
  }
  if (r <= v.tb + 1) return -1;
  --r;  // the relative pronoun
  for (std::uint32_t k = r, n = 0; k > v.tb && n < 14; ++n) {
    --k;
    const Token& t = v.a.tok(k);
    if (t.punct(',')) {
      if (!one_of(v.a.tok(k + 1).norm, {"a", "an", "the"})) return -1;
      std::uint32_t h = k;  // past a bracketed acronym or gloss: "Bunyan al-Marsous (\"Solid Structure\"),"
      if (h > v.tb && v.a.tok(h - 1).punct(')'))
        while (h > v.tb + 1 && !v.a.tok(h).punct('(')) --h;
      return h > v.tb && v.usable(v.at(h - 1)) ? v.at(h - 1) : -1;
    }
    if (t.has(kPunct) || v.cue(k, kCueSpeech)) return -1;
  }
  return -1;
}

// "an operation made up mostly of Misratan brigades that answers to the GNA": a singular verb after
// "that"/"which" cannot take the plural noun before it; its subject is the apposition's head.
void singular_relative(Analysis& a, const SentenceView& v, std::size_t first) {
  for (std::size_t x = first; x < a.candidates.size(); ++x) {
    Candidate& c = a.candidates[x];
    const std::uint32_t t = c.trigger;
    if (c.sentence != v.index || t <= v.tb + 1 || c.src_tok >= t) continue;
    if (c.relation != Relation::backs && c.relation != Relation::aids && c.relation != Relation::allies_with)
      continue;
    const std::string& verb = a.tok(t).norm;
    const std::string& rel = a.tok(t - 1).norm;
    if ((rel != "that" && rel != "which") || verb.size() < 4 || verb.back() != 's' ||
        verb[verb.size() - 2] == 's')
      continue;
    const std::int32_t sm = v.at(c.src_tok);
    if (sm < 0) continue;
    const Mention& src = v.ms[static_cast<std::size_t>(sm)];
    const Token& last = a.tok(src.te - 1);
    if (src.te != t - 1 || last.has(kCap) || last.norm.size() < 4 || last.norm.back() != 's' ||
        last.norm[last.norm.size() - 2] == 's')
      continue;
    const std::int32_t head = relative_head(v, t);
    if (head < 0 || head == sm) continue;
    const Mention& h = v.ms[static_cast<std::size_t>(head)];
    if (h.actor == c.target) continue;
    c.source = h.actor;
    c.src_tok = h.tb;
    c.src_text = std::string(v.a.text(h.tb, h.te));
    c.rule += "+singular";
  }
}

// "\"...,\" Dbeibah said in a video on Saturday night, accusing Bashagha of ...": a participle after
// the speaker's clause is the speaker's own act, whatever actor the quote named first.
void speaker_participles(Analysis& a, const SentenceView& v, std::size_t first) {
  for (std::size_t x = first; x < a.candidates.size(); ++x) {
    Candidate& c = a.candidates[x];
    const std::uint32_t t = c.trigger;
    if (c.sentence != v.index || t <= v.tb + 2 || !ends_ing(a.tok(t).norm) || !a.tok(t - 1).punct(','))
      continue;
    for (std::uint32_t k = t - 1, n = 0; k > v.tb && n < 9; ++n) {
      --k;
      const Token& w = a.tok(k);
      if (w.has(kPunct) && !w.has(kQuote)) break;
      if (!v.cue(k, kCueSpeech) || v.at(k) >= 0 || ends_ing(w.norm)) continue;
      const std::int32_t s = find_subject(v, k);
      if (s < 0) break;
      const Mention& sm = v.ms[static_cast<std::size_t>(s)];
      if (sm.actor != c.source && sm.actor != c.target && c.src_tok < sm.tb) {
        c.source = sm.actor;
        c.src_tok = sm.tb;
        c.src_text = std::string(v.a.text(sm.tb, sm.te));
        c.rule += "+speaker";
      }
      break;
    }
  }
}

}  // namespace

// "fighting alongside local militias known as Wazalendo": the object is named after its description.
void coop_named_object(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                       const Trigger& tr, std::size_t first) {
  for (std::size_t x = first; x < a.candidates.size(); ++x)
    if (a.candidates[x].sentence == v.index && a.candidates[x].trigger == i) return;
  for (std::uint32_t k = e, n = 0; k + 1 < v.te && n < 5; ++k, ++n) {
    const Token& t = a.tok(k);
    if (v.at(k) >= 0 || t.has(kPunct) || t.has(kCap)) return;
    if (!one_of(t.norm, {"known", "called", "dubbed", "named"})) continue;
    if (n == 0 || !(v.cue(k - 1, kCueGroupDesc) || v.cue(k - 1, kCueForceNoun))) return;
    std::uint32_t r = k + 1;
    if (t.norm == "known" && a.tok(r).norm == "as") ++r;
    if (r < v.te && a.tok(r).norm == "the") ++r;
    const std::int32_t named = r < v.te ? v.at(r) : -1;
    if (v.usable(named))
      add_candidate(a, v, find_subject(v, i), named, tr.relation, i, e, tr.strength * 0.9f,
                    tr.rule + "+named");
    return;
  }
}

// "The Tihama Resistance, a smaller force of local fighters from the coastal plain that operates
// alongside the Giants": a relative clause closing an apposition too long for the trigger patterns.
void coop_long_relative(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                        const Trigger& tr, std::size_t first) {
  if (i <= v.tb || !one_of(a.tok(i - 1).norm, {"that", "which", "who"})) return;
  for (std::size_t x = first; x < a.candidates.size(); ++x)
    if (a.candidates[x].sentence == v.index && a.candidates[x].trigger == i) return;
  const std::int32_t head = relative_head(v, i);
  if (head >= 0)
    add_one(a, v, head, find_object(v, e, tr.preps), tr.relation, i, e, tr.strength * 0.85f,
            tr.rule + "+relative");
}

// "a pro-government militia that it said had been built with help from Iran": a passive help
// trigger inside a relative clause (a report may stand between) helps the relative's antecedent.
void coop_relative_passive(Analysis& a, const SentenceView& v, std::uint32_t i, std::uint32_t e,
                           const Trigger& tr, std::size_t first) {
  for (std::size_t x = first; x < a.candidates.size(); ++x)
    if (a.candidates[x].sentence == v.index && a.candidates[x].trigger == i) return;
  std::uint32_t r = i;
  for (std::uint32_t n = 0; r > v.tb + 1 && n < 9; ++n) {
    --r;
    const Token& t = a.tok(r);
    if (t.norm == "that" || t.norm == "which" || t.norm == "who") break;
    const std::int32_t m = v.at(r);
    // only the reporter of an inner report may stand between: "that it/officials said had been"
    const bool reporter = m >= 0 && (v.ms[static_cast<std::size_t>(m)].kind == MentionKind::pronoun ||
                                     (v.ms[static_cast<std::size_t>(m)].te < v.te &&
                                      v.cue(v.ms[static_cast<std::size_t>(m)].te, kCueSpeech)));
    if (t.has(kPunct) || (m >= 0 && !reporter)) return;
  }
  const std::string& rel = a.tok(r).norm;
  if (rel != "that" && rel != "which" && rel != "who") return;
  std::int32_t head = v.usable(v.at(r - 1)) ? v.at(r - 1) : relative_head(v, r + 1);
  if (head < 0) return;
  std::uint32_t from = e;
  const bool by = tr.preps.size() == 1 && tr.preps[0] == a.g.word_id("by");
  if (by) {
    while (from < v.te && from < e + 4 && a.tok(from).norm != "by") ++from;
    if (from >= v.te || a.tok(from).norm != "by") return;
    ++from;
  }
  const std::int32_t helper = find_object(v, from, by ? std::vector<std::uint32_t>{} : tr.preps);
  if (helper < 0) return;
  for (const auto h : v.members(helper))
    add_one(a, v, h, head, tr.relation, i, e, tr.strength * 0.85f, tr.rule + "+relative");
}

std::int32_t coop_relative_head(const SentenceView& v, std::uint32_t i) {
  return relative_head(v, i);
}

void coop_corrections(Analysis& a, const SentenceView& v, std::size_t first) {
  speaker_participles(a, v, first);
  singular_relative(a, v, first);
}

}  // namespace sg::extract
