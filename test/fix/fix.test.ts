import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Fix } from '../../src/core/finding.js';
import { SourceFile } from '../../src/core/source.js';
import { unifiedDiff } from '../../src/fix/diff.js';
import { applyFixes, yamlValue } from '../../src/fix/edits.js';
import { envFixes, jobPermissions, permissionsFixes, persistCredentialsFixes } from '../../src/fix/fixers.js';
import { builtInFixes, fixFile, restResolver } from '../../src/fix/index.js';
import { pinFixes } from '../../src/fix/pin.js';
import { factsOf } from '../../src/rules/github-actions/support/facts.js';
import { freePort } from '../helpers/ports.js';

const FIXTURES = join(process.cwd(), 'test/fixtures/github-actions/fix');
const read = (dir: string, name: string): string => readFileSync(join(FIXTURES, dir, name), 'utf8');

const FIXERS: Record<string, (file: SourceFile) => Fix[]> = {
  'persist-credentials': (file) => persistCredentialsFixes(factsOf(file)),
  'run-to-env': (file) => envFixes(factsOf(file)),
  permissions: (file) => permissionsFixes(factsOf(file)),
};

describe('golden fixes', () => {
  for (const [dir, fixer] of Object.entries(FIXERS)) {
    test(`${dir}: safe fixes`, () => {
      const file = new SourceFile(`.github/workflows/${dir}.yml`, read(dir, 'input.yml'));
      const { text } = applyFixes(
        file.text,
        fixer(file).filter((fix) => fix.safe),
      );
      expect(text).toBe(read(dir, 'safe.yml'));
    });
    test(`${dir}: with --unsafe`, () => {
      const file = new SourceFile(`.github/workflows/${dir}.yml`, read(dir, 'input.yml'));
      const { text } = applyFixes(file.text, fixer(file));
      expect(text).toBe(read(dir, 'unsafe.yml'));
    });
  }

  test('fixed files are fixed points (a second run changes nothing)', async () => {
    for (const dir of Object.keys(FIXERS)) {
      const file = new SourceFile(`.github/workflows/${dir}.yml`, read(dir, 'unsafe.yml'));
      const outcome = await fixFile(file, [], { unsafe: true });
      const second = await fixFile(new SourceFile(file.path, outcome.text), [], { unsafe: true });
      expect(second.applied).toEqual([]);
    }
  });
});

describe('fixFile', () => {
  test('applies every built-in safe fix in one pass and reports the unsafe ones as skipped', async () => {
    const file = new SourceFile('.github/workflows/ci.yml', read('permissions', 'input.yml'));
    const outcome = await fixFile(file, [], { unsafe: false });
    expect(outcome.applied.map((fix) => fix.description)).toEqual([
      'set persist-credentials: false on actions/checkout',
      'set persist-credentials: false on actions/checkout',
    ]);
    expect(outcome.skipped.map((fix) => fix.description)).toEqual([
      'add least-privilege permissions to job "test"',
      'add least-privilege permissions to job "codeql"',
    ]);
  });

  test("rules' fixes are applied with the built-in ones", async () => {
    const file = new SourceFile('.github/workflows/ci.yml', 'on: push\njobs: {}\n');
    const outcome = await fixFile(
      file,
      [{ description: 'name it', safe: true, edits: [{ start: 0, end: 0, text: 'name: ci\n' }] }],
      { unsafe: false },
    );
    expect(outcome.text).toBe('name: ci\non: push\njobs: {}\n');
  });

  test('a workflow whose YAML does not parse is left alone', () => {
    expect(
      builtInFixes(
        new SourceFile(
          '.github/workflows/x.yml',
          'on: push\njobs:\n  a:\n    steps:\n      - uses: actions/checkout@v5\n  [broken\n',
        ),
      ),
    ).toEqual([]);
  });

  test('non-workflow YAML gets no built-in fixes', () => {
    expect(builtInFixes(new SourceFile('config/app.yml', 'a: 1\n'))).toEqual([]);
  });
});

