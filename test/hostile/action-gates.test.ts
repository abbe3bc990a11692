/**
 * Hostile inputs to the two gates, each run as the action's bundled entry point in a child process with a hard
 * time bound (like test/hostile/harness.ts does for the CLI): the security action's image inputs (huge, NUL, FIFO,
 * a link out of the workspace) and the deploy gate fed by a stand-in for the GitHub REST API on 127.0.0.1 that
 * answers with hostile bodies (a huge approver list, deeply nested JSON, a body that is not JSON). Each case must end
 * well inside the bound, refuse with an error naming the input or the API answer, and never print a stack trace.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { DEFAULT_BOUND_MS, optionalPackagesExternal } from './harness.js';

const ROOT = resolve('.');
let bundles: { security: string; deploy: string };
let work: string;
let server: Server;
let api: string;
/** What the stand-in answers for every request of the current case. */
let reply: { status: number; body: string } = { status: 200, body: '{}' };

/** One esbuild bundle per action entry point, keyed by a hash of src/ (built once, shared between runs). */
async function bundle(entry: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, name.name);
      if (name.isDirectory()) walk(path);
      else hash.update(path).update(readFileSync(path));
    }
  };
  walk(join(ROOT, 'src'));
  const dir = join(tmpdir(), `shipshape-hostile-actions-${hash.digest('hex').slice(0, 16)}`);
  const file = join(dir, `${entry.replace(/\W+/g, '-')}.mjs`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: temporary,
    logLevel: 'silent',
    plugins: [optionalPackagesExternal],
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  });
  renameSync(temporary, file);
  return file;
}

interface Run {
  code: number | null;
  output: string;
  ms: number;
  timedOut: boolean;
}

function runBounded(file: string, env: Record<string, string>, cwd: string): Promise<Run> {
  const started = performance.now();
  return new Promise((done) => {
    execFile(
      process.execPath,
      [file],
      {
        env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env },
        cwd,
        encoding: 'utf8',
        timeout: DEFAULT_BOUND_MS,
        killSignal: 'SIGKILL',
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        const killed = (error as { killed?: boolean } | null)?.killed === true;
        done({
          code: error ? ((error as { code?: number }).code ?? null) : 0,
          output: stdout + stderr,
          ms: performance.now() - started,
          timedOut: killed,
        });
      },
    );
  });
}

const inputsEnv = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]));

