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

// The hostile-input suite asserts wall-time bounds, which only mean something on a quiet machine: a plain
// `npm test` runs it on its own, one file at a time, after the rest. With arguments, jest gets them as given.
const args = process.argv.slice(2);
const phases = args.some((arg) => !arg.startsWith('-'))
  ? [args]
  : [
      [...args, '--testPathIgnorePatterns', '/test/hostile/'],
      [...args, '--runInBand', 'test/hostile/'],
    ];
const work = mkdtempSync(join(tmpdir(), 'shipshape-jest-'));
const totals = { passed: 0, failed: 0, skipped: 0, tests: 0, failedSuites: 0 };
let code = 0;
for (const [index, phase] of phases.entries()) {
  const results = join(work, `results-${index}.json`);
  const jest = run(
    process.execPath,
    [join(root, 'node_modules/jest/bin/jest.js'), '--json', `--outputFile=${results}`, ...phase],
    {
      env: {
        ...process.env,
        NODE_OPTIONS:
          `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules --disable-warning=ExperimentalWarning`.trim(),
      },
    },
  );
  if ((jest.status ?? 1) !== 0) code = jest.status ?? 1;
  if (!existsSync(results)) {
    code ||= 1;
    continue;
  }
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  totals.passed += summary.numPassedTests;
  totals.failed += summary.numFailedTests;
  totals.skipped += summary.numPendingTests + summary.numTodoTests;
  totals.tests += summary.numTotalTests;
  totals.failedSuites += summary.numFailedTestSuites;
  // A phase that ran nothing (a folder emptied by mistake) fails the run.
  if (summary.numTotalTests === 0) code ||= 1;
}
console.log(`\n${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
if (totals.failedSuites > 0) code ||= 1;
rmSync(work, { recursive: true, force: true });
process.exit(code);