describe('applyFixes', () => {
  test('skips a fix overlapping an accepted one and applies identical fixes once', () => {
    const a: Fix = { description: 'a', safe: true, edits: [{ start: 0, end: 3, text: 'xyz' }] };
    const b: Fix = { description: 'b', safe: true, edits: [{ start: 2, end: 4, text: '!' }] };
    const result = applyFixes('abcdef', [a, b, { ...a }]);
    expect(result.text).toBe('xyzdef');
    expect(result.applied).toEqual([a]);
    expect(result.skipped).toEqual([b]);
  });
  test('a second insertion at the same offset waits for the next run (no key added twice)', () => {
    const result = applyFixes('ab', [
      { description: '1', safe: true, edits: [{ start: 1, end: 1, text: '1' }] },
      { description: '2', safe: true, edits: [{ start: 1, end: 1, text: '2' }] },
      { description: '3', safe: true, edits: [{ start: 2, end: 2, text: '3' }] },
    ]);
    expect(result.text).toBe('a1b3');
    expect(result.skipped.map((fix) => fix.description)).toEqual(['2']);
  });
  test('yamlValue quotes values a plain scalar cannot hold', () => {
    expect(yamlValue('${{ github.ref }}')).toBe('${{ github.ref }}');
    expect(yamlValue("${{ format('a: {0}', x) }}")).toBe('"${{ format(\'a: {0}\', x) }}"');
  });
});

describe('jobPermissions', () => {
  test('docker/login-action to ghcr.io with the job token needs packages: write', () => {
    const file = new SourceFile(
      '.github/workflows/x.yml',
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: docker/login-action@v3\n        with:\n          registry: ghcr.io\n          password: ${{ secrets.GITHUB_TOKEN }}\n',
    );
    expect(jobPermissions(factsOf(file).jobs[0]!)).toEqual({ packages: 'write' });
  });
});

describe('unifiedDiff', () => {
  test('prints hunks with context', () => {
    expect(unifiedDiff('a.yml', 'a\nb\nc\nd\ne\nf\n', 'a\nb\nc\nX\nd\ne\nf\n')).toBe(
      '--- a/a.yml\n+++ b/a.yml\n@@ -2,4 +2,5 @@\n b\n c\n+X\n d\n e\n',
    );
    expect(unifiedDiff('a.yml', 'same', 'same')).toBe('');
  });
});

describe('--pin against a local REST server', () => {
  let server: Server;
  let baseUrl: string;
  const requests: string[] = [];
  const SHAS: Record<string, string> = {
    '/repos/actions/checkout/commits/v5': '1'.repeat(40),
    '/repos/actions/setup-node/commits/v6.0.0': '2'.repeat(40),
    '/repos/github/codeql-action/commits/v4': '3'.repeat(40),
    '/repos/acme/workflows/commits/main': '4'.repeat(40),
  };

  beforeAll(async () => {
    const port = await freePort();
    server = createServer((request, response) => {
      requests.push(
        `${request.method} ${request.url} ${request.headers.accept} ${request.headers.authorization ?? '-'}`,
      );
      const sha = SHAS[request.url ?? ''];
      if (!sha) {
        response.writeHead(404, { 'content-type': 'application/json' });
        response.end('{"message":"Not Found"}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/vnd.github.sha' });
      response.end(sha);
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  test('pins tags and branches to SHAs, keeps existing comments, reports what it cannot resolve', async () => {
    const file = new SourceFile('.github/workflows/ci.yml', read('pin', 'input.yml'));
    const problems: string[] = [];
    const fixes = await pinFixes(factsOf(file), restResolver({ baseUrl, token: 't0ken' }), problems);
    expect(applyFixes(file.text, fixes).text).toBe(read('pin', 'safe.yml'));
    expect(problems).toEqual(['acme/gone@v1: cannot resolve "v1"']);
    expect(requests).toContain(`GET /repos/actions/checkout/commits/v5 application/vnd.github.sha Bearer t0ken`);
  });

  test('resolves each ref once per run', async () => {
    const resolver = restResolver({ baseUrl });
    requests.length = 0;
    await resolver.resolve('actions', 'checkout', 'v5');
    await resolver.resolve('actions', 'checkout', 'v5');
    expect(requests).toHaveLength(1);
  });
});

describe('fixes never break a file', () => {
  test('every prefix (by line) of every fixture: no exception, and a file that parsed still parses', async () => {
    const { parseYaml } = await import('../../src/domains/yaml/document.js');
    for (const dir of [...Object.keys(FIXERS), 'pin']) {
      const lines = read(dir, 'input.yml').split('\n');
      for (let count = 1; count <= lines.length; count++) {
        const text = `${lines.slice(0, count).join('\n')}\n`;
        const file = new SourceFile(`.github/workflows/${dir}.yml`, text);
        const outcome = await fixFile(file, [], { unsafe: true });
        if (parseYaml(file).problems.length === 0) {
          expect([
            dir,
            count,
            parseYaml(new SourceFile(file.path, outcome.text)).problems.map((p) => p.message),
          ]).toEqual([dir, count, []]);
        }
      }
    }
  });
});
