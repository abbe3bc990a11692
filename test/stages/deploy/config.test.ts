import { parseDeployConfig, parseRollbackConfig } from '../../../src/stages/deploy/config.js';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const inputs = (values: Record<string, string>) => (name: string) => values[name];
const base = { environment: 'staging', image: 'ghcr.io/acme/app', digest: DIGEST, 'deploy-command': './deploy.sh' };

test('defaults: rolling in one batch with the command driver, ledger on, notify on failure', () => {
  const config = parseDeployConfig(inputs(base), {
    GITHUB_SHA: 'abc',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_RUN_ID: '7',
  });
  expect(config.strategy).toEqual({ kind: 'rolling', batches: 1 });
  expect(config.driver).toBe('command');
  expect(config.ledger).toBe(true);
  expect(config.notifyOn).toBe('failure');
  expect(config.health).toEqual({ retries: 10, intervalMs: 5000, timeoutMs: 5000, successThreshold: 2 });
  expect(config.commit).toBe('abc');
  expect(config.runUrl).toBe('https://github.com/acme/app/actions/runs/7');
});

test('health URLs by track, canary steps and GitLab job URL', () => {
  const config = parseDeployConfig(
    inputs({
      ...base,
      strategy: 'canary',
      'canary-steps': '10%, 25, 50',
      'canary-pause-seconds': '30',
      'route-command': './route.sh',
      'health-urls': 'https://app/healthz\ncanary=http://canary/healthz',
    }),
    { CI_JOB_URL: 'https://gitlab.example/acme/app/-/jobs/9', CI_COMMIT_SHA: 'def' },
  );
  expect(config.strategy).toEqual({ kind: 'canary', steps: [10, 25, 50], pauseSeconds: 30 });
  expect(config.healthUrls).toEqual({ stable: ['https://app/healthz'], canary: ['http://canary/healthz'] });
  expect(config.runUrl).toBe('https://gitlab.example/acme/app/-/jobs/9');
  expect(config.commit).toBe('def');
});

test.each([
  [{ environment: '' }, 'input "environment" is required'],
  [{ environment: 'prod; rm -rf /' }, 'input "environment" must be letters, digits, _ and -, not "prod; rm -rf /"'],
  [{ digest: 'latest' }, 'input "digest" must be an image digest (sha256: and 64 hex digits), not "latest"'],
  [{ strategy: 'recreate' }, 'input "strategy" must be one of rolling, blue-green, canary, not "recreate"'],
  [{ batches: '0' }, 'input "batches" must be a number from 1 to 100, not "0"'],
  [{ strategy: 'canary', 'canary-steps': '50,10' }, 'input "canary-steps" must increase, e.g. "10,25,50"'],
  [
    { strategy: 'canary', 'canary-steps': '100' },
    'input "canary-steps" must list traffic percentages from 1 to 99, e.g. "10,50", not "100"',
  ],
  [{ ledger: 'yes' }, 'input "ledger" must be true or false, not "yes"'],
  [{ 'health-urls': 'ftp://x' }, 'health URL "ftp://x" must start with http://, https:// or unix:/'],
  [{ 'deploy-command': '' }, 'the command driver needs input "deploy-command"'],
  [{ driver: 'ssh' }, 'the ssh driver needs input "ssh-hosts"'],
  [
    { driver: 'ssh', 'ssh-hosts': 'deploy@web1' },
    'the ssh driver needs input "restart-command" (how the host starts a release)',
  ],
  [
    { driver: 'ssh', 'ssh-hosts': 'deploy@web1', 'restart-command': './restart.sh' },
    'the ssh driver needs input "ssh-known-hosts" (the targets\' known_hosts lines, e.g. from ssh-keyscan checked by hand), or ssh-accept-new: true to trust keys on first connection',
  ],
  [
    { driver: 'ssh', 'ssh-hosts': 'deploy@web1', 'restart-command': './restart.sh', 'ssh-accept-new': 'no' },
    'input "ssh-accept-new" must be true or false, not "no"',
  ],
  [{ driver: 'kubernetes' }, 'the kubernetes driver needs input "kube-deployment"'],
])('%j is refused: %s', (override, message) => {
  expect(() => parseDeployConfig(inputs({ ...base, ...override }))).toThrow(message);
});

test('the ssh driver takes known hosts as text or a file, or trusts new keys only when asked', () => {
  const ssh = { ...base, driver: 'ssh', 'ssh-hosts': 'deploy@web1', 'restart-command': './restart.sh' };
  expect(
    parseDeployConfig(inputs({ ...ssh, 'ssh-known-hosts': 'web1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB' })).ssh,
  ).toMatchObject({ knownHosts: 'web1 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB', acceptNew: false });
  expect(parseDeployConfig(inputs({ ...ssh, 'ssh-known-hosts-file': '/etc/ssh/known' })).ssh).toMatchObject({
    knownHostsFile: '/etc/ssh/known',
    acceptNew: false,
  });
  expect(parseDeployConfig(inputs({ ...ssh, 'ssh-accept-new': 'true' })).ssh.acceptNew).toBe(true);
});

test('a rollback takes to-digest, or leaves the target to the ledger', () => {
  const { digest: _digest, ...withoutDigest } = base;
  expect(parseRollbackConfig(inputs(withoutDigest)).digest).toBeUndefined();
  expect(parseRollbackConfig(inputs({ ...withoutDigest, 'to-digest': DIGEST })).digest).toBe(DIGEST);
  expect(() => parseRollbackConfig(inputs({ ...withoutDigest, 'to-digest': 'previous' }))).toThrow(
    'input "to-digest" must be an image digest',
  );
});

test('the pipeline spec and the parser agree on every default', async () => {
  const { STAGES } = await import('../../../src/pipeline/spec.js');
  const { DEPLOY_OPTION_NAMES } = await import('../../../src/stages/deploy/config.js');
  const defaults = Object.fromEntries(
    STAGES.deploy
      .filter((input) => input.default !== undefined && input.default !== '')
      .map((input) => [input.name, String(input.default)]),
  );
  expect(Object.keys(defaults).length).toBeGreaterThan(10);
  expect(parseDeployConfig(inputs({ ...defaults, ...base }))).toEqual(parseDeployConfig(inputs(base)));
  for (const input of [...STAGES.deploy, ...STAGES.rollback]) expect(DEPLOY_OPTION_NAMES).toContain(input.name);
});

test('{environment} in per-environment inputs lets one caller configure every environment', () => {
  const config = parseDeployConfig(
    inputs({
      ...base,
      environment: 'prod',
      'health-urls': 'https://{environment}.example.com/healthz',
      driver: 'kubernetes',
      'kube-deployment': 'web',
      'kube-namespace': 'shop-{environment}',
      'deploy-command': 'echo {environment}',
    }),
  );
  expect(config.healthUrls).toEqual({ stable: ['https://prod.example.com/healthz'] });
  expect(config.kubernetes.namespace).toBe('shop-prod');
  // Commands get SHIPSHAPE_ENVIRONMENT instead: their text is never rewritten.
  expect(config.command.deploy).toBe('echo {environment}');
});
