import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import type { Finding } from '../../../src/core/finding.js';
import { Registry } from '../../../src/core/registry.js';
import { SourceFile } from '../../../src/core/source.js';
import { ALL_DOMAINS as DOMAINS } from '../../../src/rules/index.js';
import rule from '../../../src/rules/github-actions/shellcheck.js';
import {
  MAX_SCRIPT_BYTES_PER_CALL,
  MAX_SCRIPTS_PER_CALL,
  planCalls,
  STREAM_BATCH,
  setShellcheckAvailable,
} from '../../../src/rules/github-actions/support/shellcheck.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const wf = (step: string, runsOn = 'ubuntu-latest'): string =>
  `on: push\njobs:\n  a:\n    runs-on: ${runsOn}\n    steps:\n${step}`;

ruleTester(rule, {
  valid: [
    wf('      - run: echo "${{ github.sha }}" ${{ github.ref }}\n'),
    wf("      - run: echo '${{ github.sha }}'\n"),
    wf('      - run: |\n          set -euo pipefail\n          echo "$HOME" >> "$GITHUB_OUTPUT"\n'),
    wf('      - run: Write-Output $env:HOME\n', 'windows-latest'),
    wf('      - run: print("x")\n        shell: python\n'),
    wf('      - run: echo $TOKEN\n', '${{ matrix.os }}'),
  ],
  invalid: [
    {
      code: wf(
        '      - run: |\n          echo ok\n          cd $DIR\n          for f in $(ls *.txt); do echo "$f"; done\n',
      ),
      errors: [
        { line: 8, column: 11, endColumn: 18, message: /^SC2164: / },
        { line: 8, column: 14, endColumn: 18, message: /^SC2086: / },
        { line: 9, column: 20, endColumn: 31, message: /^SC2045: / },
        { line: 9, column: 25, message: /^SC2035: / },
      ],
    },
    {
      code: wf('      - run: echo ${{ github.ref }} $X\n'),
      errors: [{ line: 6, column: 37, endColumn: 39, message: /^SC2086: / }],
    },
    {
      code: wf('      - run: "[ \\"$a\\" == b ]"\n        shell: sh\n'),
      errors: [{ line: 6, column: 22, message: /^SC3014: In POSIX sh, == in place of = is undefined/ }],
    },
    {
      name: 'a script that does not finish within the timeout is a warning at its run: line, not silence',
      code: wf('      - name: slow\n        run: |\n          cd $DIR\n'),
      options: { timeout: 0.001 },
      errors: [{ messageId: 'timeout', line: 7, column: 14, message: /within 0\.001 s/ }],
    },
    {
      code: 'name: a\nruns:\n  using: composite\n  steps:\n    - run: |\n        rm -rf $D/\n      shell: bash\n',
      filename: 'action.yml',
      errors: [
        { line: 6, column: 16, endColumn: 19, message: /^SC2115: / },
        { line: 6, column: 16, endColumn: 18, message: /^SC2086: / },
      ],
    },
  ],
});

/** Runs the rule over several files as one run: every file walked, then the shared work settled once. */
function runFiles(files: Record<string, string>, options?: Record<string, unknown>): Finding[][] {
  const config = defaultConfig();
  config.rules[rule.meta.id] = { severity: rule.meta.defaultSeverity, options };
  const engine = new Engine({ registry: new Registry([rule]), domains: DOMAINS, config });
  const pending = Object.entries(files).map(
    ([path, text]) => engine.startFile(new SourceFile(path, text), 'github-actions')!,
  );
  return engine.finishFiles(pending);
}

const brief = (findings: Finding[]) =>
  findings.map((f) => `${f.path}:${f.span.line}:${f.span.column} ${f.message.slice(0, 7)}`);

describe('one run over many files', () => {
  test('scripts of every file are checked together; the same script in two files is reported in both', () => {
    const script = wf('      - run: cd $DIR\n');
    const [a, b, c] = runFiles({
      '.github/workflows/a.yml': script,
      '.github/workflows/b.yml': script,
      '.github/workflows/c.yml': wf('      - run: echo "$HOME"\n      - run: rm -rf $D/\n'),
    });
    expect(brief(a!)).toEqual(['.github/workflows/a.yml:6:14 SC2164:', '.github/workflows/a.yml:6:17 SC2086:']);
    expect(brief(b!)).toEqual(['.github/workflows/b.yml:6:14 SC2164:', '.github/workflows/b.yml:6:17 SC2086:']);
    expect(brief(c!)).toEqual(['.github/workflows/c.yml:7:21 SC2115:', '.github/workflows/c.yml:7:21 SC2086:']);
  });

  test('more unique scripts than one call takes: every one is checked', () => {
    const count = MAX_SCRIPTS_PER_CALL * 2 + 7;
    const steps = Array.from({ length: count }, (_, i) => `      - run: cd $DIR_${i}\n`).join('');
    const [findings] = runFiles({ '.github/workflows/many.yml': wf(steps) });
    const changeDir = findings!.filter((f) => f.message.startsWith('SC2164'));
    expect(changeDir).toHaveLength(count);
    expect(changeDir.map((f) => f.span.line)).toEqual(Array.from({ length: count }, (_, i) => 6 + i));
  });
});

