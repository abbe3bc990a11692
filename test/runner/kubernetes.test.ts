import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { parseInputs } from '../../src/actions/check/inputs.js';
import { runCheckAction } from '../../src/actions/check/run.js';
import { main } from '../../src/cli/main.js';
import { runCheck } from '../../src/runner/check.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'shipshape-k8s-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 3
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: app
          image: registry.example/web:1.4.2
`;
const PDB = `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: web
spec:
  maxUnavailable: 1
  selector:
    matchLabels: {app: web}
`;

const findingsOf = async (rule: string): Promise<string[]> => {
  const result = await runCheck({ root: dir });
  return result.findings
    .filter((finding) => finding.ruleId === rule)
    .map((finding) => `${finding.path}:${finding.span.line}`);
};

describe('manifests in a check run', () => {
  test('are found by content anywhere, and the kubernetes rules load only then', async () => {
    write({ 'ops/anything.yml': DEPLOYMENT, 'README.yaml': 'title: not a manifest\n' });
    const result = await runCheck({ root: dir });
    expect(result.checked).toEqual({ kubernetes: 1 });
    expect([...result.registry.ids].some((id) => id.startsWith('k8s/'))).toBe(true);
    expect(result.findings.map((finding) => `${finding.path}:${finding.span.line} ${finding.ruleId}`)).toContain(
      'ops/anything.yml:2 k8s/missing-pdb',
    );
  });

  test('a budget in another file of the same folder covers the Deployment; one in another folder does not', async () => {
    write({ 'a/app.yaml': DEPLOYMENT, 'a/pdb.yaml': PDB, 'b/app.yaml': DEPLOYMENT, 'c/pdb.yaml': PDB });
    expect(await findingsOf('k8s/missing-pdb')).toEqual(['b/app.yaml:2']);
  });

  test('a raw Helm template is skipped with a notice; a rendered manifest is checked', async () => {
    write({
      'chart/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n',
      'chart/templates/deployment.yaml': DEPLOYMENT.replace('replicas: 3', 'replicas: {{ .Values.replicas }}'),
      'rendered/web/templates/deployment.yaml': DEPLOYMENT,
    });
    const result = await runCheck({ root: dir });
    expect(result.notices).toEqual([
      { path: 'chart/templates/deployment.yaml', message: expect.stringMatching(/^skipped: a Helm chart template/) },
    ]);
    expect(result.checked).toEqual({ kubernetes: 1 });
    expect(result.findings.map((finding) => `${finding.path} ${finding.ruleId}`)).toContain(
      'rendered/web/templates/deployment.yaml k8s/missing-pdb',
    );
  });

  test('a file its kustomization merges as a patch is judged on what it writes, not on what it leaves out', async () => {
    write({
      'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: replicas.yaml\n',
      'overlays/prod/replicas.yaml':
        'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 5\n  template:\n    spec:\n      containers:\n        - name: app\n          securityContext:\n            privileged: true\n',
      'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
      'base/deployment.yaml': DEPLOYMENT,
    });
    const result = await runCheck({ root: dir });
    expect(
      result.findings
        .filter((finding) => finding.path.startsWith('overlays/'))
        .map((f) => `${f.path}:${f.span.line} ${f.ruleId}`),
    ).toEqual(['overlays/prod/replicas.yaml:12 k8s/privileged']);
  });

  test('a kustomization.yaml is a manifest file by its name', async () => {
    write({ 'k/kustomization.yaml': 'resources:\n  - app.yaml\n', 'k/app.yaml': DEPLOYMENT });
    const result = await runCheck({ root: dir });
    expect(result.checked).toEqual({ kubernetes: 2 });
  });

  test('the root action checks manifests with its default inputs: SARIF and annotations carry them', async () => {
    write({
      'deploy/pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  hostPID: true\n  containers: []\n',
    });
    const context = parseInputs(() => '', { GITHUB_WORKSPACE: dir, RUNNER_TEMP: dir }, dir);
    const report = await runCheckAction(context);
    expect(report.counts).toEqual({ errors: 1, warnings: 0, notes: 0, total: 1 });
    expect(report.failed).toBe(true);
    const [run] = JSON.parse(readFileSync(report.sarifFile, 'utf8')).runs;
    expect(run.results.map((result: { ruleId: string }) => result.ruleId)).toEqual(['k8s/host-namespaces']);
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('deploy/pod.yaml');
    expect(report.annotations).toMatch(/^::error file=deploy\/pod\.yaml,line=6,/m);
  });

  test('Code Quality output carries the findings of a folder of rendered manifests', async () => {
    write({ 'rendered/web.yaml': DEPLOYMENT });
    let stdout = '';
    const code = await main(['check', 'rendered', '--format', 'codequality', '--fail-on', 'never'], {
      stdout: (text) => (stdout += text),
      stderr: () => undefined,
      cwd: dir,
      isTTY: false,
      env: {},
    });
    expect(code).toBe(0);
    const issues = JSON.parse(stdout) as { check_name: string; location: { path: string; lines: { begin: number } } }[];
    expect(issues.find((issue) => issue.check_name === 'k8s/missing-pdb')?.location).toEqual({
      path: 'rendered/web.yaml',
      lines: { begin: 2, end: 2 },
    });
  });
});

describe('shipshape check - (standard input)', () => {
  async function checkStdin(
    text: string,
    ...args: string[]
  ): Promise<{ code: number; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const code = await main(['check', '-', '--format', 'json', '--fail-on', 'error', ...args], {
      stdout: (chunk) => (stdout += chunk),
      stderr: (chunk) => (stderr += chunk),
      cwd: dir,
      isTTY: false,
      env: {},
      readStdin: async () => text,
    });
    return { code, stdout, stderr };
  }

  test('rendered manifests piped in are checked as <stdin>, and the tree is not listed', async () => {
    write({ Dockerfile: 'FROM node:latest\n' });
    const rendered = `---\n# Source: web/templates/deployment.yaml\n${DEPLOYMENT.replace('replicas: 3', 'replicas: 3\n  strategy: {type: Recreate}')}`;
    const result = await checkStdin(rendered);
    const report = JSON.parse(result.stdout) as { findings: { ruleId: string; path: string; line: number }[] };
    expect(report.findings.map((finding) => `${finding.path}:${finding.line} ${finding.ruleId}`)).toEqual([
      '<stdin>:4 k8s/missing-pdb',
      '<stdin>:9 k8s/rollout-strategy',
      '<stdin>:17 k8s/allow-privilege-escalation',
      '<stdin>:17 k8s/cpu-requests',
      '<stdin>:17 k8s/memory-requests-limits',
      '<stdin>:17 k8s/read-only-root-filesystem',
      '<stdin>:17 k8s/readiness-probe',
      '<stdin>:17 k8s/run-as-non-root',
    ]);
    expect(result.code).toBe(0);
  });

  test('standard input that is not YAML of a known kind is a notice, not a pass in silence', async () => {
    const result = await checkStdin('just: text\n');
    expect(JSON.parse(result.stdout).findings).toEqual([]);
    expect(result.stderr).toBe('<stdin>: notice: skipped: standard input is no manifest, workflow or GitLab CI file\n');
  });

  test('without standard input to read, `-` is a usage error naming it', async () => {
    let stderr = '';
    const code = await main(['check', '-'], {
      stdout: () => undefined,
      stderr: (chunk) => (stderr += chunk),
      cwd: dir,
      isTTY: false,
      env: {},
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/`-` reads standard input/);
  });
});
