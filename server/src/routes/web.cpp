// The explorer page: GET / and GET /assets/{file}, served from web/dist as compiled into the binary
// by web/embed.cmake (sg_embed). A binary built without web/dist (no npm on the build machine)
// still runs: the page routes then answer 503 with a note on how to build it, and /v1 is unaffected.
#include <string>
#include <string_view>

#include "routes/routes.hpp"

#if defined(SG_WEB_EMBEDDED)
namespace sg::embedded {
std::string_view web_assets(std::string_view name);
}
#endif

namespace sg::server {

namespace {

#if !defined(SG_WEB_EMBEDDED)
constexpr std::string_view kNotBuilt =
    "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>stancegraph: explorer not "
    "built</title>\n"
    "<h1>The explorer page was not built into this binary</h1>\n"
    "<p>Build it with <code>scripts/build-web.sh</code> (runs <code>npm ci &amp;&amp; npm run build</code> "
    "in "
    "<code>web/</code>), then rebuild stancegraph. The JSON API under <a href=\"/v1/health\">/v1</a> works "
    "without it.</p>\n";
#else
std::string content_type_of(std::string_view name) {
  const auto dot = name.rfind('.');
  const auto ext = dot == std::string_view::npos ? std::string_view() : name.substr(dot + 1);
  if (ext == "html") return "text/html; charset=utf-8";
  if (ext == "js") return "text/javascript; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "json") return "application/json";
  return "text/plain; charset=utf-8";
}
#endif

// `relpath` is relative to web/dist. Only names compiled in are found, so no request reaches the
// file system and "../" cannot escape anything.
http::HandlerResult serve_file([[maybe_unused]] std::string_view relpath) {
#if defined(SG_WEB_EMBEDDED)
  const auto content = sg::embedded::web_assets("web/dist/" + std::string(relpath));
  if (content.empty())
    return make_error(ErrorCode::route_not_found, "no such file: /" + std::string(relpath));
  return http::Reply::bytes(std::string(content), content_type_of(relpath));
#else
  return http::Reply{503, nullptr, std::string(kNotBuilt), "text/html; charset=utf-8"};
#endif
}

}  // namespace

void register_web_routes(http::Router& router, ApiContext&) {
  router.get("/", [](const http::Call&) { return serve_file("index.html"); });
  router.get("/assets/{file}", [](const http::Call& call) {
    const auto& file = call.path_param("file");
    if (file.empty() || file.find('/') != std::string::npos || file.front() == '.')
      return http::HandlerResult(make_error(ErrorCode::route_not_found, "no such file", "file"));
    return serve_file("assets/" + file);
  });
}

}  // namespace sg::server
