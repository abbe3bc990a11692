/**
 * Every path input of every bundled action, parsed as the action parses it (the e2e tests run the bundle with real
 * INPUT_* variables): `../`, absolute paths and symbolic links out of the workspace are refused naming the input;
 * writes may also go to RUNNER_TEMP. Secret inputs are registered for masking.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseInputs as parseCheckInputs, type CheckInputName } from '../../src/actions/check/inputs.js';
import { containSource } from '../../src/actions/deploy/inputs.js';
import { parseInputs as parseSecurityInputs, type SecurityInputName } from '../../src/actions/security/inputs.js';
import { readContext as readSetupContext } from '../../src/actions/setup/inputs.js';
import { readContext as readTestContext } from '../../src/actions/test/inputs.js';
import { maskSecretInputs } from '../../src/actions/shared/secrets.js';
import { STAGES } from '../../src/pipeline/spec.js';

// Made at load time: the test tables below name these paths.
const parent = mkdtempSync(join(tmpdir(), 'shipshape-action-paths-'));
const workspace = join(parent, 'workspace');
const temp = join(parent, 'runner-temp');
{
  mkdirSync(join(workspace, 'svc/reports'), { recursive: true });
  mkdirSync(temp);
  mkdirSync(join(parent, 'outside'));
  writeFileSync(join(parent, 'outside/secret.yml'), 'token: hunter2\n');
  writeFileSync(join(workspace, 'svc/reports/trivy.json'), '{}');
  writeFileSync(join(workspace, 'svc/.shipshape.yml'), 'rules: {}\n');
  writeFileSync(join(workspace, 'svc/package-lock.json'), '{}');
  symlinkSync(join(parent, 'outside'), join(workspace, 'svc/out'));
  symlinkSync(join(parent, 'outside/secret.yml'), join(workspace, 'svc/secret.yml'));
}
afterAll(() => rmSync(parent, { recursive: true, force: true }));

const env = () => ({ GITHUB_WORKSPACE: workspace, RUNNER_TEMP: temp });
const outsideWs = (value: string) => `${JSON.stringify(value)} is outside the workspace ${workspace}`;
const outsideWrite = (value: string) => `${JSON.stringify(value)} is outside ${workspace} or ${temp}`;
const linked = (value: string) =>
  `${JSON.stringify(value)} leads outside the workspace ${workspace} through a symbolic link`;
const linkedWrite = (value: string) =>
  `${JSON.stringify(value)} leads outside ${workspace} or ${temp} through a symbolic link`;

describe('check action', () => {
  const parse = (inputs: Partial<Record<CheckInputName, string>>) =>
    parseCheckInputs((name) => ({ 'working-directory': 'svc', ...inputs })[name] ?? '', env());

  test.each<[Partial<Record<CheckInputName, string>>, string]>([
    [{ 'working-directory': '../outside' }, `input "working-directory": ${outsideWs('../outside')}`],
    [{ 'working-directory': '/etc' }, `input "working-directory": ${outsideWs('/etc')}`],
    [{ 'working-directory': 'svc/out' }, `input "working-directory": ${linked('svc/out')}`],
    [{ paths: '../../outside' }, `input "paths": "../../outside" is outside the workspace ${join(workspace, 'svc')}`],
    [{ paths: 'nope' }, 'input "paths": "nope" does not exist'],
    [{ config: '../../outside/secret.yml' }, `input "config": ${outsideWs('../../outside/secret.yml')}`],
    [
      { config: join(parent, 'outside/secret.yml') },
      `input "config": ${outsideWs(join(parent, 'outside/secret.yml'))}`,
    ],
    [{ config: 'secret.yml' }, `input "config": ${linked('secret.yml')}`],
    [{ baseline: '/etc/passwd' }, `input "baseline": ${outsideWs('/etc/passwd')}`],
    [{ baseline: 'out/secret.yml' }, `input "baseline": ${linked('out/secret.yml')}`],
    [{ 'sarif-file': '../../x.sarif' }, `input "sarif-file": ${outsideWrite('../../x.sarif')}`],
    [{ 'sarif-file': '/etc/x.sarif' }, `input "sarif-file": ${outsideWrite('/etc/x.sarif')}`],
    [{ 'sarif-file': 'out/new/x.sarif' }, `input "sarif-file": ${linkedWrite('out/new/x.sarif')}`],
  ])('%j is refused', (inputs, message) => {
    expect(() => parse(inputs)).toThrow(message);
  });

  test('inside the workspace, and writes to RUNNER_TEMP, are accepted', () => {
    const context = parse({ config: '.shipshape.yml', 'sarif-file': join(temp, 'out/check.sarif') });
    expect([context.root, context.configPath, context.sarifFile]).toEqual([
      join(workspace, 'svc'),
      join(workspace, 'svc/.shipshape.yml'),
      join(temp, 'out/check.sarif'),
    ]);
  });
});

describe('security action', () => {
  const parse = (inputs: Partial<Record<SecurityInputName, string>>) =>
    parseSecurityInputs((name) => ({ 'working-directory': 'svc', ...inputs })[name] ?? '', env());

  test.each<[Partial<Record<SecurityInputName, string>>, string]>([
    [{ 'working-directory': '..' }, `input "working-directory": ${outsideWs('..')}`],
    [{ reports: 'trivy:../../outside/secret.yml' }, `input "reports": ${outsideWs('../../outside/secret.yml')}`],
    [{ reports: 'trivy:/etc/passwd' }, `input "reports": ${outsideWs('/etc/passwd')}`],
    [{ reports: 'sarif:out/secret.yml' }, `input "reports": ${linked('out/secret.yml')}`],
    [{ 'allow-list': '/etc/passwd' }, `input "allow-list": ${outsideWs('/etc/passwd')}`],
    [{ 'allow-list': 'secret.yml' }, `input "allow-list": ${linked('secret.yml')}`],
    [{ 'sarif-file': '../../gate.sarif' }, `input "sarif-file": ${outsideWrite('../../gate.sarif')}`],
    [{ 'sarif-file': 'out/gate.sarif' }, `input "sarif-file": ${linkedWrite('out/gate.sarif')}`],
    [{ 'sbom-file': '/tmp/sbom.json' }, `input "sbom-file": ${outsideWrite('/tmp/sbom.json')}`],
    [{ 'sbom-file': 'out/deep/sbom.json' }, `input "sbom-file": ${linkedWrite('out/deep/sbom.json')}`],
  ])('%j is refused', (inputs, message) => {
    expect(() => parse(inputs)).toThrow(message);
  });

  test('inside the workspace, and writes to RUNNER_TEMP, are accepted', () => {
    const context = parse({
      reports: 'trivy:reports/trivy.json',
      'sbom-file': 'out-sbom/sbom.json',
      'sarif-file': join(temp, 'gate.sarif'),
    });
    expect([context.reports, context.sbomFile, context.sarifFile]).toEqual([
      [{ tool: 'trivy', path: join(workspace, 'svc/reports/trivy.json') }],
      join(workspace, 'svc/out-sbom/sbom.json'),
      join(temp, 'gate.sarif'),
    ]);
  });
});

describe('setup, test and deploy actions', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  test.each([
    ['setup', readSetupContext],
    ['test', readTestContext],
  ])('%s: working-directory outside or through a link is refused', (_name, read) => {
    for (const [value, message] of [
      ['../outside', outsideWs('../outside')],
      // An absolute path is refused earlier, by the spec's pattern for the input.
      ['/etc', 'has an invalid value "/etc"'],
      ['svc/out', linked('svc/out')],
    ]) {
      process.env['INPUT_WORKING-DIRECTORY'] = value;
      process.env['INPUT_TEST-COMMAND'] = 'true';
      expect(() => read(env())).toThrow(
        message!.startsWith('has') ? `input "working-directory" ${message}` : `input "working-directory": ${message}`,
      );
    }
  });

  test('deploy: ssh-source must be a folder inside the workspace', () => {
    const config = (source: string) => ({ ssh: { source } });
    expect(() => containSource(config('../outside'), env())).toThrow(`input "ssh-source": ${outsideWs('../outside')}`);
    expect(() => containSource(config('/etc'), env())).toThrow(`input "ssh-source": ${outsideWs('/etc')}`);
    expect(() => containSource(config('svc/out'), env())).toThrow(`input "ssh-source": ${linked('svc/out')}`);
    expect(containSource(config('svc'), env())).toEqual({ ssh: { source: join(workspace, 'svc') } });
  });
});

describe('secret inputs are registered for masking', () => {
  test('every input the spec marks secret, whole and line by line', () => {
    const registered: string[] = [];
    const values: Record<string, string> = {
      'webhook-url': 'https://user:pw@hooks.example/x',
      'ssh-private-key':
        '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----',
      kubeconfig: '',
      environment: 'prod',
    };
    maskSecretInputs(
      STAGES.deploy,
      (name) => values[name] ?? '',
      (value) => registered.push(value),
    );
    expect(registered).toEqual([
      values['ssh-private-key'],
      '-----BEGIN OPENSSH PRIVATE KEY-----',
      'b3BlbnNzaC1rZXktdjEAAAAA',
      '-----END OPENSSH PRIVATE KEY-----',
      values['webhook-url'],
    ]);
  });

  test('the spec marks exactly the credentials', () => {
    expect(
      Object.values(STAGES)
        .flat()
        .filter((input) => input.secret)
        .map((input) => input.name)
        .sort(),
    ).toEqual([
      'kubeconfig',
      'kubeconfig',
      'ssh-private-key',
      'ssh-private-key',
      'webhook-url',
      'webhook-url',
      'webhook-url',
    ]);
  });
});
