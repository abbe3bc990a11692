/**
 * Imported first by every entry point. On Node ≥ 22.1 (GitHub's node24 action runtime) V8's compiled code is kept
 * on disk (NODE_COMPILE_CACHE, else <tmpdir>/node-compile-cache) and reused by the next run, which takes most of
 * the compile work off start-up; on Node 20 the function does not exist and nothing happens. It never throws: a
 * cache that cannot be written only costs the saving.
 * https://nodejs.org/api/module.html#moduleenablecompilecachecachedir
 */
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
