import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffInputs, generatedFiles, PLATFORMS } from '../../src/pipeline/render.js';
import { merge, pick, PIPELINE_DEPLOY_INPUTS, SECRET_INPUTS, STAGES, SURFACES, type InputSpec, type StageName, type Surface } from '../../src/pipeline/spec.js';

const root = join(import.meta.dirname, '../..');
const read = (path: string) => readFileSync(join(root, path), 'utf8');

/** One function per platform: the surfaces of that platform must declare exactly the spec's inputs. */
function expectNoDrift(platform: Surface['platform']) {
  const surfaces = SURFACES.filter((surface) => surface.platform === platform);
  expect(surfaces.length).toBeGreaterThan(0);
  for (const surface of surfaces) expect(diffInputs(surface, read(surface.path))).toEqual([]);
}

describe('pipeline spec', () => {
  it('has every stage, each input named in kebab-case with a description', () => {
    expect(Object.keys(STAGES)).toEqual(expect.arrayContaining(['lint', 'test', 'build', 'security', 'deploy', 'rollback']));
    for (const inputs of Object.values(STAGES)) {
      for (const input of inputs) {
        expect(input.name).toMatch(/^[a-z][a-z0-9-]*$/);
        expect(input.description.length).toBeGreaterThan(10);
        if (input.type === 'choice') expect(input.options).toContain(input.default ?? input.options![0]);
        if (input.pattern) expect(() => new RegExp(input.pattern!)).not.toThrow();
      }
    }
  });

  it('defines a shared input identically in every stage (the reusable workflow merges stages)', () => {
    expect(() => merge(...(Object.keys(STAGES) as StageName[]))).not.toThrow();
  });

  it('refuses to pick an input a stage does not have', () => {
    expect(() => pick('build', ['no-such-input'])).toThrow('stage build has no input "no-such-input"');
  });
});

describe('no drift between the spec and the platform files', () => {
  it('GitHub actions (action.yml inputs)', () => expectNoDrift('github-action'));
  it('GitHub reusable workflows (workflow_call inputs)', () => expectNoDrift('github-workflow'));

  it('reports every kind of drift by name', () => {
    const surface = SURFACES.find((s) => s.path === 'actions/build/action.yml')!;
    const text = read(surface.path)
      .replace(/  push:\n    description: .*\n    required: false\n    default: "true"\n/, '')
      .replace('default: auto', 'default: docker')
      .replace('inputs:\n', 'inputs:\n  extra:\n    description: x\n');
    expect(diffInputs(surface, text)).toEqual([
      'actions/build/action.yml: input "push" is in the spec but not declared',
      'actions/build/action.yml: input "builder" default is "docker", the spec says "auto"',
      'actions/build/action.yml: input "extra" is declared but not in the spec',
    ]);
  });

  it('checks workflow input types (choice becomes string, booleans stay booleans)', () => {
    const surface = SURFACES.find((s) => s.platform === 'github-workflow')!;
    const text = read(surface.path).replace(/(  cache:\n(?:        .*\n)*?        type: )boolean/, '$1string');
    expect(diffInputs(surface, text)).toEqual([
      '.github/workflows/reusable-pipeline.yml: input "cache" type is "string", the spec says "boolean"',
    ]);
  });

  it('has a GitLab adapter that maps choices to options and patterns to anchored regexes', () => {
    const input = STAGES.deploy.find((i) => i.name === 'strategy')!;
    expect(PLATFORMS.gitlab.expected(input)).toEqual({
      name: 'strategy',
      description: 'Deployment strategy.',
      required: false,
      default: 'rolling',
      type: 'string',
      options: ['rolling', 'blue-green', 'canary'],
    });
    const header = 'spec:\n  inputs:\n    strategy:\n      description: Deployment strategy.\n      default: rolling\n      options: [rolling, blue-green, canary]\n---\njob: {}\n';
    expect(PLATFORMS.gitlab.actual(header)).toEqual([PLATFORMS.gitlab.expected(input)]);
  });
});

describe('generated files are up to date', () => {
  it.each([...generatedFiles(root).keys()])('%s', (path) => {
    expect(read(path)).toBe(generatedFiles(root).get(path));
  });
});

// ---- GitLab: gitlab/*.yml `spec:inputs` headers ----------------------------------------------------------------

/** Inputs only the GitLab templates have: the job's stage, the CLI version and the job images. */
const GITLAB_ONLY = new Set(['stage', 'version', 'job-image', 'build-image', 'manual', 'tier']);

