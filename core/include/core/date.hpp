// Calendar dates as the whole system uses them: proleptic Gregorian, serialised YYYY-MM-DD, and
// counted as days since 1970-01-01 where arithmetic or compact storage is needed.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sg {

enum class DatePrecision { day, month, year };
std::string_view precision_name(DatePrecision p);
std::optional<DatePrecision> precision_from_name(std::string_view name);

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31

  std::int32_t days() const;  // days since 1970-01-01
  static Date from_days(std::int32_t days);
  int weekday() const;  // 0 = Monday .. 6 = Sunday
  Date plus_days(int n) const { return from_days(days() + n); }
  std::string iso() const;  // YYYY-MM-DD
  auto operator<=>(const Date&) const = default;
};

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Strict YYYY-MM-DD that names a real day (2015-13-45 and 2015-02-30 are refused).
std::optional<Date> parse_date(std::string_view text);

// A date given to day, month or year: "2015-06-01", "2015-06", "2015". first/last bound the span.
struct DateSpan {
  Date first;
  Date last;
  DatePrecision precision = DatePrecision::day;
};
std::optional<DateSpan> parse_date_span(std::string_view text);

}  // namespace sg
