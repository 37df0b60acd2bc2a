// Development only: serves web/dist and a synthetic /v1 API with the real endpoints' shapes, so the
// page can be worked on without building the C++ server; or, with --api URL, serves web/dist and
// forwards /v1 to a running stancegraph (no C++ rebuild after each page change). Not used by tests.
//   node scripts/fixture-server.mjs [port] [--api http://127.0.0.1:8080]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const port = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 8099);
const apiAt = process.argv.indexOf('--api');
const upstream = apiAt > 0 ? process.argv[apiAt + 1] : null;
const W = { attacks: -10, opposes: -4, condemns: -2, negotiates: 3, backs: 5, aids: 7, allies_with: 8, member_of: 0 };
const P = (r) => (W[r] < 0 ? 'hostile' : W[r] > 0 ? 'cooperative' : 'structural');

let seed = 7;
const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const size = Number(process.env.FIXTURE_ACTORS || 40); // FIXTURE_ACTORS=3000 tries a large graph
const actors = Array.from({ length: size }, (_, i) => ({ id: i + 1, slug: `actor-${i + 1}`, name: `Actor ${i + 1}`, kind: 'armed_group' }));
const rels = Object.keys(W);
const edges = [];
for (let i = 0; i < size * 22; i += 1) {
  const s = actors[Math.floor(rnd() * actors.length)];
  const t = actors[Math.floor(rnd() * actors.length)];
  if (s === t) continue;
  const camp = (a) => (a.id % 3);
  let rel = rels[Math.floor(rnd() * rels.length)];
  if (camp(s) === camp(t) && W[rel] < 0 && rnd() < 0.8) rel = 'backs';
  const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(rnd() * 3 * 365) * 86400000).toISOString().slice(0, 10);
  edges.push({ id: edges.length + 1, source: s, target: t, relation: rel, date: day, polarity: P(rel), weight: W[rel],
    confidence: 0.8, evidence: `${s.name} ${rel.replace('_', ' ')} ${t.name}.`, span: [0, 10], article: { id: 1, title: 'Fixture article', url: null } });
}
const ref = ({ id, slug, name, kind }) => ({ id, slug, name, kind });
const find = (r) => actors.find((a) => String(a.id) === r || a.slug === r);
const inWin = (e, from, to) => (!from || e.date >= from) && (!to || e.date <= to);

function graph(from, to) {
  const dy = new Map();
  for (const e of edges.filter((x) => inWin(x, from, to))) {
    const k = `${e.source.id}>${e.target.id}`;
    const d = dy.get(k) || { source: e.source.id, target: e.target.id, weight: 0, counts: {}, last_date: '' };
    d.weight += e.weight; d.counts[e.relation] = (d.counts[e.relation] || 0) + 1;
    if (e.date > d.last_date) d.last_date = e.date;
    dy.set(k, d);
  }
  const list = [...dy.values()].map((d) => ({ ...d, sign: d.weight < 0 ? -1 : d.weight > 0 ? 1 : 0 }));
  const ids = new Set(list.flatMap((d) => [d.source, d.target]));
  return { nodes: actors.filter((a) => ids.has(a.id)).map(ref), edges: list };
}

