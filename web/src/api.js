// The page is one more API client: every figure it shows comes from these calls.

export class ApiError extends Error {
  constructor(status, code, message, field) {
    super(message || code || `HTTP ${status}`);
    this.status = status;
    this.code = code || 'http_error';
    this.field = field || '';
  }
}

let apiKey = '';
try {
  apiKey = window.sessionStorage.getItem('stancegraph.apiKey') || '';
} catch {
  apiKey = '';
}

export function setApiKey(key) {
  apiKey = key || '';
  try {
    if (apiKey) window.sessionStorage.setItem('stancegraph.apiKey', apiKey);
    else window.sessionStorage.removeItem('stancegraph.apiKey');
  } catch {
    /* storage may be disabled; the key then lives for this page only */
  }
}

export function getApiKey() {
  return apiKey;
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== '') q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

async function request(method, path, params, body, signal) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET' && apiKey) headers.Authorization = `Bearer ${apiKey}`;
  const res = await fetch(`${path}${query(params)}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  const text = await res.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const e = json && json.error ? json.error : {};
    throw new ApiError(res.status, e.code, e.message || text.slice(0, 200), e.field);
  }
  return json;
}

const get = (path, params, signal) => request('GET', path, params, undefined, signal);
const post = (path, body) => request('POST', path, undefined, body);
const enc = encodeURIComponent;

export const api = {
  health: () => get('/v1/health'),
  searchActors: (q, signal) => get('/v1/actors', { q, limit: 12 }, signal),
  actor: (id) => get(`/v1/actors/${enc(id)}`),
  timeline: (id, params) => get(`/v1/actors/${enc(id)}/timeline`, params),
  relations: (id, params) => get(`/v1/actors/${enc(id)}/relations`, params),
  edges: (params) => get('/v1/edges', params),
  article: (id) => get(`/v1/articles/${enc(id)}`),
  dyads: (params) => get('/v1/dyads', params),
  graph: (params, signal) => get('/v1/graph', params, signal),
  centrality: (params, signal) => get('/v1/graph/centrality', params, signal),
  blocs: (params, signal) => get('/v1/graph/blocs', params, signal),
  changes: (params) => get('/v1/graph/changes', params),
  extract: (article) => post('/v1/extract', article),
  storeArticle: (article) => post('/v1/articles', article),
};
