// Plain TSV tables as the data/ directory holds them: first non-comment line is the header, '#'
// lines are comments, lists inside a cell are separated by '|'.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace sg::extract {

struct TsvTable {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // each row padded to the header's width

  // Index of a header column, or -1.
  int column(std::string_view name) const;
  // Cell of a row by column name; empty when the column is missing.
  std::string_view cell(const std::vector<std::string>& row, std::string_view name) const;
};

TsvTable parse_tsv(std::string_view content);
std::vector<std::string> split_list(std::string_view cell);  // "a|b| c" -> {"a","b","c"}
std::string_view trim(std::string_view s);

}  // namespace sg::extract
