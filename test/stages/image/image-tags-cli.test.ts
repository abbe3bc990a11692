import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main.js';

const dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SHA = 'aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd';

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: dir,
    isTTY: false,
    env,
  });
  return { code, stdout, stderr };
}

describe('shipshape image-tags', () => {
  it('prints the references and writes GitHub outputs and a GitLab dotenv report from CI variables', async () => {
    writeFileSync(join(dir, 'out'), '');
    const env = {
      GITHUB_OUTPUT: join(dir, 'out'),
      CI_COMMIT_SHA: SHA,
      CI_COMMIT_TAG: 'v3.1.0',
      CI_PROJECT_URL: 'https://gitlab.example/acme/app',
      SOURCE_DATE_EPOCH: '1700000000',
    };
    const result = await cli(['image-tags', '--image', 'registry.example/acme/app', '--dotenv', 'tags.env'], env);
    expect(result).toEqual({
      code: 0,
      stdout: ['aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd', 'sha-aaaaaaa', '3.1.0', '3.1', '3']
        .map((t) => `registry.example/acme/app:${t}\n`)
        .join(''),
      stderr: '',
    });
    const labels =
      '{"org.opencontainers.image.created":"2023-11-14T22:13:20Z","org.opencontainers.image.revision":"aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd","org.opencontainers.image.title":"app","org.opencontainers.image.version":"3.1.0","org.opencontainers.image.source":"https://gitlab.example/acme/app"}';
    expect(readFileSync(join(dir, 'tags.env'), 'utf8')).toBe(
      `TAGS=${['aaaaaaaaaabbbbbbbbbbccccccccccdddddddddd', 'sha-aaaaaaa', '3.1.0', '3.1', '3'].map((t) => `registry.example/acme/app:${t}`).join(',')}\nVERSION=3.1.0\nLABELS=${labels}\n`,
    );
    expect(readFileSync(join(dir, 'out'), 'utf8')).toMatch(/^version<<(ghadelimiter_\S+)\n3\.1\.0\n\1$/m);
  });

  it('answers usage errors with exit 2 and one line', async () => {
    expect(await cli(['image-tags', '--sha', SHA])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'shipshape: image-tags: --image is required (see `shipshape image-tags --help`)\n',
    });
    expect(await cli(['image-tags', '--image', 'Bad Image', '--sha', SHA])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'shipshape: image "Bad Image" is not a valid lower-case image repository (e.g. ghcr.io/acme/app)\n',
    });
    const unknown = await cli(['image-tags', '--nope']);
    expect([
      unknown.code,
      unknown.stderr.startsWith('shipshape: image-tags: '),
      unknown.stderr.includes("Unknown option '--nope'"),
    ]).toEqual([2, true, true]);
    expect(
      (await cli(['build', '--image', 'a/b', '--sha', SHA, '--build-arg', 'no-equals', '--builder', 'buildah'])).stderr,
    ).toBe('shipshape: build-args line 1 is not KEY=value\n');
  });
});

describe('shipshape cache-plan', () => {
  it('writes the plan of the first package manager as outputs', async () => {
    writeFileSync(join(dir, 'go.sum'), 'example.com/x v1.0.0 h1:abc=\n');
    const result = await cli(['cache-plan', '--os', 'linux', '--dotenv', 'cache.env', '--json']);
    expect(result.code).toBe(0);
    const plan = JSON.parse(result.stdout) as { tool: string; key: string }[];
    expect(plan.map((entry) => entry.tool)).toEqual(['go']);
    const dotenv = readFileSync(join(dir, 'cache.env'), 'utf8');
    expect(dotenv).toContain(`TOOLS=go\nCACHE_KEY=${plan[0]!.key}\n`);
    expect(dotenv).toContain('TEST_COMMAND=go test ./...\n');
    expect(await cli(['cache-plan', '--dir', 'missing'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'shipshape: --dir: "missing" does not exist\n',
    });
  });
});
