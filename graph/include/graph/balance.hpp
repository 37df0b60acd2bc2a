// Structural balance: the triad census of the undirected signed projection (actors joined when
// w(a->b) + w(b->a) != 0, with that sum's sign). Triangles +++ and +-- are balanced ("the enemy of my
// enemy is my friend"), ++- and --- are not; the balance ratio is balanced / all triangles.
#pragma once
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "graph/snapshot.hpp"

namespace sg::graph {

enum class TriadType { ppp, pmm, ppm, mmm };  // +++, +--, ++-, ---
std::string_view triad_signs(TriadType t);    // "+++", "+--", "++-", "---"

struct BalanceParams {
  std::size_t max_listed = 100;  // unbalanced triads listed
  Status validate() const { return Ok{}; }
};

struct Triad {
  std::array<Vertex, 3> actors{};  // ascending
  TriadType type = TriadType::ppp;
};

class Balance {
 public:
  Balance(std::shared_ptr<const Snapshot> snapshot, BalanceParams params);
  Status run();

  std::uint64_t count(TriadType t) const { return census_[static_cast<std::size_t>(t)]; }
  std::uint64_t triangles() const;
  std::optional<double> balance_ratio() const;                          // none when there is no triangle
  const std::vector<Triad>& unbalanced() const { return unbalanced_; }  // capped at max_listed

 private:
  std::shared_ptr<const Snapshot> snapshot_;
  BalanceParams params_;
  std::array<std::uint64_t, 4> census_{};
  std::vector<Triad> unbalanced_;
};

}  // namespace sg::graph
