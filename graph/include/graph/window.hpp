// The time window of a graph snapshot, as requested (WindowParams: what a user typed) and as resolved
// (Window: concrete inclusive day bounds and filters, the normalised form the snapshot cache keys on).
#pragma once
#include <bitset>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/relations.hpp"

namespace sg::graph {

struct WindowParams {
  std::optional<Date> from;              // inclusive; open means "since the first edge"
  std::optional<Date> to;                // inclusive; open means "up to the latest edge"
  std::optional<Date> at;                // the window ends here (alternative to `to`)
  std::optional<int> window_days;        // with `at` or `to`: the window spans this many days
  std::optional<double> half_life_days;  // older edges fade by 0.5^((to - day) / half_life)
  std::vector<Relation> relations;       // empty: every relation
  std::optional<Polarity> polarity;      // keeps only relations of this polarity
  double min_confidence = 0;

  // invalid_window for contradictory or reversed bounds, invalid_field for a bad value; the error
  // names the request field at fault.
  Status validate() const;
};

struct Window {
  std::int32_t from_day = 0;  // inclusive, days since 1970-01-01
  std::int32_t to_day = 0;    // inclusive
  double half_life_days = 0;  // 0: no decay
  std::bitset<kRelationCount> relations;
  double min_confidence = 0;

  bool admits(Relation r) const { return relations.test(static_cast<std::size_t>(r)); }
  Date from() const { return Date::from_days(from_day); }
  Date to() const { return Date::from_days(to_day); }
  std::string key() const;  // equal for equal windows: the snapshot cache key
};

// Turns params into concrete bounds. Open ends take `earliest` / `latest` (the store's first and last
// edge dates, or any bounds the caller prefers). Validates first.
Result<Window> resolve_window(const WindowParams& params, Date earliest, Date latest);

// Reads the window parameters shared by every graph endpoint and the export command: from, to, at,
// window, half_life, relation (comma-separated, may repeat), polarity, min_confidence. `lookup`
// returns every value given for a name (empty when absent); `prefix` selects e.g. "a_" for a_from.
using ParamLookup = std::function<std::vector<std::string>(std::string_view name)>;
Result<WindowParams> parse_window_params(const ParamLookup& lookup, std::string_view prefix = {});

}  // namespace sg::graph
