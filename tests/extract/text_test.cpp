// Text handling: tokens keep offsets and flag hyphens and possessives, boilerplate and datelines are
// dropped, sentences survive abbreviations, and date expressions resolve against publication.
#include <doctest/doctest.h>

#include "analysis.hpp"
#include "dates.hpp"
#include "extract_fixture.hpp"
#include "segment.hpp"
#include "tokenizer.hpp"

using namespace sg;
using namespace sg::extract;

namespace {

const Gazetteer& gaz() {
  static const auto g = *load_embedded_gazetteer();
  return *g;
}

std::vector<std::string> sentences(const std::string& text) {
  const Document d = segment(gaz(), text);
  std::vector<std::string> out;
  for (const auto& s : d.sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

}  // namespace

TEST_CASE("tokens flag hyphen compounds, possessives and dotted abbreviations") {
  const std::string t = "The U.S.-backed force\xE2\x80\x99s chief met Kagame's envoy.";
  std::vector<Token> toks;
  tokenize(t, 0, t.size(), toks);
  REQUIRE(toks.size() >= 8);
  CHECK(toks[1].norm == "us");
  CHECK(toks[1].has(kDottedAbbrev));
  CHECK(toks[2].norm == "backed");
  CHECK(toks[2].has(kHyphenBefore));
  CHECK(toks[3].norm == "force");
  CHECK(toks[3].has(kPossessive));
  CHECK(t.substr(toks[6].begin, toks[6].end - toks[6].begin) == "Kagame");
  CHECK(toks[6].has(kPossessive));
}

TEST_CASE("curly quotes and odd spaces are punctuation and whitespace") {
  const std::string t = "\xE2\x80\x9CWe will fight,\xE2\x80\x9D\xC2\xA0he said";
  std::vector<Token> toks;
  tokenize(t, 0, t.size(), toks);
  REQUIRE(toks.size() == 8);
  CHECK(toks[0].has(kQuote));
  CHECK(toks[1].norm == "we");
  CHECK(toks[5].has(kQuote));
  CHECK(toks[6].norm == "he");
}

TEST_CASE("sentences split around abbreviations and initials") {
  const auto s = sentences(
      "Gen. Mohamed Hamdan Dagalo spoke on Feb. 3 in Khartoum. The U.S. envoy, J. R. Smith, left. Talks "
      "ended.");
  REQUIRE(s.size() == 3);
  CHECK(s[0] == "Gen. Mohamed Hamdan Dagalo spoke on Feb. 3 in Khartoum.");
  CHECK(s[1] == "The U.S. envoy, J. R. Smith, left.");
}

TEST_CASE("boilerplate lines, captions and datelines are not read") {
  const std::string text =
      "Skip to main content\n\nSign up to our newsletter for daily alerts\n\nKINSHASA, 3 May 2022 - Fighting "
      "spread "
      "near Goma.\n\nRefugees wait at a camp near Goma (Reuters)\n\nWe use cookies to improve your "
      "experience.\n";
  const auto s = sentences(text);
  REQUIRE(s.size() == 1);
  CHECK(s[0] == "Fighting spread near Goma.");
}

TEST_CASE("weekdays count back from publication; day-month takes the publication year unless future") {
  ArticleText art;
  art.published_at = "2022-03-02";  // a Wednesday
  art.text =
      "It happened on Monday, on Wednesday, yesterday, on 28 February and on 5 March, and on March 1, 2021.";
  Analysis a(gaz(), art);
  a.published = *parse_date(art.published_at);
  a.doc = segment(gaz(), art.text);
  const auto d = find_dates(a, a.doc.sentences.at(0));
  REQUIRE(d.size() == 6);
  CHECK(d[0].date.iso() == "2022-02-28");
  CHECK(d[1].date.iso() == "2022-03-02");  // a Wednesday article's "on Wednesday" is that day
  CHECK(d[2].date.iso() == "2022-03-01");
  CHECK(d[3].date.iso() == "2022-02-28");
  CHECK(d[4].date.iso() == "2021-03-05");  // 5 March 2022 would lie in the future
  CHECK(d[5].date.iso() == "2021-03-01");
}
