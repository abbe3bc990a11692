#!/usr/bin/env node
// Bundles every JavaScript entry point into dist/<name>/ with ncc. `--out DIR` writes elsewhere (the staleness test).
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
    // A folder without index.ts is shared code for the actions, not an action of its own.
    if (existsSync(join(actionsDir, name, 'index.ts'))) entries.push({ name, source: `src/actions/${name}/index.ts` });
  }
  return entries;
}

const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
const entries = bundleEntries().filter((entry) => only.length === 0 || only.includes(entry.name));

/**
 * Files a bundle reads at run time from beside itself (src/domains/terraform/grammar.ts), copied byte for byte into
 * every bundle whose code names them: the bundler's own asset handling re-encodes wasm as text.
 */
const RUNTIME_FILES = [
  { name: 'web-tree-sitter.wasm', from: 'node_modules/web-tree-sitter/web-tree-sitter.wasm' },
  {
    name: 'tree-sitter-terraform.wasm',
    from: 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  },
];

function copyRuntimeFiles(out) {
  const code = readdirSync(out)
    .filter((name) => name.endsWith('.js'))
    .map((name) => readFileSync(join(out, name), 'utf8'))
    .join('\n');
  for (const file of RUNTIME_FILES) {
    if (code.includes(`'${file.name}'`) || code.includes(`"${file.name}"`))
      copyFileSync(join(root, file.from), join(out, file.name));
  }
}

/** One ncc process per entry, as many at once as there are cores. */
function bundle(entry) {
  const out = join(outRoot, entry.name);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  return new Promise((resolvePromise, reject) => {
    const child = spawn(
      process.execPath,
      [ncc, 'build', entry.source, '-o', out, '--quiet', '--target', 'es2022', '--license', 'licenses.txt'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`ncc failed on ${entry.source} (exit ${code})`));
      copyRuntimeFiles(out);
      process.stdout.write(`bundled ${entry.source} → ${out}\n`);
      resolvePromise();
    });
  });
}

const queue = [...entries];
const workers = Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
  while (queue.length > 0) await bundle(queue.shift());
});
try {
  await Promise.all(workers);
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
