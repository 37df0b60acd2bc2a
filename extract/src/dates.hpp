// Date expressions in a sentence, resolved against the publication date: "on Monday" (the most recent
// Monday on or before publication), "yesterday", "on 3 March" / "March 3" (publication year unless that
// lies in the future), with an optional year. Month and year mentions ("in February", "since 2011")
// do not pin an event's day.
#pragma once
#include <vector>

#include "analysis.hpp"

namespace sg::extract {

struct DateExpr {
  std::uint32_t tb = 0, te = 0;  // tokens
  Date date;
  DatePrecision precision = DatePrecision::day;
};

std::vector<DateExpr> find_dates(const Analysis& a, const Sentence& s);

}  // namespace sg::extract
