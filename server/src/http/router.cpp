#include "http/router.hpp"

#include <stdexcept>

namespace sg::server::http {

const std::string& Call::path_param(std::string_view name) const {
  const auto it = path.find(name);
  if (it == path.end()) throw std::logic_error("route has no placeholder " + std::string(name));
  return it->second;
}

std::vector<std::string_view> split_path(std::string_view path) {
  std::vector<std::string_view> out;
  while (!path.empty()) {
    if (path.front() == '/') {
      path.remove_prefix(1);
      continue;
    }
    const auto slash = path.find('/');
    out.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) break;
    path.remove_prefix(slash);
  }
  return out;
}

bool percent_decode(std::string_view in, std::string& out) {
  out.clear();
  const auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i < in.size(); ++i) {
    if (in[i] != '%') {
      out.push_back(in[i]);
      continue;
    }
    if (i + 2 >= in.size()) return false;
    const int hi = hex(in[i + 1]);
    const int lo = hex(in[i + 2]);
    if (hi < 0 || lo < 0) return false;
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  return true;
}

void Router::add(std::string method, std::string pattern, Access access, Handler handler) {
  Route route{std::move(method), pattern, {}, access, std::move(handler)};
  for (auto segment : split_path(pattern)) route.segments.emplace_back(segment);
  routes_.push_back(std::move(route));
}

RouteMatch Router::match(std::string_view method, std::string_view target) const {
  RouteMatch result;
  const auto path = target.substr(0, target.find('?'));
  const auto raw_segments = split_path(path);
  std::vector<std::string> segments;
  for (auto raw : raw_segments) {
    std::string decoded;
    if (!percent_decode(raw, decoded)) {
      result.bad_encoding = true;
      return result;
    }
    segments.push_back(std::move(decoded));
  }
  const std::string_view wanted = method == "HEAD" ? std::string_view("GET") : method;
  for (const auto& route : routes_) {
    if (route.segments.size() != segments.size()) continue;
    std::map<std::string, std::string, std::less<>> params;
    bool same = true;
    for (std::size_t i = 0; i < segments.size() && same; ++i) {
      const auto& pattern = route.segments[i];
      if (pattern.size() > 2 && pattern.front() == '{' && pattern.back() == '}')
        params.emplace(pattern.substr(1, pattern.size() - 2), segments[i]);
      else
        same = pattern == segments[i];
    }
    if (!same) continue;
    if (route.method == wanted) {
      result.route = &route;
      result.params = std::move(params);
      result.allowed.clear();
      return result;
    }
    result.allowed.push_back(route.method);
  }
  return result;
}

}  // namespace sg::server::http