describe('a run that lets shared work start in the background (the CLI)', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'shipshape-sc-stream-'));
  const savedTmp = process.env.TMPDIR;
  afterAll(() => {
    process.env.TMPDIR = savedTmp;
    rmSync(scratch, { recursive: true, force: true });
  });
  const poolFolders = () => readdirSync(scratch).filter((name) => name.startsWith('shipshape-sc-'));

  test('the pool starts while files are still walked, and every script gets the same findings as at the end', async () => {
    process.env.TMPDIR = scratch;
    const config = defaultConfig();
    config.rules[rule.meta.id] = { severity: rule.meta.defaultSeverity };
    const engine = new Engine({ registry: new Registry([rule]), domains: DOMAINS, config });
    engine.overlapSharedWork();
    // Unique texts: scripts checked earlier in this process are not sent again.
    const token = `${process.pid}_${Date.now()}`;
    const perFile = STREAM_BATCH + 5;
    const files = Array.from({ length: 3 }, (_, file) => {
      const steps = Array.from({ length: perFile }, (_, i) => `      - run: cd $D_${token}_${file}_${i}\n`).join('');
      const posix = '      - run: "[ \\"$a\\" == b ]"\n        shell: sh\n';
      return new SourceFile(`.github/workflows/w${file}.yml`, wf(steps + posix));
    });
    const pending = files.map((file) => engine.startFile(file, 'github-actions')!);
    // More than a batch of one option set was added: its pool process is at work before the run waits for it.
    const started = Date.now();
    while (poolFolders().length === 0 && Date.now() - started < 10_000) await new Promise((r) => setTimeout(r, 10));
    expect(poolFolders()).toHaveLength(1);
    await engine.readySharedWork();
    const results = engine.finishFiles(pending);
    results.forEach((findings, file) => {
      const changeDir = findings.filter((f) => f.message.startsWith('SC2164'));
      expect(changeDir.map((f) => `${f.path}:${f.span.line}:${f.span.column}`)).toEqual(
        Array.from({ length: perFile }, (_, i) => `.github/workflows/w${file}.yml:${6 + i}:14`),
      );
      expect(findings.filter((f) => f.message.startsWith('SC3014')).map((f) => f.span.line)).toEqual([6 + perFile]);
    });
    // The pool removed its folder when it was done.
    expect(poolFolders()).toEqual([]);
  });
});

describe('planning the calls', () => {
  const script = (text: string, dialect: 'bash' | 'sh' = 'bash') => ({ dialect, exclude: [1091], text });

  test('each call is bounded in scripts and holds one dialect; every script is in exactly one call', () => {
    const scripts = [
      ...Array.from({ length: 1000 }, (_, i) => script(`echo ${i}\n`)),
      ...Array.from({ length: 10 }, (_, i) => script(`echo ${i}\n`, 'sh')),
    ];
    const calls = planCalls(scripts, 2);
    for (const call of calls) {
      expect(call.scripts.length).toBeLessThanOrEqual(MAX_SCRIPTS_PER_CALL);
      expect(new Set(call.scripts.map((index) => scripts[index]!.dialect)).size).toBe(1);
      expect(call.args).toContain(`--shell=${scripts[call.scripts[0]!]!.dialect}`);
      expect(call.args).toContain('--exclude=SC1091');
    }
    expect(calls.flatMap((call) => call.scripts).sort((a, b) => a - b)).toEqual(scripts.map((_, index) => index));
  });

  test('large scripts are split by size; a few scripts still spread over the cores', () => {
    const big = 'x'.repeat(MAX_SCRIPT_BYTES_PER_CALL / 2 + 1);
    expect(planCalls([script(big), script(big), script(big)], 1).map((call) => call.scripts)).toEqual([[0], [1], [2]]);
    expect(
      planCalls(
        Array.from({ length: 8 }, (_, i) => script(`echo ${i}`)),
        2,
      ).map((call) => call.scripts),
    ).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
    ]);
  });
});

describe('without shellcheck on PATH', () => {
  beforeAll(() => setShellcheckAvailable(false));
  afterAll(() => setShellcheckAvailable(undefined));

  test('reports one note for the whole run, at the first script, nothing else', () => {
    const code = wf('      - run: cd $DIR\n');
    const [first, second] = runFiles({ '.github/workflows/a.yml': code, '.github/workflows/b.yml': code });
    expect(first!.map((f) => [f.ruleId, f.severity, f.span.line, f.span.column, f.message])).toEqual([
      [
        'gha/shellcheck',
        'note',
        6,
        14,
        'shellcheck is not installed, so run scripts were not checked (install it, e.g. `apt-get install shellcheck`).',
      ],
    ]);
    expect(second).toEqual([]);
  });
});
