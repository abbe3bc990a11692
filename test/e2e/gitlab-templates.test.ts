/**
 * The GitLab templates (gitlab/*.yml): our own rule pack finds nothing in them, pipeline.yml carries the same hidden
 * jobs as the per-stage files, and gitlab-ci-local (4.73, shell executor) accepts them: job sets per pipeline kind,
 * input validation, and the expanded configuration for two input sets.
 *
 * What gitlab-ci-local cannot prove: `resource_group` serialisation, the merge-request widgets fed by the Code
 * Quality and JUnit reports, rejection of undeclared inputs (it ignores them; GitLab refuses them), validation of
 * inputs a file never interpolates (it validates lazily; every input here is interpolated), and `include: project`,
 * `remote` or `component` fetching (they need a GitLab server; the templates are included with `include: local`).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { defaultConfig } from '../../src/core/config.js';
import { SourceFile } from '../../src/core/source.js';
import { parseGitlabCi } from '../../src/domains/gitlab-ci/parse.js';
import type { GitlabCiModel } from '../../src/domains/gitlab-ci/index.js';
import { runCheck } from '../../src/runner/check.js';
import { RELEASED_IMAGE } from '../../src/pipeline/released-image.js';
import { gitlabInputsTable } from './gitlab-doc-table.js';
import { gitlabCiLocal, listed, PIPELINES, ROOT, TEMPLATES, templateRepo } from './gitlab-helpers.js';

const STAGE_FILES = ['lint', 'test', 'build', 'security', 'release'] as const;
const ALL_JOBS = [
  '.post:shipshape-notify',
  '.pre:shipshape-test-plan',
  'build:shipshape-build',
  'lint:shipshape-lint',
  'release:shipshape-release',
  'security:shipshape-security',
  'test:shipshape-test',
];
/** Job names as the template text has them: every name starts with the `prefix` input. */
const PREFIX = '$[[ inputs.prefix ]]';
/** The deploy part of pipeline.yml (input `deploy: true`): one deploy and one manual rollback job per environment. */
const DEPLOY_JOBS = ['dev', 'staging', 'prod'].flatMap((env) => [
  `deploy-${env}:shipshape-deploy-${env}`,
  `deploy-${env}:shipshape-rollback-${env}`,
]);
const DEPLOY_HIDDEN = /^\.\$\[\[ inputs\.prefix \]\]-(deploy|rollback|notify|manual)(-|$)/;
const timings: Record<string, number> = {};
const repos: string[] = [];

function model(name: string): GitlabCiModel {
  const result = parseGitlabCi(
    new SourceFile(`gitlab/${name}.yml`, readFileSync(join(ROOT, 'gitlab', `${name}.yml`), 'utf8')),
  );
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.model;
}

function repo(files: Record<string, string>): string {
  const dir = templateRepo(files);
  repos.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of repos) rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    `gitlab-ci-local timings: ${Object.entries(timings)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
      .join(', ')}\n`,
  );
});

