import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A real rule of each domain and one of its hooks, misspelled the way a typo would. */
const CASES = [
  { rule: 'dockerfile/absolute-workdir', hook: 'WORKDIR(instruction', typo: 'WORKDIRR(instruction', name: 'WORKDIRR' },
  { rule: 'github-actions/misfeature', hook: 'step(step', typo: 'steps(step', name: 'steps' },
  { rule: 'gitlab-ci/missing-timeout', hook: 'job(job', typo: 'Job(job', name: 'Job' },
];

/** The rule's source, its relative imports made absolute so that it compiles from another folder. */
function relocated(rule: string): string {
  const domain = rule.slice(0, rule.indexOf('/'));
  return readFileSync(join(ROOT, `src/rules/${rule}.ts`), 'utf8')
    .replaceAll("from '../../", `from '${ROOT}/src/`)
    .replaceAll("from './", `from '${ROOT}/src/rules/${domain}/`);
}

/*
 * The type check itself (test/meta/rule-hooks.typecheck.ts holds the cases); this runs the compiler on real rules
 * with one hook misspelled, beside the same rules unchanged, and reads what it says.
 */
describe('a misspelled hook in a rule fails the type check', () => {
  test('each misspelled copy gets one error naming its hook; the unchanged copies compile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rule-hooks-'));
    try {
      const files: string[] = [];
      for (const { rule, hook, typo } of CASES) {
        const source = relocated(rule);
        expect(source).toContain(hook);
        const name = rule.replace('/', '-');
        writeFileSync(join(dir, `${name}.mts`), source);
        writeFileSync(join(dir, `${name}-typo.mts`), source.replace(hook, typo));
        files.push(`${name}.mts`, `${name}-typo.mts`);
      }
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          extends: join(ROOT, 'tsconfig.json'),
          compilerOptions: { typeRoots: [join(ROOT, 'node_modules/@types')], types: ['node'] },
          include: [],
          files,
        }),
      );
      const tsc = spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/typescript/bin/tsc'), '--noEmit', '--pretty', 'false', '-p', 'tsconfig.json'],
        { cwd: dir, encoding: 'utf8', timeout: 50_000 },
      );
      expect(tsc.status).toBe(2);
      const errors = tsc.stdout.split('\n').filter((line) => line.includes('error TS'));
      expect(errors).toHaveLength(CASES.length);
      for (const { rule, name } of CASES) {
        const own = errors.filter((line) => line.startsWith(`${rule.replace('/', '-')}-typo.mts(`));
        expect(own).toHaveLength(1);
        expect(own[0]).toContain(name);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
