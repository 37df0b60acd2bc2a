// The store: articles, actors, aliases, edges and the change feed in one SQLite file.
// It knows SQL and nothing of HTTP. One writer connection (serialised, BEGIN IMMEDIATE), a pool of
// reader connections (WAL: reads never wait behind a write). All methods are thread-safe.
#pragma once
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/observation.hpp"
#include "core/relations.hpp"

namespace sg::storage {

using Id = std::int64_t;

inline constexpr const char* kActorKinds[] = {"state", "government", "leader", "armed_group", "party",
                                              "igo",   "collective", "person", "other"};
bool is_actor_kind(std::string_view kind);

struct StoreOptions {
  int busy_timeout_ms = 5000;
  int reader_connections = 4;
  bool read_only = false;
};

// ---- actors ----------------------------------------------------------------------------------
struct ActorRef {
  Id id = 0;
  std::string slug;
  std::string name;
  std::string kind;
};

struct Alias {
  std::string alias;
  std::optional<std::string> valid_from;  // YYYY-MM-DD; role names such as "the US president"
  std::optional<std::string> valid_to;
};

struct ActorRecord {
  ActorRef ref;
  std::optional<std::string> country;  // ISO 3166 alpha-3
  std::string created_at;
  std::vector<Alias> aliases;
  std::vector<std::string> former_slugs;  // slugs of actors merged into this one (redirects)
  std::int64_t edges_out = 0;
  std::int64_t edges_in = 0;
  std::optional<std::string> first_edge_date;
  std::optional<std::string> last_edge_date;
};

struct ActorWrite {
  std::string name;
  std::string kind = "other";
  std::optional<std::string> country;
  std::optional<std::string> slug;  // default: slugify(name), made unique with a numeric suffix
  std::vector<Alias> aliases;
};

struct ActorPatch {
  std::optional<std::string> name;
  std::optional<std::string> kind;
  std::optional<std::optional<std::string>> country;  // set, or clear with nullopt inside
};

struct ActorQuery {
  std::optional<std::string> q;  // matched against every alias, case/accent-insensitive: exact, then
                                 // prefix, then substring matches, each ordered by name
  std::optional<std::string> kind;
  std::optional<std::string> country;
  int limit = 50;
  int offset = 0;
};

struct MergeResult {
  ActorRecord into;
  std::int64_t edges_moved = 0;
  std::int64_t aliases_moved = 0;
};

// ---- articles --------------------------------------------------------------------------------
struct ArticleInput {
  std::optional<std::string> url;
  std::string title;
  std::string published_at;  // YYYY-MM-DD, validated by the caller
  std::optional<std::string> source;
  std::string text;
};

// Actors and edges found in one article, in the store's terms. Actors are matched by slug (following
// merge redirects) and created when absent; edges refer to actors by index into `actors`.
struct ExtractedActorWrite {
  std::string slug;
  std::string name;
  std::string kind = "other";
  std::optional<std::string> country;
  std::vector<Alias> aliases;
};

struct ExtractedEdgeWrite {
  std::size_t source = 0;  // index into ExtractionWrite::actors
  Relation relation = Relation::opposes;
  std::size_t target = 0;
  std::string date;  // YYYY-MM-DD
  DatePrecision date_precision = DatePrecision::day;
  double confidence = 1.0;
  std::optional<std::size_t> asserted_by;
  std::string evidence;
  std::int64_t span_start = 0;  // byte offsets of the evidence in the article text
  std::int64_t span_end = 0;
  std::string rule;
};

struct ExtractionWrite {
  std::string extractor_version;
  std::vector<ExtractedActorWrite> actors;
  std::vector<ExtractedEdgeWrite> edges;
};

struct ArticleWrite {
  ArticleInput article;
  ExtractionWrite extraction;  // empty when extraction is off
};

struct ArticleSummary {
  Id id = 0;
  std::optional<std::string> url;
  std::string title;
  std::optional<std::string> source;
  std::string published_at;
  std::string ingested_at;
  std::string content_hash;
  std::string extractor_version;
  std::int64_t edge_count = 0;
};

struct IngestResult {
  ArticleSummary article;
  bool duplicate = false;
  std::int64_t edges_added = 0;
  std::int64_t actors_created = 0;
};

struct ArticleQuery {
  std::optional<std::string> from;  // published_at bounds, inclusive
  std::optional<std::string> to;
  std::optional<std::string> source;
  std::optional<std::string> q;  // substring of the title
  std::optional<Id> actor;       // articles with an edge touching this actor
  int limit = 50;
  std::optional<Id> after_id;  // keyset paging, ascending id
};

// ---- edges -----------------------------------------------------------------------------------
struct EdgeRecord {
  Id id = 0;
  ActorRef source;
  Relation relation = Relation::opposes;
  ActorRef target;
  std::string date;
  DatePrecision date_precision = DatePrecision::day;
  double confidence = 1.0;
  std::optional<ActorRef> asserted_by;
  std::optional<Id> article_id;
  std::optional<std::string> article_title;
  std::optional<std::string> article_url;
  std::string evidence;
  std::optional<std::int64_t> span_start;
  std::optional<std::int64_t> span_end;
  std::string origin;  // "extracted" | "curated"
  std::string extractor_version;
  std::string rule;
  std::string created_at;
  // polarity and weight follow from relation via relation_info()
};

struct EdgeQuery {
  std::optional<Id> actor;  // either end
  std::optional<Id> source;
  std::optional<Id> target;
  std::vector<Relation> relations;  // any of
  std::optional<Polarity> polarity;
  std::optional<std::string> from;  // edge date bounds, inclusive
  std::optional<std::string> to;
  std::optional<Id> article;
  std::optional<double> min_confidence;
  std::optional<std::string> origin;
  int limit = 100;
  std::optional<Id> after_id;  // keyset paging, ascending id: stable under concurrent inserts
};

struct CuratedEdgeWrite {
  Id source = 0;
  Relation relation = Relation::opposes;
  Id target = 0;
  std::string date;
  DatePrecision date_precision = DatePrecision::day;
  double confidence = 1.0;
  std::optional<Id> asserted_by;
  std::string evidence;
};

template <class T>
struct Page {
  std::vector<T> items;
  std::optional<Id> next_after_id;  // absent on the last page
};

// ---- time series, change feed, snapshots -----------------------------------------------------
enum class Interval { week, month, year };

struct DyadQuery {
  Id a = 0;
  Id b = 0;
  std::optional<std::string> from;
  std::optional<std::string> to;
  Interval interval = Interval::month;
};

struct DyadBucket {
  std::string period_start;                  // YYYY-MM-DD, first day of the week (Monday), month or year
  std::int64_t counts[kRelationCount] = {};  // by static_cast<size_t>(Relation)
  double net_weight = 0;                     // sum of relation weights, either direction
  std::int64_t a_to_b = 0;
  std::int64_t b_to_a = 0;
};

struct ChangeRecord {
  std::int64_t seq = 0;
  std::string entity;  // "article" | "actor" | "edge" | "alias"
  Id entity_id = 0;
  std::string op;  // "insert" | "update" | "delete" | "merge"
  std::string at;
};

struct StoreStats {
  std::int64_t articles = 0, actors = 0, aliases = 0, edges = 0;
  std::int64_t change_seq = 0;
  int schema_version = 0;
  std::optional<std::string> first_edge_date, last_edge_date;
};

struct WindowQuery {  // for graph snapshots; served by the covering index
  Date from;
  Date to;
  double min_confidence = 0;
};

class Store {
 public:
  // Opens (creating when absent) and migrates the file; refuses a newer schema (schema_too_new).
  static Result<std::unique_ptr<Store>> open(const std::string& path, const StoreOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  static int schema_version();       // the version this binary writes
  Result<StoreStats> stats() const;  // cheap: served from memory until the next commit
  std::int64_t change_seq() const;   // cheap: last committed change sequence

  // articles: one BEGIN IMMEDIATE transaction per call; duplicates (same url or same text hash)
  // return the stored article with duplicate=true and add nothing.
  Result<std::vector<IngestResult>> ingest(const std::vector<ArticleWrite>& batch);
  Result<ArticleSummary> get_article(Id id) const;
  Result<std::string> get_article_text(Id id) const;
  Result<Page<ArticleSummary>> list_articles(const ArticleQuery& query) const;
  // Replaces an article's extracted edges (curated edges untouched) with a new extraction.
  Result<IngestResult> replace_extraction(Id article, const ExtractionWrite& extraction);
  Result<std::vector<Id>> article_ids() const;

  // actors
  Result<ActorRecord> get_actor(Id id) const;
  // id (digits), slug (current or former), or any alias; case/accent-insensitive.
  // Several matches -> ambiguous_actor with candidates; none -> unknown_actor.
  Result<ActorRef> resolve_actor(std::string_view reference) const;
  Result<std::vector<ActorRef>> find_actors(const ActorQuery& query) const;
  Result<ActorRecord> create_actor(const ActorWrite& actor);
  Result<ActorRecord> update_actor(Id id, const ActorPatch& patch);
  Result<ActorRecord> add_aliases(Id id, const std::vector<Alias>& aliases);
  Result<MergeResult> merge_actors(Id from, Id into);
  Result<std::vector<ActorRef>> actors_by_ids(
      const std::vector<Id>& ids) const;  // in order; absent ids skipped

  // edges
  Result<Page<EdgeRecord>> list_edges(const EdgeQuery& query) const;
  Result<std::vector<EdgeRecord>> add_curated_edges(const std::vector<CuratedEdgeWrite>& edges);
  Result<std::vector<DyadBucket>> dyad_series(const DyadQuery& query) const;
  Result<std::vector<EdgeObservation>> load_window(const WindowQuery& query) const;

  // change feed
  Result<std::vector<ChangeRecord>> changes_since(std::int64_t seq, int limit) const;

 private:
  struct Impl;
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace sg::storage
