import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';
import { maskSecret, scanSecrets, scanText, shannonEntropy } from '../../../src/stages/security/secrets.js';

// Tokens are assembled at run time so the repository itself never holds anything that looks like a credential.
const T = {
  github: 'ghp_' + 'a1B2c3D4e5'.repeat(3) + 'F6g7H8',
  githubPat: 'github_pat_' + 'A1b2C3d4E5'.repeat(2) + 'f6' + '_' + 'G7h8J9k0L1'.repeat(5) + 'm2n3P4q5R',
  gitlab: 'glpat-' + 'Xy9_Zw8-Vu7Ts6Rq5Po4',
  aws: 'AKIA' + 'Q2W3E4R5T6Y7U8I9',
  awsSak: 'wJalrXUtnFEMI/K7MDENG/' + 'bPxRfiCYz9q8w7e6r5',
  slack: 'xoxb-' + '2841957301-9375830271-' + 'aB3dE5gH7jK9mN1pQ3sT5vW7',
  npm: 'npm_' + 'Zx8Cv7Bn6Mq5Wr4Ty3Ui2Op1As9Df0Gh1Jk2',
  generic: 'q8Vz3LmP0xR7tK2wN5yB9cD4',
};

const FILE = [
  `export GITHUB_TOKEN=${T.github}`,
  `token: "${T.githubPat}"`,
  `GITLAB=${T.gitlab}`,
  `aws_access_key_id = ${T.aws}`,
  `aws_secret_access_key = ${T.awsSak}`,
  `slack: ${T.slack}`,
  `//registry.example/:_authToken=${T.npm}`,
  '-----BEGIN ' + 'OPENSSH PRIVATE KEY-----',
  `const apiKey = "${T.generic}";`,
  'password = "aaaaaaaaaaaaaaaaaaaaaaaa"',
  'token: ${{ secrets.DEPLOY_TOKEN }}',
  'db_password: changeme-changeme-changeme-1',
  'secret_name = some_configuration_value_name',
  'checksum = "d41d8cd98f00b204e9800998ecf8427e"',
  'POSTGRES_PASSWORD_FILE=/run/secrets/postgres-password',
  'token_url: https://auth.example.internal/oauth2/token',
].join('\n');

test('each token family is found once, on its line, with the secret masked', () => {
  const findings = scanText(FILE, 'config/app.env');
  expect(findings.map((f) => [f.id, f.line, f.severity])).toEqual([
    ['github-token', 1, 'critical'],
    ['github-fine-grained-token', 2, 'critical'],
    ['gitlab-token', 3, 'critical'],
    ['aws-access-key-id', 4, 'critical'],
    ['aws-secret-access-key', 5, 'critical'],
    ['slack-token', 6, 'critical'],
    ['npm-token', 7, 'critical'],
    ['private-key', 8, 'critical'],
    ['generic-secret', 9, 'high'],
  ]);
  const everything = JSON.stringify(findings);
  for (const secret of Object.values(T)) expect(everything).not.toContain(secret);
  expect(findings[0]!.title).toBe('GitHub token: ghp_…(40 chars) at column 21');
  expect(findings[8]!.title).toBe(
    `High-entropy value assigned to "apiKey" (${shannonEntropy(T.generic).toFixed(2)} bits/char): q8Vz…(24 chars) at column 17`,
  );
  expect(findings[7]!.title).toBe('Private key (OPENSSH PRIVATE KEY)');
});

test('fingerprints follow the secret, not its line', () => {
  const before = scanText(`x\n${'token = ' + T.github}\n`, 'a.sh');
  const after = scanText(`x\ny\nz\n${'token = ' + T.github}\n`, 'a.sh');
  expect(before.map((f) => f.fingerprint)).toEqual(after.map((f) => f.fingerprint));
  expect(after[0]!.line).toBe(4);
});

test('entropy and masking', () => {
  expect(shannonEntropy('aaaa')).toBe(0);
  expect(shannonEntropy('abcd')).toBe(2);
  expect(maskSecret('abcdefghijklmnop')).toBe('abcd…(16 chars)');
  expect(maskSecret('abcdefg')).toBe('a…(7 chars)');
});

describe('on files', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'shipshape-secrets-'));
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'vendor'));
    writeFileSync(join(dir, 'src/config.js'), `module.exports = { token: "${T.npm}" };\n`);
    writeFileSync(join(dir, 'vendor/lib.js'), `const key = "${T.aws}";\n`);
    writeFileSync(join(dir, 'image.bin'), Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(T.github)]));
    // Over three read chunks, the token on line 3 of a file whose second line is 3 MiB long.
    writeFileSync(join(dir, 'big.txt'), `start\n${'x'.repeat(3 * 1024 * 1024)}\nkey = ${T.aws}\n`);
    writeFileSync(
      join(dir, '.shipshape-security.yml'),
      `secrets:\n  ignore: [vendor/**]\nallow:\n  - id: npm-token\n    path: src/**\n    reason: revoked token kept in a test fixture\n    expires: 2000-01-01\n`,
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('binary files scanned for tokens, big files scanned in a stream, ignore globs honoured', () => {
    const result = scanSecrets({ root: dir, ignore: ['vendor/**'] });
    expect(result.findings.map((f) => [f.path, f.line, f.id])).toEqual([
      ['big.txt', 3, 'aws-access-key-id'],
      ['image.bin', 1, 'github-token'],
      ['src/config.js', 1, 'npm-token'],
    ]);
    expect(result.notices).toEqual([]);
    expect(result.filesScanned).toBe(4);
  });

  test('a link out of the root is not followed, a FIFO is not opened', () => {
    const root = mkdtempSync(join(tmpdir(), 'shipshape-secrets-links-'));
    try {
      symlinkSync(join(dir, 'src/config.js'), join(root, 'linked.js'));
      execFileSync('mkfifo', [join(root, 'pipe')]);
      const result = scanSecrets({ root });
      expect(result.findings).toEqual([]);
      expect(result.notices).toEqual([
        {
          path: 'linked.js',
          message: 'skipped by the secrets scan: symbolic link to a path outside the repository (not followed)',
        },
        { path: 'pipe', message: 'skipped by the secrets scan: not a regular file' },
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('the CLI blocks, names the expired allow-list entry and never prints the secret', async () => {
    let stdout = '';
    let stderr = '';
    const code = await main(['secrets-scan', '--root', dir], {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      cwd: dir,
      isTTY: false,
      env: {},
    });
    expect(code).toBe(1);
    expect(stderr).toBe('');
    expect(stdout).not.toContain(T.npm);
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      'big.txt:3: critical: AWS access key id: AKIA…(20 chars) at column 7 [aws-access-key-id]',
      'image.bin:1: critical: GitHub token: ghp_…(40 chars) at column 4 [github-token]',
      'src/config.js:1: critical: npm access token: npm_…(40 chars) at column 28 [npm-token]',
      '4 files scanned. Security gate: BLOCKED by 3 findings at or above high (3 in all).',
    ]);
    expect(stdout).toContain(
      'Allow-list entry npm-token, path src/** expired on 2000-01-01 and no longer allows anything (1 finding gated again); reason was: revoked token kept in a test fixture',
    );
  });
});
