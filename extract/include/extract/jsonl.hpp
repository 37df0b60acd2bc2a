// JSON Lines front end of the extractor, shared by `stancegraph extract` and the dev tool
// `sg-extract extract`: articles in ({id, published_at, title, source, url, text} per line), one
// edge per line out in the format ../shared/eval/score.py documents.
#pragma once
#include <iosfwd>

#include "extract/extractor.hpp"

namespace sg::extract {

// Returns 0 when every line was read, 1 when some line was bad (each reported on err, the rest
// still processed).
int run_extract_jsonl(std::istream& in, std::ostream& out, std::ostream& err, const Extractor& extractor);

}  // namespace sg::extract
