#include <ostream>

#include "core/text.hpp"
#include "http/render.hpp"
#include "http/reply.hpp"
#include "server/commands.hpp"

namespace sg::server {

namespace {

using sg::csv_field;

// Walks every actor (search paging) and every edge (keyset paging) without holding them all.
template <class F>
Status for_each_actor(const storage::Store& store, F&& visit) {
  storage::ActorQuery query;
  query.limit = 1000;
  for (;;) {
    auto page = store.find_actors(query);
    if (!page) return page.error();
    for (const auto& ref : *page) {
      auto actor = store.get_actor(ref.id);
      if (!actor) return actor.error();
      visit(*actor);
    }
    if (page->size() < static_cast<std::size_t>(query.limit)) return Ok{};
    query.offset += query.limit;
  }
}

template <class F>
Status for_each_edge(const storage::Store& store, F&& visit) {
  storage::EdgeQuery query;
  query.limit = 1000;
  for (;;) {
    auto page = store.list_edges(query);
    if (!page) return page.error();
    for (const auto& edge : page->items) visit(edge);
    if (!page->next_after_id) return Ok{};
    query.after_id = page->next_after_id;
  }
}

Status export_json(const storage::Store& store, std::ostream& out) {
  bool first = true;
  out << "{\"actors\":[";
  auto status = for_each_actor(store, [&](const storage::ActorRecord& actor) {
    out << (first ? "\n" : ",\n") << http::dump_json(http::render_actor(actor));
    first = false;
  });
  if (!status) return status;
  first = true;
  out << "],\n\"edges\":[";
  status = for_each_edge(store, [&](const storage::EdgeRecord& edge) {
    out << (first ? "\n" : ",\n") << http::dump_json(http::render_edge(edge));
    first = false;
  });
  out << "]}\n";
  return status;
}

Status export_csv_edges(const storage::Store& store, std::ostream& out) {
  out << "id,source_id,source_slug,source_name,relation,target_id,target_slug,target_name,date,date_"
         "precision,"
         "polarity,weight,confidence,asserted_by,article_id,origin,evidence\n";
  return for_each_edge(store, [&](const storage::EdgeRecord& e) {
    const auto& info = relation_info(e.relation);
    out << e.id << ',' << e.source.id << ',' << csv_field(e.source.slug) << ',' << csv_field(e.source.name)
        << ',' << info.name << ',' << e.target.id << ',' << csv_field(e.target.slug) << ','
        << csv_field(e.target.name) << ',' << e.date << ',' << precision_name(e.date_precision) << ','
        << polarity_name(info.polarity) << ',' << info.weight << ',' << e.confidence << ','
        << (e.asserted_by ? csv_field(e.asserted_by->slug) : "") << ','
        << (e.article_id ? std::to_string(*e.article_id) : "") << ',' << e.origin << ','
        << csv_field(e.evidence) << '\n';
  });
}

Status export_csv_actors(const storage::Store& store, std::ostream& out) {
  out << "id,slug,name,kind,country,aliases,edges_out,edges_in,first_edge_date,last_edge_date\n";
  return for_each_actor(store, [&](const storage::ActorRecord& a) {
    std::string aliases;
    for (const auto& alias : a.aliases) aliases += (aliases.empty() ? "" : "|") + alias.alias;
    out << a.ref.id << ',' << csv_field(a.ref.slug) << ',' << csv_field(a.ref.name) << ',' << a.ref.kind
        << ',' << a.country.value_or("") << ',' << csv_field(aliases) << ',' << a.edges_out << ','
        << a.edges_in << ',' << a.first_edge_date.value_or("") << ',' << a.last_edge_date.value_or("")
        << '\n';
  });
}

}  // namespace

int export_store(const storage::Store& store, const std::string& format, std::ostream& out,
                 std::ostream& err) {
  Status status = Ok{};
  if (format == "json")
    status = export_json(store, out);
  else if (format == "csv" || format == "csv-edges")
    status = export_csv_edges(store, out);
  else if (format == "csv-actors")
    status = export_csv_actors(store, out);
  else {
    err << "stancegraph export: unknown format '" << format << "' (json, csv, csv-actors)\n";
    return 2;
  }
  if (!status) {
    err << "stancegraph export: " << status.error().message << "\n";
    return 1;
  }
  out.flush();
  return out ? 0 : 1;
}

}  // namespace sg::server
