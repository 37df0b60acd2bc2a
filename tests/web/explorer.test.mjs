// The explorer in a real browser (issue 7): starts stancegraph on a free port with a fresh database,
// loads the sample articles through the API, then drives Debian's Chromium through puppeteer-core:
// load the page, move the time slider with the keyboard, search and focus an actor, open a dyad
// chart, show changes, preview and store an article, play, reload a shared URL. Every figure the
// page shows is compared with the API's own answer. Screenshots of each step go to --out.
//   node explorer.test.mjs --binary build/stancegraph --source . --out build/screenshots [--readme-shots docs/screenshots]
// Exit codes: 0 all passed, 1 a check failed, 77 skipped (no Chromium or puppeteer-core).
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { api, sampleArticles, startServer } from './server.mjs';

const SKIP = 77;
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => {
  if (a.startsWith('--')) acc.push([a.slice(2), all[i + 1]]);
  return acc;
}, []));
const binary = resolve(args.binary || 'build/stancegraph');
const sourceDir = resolve(args.source || '.');
const outDir = resolve(args.out || 'screenshots');
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

if (!existsSync(chromium)) {
  console.log(`SKIP: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM)`);
  process.exit(SKIP);
}
let puppeteer;
try {
  puppeteer = createRequire(join(sourceDir, 'web', 'package.json'))('puppeteer-core');
} catch {
  console.log('SKIP: puppeteer-core is not installed in web/node_modules (run scripts/build-web.sh)');
  process.exit(SKIP);
}

let passed = 0;
let failed = 0;
function check(cond, what, detail = '') {
  if (cond) {
    passed += 1;
    console.log(`ok   ${what}`);
  } else {
    failed += 1;
    console.log(`FAIL ${what}${detail ? `: ${detail}` : ''}`);
  }
}
function eq(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  check(a === e, what, `got ${a}, expected ${e}`);
}

const server = await startServer(binary);
const profile = await mkdtemp(join(tmpdir(), 'sg-chromium-'));
let browser;
try {
  const root = await api(server.base, '/');
  if (root.status === 503) {
    console.log('SKIP: this stancegraph was built without web/dist (run scripts/build-web.sh, then rebuild)');
    process.exitCode = SKIP;
  } else {
    await mkdir(outDir, { recursive: true });
    browser = await puppeteer.launch({
      executablePath: chromium, headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        `--user-data-dir=${profile}`],
    });
    const { run } = await import('./explorer_steps.mjs');
    const ctx = { browser, server, api, check, eq, outDir, articles: await sampleArticles(sourceDir) };
    try {
      await run(ctx);
    } catch (err) {
      if (ctx.page) await ctx.page.screenshot({ path: join(outDir, 'failure.png') }).catch(() => {});
      throw err;
    }
    if (args['readme-shots']) {
      const dest = resolve(args['readme-shots']);
      await mkdir(dest, { recursive: true });
      for (const f of ['explorer-window.png', 'explorer-dyad.png']) await copyFile(join(outDir, f), join(dest, f));
      console.log(`README screenshots copied to ${dest}`);
    }
    console.log(`screenshots in ${outDir}`);
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed ? 1 : 0;
  }
} catch (err) {
  console.log(`FAIL ${err.stack || err}`);
  console.log(`--- server log ---\n${server.log().slice(-4000)}`);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close();
  await server.stop();
  await rm(profile, { recursive: true, force: true });
}