describe('the templates against our own rule pack', () => {
  test('every GitLab rule (strict preset) finds nothing in the templates', async () => {
    const config = defaultConfig();
    config.preset = 'strict';
    const result = await runCheck({ root: ROOT, paths: TEMPLATES.map((name) => `gitlab/${name}.yml`), config });
    expect(result.findings.map((f) => `${f.path}:${f.span.line}:${f.span.column} ${f.ruleId} ${f.message}`)).toEqual(
      [],
    );
    expect(result.checked['gitlab-ci']).toBe(TEMPLATES.length);
  });

  test('pipeline.yml carries exactly the hidden jobs of the per-stage templates', () => {
    const pipeline = model('pipeline');
    for (const name of STAGE_FILES) {
      const stage = model(name);
      const hidden = stage.jobs.filter((job) => job.hidden);
      expect(hidden.map((job) => job.name)).toContain(`.${PREFIX}-${name}`);
      for (const job of hidden)
        expect({ [job.name]: pipeline.jobByName.get(job.name)?.own }).toEqual({ [job.name]: job.own });
    }
    const union = new Set(
      STAGE_FILES.flatMap((name) =>
        model(name)
          .jobs.filter((job) => job.hidden)
          .map((job) => job.name),
      ),
    );
    // The deploy jobs are pipeline.yml's own (gitlab/deploy.yml is their one-environment form, tested on its own).
    expect(
      pipeline.jobs
        .filter((job) => job.hidden && !DEPLOY_HIDDEN.test(job.name))
        .map((job) => job.name)
        .sort(),
    ).toEqual([...union].sort());
  });

  test('visible jobs only extend a hidden .<prefix>-* job and pick a stage', () => {
    for (const name of [...STAGE_FILES, 'pipeline']) {
      for (const job of model(name).jobs.filter((candidate) => !candidate.hidden)) {
        expect(Object.keys(job.own).sort()).toEqual(
          job.name === `${PREFIX}-test-plan` ? ['extends'] : ['extends', 'stage'],
        );
        expect(job.own.extends).toBe(`.${job.name}`);
      }
    }
  });

  test('every input is interpolated somewhere (so GitLab and gitlab-ci-local validate it)', () => {
    for (const name of [...STAGE_FILES, 'pipeline']) {
      const text = readFileSync(join(ROOT, 'gitlab', `${name}.yml`), 'utf8').split(/^---$/m)[1]!;
      const unused = [...model(name).spec!.inputs.keys()].filter((input) => !text.includes(`$[[ inputs.${input} ]]`));
      expect({ [name]: unused }).toEqual({ [name]: [] });
    }
  });
});

describe('gitlab-ci-local: job sets', () => {
  const include = 'include:\n  - local: ci/pipeline.yml\n    inputs:\n      image: registry.example.com/group/app\n';
  let dir: string;
  beforeAll(() => {
    dir = repo({ '.gitlab-ci.yml': include });
  });

  test("the configuration passes gitlab-ci-local's JSON schema validation", async () => {
    const run = await gitlabCiLocal(dir, ['--list-json'], PIPELINES['default branch']);
    timings['list with schema validation'] = run.ms;
    expect(listed(run)).toEqual(ALL_JOBS);
  });

  test.each([
    ['merge request', ALL_JOBS],
    ['default branch', ALL_JOBS],
    ['tag', ALL_JOBS],
    ['feature branch without MR', []],
    ['feature branch with an open MR', []],
  ] as const)('%s pipeline', async (kind, expected) => {
    const run = await gitlabCiLocal(dir, ['--list-json', '--no-json-schema-validation'], PIPELINES[kind]);
    timings[`list ${kind}`] = run.ms;
    expect(listed(run)).toEqual(expected);
  });

  test('no image: the build job is left out', async () => {
    const other = repo({ '.gitlab-ci.yml': 'include:\n  - local: ci/pipeline.yml\n' });
    const run = await gitlabCiLocal(other, ['--list-json', '--no-json-schema-validation'], PIPELINES['merge request']);
    expect(listed(run)).toEqual(
      ALL_JOBS.filter((job) => job !== 'build:shipshape-build' && job !== 'release:shipshape-release'),
    );
  });

  test('the per-stage templates give the same jobs when included one by one', async () => {
    const stages =
      'stages: [lint, test, build, security, release]\ninclude:\n' +
      STAGE_FILES.map(
        (name) =>
          `  - local: ci/${name}.yml\n${name === 'build' || name === 'release' ? '    inputs:\n      image: registry.example.com/group/app\n' : ''}`,
      ).join('');
    const other = repo({ '.gitlab-ci.yml': stages });
    const run = await gitlabCiLocal(other, ['--list-json'], PIPELINES.tag);
    timings['list per-stage templates'] = run.ms;
    // The failure notice is pipeline.yml's (or gitlab/notify.yml's, included on its own).
    expect(listed(run)).toEqual(ALL_JOBS.filter((job) => job !== '.post:shipshape-notify'));
  });
});

