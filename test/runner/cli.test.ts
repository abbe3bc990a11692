import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: dir,
    isTTY: false,
    env: {},
  });
  return { code, stdout, stderr };
}

const BROKEN = 'FROM alpine:3.19\nFROBNICATE now\n';
const SYNTAX_LINE = 'Dockerfile:2:1: error: Dockerfile syntax: unknown instruction "FROBNICATE" [docker/syntax]';

describe('shipshape check exit codes', () => {
  test('0 and "No findings" when there is nothing to report', async () => {
    write({ 'README.md': '# hi\n' });
    expect(await cli('check')).toEqual({
      code: 0,
      stdout: 'No findings (0 errors, 0 warnings, 0 notes) in 0 files checked.\n',
      stderr: '',
    });
  });

  test('1 when a finding reaches the default threshold (error)', async () => {
    write({ Dockerfile: BROKEN });
    const result = await cli('check');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toContain(SYNTAX_LINE);
    expect(result.stderr).toBe('');
  });

  test('--fail-on never exits 0 with the findings printed', async () => {
    write({ Dockerfile: BROKEN });
    const result = await cli('check', '.', '--fail-on', 'never');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toContain(SYNTAX_LINE);
  });

  test('fail-on from .shipshape.yml; the flag wins over the config', async () => {
    write({ Dockerfile: BROKEN, '.shipshape.yml': 'fail-on: never\n' });
    expect((await cli('check')).code).toBe(0);
    expect((await cli('check', '--fail-on', 'error')).code).toBe(1);
  });

  test('a rule turned down to a note in the config no longer fails the run', async () => {
    write({ Dockerfile: BROKEN, '.shipshape.yml': 'rules:\n  docker/syntax: note\n' });
    const result = await cli('check');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dockerfile:2:1: note: Dockerfile syntax');
    expect((await cli('check', '--fail-on', 'note')).code).toBe(1);
  });

  test('2 with file:line for an unknown config key', async () => {
    write({ Dockerfile: BROKEN, '.shipshape.yml': 'extends: strict\nfial-on: error\n' });
    expect(await cli('check')).toEqual({
      code: 2,
      stdout: '',
      stderr: `shipshape: ${join(dir, '.shipshape.yml')}:2: unknown key "fial-on"\n`,
    });
  });

  test('2 for a bad rule key, on the line of that key', async () => {
    write({ '.shipshape.yml': 'rules:\n  docker/syntax: error\n  Bad Key: off\n' });
    expect((await cli('check')).stderr).toBe(
      `shipshape: ${join(dir, '.shipshape.yml')}:3: "Bad Key" is not a rule id (expected "<domain>/<name>")\n`,
    );
  });

  test('2 for an unknown rule id in the config', async () => {
    write({ 'ci.yml': 'rules:\n  docker/no-such-rule: off\n' });
    const result = await cli('check', '--config', 'ci.yml');
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: `shipshape: ${join(dir, 'ci.yml')}:2: unknown rule "docker/no-such-rule" (see \`shipshape rules\`)\n`,
    });
  });

  test('2 for bad flags and commands', async () => {
    expect((await cli('check', '--fail-on', 'sometimes')).stderr).toBe(
      'shipshape: check: --fail-on must be one of error, warning, note, never, not "sometimes"\n',
    );
    expect((await cli('check', '--format', 'xml')).code).toBe(2);
    expect((await cli('check', '--nope')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli()).code).toBe(2);
  });

  test('a path argument that does not exist exits 2 naming it', async () => {
    expect(await cli('check', 'missing')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'shipshape: path argument: "missing" does not exist\n',
    });
  });

  test('a file over max-file-size is a shipshape/skipped-file warning in every format, so it fails at warning', async () => {
    write({ Dockerfile: `FROM alpine:3.19\n${'#'.repeat(100)}\n`, '.shipshape.yml': 'max-file-size: 10\n' });
    const result = await cli('check', '--format', 'json', '--fail-on', 'warning');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    expect(
      JSON.parse(result.stdout).findings.map((f: any) => [f.ruleId, f.severity, f.path, f.line, f.message]),
    ).toEqual([
      [
        'shipshape/skipped-file',
        'warning',
        'Dockerfile',
        1,
        'Not checked: 118 bytes, larger than 10 bytes (max-file-size). Fix the file, raise max-file-size, or list it under `ignore` in the config.',
      ],
    ]);
    expect((await cli('check', '--fail-on', 'error')).code).toBe(0);
  });

  test('a malformed file does not stop the others from being checked', async () => {
    write({ 'a/Dockerfile': BROKEN, 'b/Dockerfile': BROKEN });
    const lines = (await cli('check', '--fail-on', 'never')).stdout.split('\n');
    expect(lines).toContain(`a/${SYNTAX_LINE}`);
    expect(lines).toContain(`b/${SYNTAX_LINE}`);
  });
});

