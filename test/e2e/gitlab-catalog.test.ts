/**
 * The repository as a CI/CD component project: the generated templates/<name>/template.yml files are what
 * `include: component` resolves to, their READMEs list the jobs GitLab actually creates, and the kit's own
 * .gitlab-ci.yml publishes a version only from a semantic-version tag after its checks.
 *
 * gitlab-ci-local (4.73) resolves `include: component` offline only for the project it runs in, at its own commit
 * (`$CI_SERVER_FQDN/$CI_PROJECT_PATH/<name>@$CI_COMMIT_SHA`): it looks for templates/<name>.yml, then
 * templates/<name>/template.yml, exactly as GitLab does. A released version (`@1.2.3`) needs a GitLab server, so the
 * sample project carries the component files and includes them at its own commit.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { componentJobs } from '../../src/pipeline/render.js';
import { gitlabCiLocal, type ListedJob, PIPELINES, ROOT, type Run, templateRepo } from './gitlab-helpers.js';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A scratch git project holding the given files (no gitlab/ templates). */
function project(files: Record<string, string>): string {
  const dir = templateRepo(files, []);
  dirs.push(dir);
  return dir;
}

/** The jobs a `--list-json` run will create, in the order gitlab-ci-local lists them (by stage), with their needs. */
function jobsOf(run: Run): { name: string; stage: string; when: string; needs: string[] }[] {
  if (run.code !== 0) throw new Error(`gitlab-ci-local failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
  const json = run.stdout.slice(run.stdout.indexOf('['));
  return (JSON.parse(json) as (ListedJob & { needs?: { job: string }[] })[]).map((job) => ({
    name: job.name,
    stage: job.stage,
    when: job.when,
    needs: (job.needs ?? []).map((need) => need.job),
  }));
}

describe('include: component of the generated templates/', () => {
  const component = (name: string) => readFileSync(join(ROOT, 'templates', name, 'template.yml'), 'utf8');

  test('pipeline, included once per part of a monorepo, creates each part its jobs in stage order', async () => {
    const dir = project({
      'templates/pipeline/template.yml': component('pipeline'),
      'services/api/index.js': '',
      'services/web/index.js': '',
      '.gitlab-ci.yml': [
        'include:',
        ...['api', 'web'].flatMap((part) => [
          '  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/pipeline@$CI_COMMIT_SHA',
          '    inputs:',
          `      prefix: ${part}`,
          `      path: services/${part}/`,
          `      image: $CI_REGISTRY_IMAGE/${part}`,
          '      deploy: true',
          '      deploy-command: ./deploy.sh',
        ]),
        '',
      ].join('\n'),
    });
    const run = await gitlabCiLocal(dir, ['--list-json'], PIPELINES['default branch']);
    const jobs = jobsOf(run).filter((job) => job.when !== 'never');
    // As declared: the component's jobs in its own order, one set per include.
    const declared = (part: string) => [
      `lint:${part}-lint`,
      `.pre:${part}-test-plan`,
      `test:${part}-test`,
      `build:${part}-build`,
      `security:${part}-security`,
      `release:${part}-release`,
      `deploy-dev:${part}-deploy-dev`,
      `deploy-dev:${part}-rollback-dev`,
      `deploy-staging:${part}-deploy-staging`,
      `deploy-staging:${part}-rollback-staging`,
      `deploy-prod:${part}-deploy-prod`,
      `deploy-prod:${part}-rollback-prod`,
      `.post:${part}-notify`,
    ];
    const entries = jobs.map((job) => `${job.stage}:${job.name}`);
    expect(entries).toEqual([...declared('api'), ...declared('web')]);
    // As they run: by the stages the component declares (checked against its expansion below) (a stable sort keeps api before web within a stage).
    const STAGES = [
      '.pre',
      'lint',
      'test',
      'build',
      'security',
      'release',
      'deploy-dev',
      'deploy-staging',
      'deploy-prod',
      '.post',
    ];
    const byStage = (entry: string) => STAGES.indexOf(entry.split(':')[0]!);
    expect(entries.map(byStage).every((index) => index >= 0)).toBe(true);
    expect(
      [...entries]
        .sort((a, b) => byStage(a) - byStage(b))
        .filter((entry) => entry.includes(':web-'))
        .map((entry) => entry.split(':')[1]),
    ).toEqual([
      'web-test-plan',
      'web-lint',
      'web-test',
      'web-build',
      'web-security',
      'web-release',
      'web-deploy-dev',
      'web-rollback-dev',
      'web-deploy-staging',
      'web-rollback-staging',
      'web-deploy-prod',
      'web-rollback-prod',
      'web-notify',
    ]);
    const preview = await gitlabCiLocal(dir, ['--preview', '--no-json-schema-validation'], PIPELINES['default branch']);
    expect((parse(preview.stdout.slice(preview.stdout.indexOf('---'))) as { stages: string[] }).stages).toEqual(STAGES);
    const needs = Object.fromEntries(jobs.map((job) => [job.name, job.needs]));
    expect([needs['web-security'], needs['web-deploy-staging'], needs['web-deploy-prod']]).toEqual([
      ['web-build'],
      ['web-release', 'web-deploy-dev'],
      ['web-release', 'web-deploy-staging'],
    ]);
  });

  test('the README of every component lists the jobs GitLab creates from it', async () => {
    // A per-stage component's jobs go in the stage it names; the including project lists it under `stages:`.
    for (const [name, stages, inputs] of [
      ['pipeline', '', ['image: registry.example.com/group/app', 'deploy: true', 'deploy-command: ./deploy.sh']],
      ['security', 'stages: [security]', []],
      [
        'deploy',
        'stages: [deploy-staging]',
        ['environment: staging', 'image: registry.example.com/group/app', 'deploy-command: ./deploy.sh'],
      ],
    ] as const) {
      const dir = project({
        [`templates/${name}/template.yml`]: component(name),
        '.gitlab-ci.yml': [
          'include:',
          `  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/${name}@$CI_COMMIT_SHA`,
          ...(inputs.length ? ['    inputs:', ...inputs.map((input) => `      ${input}`)] : []),
          stages,
          '',
        ].join('\n'),
      });
      const run = await gitlabCiLocal(dir, ['--list-json'], PIPELINES['default branch']);
      const readme = readFileSync(join(ROOT, 'templates', name, 'README.md'), 'utf8');
      const table = [...readme.matchAll(/^\| `([^`]+)` \| `([^`]+)` \|/gm)].map((row) => `${row[2]}:${row[1]}`);
      const fromText = componentJobs(component(name)).map((job) => `${job.stage}:${job.name}`);
      // The deploy README names the environment input; the run above gives it.
      const filled = (entry: string) => entry.replaceAll('<environment>', 'staging');
      expect(table.map(filled).sort()).toEqual(
        jobsOf(run)
          .map((job) => `${job.stage}:${job.name}`)
          .sort(),
      );
      expect(fromText.map(filled).sort()).toEqual(table.map(filled).sort());
    }
  });

  test('a component that is not under templates/ is refused, naming both paths GitLab looks at', async () => {
    const dir = project({
      'gitlab/lint.yml': readFileSync(join(ROOT, 'gitlab/lint.yml'), 'utf8'),
      '.gitlab-ci.yml': 'include:\n  - component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/lint@$CI_COMMIT_SHA\n',
    });
    const run = await gitlabCiLocal(dir, ['--list-json'], PIPELINES['default branch']);
    expect(run.code).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toContain('templates/lint.yml,templates/lint/template.yml');
  });
});

describe("the kit's own .gitlab-ci.yml", () => {
  let dir: string;
  beforeAll(() => {
    dir = project({ '.gitlab-ci.yml': readFileSync(join(ROOT, '.gitlab-ci.yml'), 'utf8') });
  });
  const run = async (variables: Record<string, string>) =>
    jobsOf(await gitlabCiLocal(dir, ['--list-json'], variables)).map(
      (job) => `${job.stage}:${job.name}:${job.when}:${job.needs.join(',')}`,
    );

  test('a semantic-version tag runs the checks, then the release job that publishes the catalog version', async () => {
    expect(await run({ ...PIPELINES.tag, CI_COMMIT_TAG: '1.2.0' })).toEqual([
      'check:check:on_success:',
      'release:publish-catalog:on_success:check',
    ]);
    const preview = await gitlabCiLocal(dir, ['--preview', '--no-json-schema-validation'], {
      ...PIPELINES.tag,
      CI_COMMIT_TAG: '1.2.0',
    });
    const jobs = parse(preview.stdout.slice(preview.stdout.indexOf('---'))) as Record<
      string,
      { image: { name: string }; release: { tag_name: string } }
    >;
    expect(jobs['publish-catalog']!.release.tag_name).toBe('$CI_COMMIT_TAG');
    expect(jobs['publish-catalog']!.image.name).toMatch(/@sha256:[0-9a-f]{64}$/);
  });

  test('merge requests, the default branch and a v-prefixed tag run the checks and publish nothing', async () => {
    for (const variables of [PIPELINES['merge request'], PIPELINES['default branch'], PIPELINES.tag]) {
      expect(await run(variables)).toEqual(['check:check:on_success:', 'release:publish-catalog:never:check']);
    }
  });
});
