import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

const WORKFLOW = `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5 # pinned later
      - run: echo "\${{ github.ref_name }}"
`;

function repo(): string {
  const root = mkdtempSync(join(tmpdir(), 'shipshape-fix-'));
  mkdirSync(join(root, '.github/workflows'), { recursive: true });
  writeFileSync(join(root, '.github/workflows/ci.yml'), WORKFLOW);
  return root;
}

async function run(root: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['fix', ...args], {
    cwd: root,
    env: {},
    isTTY: false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('shipshape fix', () => {
  let root: string;
  beforeEach(() => {
    root = repo();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  test('--dry-run prints a diff, writes nothing and exits 1', async () => {
    const result = await run(root, '--dry-run');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`--- a/.github/workflows/ci.yml
+++ b/.github/workflows/ci.yml
@@ -5,3 +5,7 @@
     steps:
       - uses: actions/checkout@v5 # pinned later
-      - run: echo "\${{ github.ref_name }}"
+        with:
+          persist-credentials: false
+      - run: echo "$GITHUB_REF_NAME"
+        env:
+          GITHUB_REF_NAME: \${{ github.ref_name }}
`);
    expect(result.stderr).toBe('would apply 2 fixes in 1 file; 1 unsafe fix left (use --unsafe)\n');
    expect(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).toBe(WORKFLOW);
  });

  test('writes the safe fixes, keeping comments, and names what it left for --unsafe', async () => {
    const result = await run(root);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      '.github/workflows/ci.yml: fixed: set persist-credentials: false on actions/checkout\n' +
        '.github/workflows/ci.yml: fixed: move ${{ }} out of run: into env:\n' +
        'applied 2 fixes in 1 file; 1 unsafe fix left (use --unsafe)\n',
    );
    expect(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).toContain(
      '      - uses: actions/checkout@v5 # pinned later\n        with:\n          persist-credentials: false\n',
    );
    const again = await run(root, '--dry-run');
    expect(again.code).toBe(0);
  });

  test('--unsafe adds the permissions block too', async () => {
    await run(root, '--unsafe');
    expect(readFileSync(join(root, '.github/workflows/ci.yml'), 'utf8')).toContain(
      '  build:\n    # Least privilege for the actions this job uses (added by shipshape fix).\n    permissions:\n      contents: read\n    runs-on: ubuntu-latest\n',
    );
  });

  test('rejects unknown options', async () => {
    const result = await run(root, '--force');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^shipshape: fix: .*Unknown option '--force'/);
  });
});