describe('gitlab-ci-local: the templates as CI/CD components', () => {
  test('the generated templates/ are included with include: component of this project at its commit', async () => {
    const component = (name: string) => readFileSync(join(ROOT, 'templates', name, 'template.yml'), 'utf8');
    const dir = repo({
      'templates/pipeline/template.yml': component('pipeline'),
      'templates/security/template.yml': component('security'),
      '.gitlab-ci.yml': [
        'include:',
        '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/pipeline@$CI_COMMIT_SHA',
        '    inputs:',
        '      image: registry.example.com/group/app',
        '      fail-on: warning',
        '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/security@$CI_COMMIT_SHA',
        '    inputs:',
        '      stage: build',
        '      severity-threshold: critical',
        '',
      ].join('\n'),
    });
    const list = await gitlabCiLocal(dir, ['--list-json'], PIPELINES['merge request']);
    timings['list components'] = list.ms;
    expect(listed(list)).toEqual(
      [...ALL_JOBS.filter((job) => !job.startsWith('security:')), 'build:shipshape-security'].sort(),
    );
    const preview = await gitlabCiLocal(dir, ['--preview', '--no-json-schema-validation'], PIPELINES['merge request']);
    const jobs = parse(preview.stdout.slice(preview.stdout.indexOf('---'))) as Record<
      string,
      { stage: string; variables: Record<string, string> }
    >;
    expect(jobs['shipshape-lint']!.variables.SHIPSHAPE_FAIL_ON).toBe('warning');
    // The later include of the same job wins: GitLab merges included configurations in order.
    expect([
      jobs['shipshape-security']!.stage,
      jobs['shipshape-security']!.variables.SHIPSHAPE_SEVERITY_THRESHOLD,
    ]).toEqual(['build', 'critical']);
  });
});

describe('gitlab-ci-local: the deploy stages of pipeline.yml', () => {
  let dir: string;
  beforeAll(() => {
    dir = repo({
      '.gitlab-ci.yml':
        'include:\n  - local: ci/pipeline.yml\n    inputs:\n      image: registry.example.com/group/app\n      deploy: true\n      driver: ssh\n      ssh-hosts: deploy@{environment}.example.com\n      restart-command: ./restart.sh\n',
    });
  });

  test.each([
    ['default branch', [...ALL_JOBS, ...DEPLOY_JOBS].sort()],
    ['tag', [...ALL_JOBS, ...DEPLOY_JOBS].sort()],
    ['merge request', ALL_JOBS],
  ] as const)('%s pipeline', async (kind, expected) => {
    const run = await gitlabCiLocal(dir, ['--list-json', '--no-json-schema-validation'], PIPELINES[kind]);
    expect(listed(run)).toEqual(expected);
  });

  test('dev runs by itself, staging and prod are blocking manual gates, rollbacks are optional manual jobs', async () => {
    const run = await gitlabCiLocal(dir, ['--preview', '--no-json-schema-validation'], PIPELINES['default branch']);
    type Job = {
      when?: string;
      allow_failure?: boolean;
      resource_group?: string;
      environment?: { name: string; deployment_tier: string };
      variables?: Record<string, unknown>;
      script?: string[];
    };
    const jobs = parse(run.stdout.slice(run.stdout.indexOf('---'))) as Record<string, Job>;
    const gate = (name: string) => ({
      when: jobs[name]!.when ?? 'on_success',
      allow_failure: jobs[name]!.allow_failure ?? false,
      resource_group: jobs[name]!.resource_group,
      environment: jobs[name]!.environment,
    });
    expect(gate('shipshape-deploy-dev')).toEqual({
      when: 'on_success',
      allow_failure: false,
      resource_group: 'shipshape-dev',
      environment: { name: 'dev', deployment_tier: 'development' },
    });
    expect(gate('shipshape-deploy-staging')).toEqual({
      when: 'manual',
      allow_failure: false,
      resource_group: 'shipshape-staging',
      environment: { name: 'staging', deployment_tier: 'staging' },
    });
    expect(gate('shipshape-deploy-prod')).toEqual({
      when: 'manual',
      allow_failure: false,
      resource_group: 'shipshape-prod',
      environment: { name: 'prod', deployment_tier: 'production' },
    });
    expect(gate('shipshape-rollback-prod')).toMatchObject({
      when: 'manual',
      allow_failure: true,
      resource_group: 'shipshape-prod',
    });
    expect(jobs['shipshape-deploy-prod']!.variables).toMatchObject({
      SHIPSHAPE_ENVIRONMENT: 'prod',
      SHIPSHAPE_AFTER_ENVIRONMENT: 'staging',
      SHIPSHAPE_DIGEST: '$DIGEST',
      SHIPSHAPE_DRIVER: 'ssh',
      SHIPSHAPE_SSH_HOSTS: 'deploy@{environment}.example.com',
    });
    expect(jobs['shipshape-deploy-dev']!.script).toEqual([
      '$SHIPSHAPE_CLI deploy --dotenv "$CI_PROJECT_DIR/shipshape-deploy-dev.env"',
    ]);
    expect(jobs['shipshape-rollback-dev']!.script).toEqual([
      '$SHIPSHAPE_CLI rollback --dotenv "$CI_PROJECT_DIR/shipshape-rollback-dev.env"',
    ]);
    // The order is the DAG's: every deploy needs the release job; staging needs dev, prod needs staging.
    const needs = (name: string) => (jobs[name] as { needs?: unknown[] }).needs;
    const release = { job: 'shipshape-release', artifacts: true, optional: false };
    expect(needs('shipshape-deploy-dev')).toEqual([release]);
    expect(needs('shipshape-deploy-staging')).toEqual([
      release,
      { job: 'shipshape-deploy-dev', artifacts: false, optional: false },
    ]);
    expect(needs('shipshape-deploy-prod')).toEqual([
      release,
      { job: 'shipshape-deploy-staging', artifacts: false, optional: false },
    ]);
    expect(needs('shipshape-rollback-prod')).toEqual([]);
  });
});

