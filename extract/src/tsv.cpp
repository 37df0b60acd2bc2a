#include "tsv.hpp"

namespace sg::extract {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

int TsvTable::column(std::string_view name) const {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return static_cast<int>(i);
  return -1;
}

std::string_view TsvTable::cell(const std::vector<std::string>& row, std::string_view name) const {
  const int c = column(name);
  if (c < 0 || static_cast<std::size_t>(c) >= row.size()) return {};
  return row[static_cast<std::size_t>(c)];
}

TsvTable parse_tsv(std::string_view content) {
  TsvTable t;
  std::size_t pos = 0;
  while (pos < content.size()) {
    std::size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (trim(line).empty() || line.front() == '#') continue;
    std::vector<std::string> cells;
    std::size_t c = 0;
    while (true) {
      const std::size_t tab = line.find('\t', c);
      cells.emplace_back(trim(line.substr(c, tab == std::string_view::npos ? tab : tab - c)));
      if (tab == std::string_view::npos) break;
      c = tab + 1;
    }
    if (t.header.empty()) {
      t.header = std::move(cells);
      continue;
    }
    if (cells.size() < t.header.size()) cells.resize(t.header.size());
    t.rows.push_back(std::move(cells));
  }
  return t;
}

std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> out;
  std::size_t c = 0;
  while (c <= cell.size()) {
    std::size_t bar = cell.find('|', c);
    if (bar == std::string_view::npos) bar = cell.size();
    const std::string_view item = trim(cell.substr(c, bar - c));
    if (!item.empty()) out.emplace_back(item);
    c = bar + 1;
  }
  return out;
}

}  // namespace sg::extract
