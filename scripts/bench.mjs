#!/usr/bin/env node
// `npm run bench [-- <id>…]`: compiles src/ and bench/ with the TypeScript compiler into bench/.build/ (plain
// ES2022, as in the shipped bundles; a TypeScript loader would add helpers of its own to every function made at
// run time), then runs the benchmarks from there. Exit code: bench/run.ts's.
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(root, 'bench/.build');
rmSync(build, { recursive: true, force: true });
const tsc = spawnSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'bench/tsconfig.json')],
  { cwd: root, stdio: 'inherit' },
);
if (tsc.status !== 0) {
  process.stderr.write('bench: compiling src/ and bench/ failed (see above)\n');
  process.exit(tsc.status ?? 1);
}
// Plain JavaScript modules and WebAssembly under src/ (a precompiled schema validator, a grammar) are not compiled by
// tsc, which does not copy them either: they go into the build beside the compiled modules that import them.
for (const entry of readdirSync(join(root, 'src'), { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !/\.(?:js|cjs|mjs|wasm)$/.test(entry.name)) continue;
  const from = join(entry.parentPath, entry.name);
  cpSync(from, join(build, 'src', from.slice(join(root, 'src').length + 1)));
}
const run = spawnSync(process.execPath, [join(build, 'bench/run.js'), ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