beforeAll(async () => {
  bundles = {
    security: await bundle('src/actions/security/index.ts'),
    deploy: await bundle('src/actions/deploy/index.ts'),
  };
  work = mkdtempSync(join(tmpdir(), 'shipshape-hostile-gates-'));
  writeFileSync(
    join(work, 'report.json'),
    readFileSync(join(ROOT, 'test/fixtures/scanner-outputs/trivy/trivy-image-alpine-310.json')),
  );
  symlinkSync('/etc/passwd', join(work, 'outside.json'));
  execFile('mkfifo', [join(work, 'fifo.json')]);
  server = createServer((request, response) => {
    request.resume();
    response.writeHead(reply.status, { 'content-type': 'application/json' }).end(reply.body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  api = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}, 120_000);

afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  rmSync(work, { recursive: true, force: true });
});

const IMAGE = `ghcr.io/acme/app@sha256:${'e'.repeat(64)}`;
const SECURITY_CASES: { name: string; inputs: Record<string, string>; error: string }[] = [
  // A runner passes inputs as environment variables, so one input is at most 128 KiB (Linux MAX_ARG_STRLEN).
  {
    name: 'a 120 kB image-ref',
    inputs: { 'image-ref': `ghcr.io/${'a-'.repeat(60_000)}b@sha256:${'e'.repeat(64)}` },
    error: 'input "image-ref": must be <registry>/<repository>@sha256:<64 hex>',
  },
  {
    name: 'an image-ref with control characters',
    inputs: { 'image-ref': `ghcr.io/acme/app\u0001\u001b[2J@sha256:${'e'.repeat(64)}` },
    error: 'input "image-ref": must be',
  },
  {
    name: '15,000 release tags, the last one a command',
    inputs: {
      'image-ref': IMAGE,
      'release-tags': `${Array.from({ length: 15_000 }, (_, i) => `t${i}`).join('\n')}\n$(id)`,
    },
    error: 'input "release-tags": "$(id)" is not a valid tag',
  },
  {
    name: 'a 120 kB tag',
    inputs: { 'image-ref': IMAGE, 'release-tags': 'x'.repeat(120_000) },
    error: 'input "release-tags": "xxxx',
  },
  {
    name: 'a report that is a FIFO',
    inputs: { 'image-ref': IMAGE, 'image-report': 'trivy:fifo.json' },
    error: 'input "image-report": report "fifo.json" not found in',
  },
  {
    name: 'a report that links outside the workspace',
    inputs: { 'image-ref': IMAGE, 'image-report': 'trivy:outside.json' },
    error: 'input "image-report": "outside.json" links outside the working directory',
  },
  {
    name: 'a report path with a line break',
    inputs: { 'image-ref': IMAGE, 'image-report': 'trivy:report.json\n../x' },
    error: 'input "image-report"',
  },
];

describe('the security action refuses hostile image inputs inside the bound', () => {
  it.each(SECURITY_CASES)(
    '$name',
    async ({ inputs, error }) => {
      const files = mkdtempSync(join(tmpdir(), 'shipshape-hostile-run-'));
      const env = {
        GITHUB_WORKSPACE: work,
        RUNNER_TEMP: files,
        GITHUB_OUTPUT: join(files, 'out'),
        ...inputsEnv({ check: 'false', 'secrets-scan': 'false', ...inputs }),
      };
      writeFileSync(env.GITHUB_OUTPUT, '');
      const run = await runBounded(bundles.security, env, work);
      rmSync(files, { recursive: true, force: true });
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(1);
      expect(run.output).toContain(`::error::shipshape: ${error}`);
      expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    },
    30_000,
  );
});

const DEEP = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
const DEPLOY_CASES: { name: string; reply: { status: number; body: string }; error: string }[] = [
  {
    name: 'an environment answer nested 200,000 deep',
    reply: { status: 200, body: DEEP },
    error: 'deploy to prod refused: environment prod has no required reviewers',
  },
  {
    name: 'an answer that is not JSON',
    reply: { status: 200, body: '<html>'.repeat(100_000) },
    error: 'cannot read environment prod: the GitHub API answered HTTP 200 with no JSON',
  },
  {
    name: 'a 5 MB error message',
    reply: { status: 502, body: JSON.stringify({ message: 'x'.repeat(5 << 20) }) },
    error: 'cannot read environment prod: HTTP 502 x',
  },
  {
    name: 'protection rules of the wrong shape',
    reply: {
      status: 200,
      body: JSON.stringify({
        protection_rules: [
          { type: 'required_reviewers', reviewers: 'everyone' },
          { type: 'wait_timer', wait_timer: '1e9' },
        ],
      }),
    },
    error: 'deploy to prod refused: environment prod has no required reviewers',
  },
];

describe('the deploy gate refuses hostile API answers inside the bound', () => {
  it.each(DEPLOY_CASES)(
    '$name',
    async ({ reply: answer, error }) => {
      reply = answer;
      const files = mkdtempSync(join(tmpdir(), 'shipshape-hostile-run-'));
      const env = {
        GITHUB_API_URL: api,
        GITHUB_REPOSITORY: 'acme/app',
        GITHUB_TOKEN: 'test-token',
        GITHUB_RUN_ID: '1',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_REF: 'refs/heads/main',
        GITHUB_WORKSPACE: files,
        GITHUB_OUTPUT: join(files, 'out'),
        ...inputsEnv({
          environment: 'prod',
          image: 'ghcr.io/acme/app',
          digest: `sha256:${'d'.repeat(64)}`,
          'require-gate': 'true',
          ledger: 'false',
          'deploy-command': `touch ${join(files, 'deployed')}`,
        }),
      };
      writeFileSync(env.GITHUB_OUTPUT, '');
      const run = await runBounded(bundles.deploy, env, files);
      const deployed = existsSync(join(files, 'deployed'));
      rmSync(files, { recursive: true, force: true });
      expect(run.timedOut).toBe(false);
      expect(run.code).toBe(1);
      expect(deployed).toBe(false);
      expect(run.output).toContain(`::error::shipshape deploy: ${error}`);
      expect(run.output.length).toBeLessThan(20_000);
      expect(run.output).not.toMatch(/\n\s+at .+:\d+:\d+/);
    },
    30_000,
  );
});
