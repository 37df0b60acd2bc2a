// Reads over time: the dyad series (stance between two actors per week/month/year). The snapshot
// window that graph builds its graphs from is in window.cpp.
#include <algorithm>

#include "store_impl.hpp"

namespace sg::storage {
namespace {

Date period_start(Date d, Interval interval) {
  switch (interval) {
    case Interval::week:
      return d.plus_days(-d.weekday());
    case Interval::month:
      return Date{d.year, d.month, 1};
    case Interval::year:
      return Date{d.year, 1, 1};
  }
  return d;
}

Date next_period(Date start, Interval interval) {
  switch (interval) {
    case Interval::week:
      return start.plus_days(7);
    case Interval::month:
      return start.month == 12 ? Date{start.year + 1, 1, 1} : Date{start.year, start.month + 1, 1};
    case Interval::year:
      return Date{start.year + 1, 1, 1};
  }
  return start;
}

std::optional<Date> bound(const std::optional<std::string>& text, const char* field, bool upper) {
  if (!text) return std::nullopt;
  auto span = parse_date_span(*text);
  if (!span) db::fail(ErrorCode::invalid_date, std::string(field) + " '" + *text + "' is not a date", field);
  return upper ? span->last : span->first;
}

// Names are CHECKed on insert; comparing lengths first keeps this cheap on the 1M-row path.
Relation relation_of(std::string_view name) {
  for (const auto& info : all_relations())
    if (info.name.size() == name.size() && info.name == name) return info.relation;
  db::fail(ErrorCode::storage_error,
           "edge with unknown relation '" + std::string(name) + "' in the database");
}

constexpr std::size_t kMaxBuckets = 100000;

}  // namespace

Result<std::vector<DyadBucket>> Store::dyad_series(const DyadQuery& query) const {
  return impl_->read([&](db::Connection& conn) {
    db::Transaction tx(conn, db::Transaction::Kind::deferred);
    if (!detail::find_actor(conn, query.a))
      db::fail(ErrorCode::not_found, "no actor with id " + std::to_string(query.a), "a");
    if (!detail::find_actor(conn, query.b))
      db::fail(ErrorCode::not_found, "no actor with id " + std::to_string(query.b), "b");
    std::optional<Date> from = bound(query.from, "from", false), to = bound(query.to, "to", true);
    if (from && to && *to < *from) db::fail(ErrorCode::invalid_window, "to lies before from", "to");

    struct Row {
      bool a_to_b;
      Relation relation;
      std::int32_t day;
      std::int64_t weight;
    };
    std::vector<Row> rows;
    auto stmt = conn.prepare(
        "SELECT source = ?1, relation, day, weight FROM edges "
        "WHERE ((source = ?1 AND target = ?2) OR (source = ?2 AND target = ?1)) AND day BETWEEN ?3 AND ?4 "
        "ORDER BY day");
    stmt.bind_all(query.a, query.b, std::int64_t{from ? from->days() : INT32_MIN},
                  std::int64_t{to ? to->days() : INT32_MAX});
    while (stmt.step())
      rows.push_back({stmt.int64(0) != 0, relation_of(stmt.view(1)), static_cast<std::int32_t>(stmt.int64(2)),
                      stmt.int64(3)});
    tx.commit();
    if (rows.empty() && (!from || !to)) return std::vector<DyadBucket>{};
    const Date first = period_start(from ? *from : Date::from_days(rows.front().day), query.interval);
    const Date last = to ? *to : Date::from_days(rows.back().day);

    std::vector<DyadBucket> buckets;
    std::vector<std::int32_t> starts;
    for (Date d = first; d <= last; d = next_period(d, query.interval)) {
      if (buckets.size() == kMaxBuckets)
        db::fail(ErrorCode::invalid_window,
                 "the window spans more than 100000 intervals; narrow it or use a longer interval");
      buckets.emplace_back().period_start = d.iso();
      starts.push_back(d.days());
    }
    // Each stored edge counts once, whichever direction it was read in (so symmetric relations are
    // not doubled); net weight sums both directions.
    for (const Row& r : rows) {
      const std::int32_t start = period_start(Date::from_days(r.day), query.interval).days();
      const auto it = std::lower_bound(starts.begin(), starts.end(), start);
      DyadBucket& b = buckets[static_cast<std::size_t>(it - starts.begin())];
      ++b.counts[static_cast<std::size_t>(r.relation)];
      b.net_weight += static_cast<double>(r.weight);
      ++(r.a_to_b ? b.a_to_b : b.b_to_a);
    }
    return buckets;
  });
}

}  // namespace sg::storage
