// docs/api.md renders the one error-code table; this keeps it in step with core/src/error.cpp.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/error.hpp"

TEST_CASE("docs/api.md lists every error code with its HTTP status") {
  std::ifstream in(std::string(SG_SOURCE_DIR) + "/docs/api.md");
  REQUIRE(in.good());
  std::stringstream text;
  text << in.rdbuf();
  const auto doc = text.str();
  for (const auto& info : sg::error_table()) {
    const auto row = "| `" + std::string(info.name) + "` | " + std::to_string(info.http_status) + " |";
    CHECK_MESSAGE(doc.find(row) != std::string::npos, "docs/api.md lacks the row " << row);
  }
}
