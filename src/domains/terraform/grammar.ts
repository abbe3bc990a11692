import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type { Parser } from 'web-tree-sitter';
import treeSitter from './tree-sitter.cjs';

let loading: Promise<Parser> | undefined;

/**
 * The wasm files the parser needs: file name beside a bundle (scripts/bundle.mjs copies them there) → where the
 * package has it. The names are not literals in `new URL(…)` on purpose: the bundler would pull the files through
 * its module pipeline, which re-encodes them as text.
 */
export const TREE_SITTER_WASM = {
  runtime: { name: 'web-tree-sitter.wasm', module: 'web-tree-sitter/web-tree-sitter.wasm' },
  terraform: {
    name: 'tree-sitter-terraform.wasm',
    module: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  },
} as const;

function readWasm(file: { name: string; module: string }): Buffer {
  const beside = new URL(file.name, import.meta.url);
  if (existsSync(beside)) return readFileSync(beside);
  return readFileSync(createRequire(import.meta.url).resolve(file.module));
}

/**
 * tree-sitter's HCL grammar (its Terraform flavour) on the wasm runtime, loaded once and only when a run meets its
 * first Terraform file. The runtime gets its wasm as bytes, so it never looks for files on its own.
 */
export function loadHclParser(): Promise<Parser> {
  loading ??= (async () => {
    // V8 would keep optimising the grammar's wasm after the run is over and delay the exit by ~0.4 s; the baseline
    // compiler alone parses a repository's .tf files fast enough.
    setFlagsFromString('--liftoff-only');
    const { Language, Parser } = treeSitter;
    // The CommonJS build reads `__dirname` while it starts, which a bundled ES module does not have; it only uses it
    // to find the runtime's wasm file, and that is handed over as bytes.
    const scope = globalThis as { __dirname?: string };
    const hadDirname = '__dirname' in scope;
    if (!hadDirname) scope.__dirname = '.';
    try {
      await Parser.init({ wasmBinary: readWasm(TREE_SITTER_WASM.runtime) } as Parameters<typeof Parser.init>[0]);
    } finally {
      if (!hadDirname) delete scope.__dirname;
    }
    const language = await Language.load(readWasm(TREE_SITTER_WASM.terraform));
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  })();
  return loading;
}
