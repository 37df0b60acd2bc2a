// Shared helpers of the writers: labels aligned to vertices, escaping, dates.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "core/text.hpp"
#include "graph/export.hpp"

namespace sg::graph::detail {

// One label per vertex; actors missing from `labels` get their id as slug and name.
std::vector<ActorLabel> align_labels(const Snapshot& s, std::span<const ActorLabel> labels);
std::string xml_escape(std::string_view text);
using sg::csv_field;
std::string day_iso(std::int32_t day);
// "attacks:3 backs:1"
std::string counts_text(const Snapshot& s, EdgeIndex e);

}  // namespace sg::graph::detail
