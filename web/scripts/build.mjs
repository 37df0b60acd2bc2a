// Bundles web/src into web/dist: index.html, assets/app.js and assets/app.css (text files only, so
// the server can embed them). `--watch` rebuilds on change.
import { build, context } from 'esbuild';
import { copyFile, mkdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const watch = process.argv.includes('--watch');

const options = {
  entryPoints: { app: join(root, 'src/main.js') },
  outdir: join(dist, 'assets'),
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  legalComments: 'linked',
  logLevel: 'info',
  metafile: true,
};

await rm(dist, { recursive: true, force: true });
await mkdir(join(dist, 'assets'), { recursive: true });
await copyFile(join(root, 'src/index.html'), join(dist, 'index.html'));

if (watch) {
  const ctx = await context(options);
  await ctx.watch();
} else {
  await build(options);
  for (const f of ['index.html', 'assets/app.js', 'assets/app.css']) {
    const { size } = await stat(join(dist, f));
    console.log(`${f.padEnd(18)} ${(size / 1024).toFixed(1)} KiB`);
  }
}
