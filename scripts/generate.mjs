#!/usr/bin/env node
// `npm run generate`: writes files derived from the TypeScript sources. Run with tsx loaded (the npm script does),
// so the sources import as they are. `--check` exits 1 instead of writing when a file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { CONFIG_SCHEMA } = await import('../src/core/config-schema.ts');
const { gitlabSchemaValidator } = await import('./gitlab-schema.mjs');

/** Every generated file: path relative to the root → its expected text. */
export const GENERATED = {
  'schema/shipshape.schema.json': `${JSON.stringify(CONFIG_SCHEMA, null, 2)}\n`,
  'src/data/gitlab-ci/schema-validator.js': gitlabSchemaValidator(join(root, 'schema/gitlab-ci.schema.json')),
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of Object.entries(GENERATED)) {
  const target = join(root, path);
  let current;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === text) continue;
  if (check) {
    stale++;
    process.stderr.write(`${path} is stale: run \`npm run generate\`\n`);
  } else {
    writeFileSync(target, text);
    process.stdout.write(`wrote ${path}\n`);
  }
}
process.exit(stale > 0 ? 1 : 0);
