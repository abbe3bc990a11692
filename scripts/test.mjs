#!/usr/bin/env node
// `npm test`: makes sure the Debian packages the real-part tests use are present (installing them when run as
// root), checks formatting and lint, type-checks, then runs jest and prints a plain "N passed, N failed" summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SYSTEM_DEPS } from './system-deps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args, options = {}) => spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });

const missing = SYSTEM_DEPS.filter((dep) => !existsSync(dep.probe)).map((dep) => dep.pkg);
if (missing.length > 0) {
  const line = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(
      `The real-part tests need Debian packages that are missing. Run as root:\n\n  apt-get update && ${line}\n`,
    );
    process.exit(1);
  }
  console.log(`Installing missing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (
    run('apt-get', ['update', '-qq'], { env }).status !== 0 ||
    run('apt-get', line.split(' ').slice(1).concat('-qq'), { env }).status !== 0
  ) {
    console.error(`Could not install: ${missing.join(' ')}`);
    process.exit(1);
  }
}

// The project's own code: formatting, then lint (biome.json), before the type check and the tests.
const biome = join(root, 'node_modules/@biomejs/biome/bin/biome');
if (run(process.execPath, [biome, 'format', '.']).status !== 0) {
  console.error('Formatting check failed: run `npm run format`.');
  process.exit(1);
}
if (run(process.execPath, [biome, 'lint', '.']).status !== 0) {
  console.error('Lint failed: see the messages above (`npm run lint`).');
  process.exit(1);
}

const tsc = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.json']);
if (tsc.status !== 0) {
  console.error('Type check failed.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'shipshape-jest-'));
const results = join(work, 'results.json');
const jest = run(
  process.execPath,
  [join(root, 'node_modules/jest/bin/jest.js'), '--json', `--outputFile=${results}`, ...process.argv.slice(2)],
  {
    env: {
      ...process.env,
      NODE_OPTIONS:
        `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
    },
  },
);
let code = jest.status ?? 1;
if (existsSync(results)) {
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  console.log(
    `\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}`,
  );
  if (summary.numTotalTests === 0) code = 1;
  if (summary.numFailedTestSuites > 0 && code === 0) code = 1;
}
rmSync(work, { recursive: true, force: true });
process.exit(code);
