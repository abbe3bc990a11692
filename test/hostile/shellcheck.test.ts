/**
 * shellcheck over generated hostile workflows, through the real CLI in a child process with a hard time bound, and
 * the real shellcheck binary: a script too slow to check, more scripts than one command line takes, and a run
 * interrupted while shellcheck works.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkJson, cliBundle, DEFAULT_BOUND_MS, makeTree, removeTree, runShipshape } from './harness.js';

const trees: string[] = [];
function tree(files: Record<string, string>): string {
  const dir = makeTree(files);
  trees.push(dir);
  return dir;
}

const workflow = (steps: string[]): string =>
  `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n${steps.join('')}`;

/** About 95 KB of shell that shellcheck needs minutes for. */
function hugeScript(): string {
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < 95 * 1024; i++) {
    const line = `if [ -n "$X${i}" ]; then echo $Y${i} | grep z > /tmp/o${i}; fi`;
    lines.push(line);
    size += line.length + 1;
  }
  return lines.map((line) => `          ${line}\n`).join('');
}

beforeAll(async () => {
  await cliBundle();
});
afterAll(() => trees.forEach(removeTree));

describe('hostile shellcheck input', () => {
  test('a 95 KB run: block over the configured timeout is a warning at its run: line', async () => {
    const repo = tree({
      '.shipshape.yml': 'rules:\n  gha/shellcheck:\n    options:\n      timeout: 0.3\n',
      '.github/workflows/huge.yml': workflow([
        '      - run: echo "$HOME"\n',
        `      - name: huge\n        run: |\n${hugeScript()}`,
      ]),
    });
    const result = await checkJson(repo);
    expect(result.timedOut).toBe(false);
    const shellcheck = result.findings.filter((finding) => finding.ruleId === 'gha/shellcheck');
    expect(shellcheck.map((finding) => [finding.path, finding.line, finding.column, finding.severity])).toEqual([
      ['.github/workflows/huge.yml', 8, 14, 'warning'],
    ]);
    expect(shellcheck[0]!.message).toMatch(
      /^shellcheck did not finish this script within 0\.3 s, so it was not checked/,
    );
    expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  });

  // The only finding of this tree is the unchecked script: every format names it (rule, file, line), and
  // `--fail-on warning` fails the run because of it alone.
  const UNCHECKED = 'shellcheck did not finish this script within 0\\.3 s, so it was not checked';
  test.each([
    [
      'text',
      new RegExp(
        `^\\.github/workflows/huge\\.yml:7:14: warning: ${UNCHECKED}.*\\[gha/shellcheck\\]\\n1 finding \\(0 errors, 1 warning, 0 notes\\)`,
      ),
    ],
    [
      'json',
      new RegExp(
        `"ruleId": "gha/shellcheck",\\s+"severity": "warning",\\s+"message": "${UNCHECKED}[^"]*",\\s+"path": "\\.github/workflows/huge\\.yml",\\s+"line": 7,`,
      ),
    ],
    [
      'sarif',
      new RegExp(
        `"ruleId": "gha/shellcheck",[\\s\\S]*"level": "warning",\\s+"message": \\{\\s+"text": "${UNCHECKED}[\\s\\S]*"uri": "\\.github/workflows/huge\\.yml"[\\s\\S]*"startLine": 7,`,
      ),
    ],
    [
      'codequality',
      new RegExp(
        `"check_name": "gha/shellcheck",\\s+"description": "${UNCHECKED}[\\s\\S]*"path": "\\.github/workflows/huge\\.yml",\\s+"lines": \\{\\s+"begin": 7`,
      ),
    ],
    [
      'junit',
      new RegExp(
        `<testcase classname="gha/shellcheck" name="\\.github/workflows/huge\\.yml:7:14"[^>]*>\\s+<failure message="${UNCHECKED}`,
      ),
    ],
    [
      'annotations',
      new RegExp(`^::warning file=\\.github/workflows/huge\\.yml,line=7,[^:]*title=gha/shellcheck::${UNCHECKED}`, 'm'),
    ],
    ['summary', new RegExp(`\\| \\.github/workflows/huge\\.yml:7:14 \\| gha/shellcheck \\| ${UNCHECKED}`)],
  ])('--format %s lists the timed-out script, and --fail-on warning exits 1', async (format, expected) => {
    const repo = tree({
      '.shipshape.yml': 'rules:\n  gha/shellcheck:\n    options:\n      timeout: 0.3\n',
      '.github/workflows/huge.yml': `on: push\npermissions: {}\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n${hugeScript()}`,
    });
    const result = await runShipshape(['check', '.', '--format', format, '--fail-on', 'warning'], { cwd: repo });
    expect(result.timedOut).toBe(false);
    expect(result.stdout).toMatch(expected);
    expect(result.code).toBe(1);
  });

  test('600 unique scripts, three times what one shellcheck call takes: every one is checked', async () => {
    const files: Record<string, string> = {};
    const perFile = 100;
    for (let file = 0; file < 6; file++) {
      files[`.github/workflows/w${file}.yml`] = workflow(
        Array.from({ length: perFile }, (_, i) => `      - run: cd $DIR_${file}_${i}\n`),
      );
    }
    const result = await checkJson(tree(files));
    expect(result.timedOut).toBe(false);
    const changeDir = result.findings.filter(
      (finding) => finding.ruleId === 'gha/shellcheck' && finding.message.startsWith('SC2164'),
    );
    expect(changeDir).toHaveLength(6 * perFile);
    expect(
      changeDir.filter((finding) => finding.path === '.github/workflows/w5.yml').map((finding) => finding.line),
    ).toEqual(Array.from({ length: perFile }, (_, i) => 6 + i));
  });

  test('SIGTERM while shellcheck runs leaves no temporary folder behind', async () => {
    const repo = tree({ '.github/workflows/huge.yml': workflow([`      - run: |\n${hugeScript()}`]) });
    const temp = mkdtempSync(join(tmpdir(), 'shipshape-hostile-tmp-'));
    trees.push(temp);
    const scratch = () => readdirSync(temp).filter((name) => name.startsWith('shipshape-sc-'));
    const cli = await cliBundle();
    const child = spawn(process.execPath, [cli, 'check', '.', '--format', 'json'], {
      cwd: repo,
      env: { ...process.env, NODE_OPTIONS: '', TMPDIR: temp },
      detached: true,
      stdio: 'ignore',
    });
    const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    const killGroup = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // gone already
      }
    };
    const hardStop = setTimeout(() => killGroup('SIGKILL'), 15_000);
    try {
      // The signal goes in while the pool is at work: its folder exists (not before the run got that far).
      const started = Date.now();
      while (scratch().length === 0 && Date.now() - started < 10_000)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(scratch()).toHaveLength(1);
      const signalled = Date.now();
      killGroup('SIGTERM');
      const { signal, code } = await closed;
      expect(signal === 'SIGTERM' || code === 143).toBe(true);
      // The pool removes its folder before it exits; give its exit a moment to complete.
      while (scratch().length > 0 && Date.now() - signalled < 1_000)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect(scratch()).toEqual([]);
      expect(Date.now() - signalled).toBeLessThan(DEFAULT_BOUND_MS);
    } finally {
      clearTimeout(hardStop);
      killGroup('SIGKILL');
      if (existsSync(temp)) rmSync(temp, { recursive: true, force: true });
    }
  });
});