const routes = {
  '/v1/health': () => ({ status: 'ok', counts: { articles: 1, actors: actors.length, edges: edges.length }, first_edge_date: '2014-01-01', last_edge_date: '2016-12-31' }),
  '/v1/actors': (q) => ({ actors: actors.filter((a) => a.name.toLowerCase().includes((q.get('q') || '').toLowerCase())).slice(0, 12).map(ref) }),
  '/v1/graph': (q) => graph(q.get('from'), q.get('to')),
  '/v1/graph/centrality': (q) => {
    const g = graph(q.get('from'), q.get('to'));
    const deg = new Map();
    for (const e of g.edges) deg.set(e.target, (deg.get(e.target) || 0) + 1);
    const total = [...deg.values()].reduce((a, b) => a + b, 0) || 1;
    return { metric: 'pagerank', scores: g.nodes.map((n) => ({ actor: n, score: (deg.get(n.id) || 0) / total })).sort((a, b) => b.score - a.score) };
  },
  '/v1/graph/blocs': (q) => {
    const g = graph(q.get('from'), q.get('to'));
    const blocs = [0, 1, 2].map((c) => ({ members: g.nodes.filter((n) => n.id % 3 === c) }));
    return { blocs, frustration: 3, frustrating_edges: [] };
  },
  '/v1/graph/changes': (q) => {
    const a = graph(q.get('a_from'), q.get('a_to'));
    const b = graph(q.get('b_from'), q.get('b_to'));
    const ka = new Map(a.edges.map((e) => [`${e.source}>${e.target}`, e]));
    const kb = new Map(b.edges.map((e) => [`${e.source}>${e.target}`, e]));
    const d = (e) => ({ source: ref(find(String(e.source))), target: ref(find(String(e.target))) });
    return {
      appeared: b.edges.filter((e) => !ka.has(`${e.source}>${e.target}`)).map(d),
      ended: a.edges.filter((e) => !kb.has(`${e.source}>${e.target}`)).map(d),
      flipped: b.edges.filter((e) => ka.has(`${e.source}>${e.target}`) && ka.get(`${e.source}>${e.target}`).sign * e.sign < 0).map(d),
    };
  },
  '/v1/edges': (q) => ({ edges: edges.filter((e) => inWin(e, q.get('from'), q.get('to')) && [String(e.source.id), e.source.slug, String(e.target.id), e.target.slug].includes(q.get('actor'))).slice(0, 25).map((e) => ({ ...e, source: ref(e.source), target: ref(e.target) })), next_cursor: null }),
};

function dynamic(path, q) {
  let m = path.match(/^\/v1\/actors\/([^/]+)(\/timeline|\/relations)?$/);
  if (m) {
    const a = find(decodeURIComponent(m[1]));
    if (!a) return null;
    if (!m[2]) return { actor: { ...ref(a), aliases: [], country: null } };
    const mine = edges.filter((e) => e.source === a || e.target === a);
    if (m[2] === '/timeline') return { actor: ref(a), edges: mine.map((e) => ({ ...e, source: ref(e.source), target: ref(e.target) })), truncated: false };
    const nets = new Map();
    for (const e of mine) {
      const o = e.source === a ? e.target : e.source;
      nets.set(o, (nets.get(o) || 0) + e.weight);
    }
    const list = [...nets].map(([o, w]) => ({ actor: ref(o), net_weight: w, evidence: 1 }));
    return { allies: list.filter((x) => x.net_weight > 0), enemies: list.filter((x) => x.net_weight < 0) };
  }
  if (path === '/v1/dyads') {
    const a = find(q.get('a'));
    const b = find(q.get('b'));
    const buckets = new Map();
    for (const e of edges) {
      if (!((e.source === a && e.target === b) || (e.source === b && e.target === a))) continue;
      const p = `${e.date.slice(0, 7)}-01`;
      const x = buckets.get(p) || { period: p, counts: {}, total: 0, net_weight: 0 };
      x.counts[e.relation] = (x.counts[e.relation] || 0) + 1; x.total += 1; x.net_weight += e.weight;
      buckets.set(p, x);
    }
    return { a: ref(a), b: ref(b), interval: 'month', series: [...buckets.values()].sort((x, y) => x.period.localeCompare(y.period)) };
  }
  return null;
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://x');
  const send = (code, type, body) => { res.writeHead(code, { 'Content-Type': type }); res.end(body); };
  if (url.pathname.startsWith('/v1/') && upstream) {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    const r = await fetch(`${upstream}${req.url}`, { method: req.method, headers: { 'Content-Type': 'application/json' },
      body: chunks.length ? Buffer.concat(chunks) : undefined });
    return send(r.status, r.headers.get('content-type') || 'application/json', Buffer.from(await r.arrayBuffer()));
  }
  if (url.pathname.startsWith('/v1/')) {
    const out = routes[url.pathname] ? routes[url.pathname](url.searchParams) : dynamic(url.pathname, url.searchParams);
    if (!out) return send(404, 'application/json', JSON.stringify({ error: { code: 'not_found', message: 'fixture', field: '' } }));
    return send(200, 'application/json', JSON.stringify(out));
  }
  const file = url.pathname === '/' ? 'index.html' : url.pathname.slice(1);
  try {
    const body = await readFile(join(dist, file.replace(/\.\./g, '')));
    send(200, file.endsWith('.js') ? 'text/javascript' : file.endsWith('.css') ? 'text/css' : 'text/html', body);
  } catch {
    send(404, 'text/plain', 'not found');
  }
}).listen(port, '127.0.0.1', () => console.log(`fixture API and page on http://127.0.0.1:${port}/`));
