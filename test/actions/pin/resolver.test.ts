import { createServer, type Server } from 'node:http';
import { octokitResolver } from '../../../src/actions/pin/resolver.js';
import { freePort } from '../../helpers/ports.js';

describe('octokitResolver against a local REST server', () => {
  let server: Server;
  let baseUrl: string;
  const seen: string[] = [];

  beforeAll(async () => {
    const port = await freePort();
    server = createServer((request, response) => {
      seen.push(`${request.method} ${request.url} ${request.headers.accept} ${request.headers.authorization}`);
      if (request.url === '/repos/actions/checkout/commits/v5') {
        response.writeHead(200, { 'content-type': 'application/vnd.github.v3.sha; charset=utf-8' });
        response.end('a'.repeat(40));
        return;
      }
      if (request.url === '/repos/actions/setup-node/commits/v6') {
        response.writeHead(200, { 'content-type': 'application/vnd.github.v3.sha' });
        response.end('b'.repeat(40));
        return;
      }
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"message":"Not Found"}');
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('resolves a tag to its commit SHA with the sha media type and the token', async () => {
    const resolver = octokitResolver('t0ken', { baseUrl });
    expect(await resolver.resolve('actions', 'checkout', 'v5')).toBe('a'.repeat(40));
    expect(seen[0]).toBe('GET /repos/actions/checkout/commits/v5 application/vnd.github.v3.sha token t0ken');
  });

  test('reads the SHA also when the answer has no charset (bytes)', async () => {
    expect(await octokitResolver('t0ken', { baseUrl }).resolve('actions', 'setup-node', 'v6')).toBe('b'.repeat(40));
  });

  test('an unknown ref resolves to undefined', async () => {
    expect(await octokitResolver('t0ken', { baseUrl }).resolve('acme', 'gone', 'v1')).toBeUndefined();
  });
});
