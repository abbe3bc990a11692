/**
 * Property tests run from a fixed seed so a test run is reproducible; `npm run fuzz` sets
 * FUZZ_SEED=random to explore new inputs, and any seed it reports can be replayed with FUZZ_SEED=<n>.
 */
import fc from 'fast-check';

const requested = process.env.FUZZ_SEED ?? '20261124';
if (requested !== 'random') fc.configureGlobal({ seed: Number(requested) });
