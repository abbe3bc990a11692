/**
 * Hostile GitLab CI shapes for the resolved pipeline that gitlab/schema validates: `extends` chains far past GitLab's
 * 11 levels, `extends` and `!reference` cycles, `!reference` fan-outs that would expand to millions of script lines,
 * and include graphs with hundreds of files and cycles. Each is generated here and run through the real CLI in a
 * child process killed at the harness's bound; each asserts the exact findings of the rules that read that model.
 */
import { checkJson, cliBundle, DEFAULT_BOUND_MS, makeTree, removeTree, type JsonFinding } from './harness.js';

const trees: string[] = [];

async function check(files: Record<string, string>): Promise<JsonFinding[]> {
  const dir = makeTree({ '.shipshape.yml': 'extends: strict\n', ...files });
  trees.push(dir);
  const result = await checkJson(dir);
  expect(result.timedOut).toBe(false);
  expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  return result.findings;
}

/** `rule path:line message` of the findings of the given rules. */
function of(findings: JsonFinding[], ...rules: string[]): string[] {
  return findings
    .filter((finding) => rules.includes(finding.ruleId))
    .map((finding) => `${finding.ruleId} ${finding.path}:${finding.line} ${finding.message}`);
}

/** A job GitLab rejects, at a known line, so every case also proves the file was validated. */
const BAD_JOB = 'bad:\n  script: [make]\n  retry: 9\n';
const badAt = (line: number) =>
  `gitlab/schema .gitlab-ci.yml:${line + 2} \`jobs:bad:retry\` config should be at most 2.`;

beforeAll(async () => {
  await cliBundle();
}, 120_000);

afterAll(() => {
  for (const dir of trees) removeTree(dir);
});

test("an extends chain of 2,000 templates: cut at GitLab's 11 levels, the rest of the file still validated", async () => {
  const lines = ['.t0:\n  retry: 9\n'];
  for (let i = 1; i < 2000; i++) lines.push(`.t${i}:\n  extends: .t${i - 1}\n`);
  lines.push('deep:\n  extends: .t1999\n  script: [make]\n');
  const head = lines.join('');
  const findings = await check({ '.gitlab-ci.yml': `${head}${BAD_JOB}` });
  // `deep` never reaches `.t0` (2,000 levels): GitLab refuses such a chain, and nothing is guessed about it.
  expect(of(findings, 'gitlab/schema')).toEqual([badAt(head.split('\n').length)]);
});

test("a chain of 10 levels reaches the bad value, reported at the job's extends", async () => {
  const lines = ['.t0:\n  retry: 9\n'];
  for (let i = 1; i < 10; i++) lines.push(`.t${i}:\n  extends: .t${i - 1}\n`);
  const head = lines.join('');
  const findings = await check({ '.gitlab-ci.yml': `${head}deep:\n  extends: .t9\n  script: [make]\n` });
  const extendsLine = head.split('\n').length + 1;
  expect(of(findings, 'gitlab/schema')).toEqual([
    `gitlab/schema .gitlab-ci.yml:${extendsLine} \`jobs:deep:retry\` config should be at most 2.`,
  ]);
});

test('extends cycles (2 and 300 templates long) end, and the cycle is unknown-extends-free', async () => {
  const lines = ['.a:\n  extends: .b\n', '.b:\n  extends: .a\n'];
  for (let i = 0; i < 300; i++) lines.push(`.c${i}:\n  extends: .c${(i + 1) % 300}\n`);
  lines.push('one:\n  extends: .a\n  script: [make]\n', 'two:\n  extends: [.c0, .c150]\n  script: [make]\n');
  const head = lines.join('');
  const findings = await check({ '.gitlab-ci.yml': `${head}${BAD_JOB}` });
  expect(of(findings, 'gitlab/schema')).toEqual([badAt(head.split('\n').length)]);
});

test('!reference cycles and a fan-out that would expand to 2^40 script lines', async () => {
  const lines = ['.x:\n  script: [!reference [.y, script]]\n', '.y:\n  script: [!reference [.x, script]]\n'];
  lines.push('.r0:\n  script: [echo]\n');
  for (let i = 1; i <= 40; i++)
    lines.push(`.r${i}:\n  script:\n    - !reference [.r${i - 1}, script]\n    - !reference [.r${i - 1}, script]\n`);
  lines.push('loop:\n  script: [!reference [.x, script]]\n', 'wide:\n  script: [!reference [.r40, script]]\n');
  const head = lines.join('');
  const findings = await check({ '.gitlab-ci.yml': `${head}${BAD_JOB}` });
  const line = (name: string) => head.split('\n').indexOf(`${name}:`) + 1;
  expect(of(findings, 'gitlab/schema')).toEqual([
    `gitlab/schema .gitlab-ci.yml:${line('loop')} Job \`loop\` has \`!reference\` tags nested more than 10 levels deep, or referring back to themselves: GitLab rejects the configuration.`,
    `gitlab/schema .gitlab-ci.yml:${line('wide')} Job \`wide\` expands (through anchors and \`!reference\` tags) to more than 100,000 values: it was not checked against the schema, and GitLab would likely refuse a configuration this large.`,
    badAt(head.split('\n').length),
  ]);
});

test("400 local includes in a cycle and a fan-out: read once each, up to GitLab's 150", async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 400; i++) {
    const next = [`ci/f${(i + 1) % 400}.yml`, `ci/f${(i * 7 + 3) % 400}.yml`, '.gitlab-ci.yml'];
    files[`ci/f${i}.yml`] = `include:\n${next.map((path) => `  - local: ${path}\n`).join('')}.base${i}:\n  retry: 1\n`;
  }
  const head =
    'include:\n  - local: ci/f0.yml\n  - project: group/ci\n    ref: 0123456789abcdef0123456789abcdef01234567\n    file: /ci.yml\nuses:\n  extends: .base3\n  script: [make]\n';
  const findings = await check({ ...files, '.gitlab-ci.yml': `${head}${BAD_JOB}` });
  expect(of(findings, 'gitlab/schema')).toEqual([badAt(head.split('\n').length)]);
  expect(of(findings, 'gitlab/unresolved-include')).toEqual([
    'gitlab/unresolved-include .gitlab-ci.yml:3 `include: project` (group/ci) is read by GitLab when the pipeline is created, not here: what it defines was not checked, and jobs that extend or reference it were checked only in part.',
  ]);
});
