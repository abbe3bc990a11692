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
    const result = await runShipshape(['registry', 'tags', `127.0.0.1:${port}/app`], { cwd: repo, boundMs: 30_000, env: { GITHUB_OUTPUT: output } });
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