describe('shipshape check --write-baseline / --baseline', () => {
  test('write then check against it: exit 0 and only new findings afterwards', async () => {
    write({ 'old/Dockerfile': BROKEN });
    const written = await cli('check', '--write-baseline', 'baseline.json');
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/^Wrote \d+ findings to baseline\.json\.\n$/);
    const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(baseline.version).toBe(1);
    expect(baseline.findings).toContainEqual(
      expect.objectContaining({ ruleId: 'docker/syntax', path: 'old/Dockerfile' }),
    );

    expect(await cli('check', '--baseline', 'baseline.json')).toEqual({
      code: 0,
      stdout: 'No findings (0 errors, 0 warnings, 0 notes) in 1 file checked.\n',
      stderr: '',
    });

    write({ 'new/Dockerfile': BROKEN });
    const after = await cli('check', '--baseline', 'baseline.json');
    expect(after.code).toBe(1);
    expect(after.stdout).toContain(`new/${SYNTAX_LINE}`);
    expect(after.stdout).not.toContain('old/Dockerfile');
  });

  test('a malformed baseline exits 2 with a message naming it', async () => {
    write({ 'baseline.json': '{"findings": []}' });
    expect(await cli('check', '--baseline', 'baseline.json')).toEqual({
      code: 2,
      stdout: '',
      stderr: `shipshape: ${join(dir, 'baseline.json')} is not a shipshape baseline (expected {"version": 1, "findings": [...]})\n`,
    });
  });

  test('a missing baseline exits 2', async () => {
    const result = await cli('check', '--baseline', 'nope.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('shipshape: --baseline: "nope.json" does not exist\n');
  });
});

describe('YAML robustness through the CLI', () => {
  /** Nine levels of nine aliases: 9^9 nodes if anything expanded it. */
  function aliasBomb(top: string): string {
    const lines = [`${top}:`, '  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 9; i++)
      lines.push(
        `  l${i}: &l${i} [${Array(9)
          .fill(`*l${i - 1}`)
          .join(', ')}]`,
      );
    return `${lines.join('\n')}\n`;
  }

  test('an alias bomb in a workflow and in GitLab CI is a syntax finding; the other files are still checked', async () => {
    write({
      '.github/workflows/bomb.yml': `on: push\n${aliasBomb('env')}jobs: {}\n`,
      '.gitlab-ci.yml': `stages: [test]\n${aliasBomb('variables')}`,
      Dockerfile: BROKEN,
    });
    const { code, stdout } = await cli('check', '--fail-on', 'error');
    const lines = stdout.split('\n');
    expect(code).toBe(1);
    expect(lines).toContain(SYNTAX_LINE);
    expect(lines.filter((line) => line.endsWith('[gha/syntax]'))).toEqual([
      '.github/workflows/bomb.yml:8:22: error: Workflow syntax: aliases expand to more than 250,000 nodes (`*l4` repeats the 66,430-node anchor `&l4`): refusing a possible alias bomb [gha/syntax]',
    ]);
    expect(lines.find((line) => line.endsWith('[gitlab/syntax]'))).toMatch(
      /^\.gitlab-ci\.yml:8:22: error: .*aliases expand to more than 250,000 nodes/,
    );
  });
});
