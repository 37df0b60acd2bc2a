#include "export_common.hpp"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <unordered_map>

namespace sg::graph {

std::string json_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '"';
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

std::string format_number(double value) {
  if (!std::isfinite(value)) return "null";
  if (value == 0) return "0";  // also turns -0 into 0
  char buf[32];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
  return ec == std::errc() ? std::string(buf, end) : "null";
}

namespace detail {

std::vector<ActorLabel> align_labels(const Snapshot& s, std::span<const ActorLabel> labels) {
  std::unordered_map<std::int64_t, const ActorLabel*> by_id;
  by_id.reserve(labels.size());
  for (const auto& l : labels) by_id.emplace(l.id, &l);
  std::vector<ActorLabel> out(s.vertex_count());
  for (Vertex v = 0; v < s.vertex_count(); ++v) {
    const auto id = s.actor_id(v);
    if (auto it = by_id.find(id); it != by_id.end()) {
      out[v] = *it->second;
    } else {
      out[v] = ActorLabel{id, std::to_string(id), std::to_string(id), "other"};
    }
  }
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        // XML 1.0 forbids most control characters even as references.
        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') out += static_cast<char>(c);
    }
  }
  return out;
}

std::string day_iso(std::int32_t day) {
  return Date::from_days(day).iso();
}

std::string counts_text(const Snapshot& s, EdgeIndex e) {
  std::string out;
  for (const auto& rc : s.counts(e)) {
    if (!out.empty()) out += ' ';
    out += relation_name(rc.relation);
    out += ':';
    out += std::to_string(rc.count);
  }
  return out;
}

}  // namespace detail
}  // namespace sg::graph