describe('gitlab-ci-local: input validation', () => {
  const cases = [
    [
      'an option not in the list',
      'strategy: fatal',
      '`strategy` input: `fatal` cannot be used because it is not in the list of allowed options.',
    ],
    ['a threshold that is not a severity', 'fail-on: fatal', '`fail-on` input: `fatal` does not match required regex'],
    [
      'a value failing the regex',
      'working-directory: /etc',
      '`working-directory` input: `/etc` does not match required regex',
    ],
    [
      'a tool image not pinned by digest',
      'shipshape-image: ghcr.io/acme/shipshape:1.0',
      '`shipshape-image` input: `ghcr.io/acme/shipshape:1.0` does not match required regex',
    ],
    [
      'an unscoped runtime package',
      'shipshape-package: shipshape@0.1.0',
      '`shipshape-package` input: `shipshape@0.1.0` does not match required regex',
    ],
    [
      'a language version without a digest',
      'node-version: "22"',
      '`node-version` input: `22` does not match required regex',
    ],
    ['a string for a boolean', 'cache: maybe', '`cache` input: provided value is not a boolean'],
  ] as const;
  let dir: string;
  beforeAll(() => {
    const files: Record<string, string> = {};
    cases.forEach(([, input], index) => {
      files[`cases/${index}.yml`] = `include:\n  - local: ci/pipeline.yml\n    inputs:\n      ${input}\n`;
    });
    dir = repo(files);
  });

  test.each(cases.map((entry, index) => [entry[0], index, entry[2]] as const))(
    'rejects %s, naming the input',
    async (_, index, message) => {
      const run = await gitlabCiLocal(dir, [
        '--file',
        `cases/${index}.yml`,
        '--state-dir',
        `.state-${index}`,
        '--list-json',
        '--no-json-schema-validation',
      ]);
      expect(run.code).toBe(1);
      expect(`${run.stdout}${run.stderr}`).toContain(
        `This GitLab CI configuration is invalid: \`ci/pipeline.yml\`: ${message}`,
      );
    },
  );
});

