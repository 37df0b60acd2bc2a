// Events read back to their agents, and helpers shared by the stance patterns: "condemned the
// strikes" (the latest attacker, or whoever claimed the act), "blamed the deaths on X", "condemned
// what it called X's attack", coordination across a bracketed acronym.
#include "frames.hpp"

namespace sg::extract {

namespace {

void condemn_event_by(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t e, std::uint32_t k,
                      std::uint32_t len, const Trigger& tr, bool seizure);

// The actor that claimed responsibility for an act in the last few sentences, or kNone.
std::uint32_t claimed_responsibility(const Analysis& a, std::uint32_t sentence) {
  for (std::uint32_t back = 0; back <= 4 && back <= sentence; ++back) {
    const std::uint32_t si = sentence - back;
    const Sentence& st = a.doc.sentences[si];
    for (std::uint32_t i = st.tok_begin; i + 1 < st.tok_end; ++i) {
      const std::string& w = a.tok(i).norm;
      if ((w == "claimed" || w == "claims" || w == "claiming") && a.tok(i + 1).norm == "responsibility") {
        const SentenceView sv(a, si);
        const std::int32_t m = find_subject(sv, i);
        if (m >= 0) return sv.ms[static_cast<std::size_t>(m)].actor;
      }
    }
  }
  return kNone;
}

// The speaker (mention s) takes a stance against the agent of an earlier act `prev`.
void read_back(Analysis& a, const SentenceView& v, std::int32_t s, const Candidate& prev, const Trigger& tr,
               std::uint32_t trigger, std::uint32_t trigger_end, std::uint32_t target_tok, float scale,
               const char* suffix) {
  const Mention& speaker = v.ms[static_cast<std::size_t>(s)];
  Candidate cand = prev;  // copied before push_back, which may move `prev`
  cand.sentence = v.index;
  cand.source = speaker.actor;
  cand.target = prev.source;
  cand.relation = tr.relation;
  cand.trigger = trigger;
  cand.trigger_end = trigger_end;
  cand.src_tok = speaker.tb;
  cand.tgt_tok = target_tok;
  cand.strength = tr.strength * scale;
  cand.rule = tr.rule + suffix;
  cand.via_coref = true;
  cand.embedded = false;
  cand.threatener = kNone;
  stamp(v, cand, speaker, speaker);
  cand.tgt_text = prev.src_text;
  a.candidates.push_back(std::move(cand));
}

void condemn_event_by(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t e, std::uint32_t k,
                      std::uint32_t len, const Trigger& tr, bool seizure) {
  const std::uint32_t speaker = v.ms[static_cast<std::size_t>(s)].actor;
  for (std::size_t x = a.candidates.size(); x-- > 0;) {
    const Candidate& prev = a.candidates[x];
    if (prev.sentence + (seizure ? 6 : 4) < v.index) break;
    const bool kind = prev.relation == Relation::attacks || (seizure && prev.relation == Relation::opposes);
    if (!kind || prev.source == speaker || prev.asserted_by != kNone) continue;
    Candidate probe = prev;
    if (!survives_polarity(a, probe) || probe.relation != prev.relation) continue;
    read_back(a, v, s, prev, tr, e - 1, k + len, k, 0.75f, "+event");
    return;
  }
  // "condemned the assault" long after the lede: the event the article opens with, unless the
  // sentence names another actor the event may belong to
  bool other = false;
  for (std::size_t m = 0; m < v.ms.size(); ++m)
    other |= v.usable(static_cast<std::int32_t>(m)) &&
             v.ms[m].group != v.ms[static_cast<std::size_t>(s)].group &&
             !v.a.tok(v.ms[m].te - 1).has(kPossessive);  // "a violation of Yemen's sovereignty"
  for (const Candidate& prev : a.candidates) {
    if (other) break;
    if (prev.sentence > 1 || prev.sentence >= v.index) break;
    if (prev.relation != Relation::attacks || prev.source == speaker || prev.asserted_by != kNone) continue;
    Candidate probe = prev;
    if (!survives_polarity(a, probe) || probe.relation != Relation::attacks) continue;
    read_back(a, v, s, prev, tr, e > v.tb ? e - 1 : e, k + len, k, 0.7f, "+lede_event");
    return;
  }
  const std::uint32_t claimer = claimed_responsibility(a, v.index);
  if (claimer != kNone && claimer != speaker) {
    // "ELN claimed responsibility for a car bomb ... The bombing was condemned by the UN"
    Candidate cand;
    cand.sentence = v.index;
    cand.source = speaker;
    cand.target = claimer;
    cand.relation = tr.relation;
    cand.trigger = e > v.tb ? e - 1 : e;
    cand.trigger_end = k + len;
    cand.src_tok = v.ms[static_cast<std::size_t>(s)].tb;
    cand.tgt_tok = k;
    cand.strength = tr.strength * 0.75f;
    cand.rule = tr.rule + "+event";
    cand.via_coref = true;
    stamp(v, cand, v.ms[static_cast<std::size_t>(s)], v.ms[static_cast<std::size_t>(s)]);
    a.candidates.push_back(std::move(cand));
  }
}

}  // namespace

// Longest trigger starting at token i: its trie node and length, or kNone.
std::uint32_t trigger_at(const SentenceView& v, std::uint32_t i, std::uint32_t& len) {
  std::uint32_t node = 0, best = kNone;
  len = 0;
  for (std::uint32_t j = i; j < v.te; ++j) {
    node = v.a.g.child(node, v.a.tok(j).word);
    if (node == kNone) break;
    if (!v.a.g.triggers[node].empty()) {
      best = node;
      len = j - i + 1;
    }
  }
  return best;
}

// "The United States condemned the assault": the event noun stands for the latest attack told in
// the last few sentences, and the stance is toward whoever carried it out.
void condemn_event(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t e, const Trigger& tr) {
  std::uint32_t k = e;
  while (k < v.te && k < e + 3 &&
         (v.a.tok(k).norm == "the" || v.a.tok(k).norm == "these" || v.a.tok(k).norm == "this" ||
          v.a.tok(k).norm == "latest" || v.a.tok(k).norm == "new"))
    ++k;
  if (k >= v.te || v.at(k) >= 0) return;
  std::uint32_t len = 0;
  const std::uint32_t node = trigger_at(v, k, len);
  bool event = false;
  if (node != kNone)
    for (const Trigger& t : a.g.triggers[node])
      event |= t.relation == Relation::attacks && t.frame == Frame::noun;
  // "denounced the coup", "condemned the detentions": a seizure of power stands for the plotters
  const std::string& head = v.a.tok(k).norm;
  const bool seizure = head == "coup" || head == "takeover" || head == "putsch" || head == "detentions" ||
                       head == "detention" || head == "arrests";
  if (seizure && node == kNone) len = 1;
  event |= seizure;
  if (!event || (k + len < v.te && (v.a.tok(k + len).norm == "by" || v.a.tok(k + len).norm == "on" ||
                                    v.a.tok(k + len).norm == "against")))
    return;
  for (const auto sm : v.members(s)) condemn_event_by(a, v, sm, e, k, len, tr, seizure);
}

// The actor coordinated with mention m across a bracketed acronym: "Ethiopia's federal government
// and the Tigray People's Liberation Front (TPLF)" gives Ethiopia for TPLF.
std::int32_t coordinated_before(const SentenceView& v, std::int32_t m) {
  const Mention& x = v.ms[static_cast<std::size_t>(m)];
  std::uint32_t k = x.tb;
  if (k > v.tb && v.a.tok(k - 1).punct('(')) {
    --k;
    const std::int32_t full = k > v.tb ? v.at(k - 1) : -1;
    if (full < 0 || v.ms[static_cast<std::size_t>(full)].actor != x.actor) return -1;
    k = v.ms[static_cast<std::size_t>(full)].tb;
  }
  if (k > v.tb && v.a.tok(k - 1).norm == "the") --k;
  if (k <= v.tb || v.a.tok(k - 1).norm != "and") return -1;
  // the first conjunct: a mention within a few words before "and" ("Ethiopia's federal government")
  for (std::uint32_t q = k - 1, n = 0; q > v.tb && n < 4; ++n) {
    --q;
    const std::int32_t p = v.at(q);
    if (p >= 0) {
      const Mention& y = v.ms[static_cast<std::size_t>(p)];
      return v.usable(p) && y.actor != x.actor ? p : -1;
    }
    if (v.a.tok(q).has(kPunct)) return -1;
  }
  return -1;
}

// "blamed the deaths of 13 peacekeepers on the M23": the blamed actor follows "on".
std::int32_t blamed_on(const SentenceView& v, std::uint32_t e) {
  for (std::uint32_t k = e; k < v.te && k < e + 15; ++k) {
    const Token& t = v.a.tok(k);
    if (t.punct(',') || t.punct(';') || t.punct('.') || v.cue(k, kCueStopObj)) return -1;
    if (t.norm == "on" && k > e) return find_object(v, k + 1, {});
  }
  return -1;
}

// "condemned what he called the TPLF's attack": skip the speaker's framing.
std::uint32_t past_what_called(const SentenceView& v, std::uint32_t e) {
  if (e + 2 >= v.te || v.a.tok(e).norm != "what") return e;
  for (std::uint32_t k = e + 1; k < v.te && k < e + 5; ++k) {
    const std::string& w = v.a.tok(k).norm;
    if (w == "called" || w == "calls" || w == "described" || w == "termed") {
      std::uint32_t r = k + 1;
      if (r < v.te && v.a.tok(r).norm == "as") ++r;
      return r;
    }
  }
  return e;
}

// "Israel struck back", "Turkey hit back on Sunday": the one who strikes back attacks whoever
// attacked it in this or the previous sentence.
void strike_back(Analysis& a, const SentenceView& v, std::int32_t s, std::uint32_t i, std::uint32_t e,
                 const Trigger& tr) {
  const std::uint32_t self = v.ms[static_cast<std::size_t>(s)].actor;
  for (std::size_t x = a.candidates.size(); x-- > 0;) {
    const Candidate& prev = a.candidates[x];
    if (prev.sentence + 1 < v.index) break;
    if (prev.relation != Relation::attacks || prev.target != self || prev.asserted_by != kNone) continue;
    Candidate probe = prev;
    if (!survives_polarity(a, probe) || probe.relation != Relation::attacks) continue;
    Candidate cand;
    cand.sentence = v.index;
    cand.source = self;
    cand.target = prev.source;
    cand.relation = Relation::attacks;
    cand.trigger = i;
    cand.trigger_end = e;
    cand.src_tok = v.ms[static_cast<std::size_t>(s)].tb;
    cand.tgt_tok = i;
    cand.strength = tr.strength * 0.75f;
    cand.rule = tr.rule + "+back";
    cand.via_coref = true;
    stamp(v, cand, v.ms[static_cast<std::size_t>(s)], v.ms[static_cast<std::size_t>(s)]);
    if (!cand.pinned && prev.pinned && prev.sentence == v.index) {  // "X fired on Sunday, and Y struck back"
      cand.date = prev.date;
      cand.pinned = true;
    }
    cand.tgt_text = prev.src_text;
    a.candidates.push_back(std::move(cand));
    return;
  }
}

// The token after the coordination group of mention m.
std::uint32_t group_end(const SentenceView& v, std::int32_t m) {
  std::uint32_t end = v.ms[static_cast<std::size_t>(m)].te;
  for (const auto k : v.members(m)) end = std::max(end, v.ms[static_cast<std::size_t>(k)].te);
  return end;
}

// "Iran, along with Hezbollah and Iraqi militias, has supplied": the actors of the aside act too.
std::vector<std::int32_t> along_with(const SentenceView& v, std::int32_t s) {
  std::vector<std::int32_t> out;
  std::uint32_t k = group_end(v, s);
  if (k + 2 >= v.te || !v.a.tok(k).punct(',')) return out;
  const std::string& w = v.a.tok(k + 1).norm;
  if (w != "along" && w != "together" && w != "alongside") return out;
  for (k += 2; k < v.te && !v.a.tok(k).punct(','); ++k) {
    const std::int32_t m = v.at(k);
    if (!v.usable(m)) continue;
    const Mention& x = v.ms[static_cast<std::size_t>(m)];
    k = x.te - 1;
    // "Iraqi Shi'ite militias such as Harakat al-Nujaba": the named example, not the demonym or kind
    const bool example_follows =
        x.te + 1 < v.te && v.a.tok(x.te).norm == "such" && v.a.tok(x.te + 1).norm == "as";
    if (!x.weak && !example_follows) out.push_back(m);
  }
  return out;
}

// "on the government side", "on Ukraine's side": the object sits in a "side" phrase.
bool on_the_side_of(const SentenceView& v, std::int32_t o) {
  const Mention& x = v.ms[static_cast<std::size_t>(o)];
  if (x.te >= v.te || v.a.tok(x.te).norm != "side") return false;
  std::uint32_t k = x.tb;
  if (k > v.tb && v.a.tok(k - 1).norm == "the") --k;
  return k > v.tb && v.a.tok(k - 1).norm == "on";
}

bool passive_aux(const SentenceView& v, std::uint32_t i) {
  if (i == v.tb) return false;
  const std::string& w = v.a.tok(i - 1).norm;
  return w == "was" || w == "were" || w == "been" || w == "is" || w == "are" || w == "being";
}

// "Israeli strikes on Hamas": the mention "Israeli strikes" ends in an event noun that is itself
// a noun trigger, read with the demonym as its source.
bool event_head(const SentenceView& v, std::uint32_t i) {
  const Mention& x = v.ms[static_cast<std::size_t>(v.at(i))];
  if (i + 1 != x.te || i == x.tb || i + 1 >= v.te) return false;
  std::uint32_t len = 0;
  const std::uint32_t node = trigger_at(v, i, len);
  if (node == kNone || len != 1) return false;
  for (const Trigger& t : v.a.g.triggers[node])
    if (t.frame == Frame::noun && t.relation == Relation::attacks) return true;
  return false;
}

}  // namespace sg::extract
