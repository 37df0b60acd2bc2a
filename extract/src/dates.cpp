#include "dates.hpp"

namespace sg::extract {

namespace {

int weekday_of(std::string_view w) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (w == kDays[i]) return i;
  return -1;
}

int month_of(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"january",   "february", "march",    "april",
                                                 "may",       "june",     "july",     "august",
                                                 "september", "october",  "november", "december"};
  static constexpr std::string_view kShort[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  for (int i = 0; i < 12; ++i)
    if (w == kMonths[i] || w == kShort[i] || (i == 8 && w == "sept")) return i + 1;
  return -1;
}

int number(const Token& t, int lo, int hi) {
  if (!t.has(kDigit)) return -1;
  int v = 0;
  for (char c : t.norm) {
    if (c < '0' || c > '9') break;  // "3rd" -> 3
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return v >= lo && v <= hi ? v : -1;
}

// Day and month with an optional year; the year defaults to the publication's, or the one before
// when the date would lie in the future.
bool make_day(const Date& pub, int y, int m, int d, Date& out) {
  const bool explicit_year = y > 0;
  if (!explicit_year) y = pub.year;
  if (d > days_in_month(y, m)) return false;
  out = Date{y, m, d};
  if (!explicit_year && out > pub) out.year -= 1;
  return d <= days_in_month(out.year, m);
}

}  // namespace

std::vector<DateExpr> find_dates(const Analysis& a, const Sentence& s) {
  std::vector<DateExpr> out;
  const Date& pub = a.published;
  for (std::uint32_t i = s.tok_begin; i < s.tok_end; ++i) {
    const Token& t = a.tok(i);
    // only capitalised words, numbers and "yesterday/today/tonight" can start a date
    if (t.has(kPunct) || !(t.has(kCap) || t.has(kDigit) || t.norm[0] == 'y' || t.norm[0] == 't')) continue;
    const int wd = weekday_of(t.norm);
    if (wd >= 0 && t.has(kCap)) {
      const int back = (pub.weekday() - wd + 7) % 7;
      out.push_back({i, i + 1, pub.plus_days(-back), DatePrecision::day});
      continue;
    }
    if (t.norm == "yesterday") {
      out.push_back({i, i + 1, pub.plus_days(-1), DatePrecision::day});
      continue;
    }
    if (t.norm == "today" || t.norm == "tonight") {
      out.push_back({i, i + 1, pub, DatePrecision::day});
      continue;
    }
    // 3 March [2015]
    const int d = number(t, 1, 31);
    if (d > 0 && i + 1 < s.tok_end) {
      const int m = month_of(a.tok(i + 1).norm);
      if (m > 0 && a.tok(i + 1).has(kCap)) {
        std::uint32_t te = i + 2;
        int y = 0;
        if (te < s.tok_end && (y = number(a.tok(te), 1900, 2100)) > 0)
          ++te;
        else
          y = 0;
        Date date;
        if (make_day(pub, y, m, d, date)) out.push_back({i, te, date, DatePrecision::day});
        i = te - 1;
        continue;
      }
    }
    // March 3[, 2015]
    const int m = t.has(kCap) ? month_of(t.norm) : -1;
    if (m > 0 && i + 1 < s.tok_end) {
      const int d2 = number(a.tok(i + 1), 1, 31);
      if (d2 > 0 && !(i + 2 < s.tok_end && number(a.tok(i + 1), 1900, 2100) > 0)) {
        std::uint32_t te = i + 2;
        int y = 0;
        if (te + 1 < s.tok_end && a.tok(te).punct(',') && (y = number(a.tok(te + 1), 1900, 2100)) > 0)
          te += 2;
        else
          y = 0;
        Date date;
        if (make_day(pub, y, m, d2, date)) out.push_back({i, te, date, DatePrecision::day});
        i = te - 1;
      }
    }
  }
  return out;
}

}  // namespace sg::extract
