import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { buildCommand } from '../../src/cli/commands/build.js';
import { diffInputs, generatedFiles, PLATFORMS, staleFiles, syncGitlabTemplate } from '../../src/pipeline/render.js';
import {
  GITHUB_PIPELINE_INPUTS,
  merge,
  pick,
  STAGES,
  SURFACES,
  type StageName,
  type Surface,
} from '../../src/pipeline/spec.js';

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
    expect(Object.keys(STAGES)).toEqual(
      expect.arrayContaining(['lint', 'test', 'build', 'security', 'deploy', 'rollback']),
    );
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
  it('GitLab templates (spec:inputs headers)', () => expectNoDrift('gitlab'));

  it('reports every kind of drift by name', () => {
    const surface = SURFACES.find((s) => s.path === 'actions/build/action.yml')!;
    const text = read(surface.path)
      .replace(/ {2}push:\n {4}description: .*\n {4}required: false\n {4}default: "true"\n/, '')
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
    const text = read(surface.path).replace(/( {2}cache:\n(?: {8}.*\n)*? {8}type: )boolean/, '$1string');
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
    const header =
      'spec:\n  inputs:\n    strategy:\n      description: Deployment strategy.\n      default: rolling\n      options: [rolling, blue-green, canary]\n---\njob: {}\n';
    expect(PLATFORMS.gitlab.actual(header)).toEqual([PLATFORMS.gitlab.expected(input)]);
  });
});

describe('generated files are up to date', () => {
  const generated = generatedFiles(root);
  it.each([...generated.keys()])('%s', (path) => {
    expect(read(path)).toBe(generated.get(path));
  });
});

