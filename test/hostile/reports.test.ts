/**
 * Oversized answers through the real CLI in a child process with a time bound. The registry is a local HTTP
 * server on 127.0.0.1 answering the OCI distribution API's tag list shape (`GET /v2/<name>/tags/list`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliBundle, makeTree, removeTree, runShipshape } from './harness.js';

const TAGS = 2_000_000;

let server: Server;
let port: number;
let page: Buffer;
beforeAll(async () => {
  await cliBundle();
  page = Buffer.from(JSON.stringify({ name: 'app', tags: Array.from({ length: TAGS }, (_, index) => `t${index}`) }));
  server = createServer((request, response) => {
    if (request.url?.startsWith('/v2/app/tags/list')) {
      response.setHeader('content-type', 'application/json');
      response.end(page);
    } else {
      response.statusCode = 404;
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

test(`registry tags: one page of ${TAGS} tags is listed without overflowing the stack`, async () => {
  const repo = makeTree({ 'README.md': '# app\n' });
  try {
    // Receiving, parsing, sorting and printing 2M tags takes seconds of its own on a shared 2-core machine: bounded at
    // 30 s rather than 2 (14 s measured at a load average of 10).
    const output = join(repo, 'outputs.txt');
    const result = await runShipshape(['registry', 'tags', `127.0.0.1:${port}/app`], {
      cwd: repo,
      boundMs: 30_000,
      env: { GITHUB_OUTPUT: output },
    });
    expect(result.timedOut).toBe(false);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // The harness keeps the first 8 MB of stdout: the sorted start is enough; the count comes from the outputs.
    expect(result.stdout.split('\n').slice(0, 3)).toEqual(['t0', 't1', 't10']);
    expect(readFileSync(output, 'utf8')).toMatch(new RegExp(`^count<<ghadelimiter_[0-9a-f-]{36}\\n${TAGS}\\n`, 'm'));
  } finally {
    removeTree(repo);
  }
}, 60_000);

const LOG = (run: object) =>
  JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ tool: { driver: { name: 'scanner' } }, ...run }],
  });

describe('SARIF of the wrong shape fails the gate instead of passing it', () => {
  test.each([
    ['results is a string', LOG({ results: 'x' }), '/runs/0/results must be array'],
    ['a result is a number', LOG({ results: [1] }), '/runs/0/results/0 must be object'],
    [
      'a result without a message',
      LOG({ results: [{ ruleId: 'r', level: 'error' }] }),
      "/runs/0/results/0 must have required property 'message'",
    ],
    [
      'an unknown level',
      LOG({ results: [{ ruleId: 'r', level: 'fatal', message: { text: 'm' } }] }),
      '/runs/0/results/0/level must be equal to one of the allowed values',
    ],
    [
      'a tool without a driver',
      JSON.stringify({ version: '2.1.0', runs: [{ tool: {}, results: [] }] }),
      "/runs/0/tool must have required property 'driver'",
    ],
  ])('%s: exit 2 naming the report and the place', async (_name, text, problem) => {
    const repo = makeTree({ 'scan.sarif': text });
    try {
      const result = await runShipshape(
        ['security-gate', '--no-check', '--no-secrets', '--report', 'sarif:scan.sarif'],
        { cwd: repo },
      );
      expect(result.timedOut).toBe(false);
      expect({ code: result.code, stdout: result.stdout, stderr: result.stderr }).toEqual({
        code: 2,
        stdout: '',
        stderr: `shipshape: scanner report scan.sarif (sarif): not a valid SARIF 2.1.0 log: ${problem}\n`,
      });
      expect(result.ms).toBeLessThan(2000);
    } finally {
      removeTree(repo);
    }
  });

  test('a valid log with one error result blocks at high', async () => {
    const repo = makeTree({
      'scan.sarif': LOG({
        results: [
          {
            ruleId: 'r1',
            level: 'error',
            message: { text: 'bad thing' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.ts' }, region: { startLine: 3 } } }],
          },
        ],
      }),
    });
    try {
      const result = await runShipshape(
        ['security-gate', '--no-check', '--no-secrets', '--report', 'sarif:scan.sarif', '--format', 'json'],
        { cwd: repo },
      );
      expect(result.code).toBe(1);
      expect(JSON.parse(result.stdout).counts).toMatchObject({ high: 1 });
    } finally {
      removeTree(repo);
    }
  });
});
