// Starts the real stancegraph binary on a free loopback port with a fresh database, and loads
// articles into it through the API. Shared by the browser test.
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export async function startServer(binary) {
  const dir = await mkdtemp(join(tmpdir(), 'sg-web-test-'));
  const port = await freePort();
  const child = spawn(binary, ['serve', '--db', join(dir, 'test.db'), '--host', '127.0.0.1', '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, STANCEGRAPH_API_KEY: '' } });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`stancegraph exited with ${child.exitCode}:\n${log}`);
    try {
      const res = await fetch(`${base}/v1/health`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`stancegraph did not answer /v1/health within 30 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    log: () => log,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => {
        if (child.exitCode !== null) r();
        else child.once('exit', r);
      });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export async function api(base, path, init) {
  const res = await fetch(`${base}${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init && init.headers) },
  });
  const text = await res.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: res.status, body, headers: res.headers };
}

// data/samples/*.txt: "Title:", "Date:", "Source:", "URL:" header lines, a blank line, the text.
function parseTxt(name, raw) {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const fields = {};
  for (const line of head.split(/\r?\n/)) {
    const m = line.match(/^(Title|Date|Source|URL):\s*(.*)$/i);
    if (m) fields[m[1].toLowerCase()] = m[2].trim();
  }
  if (!fields.title || !fields.date) return null;
  const a = { title: fields.title, published_at: fields.date, text: rest.join('\n\n').trim() };
  if (fields.source) a.source = fields.source;
  if (fields.url) a.url = fields.url;
  return a.text ? a : null;
}

export async function sampleArticles(sourceDir) {
  const dir = join(sourceDir, 'data', 'samples');
  let names = [];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    names = [];
  }
  const articles = [];
  for (const name of names) {
    const raw = await readFile(join(dir, name), 'utf8');
    if (name.endsWith('.txt')) {
      const a = parseTxt(name, raw);
      if (a) articles.push(a);
    } else if (name.endsWith('.jsonl')) {
      for (const line of raw.split('\n')) if (line.trim()) articles.push(JSON.parse(line));
    }
  }
  return articles.length ? articles : FALLBACK;
}

// Used only when data/samples is absent: enough for a graph with two camps over two months.
const FALLBACK = [
  { title: 'Islamic State attacks Kurdish forces', published_at: '2015-06-03',
    text: 'Islamic State fighters attacked Kurdish forces near Kobani on Wednesday. The United States backed the Kurdish forces with air strikes.' },
  { title: 'Assad government condemns Turkey', published_at: '2015-05-12',
    text: 'The Syrian government condemned Turkey on Tuesday. Russia aided the Syrian government with weapons.' },
];
