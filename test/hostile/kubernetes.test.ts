/**
 * Hostile manifests, generated: thousands of documents in one file, thousands of files in one folder (the
 * relations between them are looked up per folder), a List of thousands of items, alias bombs and nesting deeper
 * than any walk. Multi-document files are read by yaml's own composer (the fast reader takes single documents), so
 * sizes stay within what it reads under the bound on a loaded machine. Each is checked by the real CLI in a child process with a hard time bound; every case asserts the
 * exact rule, file and line.
 */
import { checkJson, cliBundle, DEFAULT_BOUND_MS, makeTree, removeTree, type JsonFinding } from './harness.js';

const trees: string[] = [];
function tree(files: Record<string, string>): string {
  const dir = makeTree(files);
  trees.push(dir);
  return dir;
}

const where = (findings: JsonFinding[], ruleId: string): string[] =>
  findings.filter((finding) => finding.ruleId === ruleId).map((finding) => `${finding.path}:${finding.line}`);

/** A Deployment of 16 lines (its `kind` on the 2nd) whose pods carry `app: <name>`. */
const deployment = (name: string): string =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  replicas: 3',
    '  selector:',
    `    matchLabels: {app: ${name}}`,
    '  template:',
    '    metadata:',
    `      labels: {app: ${name}}`,
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: registry.example/app:1.0.0',
    '          resources: {requests: {cpu: 100m, memory: 64Mi}, limits: {memory: 64Mi}}',
  ].join('\n');
const budget = (name: string): string =>
  [
    'apiVersion: policy/v1',
    'kind: PodDisruptionBudget',
    'metadata:',
    `  name: ${name}`,
    'spec:',
    '  maxUnavailable: 1',
    '  selector:',
    `    matchLabels: {app: ${name}}`,
  ].join('\n');

beforeAll(async () => {
  await cliBundle();
});
afterAll(() => trees.forEach(removeTree));

describe('hostile manifests', () => {
  test('one file of 100 Deployments and their budgets (200 documents): the one without a budget is found', async () => {
    const documents: string[] = [];
    for (let i = 0; i < 100; i++) {
      documents.push(deployment(`app-${i}`));
      if (i !== 71) documents.push(budget(`app-${i}`));
    }
    const result = await checkJson(tree({ 'deploy/all.yaml': `${documents.join('\n---\n')}\n` }));
    expect(result.timedOut).toBe(false);
    // Deployments 0..70 and their budgets come before: 71 × (16 + 1 + 8 + 1) lines, then `kind` is line 2.
    expect(where(result.findings, 'k8s/missing-pdb')).toEqual([`deploy/all.yaml:${71 * 26 + 2}`]);
    expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  });

  test('300 files in one folder, budgets in a file of their own: relations across files stay linear', async () => {
    const files: Record<string, string> = {};
    const budgets: string[] = [];
    for (let i = 0; i < 300; i++) {
      files[`deploy/app-${i}.yaml`] = `${deployment(`app-${i}`)}\n`;
      if (i !== 277) budgets.push(budget(`app-${i}`));
    }
    files['deploy/budgets.yaml'] = `${budgets.join('\n---\n')}\n`;
    const result = await checkJson(tree(files), [], { boundMs: 2 * DEFAULT_BOUND_MS });
    expect(result.timedOut).toBe(false);
    expect(where(result.findings, 'k8s/missing-pdb')).toEqual(['deploy/app-277.yaml:2']);
  });

  test('a List of 500 Services: each item is located inside the list', async () => {
    const items = Array.from(
      { length: 500 },
      (_, i) =>
        `  - apiVersion: v1\n    kind: Service\n    metadata: {name: s${i}}\n    spec:\n      selector: {app: ${i === 432 ? 'nobody' : 'web'}}`,
    );
    const text = `apiVersion: v1\nkind: List\nitems:\n${items.join('\n')}\n---\n${deployment('web')}\n---\n${budget('web')}\n`;
    const result = await checkJson(tree({ 'deploy/list.yaml': text }));
    expect(result.timedOut).toBe(false);
    expect(where(result.findings, 'k8s/service-selects-nothing')).toEqual([`deploy/list.yaml:${3 + 432 * 5 + 5}`]);
    expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  });

  test('an alias bomb in a manifest is a k8s/syntax finding, not an expansion', async () => {
    const levels = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\ndata:\n${levels.map((line) => `  ${line}`).join('\n')}\n`;
    const result = await checkJson(tree({ 'deploy/bomb.yaml': text }));
    expect(result.timedOut).toBe(false);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['k8s/syntax']);
    expect(result.findings[0]!.path).toBe('deploy/bomb.yaml');
    expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  });

  test('a manifest nested 1,000 levels deep is refused as k8s/syntax at the first level too deep', async () => {
    const text = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ${'['.repeat(1_000)}${']'.repeat(1_000)}\n`;
    const result = await checkJson(tree({ 'deploy/deep.yaml': text }));
    expect(result.timedOut).toBe(false);
    expect(where(result.findings, 'k8s/syntax')).toEqual(['deploy/deep.yaml:4']);
    expect(result.ms).toBeLessThan(DEFAULT_BOUND_MS);
  });
});
