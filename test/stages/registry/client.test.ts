import { createServer, type IncomingMessage, type Server } from 'node:http';
import { credentialsFromEnv, parseChallenge } from '../../../src/stages/registry/auth.js';
import { RegistryClient } from '../../../src/stages/registry/client.js';
import { checkEnvironment } from '../../../src/stages/registry/ledger.js';
import { defaultScheme, parseImageReference } from '../../../src/stages/registry/reference.js';

test('image references: registry required, tag and digest split, invalid names refused', () => {
  const digest = `sha256:${'a'.repeat(64)}`;
  expect(parseImageReference('ghcr.io/acme/app:1a2b3c4')).toEqual({
    registry: 'ghcr.io',
    repository: 'acme/app',
    tag: '1a2b3c4',
  });
  expect(parseImageReference(`127.0.0.1:5000/app@${digest}`)).toEqual({
    registry: '127.0.0.1:5000',
    repository: 'app',
    digest,
  });
  expect(parseImageReference(`localhost/a/b:v1@${digest}`)).toEqual({
    registry: 'localhost',
    repository: 'a/b',
    tag: 'v1',
    digest,
  });
  expect(() => parseImageReference('acme/app:v1')).toThrow('image reference "acme/app:v1" has no registry host');
  expect(() => parseImageReference('ghcr.io/Acme/App')).toThrow('invalid repository "Acme/App"');
  expect(() => parseImageReference('ghcr.io/acme/app:-bad')).toThrow('invalid tag "-bad"');
  expect(() => parseImageReference('ghcr.io/acme/app@sha256:xyz')).toThrow('invalid digest "sha256:xyz"');
  expect([defaultScheme('127.0.0.1:5000'), defaultScheme('localhost'), defaultScheme('ghcr.io')]).toEqual([
    'http',
    'http',
    'https',
  ]);
  expect(() => checkEnvironment('prod-previous')).toThrow('invalid environment "prod-previous"');
});

test('WWW-Authenticate challenges, with quoted commas and escapes', () => {
  expect(
    parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:acme/app:pull,push"'),
  ).toEqual({
    scheme: 'bearer',
    params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:acme/app:pull,push' },
  });
  expect(parseChallenge('Basic realm="Registry \\"R\\""')).toEqual({
    scheme: 'basic',
    params: { realm: 'Registry "R"' },
  });
  expect(parseChallenge('')).toBeUndefined();
});

test('credentials from the environment, first match wins', () => {
  expect(credentialsFromEnv('ghcr.io', { GITHUB_TOKEN: 't', GITHUB_ACTOR: 'me' })).toEqual({
    kind: 'basic',
    username: 'me',
    password: 't',
    source: 'GITHUB_TOKEN',
  });
  expect(credentialsFromEnv('quay.io', { GITHUB_TOKEN: 't' })).toEqual({ kind: 'anonymous' });
  expect(
    credentialsFromEnv('registry.gitlab.com', {
      CI_REGISTRY: 'registry.gitlab.com',
      CI_REGISTRY_USER: 'u',
      CI_REGISTRY_PASSWORD: 'p',
    }).kind,
  ).toBe('basic');
  expect(
    credentialsFromEnv('ghcr.io', {
      SHIPSHAPE_REGISTRY_USER: 'u',
      SHIPSHAPE_REGISTRY_PASSWORD: 'p',
      GITHUB_TOKEN: 't',
    }),
  ).toMatchObject({ username: 'u', source: 'SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD' });
  expect(
    credentialsFromEnv('x.io', {
      SHIPSHAPE_REGISTRY_TOKEN: 'tok',
      SHIPSHAPE_REGISTRY_USER: 'u',
      SHIPSHAPE_REGISTRY_PASSWORD: 'p',
    }),
  ).toEqual({ kind: 'bearer', token: 'tok', source: 'SHIPSHAPE_REGISTRY_TOKEN' });
});

describe('Basic auth challenge (a registry that answers Basic, as htpasswd-protected registries do)', () => {
  let server: Server;
  let port = 0;
  const seen: (string | undefined)[] = [];
  const DIGEST = `sha256:${'b'.repeat(64)}`;
  beforeAll(async () => {
    server = createServer((request: IncomingMessage, response) => {
      seen.push(request.headers.authorization);
      if (request.headers.authorization !== `Basic ${Buffer.from('deploy:hunter2-hunter2').toString('base64')}`) {
        response.writeHead(401, {
          'www-authenticate': 'Basic realm="Registry Realm"',
          'content-type': 'application/json',
        });
        response.end('{"errors":[{"code":"UNAUTHORIZED","message":"authentication required"}]}');
        return;
      }
      response.writeHead(200, {
        'docker-content-digest': DIGEST,
        'content-type': 'application/vnd.oci.image.manifest.v1+json',
      });
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('the first request goes without credentials, the retry with Basic, later ones with Basic straight away', async () => {
    const client = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      credentials: {
        kind: 'basic',
        username: 'deploy',
        password: 'hunter2-hunter2',
        source: 'SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD',
      },
    });
    expect(await client.resolveDigest('app', 'v1')).toBe(DIGEST);
    expect(await client.resolveDigest('app', 'v2')).toBe(DIGEST);
    const basic = `Basic ${Buffer.from('deploy:hunter2-hunter2').toString('base64')}`;
    expect(seen).toEqual([undefined, basic, basic]);
  });

  test('wrong credentials: a 401 error that names the variables, not the password', async () => {
    const client = new RegistryClient({
      registry: `127.0.0.1:${port}`,
      credentials: {
        kind: 'basic',
        username: 'deploy',
        password: 'wrong-password',
        source: 'SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD',
      },
    });
    const error = await client.resolveDigest('app', 'v1').catch((caught: Error) => caught);
    expect((error as Error).message).toBe(
      `resolve app:v1: 127.0.0.1:${port} requires authentication (401) and credentials from SHIPSHAPE_REGISTRY_USER/SHIPSHAPE_REGISTRY_PASSWORD were not accepted; set SHIPSHAPE_REGISTRY_USER and SHIPSHAPE_REGISTRY_PASSWORD (or GITHUB_TOKEN for ghcr.io)`,
    );
    expect((error as Error).message).not.toContain('wrong-password');
  });
});
