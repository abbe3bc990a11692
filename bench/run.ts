/**
 * `npm run bench [-- <id>…]`: runs the benchmark modules listed in bench/benchmarks.ts (all, or the ids given) and
 * writes each one's section into docs/performance.md. Exits 1 when a benchmark misses a target or fails.
 */
import { existsSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCHMARKS } from './benchmarks.js';
import { createContext, machine, scratch, writeSection } from './lib/context.js';

/** The repository: the nearest folder above this module with a package.json (this file also runs from bench/.build/). */
function repositoryRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const root = repositoryRoot();
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const unknown = wanted.filter((id) => !BENCHMARKS.some((benchmark) => benchmark.id === id));
if (unknown.length > 0) {
  console.error(`unknown benchmark: ${unknown.join(', ')} (known: ${BENCHMARKS.map((b) => b.id).join(', ')})`);
  process.exit(2);
}
const selected = BENCHMARKS.filter((benchmark) => wanted.length === 0 || wanted.includes(benchmark.id));
const report = join(root, 'docs/performance.md');
const tmp = scratch();
const context = createContext(root, tmp, (message) => console.log(`  ${message}`));
let code = 0;
let written = 0;
try {
  for (const benchmark of selected) {
    console.log(`${benchmark.title} (${benchmark.id})`);
    try {
      const section = await benchmark.run(context);
      const date = new Date().toISOString().slice(0, 10);
      writeSection(report, benchmark.id, benchmark.title, `_Measured ${date} on ${machine()}._\n\n${section.markdown}`);
      written++;
      for (const line of section.missed) console.log(`  target missed: ${line}`);
      if (section.missed.length > 0) code = 1;
    } catch (error) {
      console.error(`  failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      code = 1;
    }
  }
  if (written > 0) console.log(`wrote ${written} section${written === 1 ? '' : 's'} of ${report}`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
process.exit(code);
