#!/usr/bin/env node
// Bundles every JavaScript entry point into dist/<name>/ with ncc. `--out DIR` writes elsewhere (the staleness test).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const outRoot = outIndex === -1 ? join(root, 'dist') : resolve(process.argv[outIndex + 1]);
const only = process.argv.slice(2).filter((arg, i, all) => !arg.startsWith('--') && all[i - 1] !== '--out');

/** dist/<name>/index.js ← source. Actions live in src/actions/<name>/index.ts; the CLI is dist/cli. */
export function bundleEntries() {
  const entries = [{ name: 'cli', source: 'src/cli/index.ts' }];
  const actionsDir = join(root, 'src/actions');
  for (const name of readdirSync(actionsDir).sort()) {
    if (statSync(join(actionsDir, name)).isDirectory()) entries.push({ name, source: `src/actions/${name}/index.ts` });
  }
  return entries;
}

const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
for (const entry of bundleEntries()) {
  if (only.length > 0 && !only.includes(entry.name)) continue;
  const out = join(outRoot, entry.name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  execFileSync(process.execPath, [ncc, 'build', entry.source, '-o', out, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'], {
    cwd: root,
    stdio: 'inherit',
  });
  process.stdout.write(`bundled ${entry.source} → ${out}\n`);
}
