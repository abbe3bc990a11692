// A small HTTP service: `/healthz` for probes, `/` for a greeting. No dependencies beyond Node itself.
import { rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';

export const VERSION = process.env.APP_VERSION ?? 'dev';

export function handle(request, response) {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
  } else if (pathname === '/healthz') {
    send(response, 200, { status: 'ok', version: VERSION });
  } else if (pathname === '/') {
    send(response, 200, { message: 'Hello from the shipshape example service', version: VERSION });
  } else {
    send(response, 404, { error: 'not found' });
  }
}

function send(response, status, body, headers = {}) {
  const json = `${JSON.stringify(body)}\n`;
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(response.req?.method === 'HEAD' ? undefined : json);
}

/** PORT is a TCP port, or the path of a unix socket (behind a proxy that switches releases, as blue-green does). */
export function listenTarget(port = process.env.PORT ?? '3000') {
  return /^\d+$/.test(String(port)) ? { port: Number(port), host: process.env.HOST ?? '0.0.0.0' } : { path: String(port) };
}

export function start(target = listenTarget()) {
  const server = createServer(handle);
  // A socket file left by a stopped release would block listen().
  if (target.path) rmSync(target.path, { force: true });
  server.listen(target, () => {
    const address = server.address();
    console.log(`listening on ${typeof address === 'string' ? address : `${address.address}:${address.port}`}`);
  });
  // Containers stop with SIGTERM: finish in-flight requests, then exit.
  const stop = (signal) => {
    console.log(`${signal} received, shutting down`);
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return server;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) start();
