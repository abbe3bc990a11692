import { dockerfileBenchmark } from './dockerfile.js';
import { githubActionsBenchmark } from './github-actions.js';
import { kubernetesBenchmark } from './kubernetes.js';
import type { Benchmark } from './lib/context.js';
import { processesBenchmark } from './processes.js';
import { terraformBenchmark } from './terraform.js';

/** Every benchmark, in the order its section appears in docs/performance.md. Add a module, then list it here. */
export const BENCHMARKS: Benchmark[] = [
  dockerfileBenchmark,
  githubActionsBenchmark,
  kubernetesBenchmark,
  processesBenchmark,
  terraformBenchmark,
];
