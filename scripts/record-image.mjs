#!/usr/bin/env node
// Records the tool image the release workflow pushed as the GitLab templates' default `shipshape-image`:
//   node scripts/record-image.mjs ghcr.io/<owner>/shipshape@sha256:<digest>
// rewrites src/pipeline/released-image.ts; `node --import tsx src/pipeline/render.ts` then regenerates the headers.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reference = process.argv[2] ?? '';
if (
  !/^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:[._-]+[a-z0-9]+)*)+@sha256:[a-f0-9]{64}$/.test(reference)
) {
  process.stderr.write(
    `record-image: expected <registry>/<repository>@sha256:<64 hex>, not ${JSON.stringify(reference.slice(0, 200))}\n`,
  );
  process.exit(2);
}
const file = join(root, 'src/pipeline/released-image.ts');
const text = readFileSync(file, 'utf8');
const updated = text.replace(/export const RELEASED_IMAGE = '[^']*';/, `export const RELEASED_IMAGE = '${reference}';`);
if (updated === text && !text.includes(`'${reference}'`)) {
  process.stderr.write('record-image: src/pipeline/released-image.ts has no RELEASED_IMAGE line to replace\n');
  process.exit(1);
}
writeFileSync(file, updated);
process.stdout.write(`recorded ${reference}\n`);
