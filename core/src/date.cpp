#include "core/date.hpp"

#include <charconv>
#include <cstdio>

namespace sg {

std::string_view precision_name(DatePrecision p) {
  switch (p) {
    case DatePrecision::day:
      return "day";
    case DatePrecision::month:
      return "month";
    case DatePrecision::year:
      return "year";
  }
  return "day";
}

std::optional<DatePrecision> precision_from_name(std::string_view name) {
  if (name == "day") return DatePrecision::day;
  if (name == "month") return DatePrecision::month;
  if (name == "year") return DatePrecision::year;
  return std::nullopt;
}

bool is_leap_year(int y) {
  return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && is_leap_year(y) ? 29 : kDays[m - 1];
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int32_t Date::days() const {
  const int y = year - (month <= 2);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

Date Date::from_days(std::int32_t z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{y + (m <= 2), static_cast<int>(m), static_cast<int>(d)};
}

int Date::weekday() const {
  const int z = days();  // 1970-01-01 was a Thursday (3 when Monday is 0)
  return ((z % 7) + 7 + 3) % 7;
}

std::string Date::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

namespace {
std::optional<int> digits(std::string_view s) {
  if (s.empty()) return std::nullopt;
  for (char c : s)
    if (c < '0' || c > '9') return std::nullopt;
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}
}  // namespace

std::optional<Date> parse_date(std::string_view t) {
  if (t.size() != 10 || t[4] != '-' || t[7] != '-') return std::nullopt;
  auto y = digits(t.substr(0, 4)), m = digits(t.substr(5, 2)), d = digits(t.substr(8, 2));
  if (!y || !m || !d || *y < 1 || *m < 1 || *m > 12 || *d < 1 || *d > days_in_month(*y, *m))
    return std::nullopt;
  return Date{*y, *m, *d};
}

std::optional<DateSpan> parse_date_span(std::string_view t) {
  if (t.size() == 10) {
    auto d = parse_date(t);
    if (!d) return std::nullopt;
    return DateSpan{*d, *d, DatePrecision::day};
  }
  if (t.size() == 7 && t[4] == '-') {
    auto y = digits(t.substr(0, 4)), m = digits(t.substr(5, 2));
    if (!y || !m || *y < 1 || *m < 1 || *m > 12) return std::nullopt;
    return DateSpan{{*y, *m, 1}, {*y, *m, days_in_month(*y, *m)}, DatePrecision::month};
  }
  if (t.size() == 4) {
    auto y = digits(t);
    if (!y || *y < 1) return std::nullopt;
    return DateSpan{{*y, 1, 1}, {*y, 12, 31}, DatePrecision::year};
  }
  return std::nullopt;
}

}  // namespace sg
