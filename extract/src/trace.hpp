// Explains one extraction: sentences, mentions with the actors they resolved to, and every candidate
// edge with the rule that proposed it and whether the polarity filters kept it. For `sg-extract trace`.
#pragma once
#include <ostream>

#include "extract/extractor.hpp"

namespace sg::extract {

void trace_extraction(const Gazetteer& g, const ArticleText& article, std::ostream& out);

}  // namespace sg::extract
