import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffInputs, generatedFiles, PLATFORMS } from '../../src/pipeline/render.js';
import { merge, pick, STAGES, SURFACES, type StageName, type Surface } from '../../src/pipeline/spec.js';

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
