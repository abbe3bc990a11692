/**
 * The secrets scan on shapes an unlucky or hostile repository holds: files far over any size limit, one very long
 * line, binary files with a token inside, a FIFO. Each runs through the real CLI in a child process with a bound.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { cliBundle, makeTree, removeTree, runShipshape } from './harness.js';

// A GitHub token shape built at run time, so the source holds no token-shaped string.
const TOKEN = `ghp_${'A1b2C3d4E5'.repeat(3)}abcdef`;

beforeAll(() => cliBundle());

const cases: [string, () => Record<string, string | Buffer>, string, number][] = [
  [
    'an 8 MB file (8 times the old size limit) with the token on its last line',
    () => ({ 'big.log': `${'log line without secrets\n'.repeat(320_000)}token ${TOKEN}\n` }),
    'big.log:320001:',
    7,
  ],
  [
    'a 4 MB line of one character before the token',
    () => ({ 'one-line.txt': `${'x'.repeat(4 * 1024 * 1024)} ${TOKEN}\n` }),
    'one-line.txt:1:',
    4 * 1024 * 1024 + 2,
  ],
  [
    'a 4 MB line of "secret" words',
    () => ({ 'words.txt': `${'secret'.repeat(700_000)}\n${TOKEN}\n` }),
    'words.txt:2:',
    1,
  ],
  [
    'a binary file (NUL bytes) with the token inside',
    () => ({ 'app.bin': Buffer.concat([Buffer.alloc(4096), Buffer.from(TOKEN), Buffer.alloc(4096)]) }),
    'app.bin:1:',
    4097,
  ],
];

test.each(cases)(
  '%s: scanned, the token found, within the bound',
  async (_name, files, location, column) => {
    const repo = makeTree(files());
    try {
      const result = await runShipshape(['secrets-scan'], { cwd: repo });
      expect(result.timedOut).toBe(false);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(1);
      expect(result.stdout.split('\n')[0]).toBe(
        `${location} critical: GitHub token: ghp_…(40 chars) at column ${column} [github-token]`,
      );
      expect(result.stdout).not.toContain(TOKEN);
    } finally {
      removeTree(repo);
    }
  },
  30_000,
);

test('a FIFO is reported as not scanned, never opened for a blocking read', async () => {
  const repo = makeTree({ 'ok.txt': 'nothing here\n' });
  try {
    execFileSync('mkfifo', [join(repo, 'pipe')]);
    const result = await runShipshape(['secrets-scan'], { cwd: repo });
    expect(result.timedOut).toBe(false);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1 file scanned\. Security gate: passed/);
    expect(result.stderr).toBe('pipe: notice: skipped by the secrets scan: not a regular file\n');
  } finally {
    removeTree(repo);
  }
});
