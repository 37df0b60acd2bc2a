// Mentions that modify another ("Lebanon's Hezbollah", "UN-backed") and coordination groups
// ("Turkey, Qatar and Saudi Arabia", "Syrian troops and fighters from Hezbollah").
#include "analysis.hpp"

namespace sg::extract {

namespace {

bool is_compass_word(std::string_view w) {
  return w == "northern" || w == "southern" || w == "eastern" || w == "western" || w == "central";
}

}  // namespace

void group_mentions(Analysis& a) {
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
        // "Uganda, Congo and southern Sudan": a compass word right before a name is part of it
        if (i + 1 == m.tb && is_compass_word(t.norm)) continue;
        if (t.norm == "the" && i > prev.te && a.tok(i - 1).punct(','))
          continue;  // "Egypt, the UAE and Russia"
        if ((t.norm == "as" || t.norm == "well" || t.norm == "along" || t.norm == "with" ||
             t.norm == "both") &&
            i >= prev.te)
          continue;
        joined = false;
      }
      // "Russia, Assad's ally" is an apposition; "Erdogan, Russia's Vladimir Putin and ..." a list
      const bool owner_of_next = x + 1 < ms.size() && ms[x + 1].tb == m.te && m.modifier &&
                                 prev.te + 1 == m.tb && a.tok(prev.te).punct(',');
      if (joined && !saw_and && a.tok(m.te - 1).has(kPossessive) && !owner_of_next) joined = false;
      if (joined && !saw_and) {
        // "A, B and C": a bare comma joins only when the list ends in and/or
        joined = false;
        for (std::size_t y = x + 1; y < ms.size(); ++y) {
          bool only_sep = true, has_and = false;
          for (auto i = ms[y - 1].te; i < ms[y].tb; ++i) {
            const Token& t = a.tok(i);
            if (t.norm == "and" || t.norm == "or")
              has_and = true;
            else if (!t.punct(',') && t.norm != "the" && !(i + 1 == ms[y].tb && is_compass_word(t.norm)))
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
