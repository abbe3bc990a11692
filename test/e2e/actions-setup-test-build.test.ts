/**
 * The committed bundles dist/{setup,test,build}/index.js run as the runner runs them: `node index.js` with
 * INPUT_* variables and GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STEP_SUMMARY / GITHUB_STATE files — including hostile
 * inputs that must neither execute nor forge outputs.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startRegistry, type TestRegistry } from '../helpers/registry.js';
import { MANIFEST_ACCEPT, registryDigest, storageFor } from '../stages/build/base-image.js';

const root = join(import.meta.dirname, '../..');
let work: string;
let registry: TestRegistry;
let n = 0;
const timings: string[] = [];
const SHA = 'c0ffee00112233445566778899aabbccddeeff00';

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'shipshape-actions-e2e-'));
  registry = await startRegistry();
});
afterAll(async () => {
  await registry?.stop();
  rmSync(work, { recursive: true, force: true });
  process.stdout.write(`action run timings: ${timings.join(', ')}\n`);
});

/** Reads a GITHUB_OUTPUT/GITHUB_STATE file the way the runner does (name=value and name<<DELIMITER blocks). */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`unterminated ${heredoc[1]}`);
      out[heredoc[1]!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

interface Run {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  workspace: string;
}

function workspace(files: Record<string, string>): string {
  const dir = join(work, `ws${n++}`);
  mkdirSync(dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

function runAction(
  name: string,
  ws: string,
  inputs: Record<string, string>,
  extraEnv: Record<string, string> = {},
): Run {
  const files = join(work, `files${n++}`);
  mkdirSync(files);
  const paths = {
    GITHUB_OUTPUT: 'output',
    GITHUB_ENV: 'env',
    GITHUB_STEP_SUMMARY: 'summary',
    GITHUB_STATE: 'state',
    GITHUB_PATH: 'path',
  };
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    HOME: join(files, 'home'),
    RUNNER_TEMP: files,
    GITHUB_WORKSPACE: ws,
    ...extraEnv,
  };
  for (const [key, file] of Object.entries(paths)) {
    env[key] = join(files, file);
    writeFileSync(env[key]!, '');
  }
  for (const [key, value] of Object.entries(inputs)) env[`INPUT_${key.toUpperCase()}`] = value;
  const started = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'dist', name, 'index.js')], {
    cwd: ws,
    env,
    encoding: 'utf8',
    timeout: 50_000,
  });
  timings.push(`${name} ${Math.round(performance.now() - started)} ms`);
  return {
    code: result.status ?? -1,
    stdout: result.stdout + result.stderr,
    outputs: parseCommandFile(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
    state: parseCommandFile(readFileSync(env.GITHUB_STATE!, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
    workspace: ws,
  };
}

const HOSTILE = [
  '$(touch pwned-dollar)',
  '`touch pwned-backtick`',
  'x\n::set-output name=failed::0',
  'y\nfailed<<EOF\n0\nEOF',
].join('\n');

/** No hostile command ran: no `pwned-*` file anywhere in the workspace or the current directory. */
function expectNothingExecuted(ws: string) {
  expect(readdirSync(ws).filter((f) => f.startsWith('pwned'))).toEqual([]);
  expect(readdirSync(root).filter((f) => f.startsWith('pwned'))).toEqual([]);
}

/** No line of the log can be read by the runner as a workflow command we did not mean. */
function expectNoForgedCommands(stdout: string) {
  expect(
    stdout.split('\n').filter((line) => /^::(set-output|save-state|add-mask|set-env|add-path)/.test(line)),
  ).toEqual([]);
}

const LOCK = JSON.stringify({
  name: 'svc',
  version: '1.0.0',
  lockfileVersion: 3,
  requires: true,
  packages: { '': { name: 'svc', version: '1.0.0' } },
});

describe('setup', () => {
  it('detects npm, computes the cache key, installs, and records state for the post step', () => {
    const ws = workspace({ 'package.json': '{"name":"svc","version":"1.0.0"}', 'package-lock.json': LOCK });
    const run = runAction('setup', ws, {
      'working-directory': '.',
      cache: 'true',
      install: 'true',
      'install-command': '',
    });
    expect({ code: run.code, log: run.code === 0 ? '' : run.stdout }).toEqual({ code: 0, log: '' });
    expect(Object.keys(run.outputs).sort()).toEqual(['cache-hit', 'cache-key', 'tools']);
    expect(run.outputs.tools).toBe('npm');
    expect(run.outputs['cache-key']).toMatch(/^linux-npm-\d+\.\d+\.\d+-[0-9a-f]{64}$/);
    expect(run.outputs['cache-hit']).toBe('false');
    expect(run.stdout).toContain(
      '::warning::The Actions cache service is not available here: continuing without a dependency cache.',
    );
    expect(run.state).toEqual({ isPost: 'true', caches: '[]' });
    expect(run.stdout).toContain('[command]/usr/bin/bash -e -o pipefail -c npm ci');
    expect(run.stdout).toMatch(/up to date|added 0 packages/);
    const post = runAction('setup', ws, {}, { STATE_isPost: 'true', STATE_caches: '[]' });
    expect(post.code).toBe(0);
  });

  it('rejects invalid inputs with a clear error and writes no outputs', () => {
    const ws = workspace({});
    const run = runAction('setup', ws, { cache: 'maybe' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::input "cache" must be true or false, not "maybe"');
    expect(run.outputs).toEqual({});
    const escape = runAction('setup', ws, { 'working-directory': '../../..' });
    expect(escape.stdout).toContain(`::error::input "working-directory": "../../.." is outside the workspace ${ws}\n`);
  });
});

describe('test', () => {
  const JUNIT = `<?xml version="1.0"?>
<testsuites><testsuite name="api" tests="4">
  <testcase classname="api" name="answers /healthz" time="0.01"/>
  <testcase classname="api" name="lists items"/>
  <testcase classname="api" name="&lt;img src=x onerror=alert(1)&gt; | rejects bad input"><failure message="expected 400, got 500 | \`rm -rf\`"/></testcase>
  <testcase classname="api" name="later"><skipped/></testcase>
</testsuite></testsuites>`;

  it('runs the test command, summarises the JUnit report (escaped) and fails on failed tests', () => {
    const ws = workspace({
      'write.js': `require('fs').mkdirSync('reports',{recursive:true});require('fs').writeFileSync('reports/junit.xml', ${JSON.stringify(JUNIT)});process.exit(1)`,
    });
    const run = runAction('test', ws, { 'test-command': 'node write.js', 'junit-paths': '**/junit*.xml' });
    expect(run.code).toBe(1);
    expect(run.outputs).toEqual({ passed: '2', failed: '1', skipped: '1' });
    expect(run.stdout).toContain(
      '::error::the test command failed with exit code 1 (1 failed test cases in 1 reports)',
    );
    expect(run.summary).toContain('| 2 | 1 | 1 | 1 |');
    expect(run.summary).toContain(
      '| api › &#60;img src=x onerror=alert(1)&#62; &#124; rejects bad input | expected 400, got 500 &#124; &#96;rm -rf&#96; |',
    );
    expect(run.summary).not.toContain('<img');
  });

  it('takes hostile junit-paths as plain patterns: nothing runs, no output is forged', () => {
    const ws = workspace({});
    const run = runAction('test', ws, { 'test-command': 'true', 'junit-paths': HOSTILE });
    expect(run.code).toBe(0);
    expect(run.outputs).toEqual({ passed: '0', failed: '0', skipped: '0' });
    expect(run.summary).toContain('No JUnit reports were found.');
    expectNothingExecuted(ws);
    expectNoForgedCommands(run.stdout);
  });

  it('derives the test command from the lockfile when none is given', () => {
    const ws = workspace({
      'package.json': JSON.stringify({ name: 'svc', version: '1.0.0', scripts: { test: 'node -e "process.exit(0)"' } }),
      'package-lock.json': LOCK,
    });
    const run = runAction('test', ws, {});
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('npm test');
  });
});

describe('build', () => {
  const dockerfile = 'FROM scratch\nARG NOTE\nLABEL note=$NOTE\nCOPY hello.txt /hello.txt\n';

  it('builds, pushes and outputs digest, image and tags that match the registry; hostile ref and args stay inert', async () => {
    const ws = workspace({ Dockerfile: dockerfile, 'hello.txt': 'hello\n' });
    const storage = storageFor(join(work, 'build-store'));
    const run = runAction(
      'build',
      ws,
      {
        image: `${registry.host}/team/app`,
        'tls-verify': 'false',
        builder: 'buildah',
        'build-args': 'NOTE=$(touch pwned-arg) `touch pwned-arg2` ::set-output name=digest::forged',
      },
      {
        GITHUB_SHA: SHA,
        GITHUB_REF: 'refs/heads/x\ndigest<<EOF\nforged\nEOF',
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_SERVER_URL: 'https://github.com',
        SHIPSHAPE_STORAGE_ROOT: storage.root,
        SHIPSHAPE_STORAGE_RUNROOT: storage.runroot,
        SHIPSHAPE_STORAGE_DRIVER: storage.driver,
        REGISTRY_USERNAME: 'bot',
        REGISTRY_PASSWORD: 'hunter2-secret',
      },
    );
    expect({ code: run.code, log: run.code === 0 ? '' : run.stdout.slice(-3000) }).toEqual({ code: 0, log: '' });
    const digest = await registryDigest(registry.url, 'team/app', 'sha-c0ffee0');
    expect(run.outputs).toEqual({
      image: `${registry.host}/team/app@${digest}`,
      digest,
      tags: [SHA, 'sha-c0ffee0', 'x-digest-eof-forged-eof'].map((tag) => `${registry.host}/team/app:${tag}`).join('\n'),
      // Release tags are added by the release step after the security gate, never by the build.
      'release-tags': '',
    });
    expect(await registryDigest(registry.url, 'team/app', 'x-digest-eof-forged-eof')).toBe(digest);
    // The build argument reached the image as literal text.
    const manifest = (await (
      await fetch(`${registry.url}/v2/team/app/manifests/${digest}`, { headers: { Accept: MANIFEST_ACCEPT } })
    ).json()) as { config: { digest: string } };
    const config = (await (await fetch(`${registry.url}/v2/team/app/blobs/${manifest.config.digest}`)).json()) as {
      config: { Labels: Record<string, string> };
    };
    expect(config.config.Labels.note).toBe('$(touch pwned-arg) `touch pwned-arg2` ::set-output name=digest::forged');
    expect(config.config.Labels['org.opencontainers.image.source']).toBe('https://github.com/acme/app');
    expect(run.stdout).not.toContain('hunter2-secret');
    expectNothingExecuted(ws);
    expectNoForgedCommands(run.stdout);
  }, 50_000);

  it('skips without an image, and rejects an injected image name before running anything', () => {
    const ws = workspace({ Dockerfile: dockerfile });
    const skipped = runAction('build', ws, {});
    expect(skipped.code).toBe(0);
    expect(skipped.outputs).toEqual({ image: '', digest: '', tags: '', 'release-tags': '' });
    const bad = runAction('build', ws, { image: 'ghcr.io/acme/app$(touch pwned-image)' }, { GITHUB_SHA: SHA });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('::error::input "image" has an invalid value "ghcr.io/acme/app$(touch pwned-image)"');
    expect(bad.outputs).toEqual({});
    expectNothingExecuted(ws);
    const path = runAction('build', ws, { image: 'ghcr.io/acme/app', context: '../../etc' }, { GITHUB_SHA: SHA });
    expect(path.stdout).toContain(`::error::input "context": "../../etc" is outside the workspace ${ws}\n`);
  });
});
