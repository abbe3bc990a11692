import { findTokens, isSecretName, secretFileKind } from '../../../../src/rules/dockerfile/support/secrets.js';

describe('isSecretName', () => {
  test.each([
    'DB_PASSWORD',
    'GITHUB_TOKEN',
    'apiKey',
    'AWS_SECRET_ACCESS_KEY',
    'private-key',
    'CLIENT_SECRET',
    'PASSPHRASE',
  ])('%s is a credential', (name) => {
    expect(isSecretName(name)).toBe(true);
  });
  test.each(['GPG_KEY', 'PASSWORD_FILE', 'TOKEN_URL', 'AWS_ACCESS_KEY_ID', 'KEYCLOAK_HOST', 'NODE_ENV', 'TOKEN_TTL'])(
    '%s is not',
    (name) => {
      expect(isSecretName(name)).toBe(false);
    },
  );
});

describe('findTokens', () => {
  test('finds each token with its offset', () => {
    const aws = `AKIA${'ABCDEFGHIJKLMNOP'}`;
    expect(findTokens(`x=${aws} y`)).toEqual([{ kind: 'AWS access key id', index: 2, length: 20 }]);
    expect(findTokens('sha256:0123456789abcdef0123456789abcdef')).toEqual([]);
  });
});

describe('secretFileKind', () => {
  test.each([
    ['id_ed25519', 'SSH private key'],
    ['config/.env', 'dotenv file'],
    ['.env.local', 'dotenv file'],
    ['tls/server.key', 'private key'],
    ['privkey.pem', 'private key'],
    ['haproxy/server.pem', 'private key'],
    ['home/.aws/credentials', 'AWS credentials'],
  ])('%s is a %s', (path, kind) => {
    expect(secretFileKind(path)).toBe(kind);
  });
  test.each(['.env.example', 'ca.pem', 'fullchain.pem', 'id_rsa.pub', 'keys/', 'credentials.md'])(
    '%s is not a secret file',
    (path) => {
      expect(secretFileKind(path)).toBeUndefined();
    },
  );
});
