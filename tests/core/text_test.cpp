#include "core/text.hpp"

#include <doctest/doctest.h>

using namespace sg;

TEST_CASE("normalize_name folds case, accents, punctuation and a leading the") {
  CHECK(normalize_name("The Islamic State (ISIS)") == "islamic state isis");
  CHECK(normalize_name("Bashar al-Assad") == "bashar al assad");
  CHECK(normalize_name("Assad's") == "assad");
  CHECK(normalize_name("Assad\xE2\x80\x99s forces") == "assad forces");
  CHECK(normalize_name("Ṣanʿāʾ") == "sana");
  CHECK(normalize_name("Erdoğan") == "erdogan");
  CHECK(normalize_name("  U.S.  ") == "u s");
  CHECK(normalize_name("Théâtre") == "theatre");
  CHECK(normalize_name("\xff\xfe") == "");
}

TEST_CASE("slugify gives ascii ids") {
  CHECK(slugify("Levant Dawn") == "levant-dawn");
  CHECK(slugify("Kurdish People's Protection Units") == "kurdish-people-protection-units");
  CHECK(slugify("!!!") == "actor");
}

TEST_CASE("utf8 validation") {
  CHECK(is_valid_utf8("Ṣanʿāʾ"));
  CHECK_FALSE(is_valid_utf8("\xc3("));
}

TEST_CASE("csv_field quotes only when needed") {
  CHECK(csv_field("Levant Dawn") == "Levant Dawn");
  CHECK(csv_field("Gaza, Israel") == "\"Gaza, Israel\"");
  CHECK(csv_field("the \"junta\"") == "\"the \"\"junta\"\"\"");
}
