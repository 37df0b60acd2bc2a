// Each test gets its own fresh database in its own temporary directory, removed afterwards.
#pragma once
#include <doctest/doctest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "storage/store.hpp"

namespace sg::storage::testing {

class TempDir {
 public:
  TempDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "sg-storage-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

struct Fixture {
  TempDir dir;
  std::string path = dir.file("test.db");
  std::unique_ptr<Store> store = open_store(path);

  static std::unique_ptr<Store> open_store(const std::string& path, StoreOptions options = {}) {
    auto opened = Store::open(path, options);
    REQUIRE_MESSAGE(opened.ok(), (opened.ok() ? "" : opened.error().message));
    return std::move(opened).value();
  }
};

// A raw connection for looking inside the file.
class RawDb {
 public:
  explicit RawDb(const std::string& path) { REQUIRE(sqlite3_open(path.c_str(), &db_) == SQLITE_OK); }
  ~RawDb() { sqlite3_close(db_); }
  RawDb(const RawDb&) = delete;
  RawDb& operator=(const RawDb&) = delete;
  sqlite3* get() const { return db_; }
  // Column `col` of every row, as text.
  std::vector<std::string> column(const std::string& sql, int col = 0) const {
    sqlite3_stmt* stmt = nullptr;
    REQUIRE_MESSAGE(sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) == SQLITE_OK,
                    sqlite3_errmsg(db_));
    std::vector<std::string> out;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
      const auto* text = sqlite3_column_text(stmt, col);
      out.emplace_back(text ? reinterpret_cast<const char*>(text) : "");
    }
    sqlite3_finalize(stmt);
    return out;
  }
  std::string scalar(const std::string& sql) const {
    auto rows = column(sql);
    return rows.empty() ? std::string() : rows.front();
  }
  int exec(const std::string& sql) const { return sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, nullptr); }

 private:
  sqlite3* db_ = nullptr;
};

inline ArticleWrite article(std::string title, std::string text,
                            std::optional<std::string> url = std::nullopt,
                            std::string published_at = "2015-06-01") {
  ArticleWrite w;
  w.article.url = std::move(url);
  w.article.title = std::move(title);
  w.article.published_at = std::move(published_at);
  w.article.source = "Test Wire";
  w.article.text = std::move(text);
  return w;
}

inline ExtractedActorWrite extracted_actor(std::string slug, std::string name, std::string kind = "state") {
  ExtractedActorWrite a;
  a.slug = std::move(slug);
  a.name = std::move(name);
  a.kind = std::move(kind);
  return a;
}

inline ExtractedEdgeWrite extracted_edge(std::size_t source, Relation relation, std::size_t target,
                                         std::string date = "2015-06-01", double confidence = 0.8) {
  ExtractedEdgeWrite e;
  e.source = source;
  e.relation = relation;
  e.target = target;
  e.date = std::move(date);
  e.confidence = confidence;
  e.evidence = "evidence";
  e.span_end = 8;
  e.rule = "test";
  return e;
}

inline ActorWrite actor(std::string name, std::string kind = "state") {
  ActorWrite a;
  a.name = std::move(name);
  a.kind = std::move(kind);
  return a;
}

inline CuratedEdgeWrite curated(Id source, Relation relation, Id target, std::string date = "2015-06-01") {
  CuratedEdgeWrite e;
  e.source = source;
  e.relation = relation;
  e.target = target;
  e.date = std::move(date);
  e.confidence = 0.9;
  e.evidence = "curated";
  return e;
}

}  // namespace sg::storage::testing
