// The route table. Patterns are literal segments and {name} placeholders: "/v1/actors/{ref}/merge".
// Matching splits the raw request target on '/' before percent-decoding each segment, so a name
// with an encoded slash ("%2F") stays one segment. A path that exists under another method gives
// method_not_allowed with the allowed methods; no match at all gives route_not_found.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/reply.hpp"

namespace httplib {
struct Request;
}

namespace sg::server::http {

enum class Access { read, write };  // write routes need the API key when one is configured

struct Call {
  const httplib::Request& request;
  std::map<std::string, std::string, std::less<>> path;  // {placeholders} by name, decoded

  const std::string& path_param(std::string_view name) const;
};

using Handler = std::function<HandlerResult(const Call&)>;

struct Route {
  std::string method;
  std::string pattern;
  std::vector<std::string> segments;
  Access access = Access::read;
  Handler handler;
};

struct RouteMatch {
  const Route* route = nullptr;
  std::map<std::string, std::string, std::less<>> params;
  std::vector<std::string> allowed;  // methods the path takes, when route is null
  bool bad_encoding = false;         // a segment's percent-encoding was malformed
};

class Router {
 public:
  void add(std::string method, std::string pattern, Access access, Handler handler);
  void get(std::string pattern, Handler handler) {
    add("GET", std::move(pattern), Access::read, std::move(handler));
  }
  void post(std::string pattern, Handler handler) {
    add("POST", std::move(pattern), Access::write, std::move(handler));
  }
  void patch(std::string pattern, Handler handler) {
    add("PATCH", std::move(pattern), Access::write, std::move(handler));
  }
  void put(std::string pattern, Handler handler) {
    add("PUT", std::move(pattern), Access::write, std::move(handler));
  }
  void del(std::string pattern, Handler handler) {
    add("DELETE", std::move(pattern), Access::write, std::move(handler));
  }

  // `target` is the raw request target (path and optional query); HEAD matches GET routes.
  RouteMatch match(std::string_view method, std::string_view target) const;
  const std::vector<Route>& routes() const { return routes_; }

 private:
  std::vector<Route> routes_;
};

bool percent_decode(std::string_view in, std::string& out);  // false on a malformed escape
std::vector<std::string_view> split_path(std::string_view path);

}  // namespace sg::server::http