describe('a hand edit to a generated file is caught', () => {
  const paths = [...generatedFiles(root).keys()];
  const descriptions = [
    ...new Set(SURFACES.flatMap((surface) => surface.inputs.map((input) => input.description))),
  ].filter((text) => !/[|\n]/.test(text));
  let copy: string;

  beforeAll(() => {
    copy = mkdtempSync(join(tmpdir(), 'shipshape-drift-'));
    for (const path of paths) {
      mkdirSync(dirname(join(copy, path)), { recursive: true });
      copyFileSync(join(root, path), join(copy, path));
    }
    // The component READMEs pin the package's version.
    copyFileSync(join(root, 'package.json'), join(copy, 'package.json'));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('the copy starts out up to date', () => {
    expect(staleFiles(copy).map((file) => file.path)).toEqual([]);
  });

  it.each(paths)('%s', (path) => {
    const original = readFileSync(join(copy, path), 'utf8');
    const description = descriptions.find((text) => original.includes(text));
    expect(description).toBeDefined();
    writeFileSync(join(copy, path), original.replace(description!, 'Edited by hand.'));
    try {
      expect(staleFiles(copy).map((file) => file.path)).toEqual([path]);
    } finally {
      writeFileSync(join(copy, path), original);
    }
  });
});

describe('a change in the spec reaches every surface', () => {
  it('a new description and default of `push` land in the action, the workflow, the GitLab templates, both docs and the CLI help', () => {
    const push = STAGES.build.find((input) => input.name === 'push')!;
    const saved = { ...push };
    Object.assign(push, { description: 'Push the image (description changed in the spec).', default: false });
    let files: Map<string, string>;
    let help: string;
    try {
      files = generatedFiles(root);
      help = buildCommand.usage;
    } finally {
      Object.assign(push, saved);
    }
    const changed = [...files]
      .filter(
        ([path, text]) => text !== read(path) && text.includes('Push the image (description changed in the spec).'),
      )
      .map(([path]) => path);
    expect(changed.sort()).toEqual([
      '.github/workflows/reusable-pipeline.yml',
      'actions/build/README.md',
      'actions/build/action.yml',
      'docs/github-kit.md',
      'docs/gitlab-kit.md',
      'gitlab/build.yml',
      'gitlab/pipeline.yml',
      'gitlab/release.yml',
      'templates/build/README.md',
      'templates/build/template.yml',
      'templates/pipeline/README.md',
      'templates/pipeline/template.yml',
      'templates/release/README.md',
      'templates/release/template.yml',
    ]);
    expect(help).toMatch(
      /^ {2}--\[no-\]push +Push the image \(description changed in the spec\)\. \[default: false\]$/m,
    );
    expect(buildCommand.usage).toMatch(
      /^ {2}--\[no-\]push +Push the image and its tags to the registry\. \[default: true\]$/m,
    );
    expect(files.get('gitlab/build.yml')).toContain('    push:\n      type: boolean\n      default: false\n');
    expect(files.get('actions/build/action.yml')).toContain(
      '  push:\n    description: Push the image (description changed in the spec).\n    required: false\n    default: "false"\n',
    );
  });
});

describe('GitLab templates', () => {
  it('keep their comments and jobs; only the spec:inputs header is generated', () => {
    const surface = SURFACES.find((s) => s.path === 'gitlab/lint.yml')!;
    const text =
      '# a comment\n# another\nspec:\n  inputs:\n    stale: {}\n---\njob:\n  script: [echo $[[ inputs.stage ]]]\n';
    const synced = syncGitlabTemplate(text, surface);
    expect(synced.startsWith('# a comment\n# another\nspec:\n  inputs:\n    stage:\n      default: "lint"\n')).toBe(
      true,
    );
    expect(synced.endsWith('\n---\njob:\n  script: [echo $[[ inputs.stage ]]]\n')).toBe(true);
    expect(synced).not.toContain('stale');
    expect(() => syncGitlabTemplate('spec:\n  inputs: {}\n', surface)).toThrow(
      'gitlab/lint.yml has no `---` line after its spec:inputs header',
    );
  });

  it('pipeline.yml declares every input of the reusable GitHub workflow but the GitHub-only ones', () => {
    const github = SURFACES.find((surface) => surface.path === '.github/workflows/reusable-pipeline.yml')!;
    const gitlab = new Set(PLATFORMS.gitlab.actual(read('gitlab/pipeline.yml')).map((input) => input.name));
    const githubOnly = new Set(GITHUB_PIPELINE_INPUTS.map((input) => input.name));
    expect(
      github.inputs.map((input) => input.name).filter((name) => !gitlab.has(name) && !githubOnly.has(name)),
    ).toEqual([]);
  });

  it('refuse an empty or unpinned tool image (GitLab passes an empty value through) but let an empty optional pattern input through', () => {
    const declared = new Map(PLATFORMS.gitlab.actual(read('gitlab/lint.yml')).map((input) => [input.name, input]));
    const image = new RegExp(declared.get('shipshape-image')!.pattern!);
    expect(image.test('')).toBe(false);
    expect(image.test('ghcr.io/acme/shipshape:1.0')).toBe(false);
    expect(image.test(`ghcr.io/acme/shipshape:1.0@sha256:${'a'.repeat(64)}`)).toBe(true);
    expect(image.test(`$CI_REGISTRY/tools/shipshape@sha256:${'a'.repeat(64)}`)).toBe(true);
    const runtimePackage = new RegExp(declared.get('shipshape-package')!.pattern!);
    expect(
      ['', '@acme/shipshape@1.2.3', 'vendor/shipshape-1.2.3.tgz'].map((value) => runtimePackage.test(value)),
    ).toEqual([true, true, true]);
    expect(
      ['shipshape@0.1.0', '@acme/shipshape', '@acme/shipshape@^1.2.3', '@acme/shipshape@latest'].map((value) =>
        runtimePackage.test(value),
      ),
    ).toEqual([false, false, false, false]);
    expect(new RegExp(declared.get('fail-on')!.pattern!).test('')).toBe(true);
    expect(new RegExp(declared.get('fail-on')!.pattern!).test('warning; rm -rf /')).toBe(false);
  });

  it('reports GitLab drift by name', () => {
    const surface = SURFACES.find((s) => s.path === 'gitlab/lint.yml')!;
    const text = read('gitlab/lint.yml')
      .replace('      default: ""\n      regex: "^(?:error', '      default: "warning"\n      regex: "^(?:error')
      .replace('  inputs:\n', '  inputs:\n    extra:\n      description: x\n');
    expect(diffInputs(surface, text)).toEqual([
      'gitlab/lint.yml: input "fail-on" default is "warning", the spec says ""',
      'gitlab/lint.yml: input "extra" is declared but not in the spec',
    ]);
  });
});
