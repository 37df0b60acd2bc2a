#include "graph/window.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace sg::graph {

namespace {

std::bitset<kRelationCount> relation_set(const WindowParams& p) {
  std::bitset<kRelationCount> set;
  for (const auto& info : all_relations()) {
    const bool listed = p.relations.empty() ||
                        std::find(p.relations.begin(), p.relations.end(), info.relation) != p.relations.end();
    const bool polarity_ok = !p.polarity || info.polarity == *p.polarity;
    if (listed && polarity_ok) set.set(static_cast<std::size_t>(info.relation));
  }
  return set;
}

std::string field_name(std::string_view prefix, std::string_view name) {
  return std::string(prefix) + std::string(name);
}

std::optional<std::string> single(const ParamLookup& lookup, const std::string& name, Error& error) {
  auto values = lookup(name);
  if (values.empty()) return std::nullopt;
  if (values.size() > 1) error = make_error(ErrorCode::invalid_field, name + " given more than once", name);
  return values.front();
}

bool parse_number(std::string_view text, double& out) {
  if (text.empty()) return false;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

}  // namespace

Status WindowParams::validate() const {
  if (at && (from || to))
    return make_error(ErrorCode::invalid_window, "give either at (+ window) or from/to, not both", "at");
  if (window_days) {
    if (*window_days <= 0) return make_error(ErrorCode::invalid_field, "window must be >= 1 day", "window");
    if (!at && !to) return make_error(ErrorCode::invalid_window, "window needs at or to", "window");
    if (from) return make_error(ErrorCode::invalid_window, "give from or window, not both", "window");
  }
  if (from && to && *from > *to)
    return make_error(ErrorCode::invalid_window, "from " + from->iso() + " is after to " + to->iso(), "from");
  if (half_life_days && !(*half_life_days > 0 && std::isfinite(*half_life_days)))
    return make_error(ErrorCode::invalid_field, "half_life must be a positive number of days", "half_life");
  if (!(min_confidence >= 0 && min_confidence <= 1))
    return make_error(ErrorCode::invalid_field, "min_confidence must lie in [0, 1]", "min_confidence");
  if (relation_set(*this).none())
    return make_error(ErrorCode::invalid_field, "no listed relation has the requested polarity", "polarity");
  return Ok{};
}

std::string Window::key() const {
  char buf[160];
  std::snprintf(buf, sizeof buf, "%d|%d|%.17g|%lu|%.17g", from_day, to_day, half_life_days,
                relations.to_ulong(), min_confidence);
  return buf;
}

Result<Window> resolve_window(const WindowParams& p, Date earliest, Date latest) {
  if (auto status = p.validate(); !status) return status.error();
  Window w;
  // An open end never makes the window empty: past the data it just holds nothing.
  const Date end = p.at ? *p.at : p.to ? *p.to : p.from ? std::max(latest, *p.from) : latest;
  w.to_day = end.days();
  if (p.window_days)
    w.from_day = w.to_day - *p.window_days + 1;
  else
    w.from_day = p.from ? p.from->days() : std::min(earliest.days(), w.to_day);
  if (w.from_day > w.to_day)
    return make_error(ErrorCode::invalid_window,
                      "the window " + Date::from_days(w.from_day).iso() + ".." + end.iso() + " is empty",
                      p.from ? "from" : "to");
  w.half_life_days = p.half_life_days.value_or(0);
  w.relations = relation_set(p);
  w.min_confidence = p.min_confidence;
  return w;
}

Result<WindowParams> parse_window_params(const ParamLookup& lookup, std::string_view prefix) {
  WindowParams p;
  Error error{ErrorCode::internal, "", "", {}};
  auto date_field = [&](std::string_view name, std::optional<Date>& out) -> bool {
    const auto field = field_name(prefix, name);
    auto text = single(lookup, field, error);
    if (!error.message.empty()) return false;
    if (!text) return true;
    out = parse_date(*text);
    if (!out)
      error = make_error(ErrorCode::invalid_date, field + " is not a YYYY-MM-DD date: " + *text, field);
    return out.has_value();
  };
  if (!date_field("from", p.from) || !date_field("to", p.to) || !date_field("at", p.at)) return error;

  const auto window_field = field_name(prefix, "window");
  if (auto text = single(lookup, window_field, error); !error.message.empty()) {
    return error;
  } else if (text) {
    double days = 0;
    if (!parse_number(*text, days) || days != std::floor(days) || days < 1 || days > 1e6)
      return make_error(ErrorCode::invalid_field, "window must be a whole number of days >= 1", window_field);
    p.window_days = static_cast<int>(days);
  }
  if (auto text = single(lookup, "half_life", error); !error.message.empty()) {
    return error;
  } else if (text) {
    double days = 0;
    if (!parse_number(*text, days) || days <= 0)
      return make_error(ErrorCode::invalid_field, "half_life must be a positive number of days", "half_life");
    p.half_life_days = days;
  }
  if (auto text = single(lookup, "min_confidence", error); !error.message.empty()) {
    return error;
  } else if (text) {
    if (!parse_number(*text, p.min_confidence) || p.min_confidence < 0 || p.min_confidence > 1)
      return make_error(ErrorCode::invalid_field, "min_confidence must be a number in [0, 1]",
                        "min_confidence");
  }
  if (auto text = single(lookup, "polarity", error); !error.message.empty()) {
    return error;
  } else if (text) {
    p.polarity = polarity_from_name(*text);
    if (!p.polarity)
      return make_error(ErrorCode::invalid_field, "polarity must be hostile, cooperative or structural",
                        "polarity");
  }
  for (const auto& value : lookup("relation")) {
    std::string_view rest = value;
    while (!rest.empty()) {
      const auto comma = rest.find(',');
      const auto name = rest.substr(0, comma);
      rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
      if (name.empty()) continue;
      auto relation = relation_from_name(name);
      if (!relation)
        return make_error(ErrorCode::unknown_relation, "unknown relation: " + std::string(name), "relation");
      p.relations.push_back(*relation);
    }
  }
  if (auto status = p.validate(); !status) return status.error();
  return p;
}

}  // namespace sg::graph