/** Which spec inputs each template declares (names and defaults as on the GitHub side). */
const GITLAB_TEMPLATES: { path: string; inputs: readonly InputSpec[] }[] = [
  { path: 'gitlab/lint.yml', inputs: STAGES.lint },
  { path: 'gitlab/test.yml', inputs: STAGES.test },
  { path: 'gitlab/build.yml', inputs: STAGES.build },
  { path: 'gitlab/security.yml', inputs: [...pick('lint', ['working-directory']), ...STAGES.security] },
  { path: 'gitlab/pipeline.yml', inputs: [...merge('lint', 'test', 'build', 'security'), ...PIPELINE_DEPLOY_INPUTS] },
  // One environment per include; `digest` defaults to $DIGEST from the build job's dotenv report (checked when the
  // job runs), and secrets come from masked variables, never inputs.
  {
    path: 'gitlab/deploy.yml',
    inputs: STAGES.deploy
      .filter((input) => !SECRET_INPUTS.has(input.name))
      .map((input) => (input.name === 'digest' ? { ...input, default: '$DIGEST', pattern: 'sha256:[a-f0-9]{64}|\\$[A-Za-z_][A-Za-z0-9_]*', description: `${input.description} Default: $DIGEST from the build job's dotenv report (checked when the job runs).` } : input)),
  },
  { path: 'gitlab/notify.yml', inputs: STAGES.notify.filter((input) => !SECRET_INPUTS.has(input.name)) },
  { path: 'gitlab/rollback.yml', inputs: STAGES.rollback.filter((input) => !SECRET_INPUTS.has(input.name)) },
];

/**
 * Differences between the spec and a GitLab template's header, through the gitlab adapter. One deviation: GitLab
 * (and gitlab-ci-local, `new RegExp(regex)`) read `regex:` without `/…/` delimiters — a delimited pattern never
 * matches — and the spec lets an empty value through, so a pattern P is declared as `^(?:P)?$`.
 */
function gitlabDrift(path: string, inputs: readonly InputSpec[], text: string): string[] {
  const declared = new Map(PLATFORMS.gitlab.actual(text).map((input) => [input.name, input]));
  const problems: string[] = [];
  for (const input of inputs) {
    const want = PLATFORMS.gitlab.expected(input);
    const have = declared.get(input.name);
    declared.delete(input.name);
    if (!have) {
      problems.push(`${path}: input "${input.name}" is in the spec but not declared`);
      continue;
    }
    for (const key of Object.keys(want) as (keyof typeof want)[]) {
      if (JSON.stringify(want[key]) !== JSON.stringify(have[key])) problems.push(`${path}: input "${input.name}" ${key} is ${JSON.stringify(have[key])}, the spec says ${JSON.stringify(want[key])}`);
    }
  }
  for (const [name, input] of declared) {
    if (!GITLAB_ONLY.has(name)) problems.push(`${path}: input "${name}" is declared but not in the spec`);
    else if (input.required || input.description.length < 10) problems.push(`${path}: GitLab-only input "${name}" needs a default and a description`);
  }
  return problems;
}

describe('no drift between the spec and the GitLab templates', () => {
  it.each(GITLAB_TEMPLATES.map((template) => [template.path, template] as const))('%s', (path, template) => {
    expect(gitlabDrift(path, template.inputs, read(path))).toEqual([]);
  });

  it('pipeline.yml declares every input of the reusable GitHub workflow', () => {
    const github = SURFACES.find((surface) => surface.path === '.github/workflows/reusable-pipeline.yml')!;
    const gitlab = new Set(PLATFORMS.gitlab.actual(read('gitlab/pipeline.yml')).map((input) => input.name));
    expect(github.inputs.map((input) => input.name).filter((name) => !gitlab.has(name))).toEqual([]);
  });

  it('reports GitLab drift by name', () => {
    const text = read('gitlab/lint.yml').replace('      default: ""\n      regex: "^(?:error', '      default: warning\n      regex: "^(?:error').replace('  inputs:\n', '  inputs:\n    extra:\n      description: x\n');
    expect(gitlabDrift('gitlab/lint.yml', STAGES.lint, text)).toEqual([
      'gitlab/lint.yml: input "fail-on" default is "warning", the spec says ""',
      'gitlab/lint.yml: input "extra" is declared but not in the spec',
    ]);
  });
});