describe('gitlab-ci-local: --preview for two input sets', () => {
  type Job = {
    image?: { name: string };
    variables?: Record<string, string>;
    cache?: unknown[];
    stage?: string;
    script?: string[];
    rules?: unknown[];
  };
  async function preview(inputs: string): Promise<Record<string, Job>> {
    const dir = repo({ '.gitlab-ci.yml': `include:\n  - local: ci/pipeline.yml\n    inputs:\n${inputs}` });
    const run = await gitlabCiLocal(dir, ['--preview', '--no-json-schema-validation'], PIPELINES['default branch']);
    timings[`preview ${inputs.includes('prefix: api') ? 'custom' : 'defaults'}`] = run.ms;
    expect(run.code).toBe(0);
    return parse(run.stdout.slice(run.stdout.indexOf('---'))) as Record<string, Job>;
  }

  test('defaults', async () => {
    const jobs = await preview('      image: registry.example.com/group/app\n');
    // --preview lists every job; with `deploy: false` (the default) the deploy jobs' rules are `when: never`.
    const deployJobs = ['dev', 'staging', 'prod'].flatMap((env) => [
      `shipshape-deploy-${env}`,
      `shipshape-rollback-${env}`,
    ]);
    expect(Object.keys(jobs).filter((key) => key.startsWith('shipshape-'))).toEqual([
      'shipshape-lint',
      'shipshape-test-plan',
      'shipshape-test',
      'shipshape-build',
      'shipshape-security',
      'shipshape-release',
      ...deployJobs,
      'shipshape-notify',
    ]);
    for (const name of deployJobs) expect(jobs[name]!.rules).toEqual([{ when: 'never' }]);
    // The CLI jobs run in the released tool image, pinned by digest; the test job in the pinned Node.js image.
    for (const name of [
      'shipshape-lint',
      'shipshape-test-plan',
      'shipshape-build',
      'shipshape-security',
      'shipshape-release',
      'shipshape-notify',
    ]) {
      expect({ [name]: jobs[name]!.image }).toEqual({ [name]: { name: RELEASED_IMAGE } });
      expect({ [name]: jobs[name]!.variables?.SHIPSHAPE_CLI }).toEqual({ [name]: 'shipshape' });
    }
    expect(jobs['shipshape-test']!.image).toEqual({ name: '$SHIPSHAPE_TEST_IMAGE' });
    expect(jobs['shipshape-test']!.variables?.SHIPSHAPE_TEST_IMAGE).toMatch(
      /^node:20\.18\.1-bookworm-slim@sha256:[0-9a-f]{64}$/,
    );
    expect(jobs['shipshape-lint']).toMatchObject({
      stage: 'lint',
      variables: {
        SHIPSHAPE_WORKING_DIRECTORY: '.',
        SHIPSHAPE_CONFIG: '',
        SHIPSHAPE_FAIL_ON: '',
        SHIPSHAPE_PACKAGE: '',
        SHIPSHAPE_PACKAGE_INTEGRITY: '',
      },
    });
    expect(jobs['shipshape-test']!.cache).toHaveLength(4);
    expect(jobs['shipshape-test']!.variables).toMatchObject({
      SHIPSHAPE_INSTALL: 'true',
      SHIPSHAPE_JUNIT_PATHS: '**/junit*.xml\n**/TEST-*.xml',
      SHIPSHAPE_TEST_COMMAND: '',
    });
    expect(jobs['shipshape-build']).toMatchObject({
      variables: {
        SHIPSHAPE_IMAGE: 'registry.example.com/group/app',
        SHIPSHAPE_BUILDER: 'auto',
        SHIPSHAPE_PUSH_FLAG: '',
        SHIPSHAPE_TLS_FLAG: '',
      },
    });
    expect(jobs['shipshape-build']!.script).toContainEqual(
      expect.stringContaining('$SHIPSHAPE_CLI build --candidate '),
    );
    expect(jobs['shipshape-release']!.variables).toMatchObject({
      SHIPSHAPE_IMAGE: 'registry.example.com/group/app',
      SHIPSHAPE_LATEST_FLAG: '',
    });
    expect(jobs['shipshape-security']!.variables).toMatchObject({
      SHIPSHAPE_SEVERITY_THRESHOLD: '',
      SHIPSHAPE_IMAGE_SCAN: 'required',
    });
    // rules:changes on `path`: empty path, any file.
    expect(jobs['shipshape-lint']!.rules).toContainEqual(expect.objectContaining({ changes: ['**/*'] }));
  });

  test('custom inputs', async () => {
    const tool = `$CI_REGISTRY/tools/shipshape@sha256:${'a'.repeat(64)}`;
    const node = `22.11.0-bookworm-slim@sha256:${'b'.repeat(64)}`;
    const jobs = await preview(
      `      shipshape-image: ${tool}\n      prefix: api\n      path: services/api/\n      working-directory: services/api\n      fail-on: warning\n` +
        `      cache: false\n      install: false\n      test-command: npm run test:ci\n      image: $CI_REGISTRY_IMAGE/api\n      push: false\n` +
        `      latest: true\n      tls-verify: false\n      builder: buildah\n      severity-threshold: critical\n      node-version: ${node}\n`,
    );
    expect(Object.keys(jobs).filter((key) => key.startsWith('shipshape-'))).toEqual([]);
    expect(jobs['api-lint']).toMatchObject({
      image: { name: tool },
      variables: { SHIPSHAPE_WORKING_DIRECTORY: 'services/api', SHIPSHAPE_FAIL_ON: 'warning' },
    });
    expect(jobs['api-lint']!.rules).toContainEqual(expect.objectContaining({ changes: ['services/api/**/*'] }));
    expect(jobs['api-test']!.cache).toEqual([]);
    expect(jobs['api-test']!.variables).toMatchObject({
      SHIPSHAPE_INSTALL: 'false',
      SHIPSHAPE_TEST_COMMAND: 'npm run test:ci',
      SHIPSHAPE_NODE_VERSION: node,
    });
    expect(jobs['api-test']!.rules).toContainEqual(
      expect.objectContaining({ variables: { SHIPSHAPE_TEST_IMAGE: `node:${node}` } }),
    );
    expect(jobs['api-build']!.variables).toMatchObject({
      SHIPSHAPE_IMAGE: '$CI_REGISTRY_IMAGE/api',
      SHIPSHAPE_BUILDER: 'buildah',
      SHIPSHAPE_PUSH_FLAG: '--no-push',
      SHIPSHAPE_TLS_FLAG: '--insecure-registry',
    });
    // push: false: no candidate is pushed, so there is nothing to release.
    expect(jobs['api-release']!.variables).toMatchObject({
      SHIPSHAPE_LATEST_FLAG: '--latest',
      SHIPSHAPE_PLAIN_HTTP_FLAG: '--plain-http',
    });
    expect(jobs['api-release']!.rules).toEqual([{ when: 'never' }]);
    expect(jobs['api-security']!.variables).toMatchObject({ SHIPSHAPE_SEVERITY_THRESHOLD: 'critical' });
  });
});

