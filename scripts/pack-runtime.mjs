#!/usr/bin/env node
// Packs the bundled CLI (dist/cli, self-contained: no dependencies to install) as an npm package under an
// organisation's own scope, for GitLab jobs that cannot pull the tool image (input `shipshape-package`).
//
//   node scripts/pack-runtime.mjs --name @acme/shipshape [--from dist/cli] [--out .tmp/runtime]
//
// Prints one JSON object: { name, version, tarball, integrity }. Pass `<name>@<version>` as `shipshape-package`
// (after `npm publish <tarball>` to the organisation's registry) and `integrity` as
// `shipshape-package-integrity`; the jobs refuse a tarball whose sha512 differs.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// A scoped name only: an unscoped name can be claimed by anyone on a public registry.
const SCOPED_NAME = /^@[a-z0-9][a-z0-9._-]*\/[a-z0-9][a-z0-9._-]*$/;

function fail(message) {
  process.stderr.write(`pack-runtime: ${message}\n`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      name: { type: 'string' },
      version: { type: 'string' },
      from: { type: 'string', default: join(root, 'dist/cli') },
      out: { type: 'string', default: join(root, '.tmp/runtime') },
    },
  }));
} catch (error) {
  fail(error.message);
}
if (!values.name || !SCOPED_NAME.test(values.name))
  fail(`--name must be a scoped package name such as @acme/shipshape, not ${JSON.stringify(values.name ?? '')}`);
const from = resolve(values.from);
if (!existsSync(join(from, 'index.js')))
  fail(`${from}/index.js does not exist: run \`npm run bundle\` first (or pass --from)`);
const version = values.version ?? JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

const stage = mkdtempSync(join(tmpdir(), 'shipshape-runtime-'));
try {
  cpSync(from, join(stage, 'cli'), { recursive: true });
  const manifest = {
    name: values.name,
    version,
    description: 'shipshape CLI, bundled: the runtime of the shipshape GitLab templates.',
    license: 'MIT',
    type: 'module',
    bin: { shipshape: 'cli/index.js' },
    files: ['cli/'],
    engines: { node: '>=20' },
  };
  writeFileSync(join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  const pack = spawnSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
    cwd: stage,
    encoding: 'utf8',
  });
  if (pack.status !== 0) fail(`npm pack failed: ${pack.stderr.trim()}`);
  const [packed] = JSON.parse(pack.stdout);
  process.stdout.write(
    `${JSON.stringify({ name: values.name, version, tarball: join(out, packed.filename), integrity: packed.integrity })}\n`,
  );
} finally {
  rmSync(stage, { recursive: true, force: true });
}
