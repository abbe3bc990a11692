import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { after, before, test } from 'node:test';
import { handle } from '../server.js';

let server;
let base;

before(async () => {
  server = createServer(handle).listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => server.close());

test('GET /healthz reports ok', async () => {
  const response = await fetch(`${base}/healthz`);
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
  assert.deepEqual(await response.json(), { status: 'ok', version: 'dev' });
});

test('GET / greets', async () => {
  const response = await fetch(`${base}/`);
  assert.equal(response.status, 200);
  assert.equal((await response.json()).message, 'Hello from the shipshape example service');
});

test('unknown paths are 404', async () => {
  const response = await fetch(`${base}/nope`);
  assert.equal(response.status, 404);
  assert.deepEqual(await response.json(), { error: 'not found' });
});

test('other methods are 405 with an Allow header', async () => {
  const response = await fetch(`${base}/`, { method: 'POST' });
  assert.equal(response.status, 405);
  assert.equal(response.headers.get('allow'), 'GET, HEAD');
});

test('HEAD has headers and no body', async () => {
  const response = await fetch(`${base}/healthz`, { method: 'HEAD' });
  assert.equal(response.status, 200);
  assert.equal(await response.text(), '');
});

test('PORT is a TCP port or a unix socket path', async () => {
  const { listenTarget } = await import('../server.js');
  assert.equal(listenTarget('8080').port, 8080);
  assert.deepEqual(listenTarget('/run/app/app.sock'), { path: '/run/app/app.sock' });
});