describe('docs/gitlab-kit.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/gitlab-kit.md'), 'utf8');

  test('the inputs table is the one pipeline.yml declares', () => {
    const table = doc.slice(
      doc.indexOf('<!-- gitlab-inputs:start -->\n') + '<!-- gitlab-inputs:start -->\n'.length,
      doc.indexOf('\n<!-- gitlab-inputs:end -->'),
    );
    expect(table).toBe(gitlabInputsTable(readFileSync(join(ROOT, 'gitlab/pipeline.yml'), 'utf8')));
  });

  test('the include blocks (project, remote, component) are at most 8 lines, pinned, and pass the rule pack', async () => {
    const section = doc.slice(doc.indexOf('## Include it'), doc.indexOf('## Inputs of pipeline.yml'));
    const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);
    expect(
      blocks.map((block) => Object.keys((parse(block) as { include: Record<string, unknown>[] }).include[0]!)[0]),
    ).toEqual(['project', 'remote', 'component']);
    const config = defaultConfig();
    config.preset = 'strict';
    for (const block of blocks) {
      expect(block.trimEnd().split('\n').length).toBeLessThanOrEqual(8);
      const dir = repo({ '.gitlab-ci.yml': block });
      const findings = (await runCheck({ root: dir, paths: ['.gitlab-ci.yml'], config })).findings;
      // The included kit lives outside this repository: strict names it as read by GitLab, not here (a note).
      expect(
        findings.filter((f) => f.ruleId === 'gitlab/unresolved-include').map((f) => [f.severity, f.span.line]),
      ).toEqual([['note', 2]]);
      expect(
        findings.filter((f) => f.ruleId !== 'gitlab/unresolved-include').map((f) => `${f.ruleId} ${f.message}`),
      ).toEqual([]);
    }
  });
});
