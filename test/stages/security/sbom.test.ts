import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { buildNpmSbom, nameFromPath } from '../../../src/stages/security/sbom.js';

const LOCK = {
  name: 'demo-service',
  version: '1.2.3',
  lockfileVersion: 3,
  packages: {
    '': {
      name: 'demo-service',
      version: '1.2.3',
      license: 'MIT',
      dependencies: { express: '^4', '@acme/log': '^1' },
      devDependencies: { jest: '^30' },
    },
    'node_modules/express': {
      version: '4.19.2',
      integrity: 'sha512-' + Buffer.alloc(64, 1).toString('base64'),
      license: 'MIT',
      dependencies: { qs: '6.11.0', debug: '2.6.9' },
    },
    'node_modules/express/node_modules/debug': { version: '2.6.9', license: 'MIT' },
    'node_modules/debug': { version: '4.3.4', license: 'MIT' },
    'node_modules/qs': { version: '6.11.0', license: 'BSD-3-Clause' },
    'node_modules/@acme/log': { version: '1.0.0', license: '(MIT OR Apache-2.0)', dependencies: { debug: '^4' } },
    'node_modules/jest': { version: '30.0.0', dev: true, license: 'MIT', dependencies: { debug: '^4' } },
    'node_modules/fsevents': { version: '2.3.3', optional: true, license: 'Custom licence' },
  },
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-sbom-'));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify(LOCK));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('lockfile v3 → CycloneDX 1.6 that the CycloneDX validator accepts; nested copies resolve as Node does', async () => {
  const sbom = buildNpmSbom({
    root: dir,
    serialNumber: 'urn:uuid:00000000-0000-4000-8000-000000000000',
    timestamp: new Date('2026-01-01T00:00:00Z'),
  });
  expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(sbom.json)).toBeNull();
  const bom = JSON.parse(sbom.json);
  expect(bom.specVersion).toBe('1.6');
  expect(bom.metadata.component.purl).toBe('pkg:npm/demo-service@1.2.3');
  expect(bom.components.map((c: any) => c.purl)).toEqual([
    'pkg:npm/%40acme/log@1.0.0',
    'pkg:npm/debug@2.6.9',
    'pkg:npm/debug@4.3.4',
    'pkg:npm/express@4.19.2',
    'pkg:npm/fsevents@2.3.3',
    'pkg:npm/jest@30.0.0',
    'pkg:npm/qs@6.11.0',
  ]);
  expect(sbom.components).toBe(7);
  const deps = Object.fromEntries(bom.dependencies.map((d: any) => [d.ref, d.dependsOn ?? []]));
  expect(deps['pkg:npm/express@4.19.2']).toEqual(['pkg:npm/debug@2.6.9', 'pkg:npm/qs@6.11.0']);
  expect(deps['pkg:npm/%40acme/log@1.0.0']).toEqual(['pkg:npm/debug@4.3.4']);
  expect(deps['pkg:npm/demo-service@1.2.3']).toEqual(['pkg:npm/%40acme/log@1.0.0', 'pkg:npm/express@4.19.2']);
  const express = bom.components.find((c: any) => c.name === 'express');
  expect(express.hashes).toEqual([{ alg: 'SHA-512', content: '01'.repeat(64) }]);
  const log = bom.components.find((c: any) => c.name === 'log');
  expect([log.group, log.licenses]).toEqual(['@acme', [{ expression: '(MIT OR Apache-2.0)' }]]);
  expect(bom.components.find((c: any) => c.name === 'fsevents')).toMatchObject({
    scope: 'optional',
    licenses: [{ license: { name: 'Custom licence' } }],
  });
  expect(bom.components.find((c: any) => c.name === 'jest').properties).toEqual([
    { name: 'cdx:npm:package:development', value: 'true' },
  ]);
});

test('--omit-dev leaves development packages out; 1.5 and 1.7 validate too', async () => {
  const sbom = buildNpmSbom({ root: dir, omitDev: true, specVersion: '1.5' });
  expect(JSON.parse(sbom.json).components.map((c: any) => c.name)).toEqual([
    'log',
    'debug',
    'debug',
    'express',
    'fsevents',
    'qs',
  ]);
  expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot5).validate(sbom.json)).toBeNull();
  const v17 = buildNpmSbom({ root: dir, specVersion: '1.7' });
  expect(await new Validation.JsonStrictValidator(Spec.Version.v1dot7).validate(v17.json)).toBeNull();
});

test("this repository's own lockfile: one component per installed name@version", () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
  const expected = new Set(
    Object.entries(lock.packages as Record<string, { version?: string; link?: boolean; name?: string }>)
      .filter(([path, entry]) => path.includes('node_modules/') && !entry.link)
      .map(([path, entry]) => `${entry.name ?? nameFromPath(path)}@${entry.version}`),
  );
  expect(buildNpmSbom({ root }).components).toBe(expected.size);
});

test('names from lockfile paths', () => {
  expect(nameFromPath('node_modules/@scope/a/node_modules/b')).toBe('b');
  expect(nameFromPath('node_modules/@scope/a')).toBe('@scope/a');
});
