import { SourceFile } from '../../../src/core/source.js';
import { gitlabCiDomain, UnresolvedReference, type GitlabCiModel } from '../../../src/domains/gitlab-ci/index.js';
import { parseGitlabCi } from '../../../src/domains/gitlab-ci/parse.js';

function parse(text: string, path = '.gitlab-ci.yml'): GitlabCiModel {
  const result = parseGitlabCi(new SourceFile(path, text));
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.model;
}

describe('gitlab-ci model', () => {
  test('splits the spec header from the content and reads inputs', () => {
    const model = parse(
      'spec:\n  inputs:\n    stage:\n      default: test\n      description: Stage\n    level:\n      type: string\n      options: [low, high]\n    n:\n      type: number\n---\nlint:\n  stage: $[[ inputs.stage ]]\n  script: [make]\n',
    );
    expect(model.header).toBeDefined();
    expect([...model.spec!.inputs.keys()]).toEqual(['stage', 'level', 'n']);
    expect(model.spec!.inputs.get('stage')).toMatchObject({
      type: 'string',
      hasDefault: true,
      default: 'test',
      description: 'Stage',
    });
    expect(model.spec!.inputs.get('level')).toMatchObject({ options: ['low', 'high'], hasDefault: false });
    expect(model.spec!.inputs.get('n')!.span).toEqual({ line: 9, column: 5, endLine: 9, endColumn: 6 });
    expect(model.jobs.map((job) => job.name)).toEqual(['lint']);
  });

  test('a file with only `spec:` and no separator is content, not a header', () => {
    expect(parseGitlabCi(new SourceFile('.gitlab-ci.yml', 'spec:\n  inputs: {}\n')).ok).toBe(true);
    expect(parse('spec:\n  inputs: {}\n').header).toBeUndefined();
  });

  test('globals are not jobs; hidden jobs are marked', () => {
    const model = parse(
      'stages: [build]\nvariables: {A: "1"}\ndefault:\n  image: node:20\nworkflow:\n  rules: [{when: always}]\ninclude: ci/x.yml\n.tpl:\n  script: [x]\nbuild:\n  stage: build\n  script: [make]\n',
    );
    expect(model.jobs.map((job) => [job.name, job.hidden])).toEqual([
      ['.tpl', true],
      ['build', false],
    ]);
    expect(model.stages).toEqual(['.pre', 'build', '.post']);
    expect(model.stagesDeclared).toBe(true);
    expect(model.defaults).toEqual({ image: 'node:20' });
    expect(model.includes.map((include) => [include.kind, include.value])).toEqual([['local', 'ci/x.yml']]);
  });

  test('resolves extends (deep merge, arrays replaced, own keys last) and the stage', () => {
    const model = parse(
      '.a:\n  stage: build\n  variables: {A: "1", B: "1"}\n  tags: [a]\n.b:\n  extends: .a\n  variables: {B: "2"}\njob:\n  extends: .b\n  tags: [c]\n  script: [x]\n',
    );
    const job = model.jobByName.get('job')!;
    expect(job.resolved).toEqual({ stage: 'build', variables: { A: '1', B: '2' }, tags: ['c'], script: ['x'] });
    expect(job.stage).toBe('build');
    expect(job.complete).toBe(true);
  });

  test('an extends target missing from the file leaves the job incomplete; cycles do not hang', () => {
    const model = parse('a:\n  extends: .gone\n  script: [x]\n.x:\n  extends: .y\n.y:\n  extends: .x\n');
    expect(model.jobByName.get('a')!.complete).toBe(false);
    expect(model.jobByName.get('.x')!.complete).toBe(false);
  });

  test('resolves !reference in the file and keeps outside ones as markers; applies merge keys', () => {
    const model = parse(
      '.setup:\n  script: [npm ci]\n.vars: &vars\n  A: "1"\njob:\n  variables:\n    <<: *vars\n    B: "2"\n  script:\n    - !reference [.setup, script]\n    - !reference [.elsewhere, script]\n    - npm test\n',
    );
    const job = model.jobByName.get('job')!;
    expect(job.own.variables).toEqual({ A: '1', B: '2' });
    const script = job.own.script as unknown[];
    expect(script[0]).toEqual(['npm ci']);
    expect(script[1]).toBeInstanceOf(UnresolvedReference);
    expect((script[1] as UnresolvedReference).target).toEqual(['.elsewhere', 'script']);
    // Own script lines skip references: they are checked where they are written.
    expect(job.scripts.map((line) => [line.text, line.span.line])).toEqual([['npm test', 12]]);
  });

  test('reads every include form', () => {
    const model = parse(
      'include:\n  - local: /ci/a.yml\n  - project: g/p\n    ref: v1\n    file: [/x.yml, /y.yml]\n  - remote: https://example.com/c.yml\n  - template: Jobs/SAST.gitlab-ci.yml\n  - component: gitlab.example.com/g/c/lint@1.0\n    inputs: {stage: lint}\n  - https://example.com/d.yml\n',
    );
    expect(
      model.includes.map(({ kind, value, ref, files, hasInputs }) => ({ kind, value, ref, files, hasInputs })),
    ).toEqual([
      { kind: 'local', value: '/ci/a.yml', ref: undefined, files: [], hasInputs: false },
      { kind: 'project', value: 'g/p', ref: 'v1', files: ['/x.yml', '/y.yml'], hasInputs: false },
      { kind: 'remote', value: 'https://example.com/c.yml', ref: undefined, files: [], hasInputs: false },
      { kind: 'template', value: 'Jobs/SAST.gitlab-ci.yml', ref: undefined, files: [], hasInputs: false },
      { kind: 'component', value: 'gitlab.example.com/g/c/lint@1.0', ref: undefined, files: [], hasInputs: true },
      { kind: 'remote', value: 'https://example.com/d.yml', ref: undefined, files: [], hasInputs: false },
    ]);
    expect(model.includes[1]!.span.line).toBe(3);
  });

  test('the project view follows local includes (nested, cycles) and records what it cannot see', () => {
    const files: Record<string, string> = {
      'ci/a.yml': 'include: ci/b.yml\nstages: [one, two]\na:\n  stage: one\n  script: [x]\n',
      'ci/b.yml': 'include: ci/a.yml\nb:\n  stage: two\n  script: [x]\n',
    };
    const view = parse('include:\n  - local: ci/a.yml\n  - local: ci/missing.yml\nroot:\n  script: [x]\n').project(
      (path) => files[path],
    );
    expect([...view.jobs.keys()]).toEqual(['root', 'a', 'b']);
    expect(view.stages).toEqual(['.pre', 'one', 'two', '.post']);
    expect(view.complete).toBe(false);
    expect(view.missing.map((include) => include.value)).toEqual(['ci/missing.yml']);
    expect(parse('include: [ci/a.yml]\nroot:\n  script: [x]\n').project((path) => files[path]).complete).toBe(true);
  });

  test('effective() falls back to default: unless inherit says no', () => {
    const model = parse(
      'default:\n  timeout: 10m\n  interruptible: true\na:\n  script: [x]\nb:\n  inherit:\n    default: [timeout]\n  script: [x]\nc:\n  inherit:\n    default: false\n  script: [x]\n',
    );
    const [a, b, c] = ['a', 'b', 'c'].map((name) => model.jobByName.get(name)!);
    expect([
      model.effective(a!, 'timeout'),
      model.effective(b!, 'timeout'),
      model.effective(b!, 'interruptible'),
      model.effective(c!, 'timeout'),
    ]).toEqual(['10m', '10m', undefined, undefined]);
  });

  test('find() places a substring inside a block scalar', () => {
    const model = parse('a:\n  script:\n    - |\n      set -e\n      echo "$TOKEN"\n');
    const line = model.jobs[0]!.scripts[0]!;
    expect(model.find(line.node, '$TOKEN', line.path).span).toEqual({ line: 5, column: 13, endLine: 5, endColumn: 19 });
  });

  test('walk emits file, includes, jobs with their script lines, exit', () => {
    const model = parse('include: ci/x.yml\na:\n  script: [one, two]\n.b:\n  script: [three]\n');
    const hooks: string[] = [];
    gitlabCiDomain.walk(model, (hook, node) =>
      hooks.push(hook === 'job' ? `job:${(node as { name: string }).name}` : hook),
    );
    expect(hooks).toEqual(['file', 'include', 'job:a', 'script', 'script', 'job:.b', 'script', 'exit']);
  });

  test('anchors are shared, not copied: 400 jobs merging one anchor convert it once', () => {
    const jobs = Array.from({ length: 400 }, (_, i) => `job-${i}:\n  <<: *defaults\n  script: [make ${i}]\n`).join('');
    const model = parse(`.defaults: &defaults\n  image: node:20.11\n  variables: {A: "1"}\n${jobs}`);
    expect(model.jobs).toHaveLength(401);
    expect(model.jobByName.get('job-399')!.own).toEqual({
      image: 'node:20.11',
      variables: { A: '1' },
      script: ['make 399'],
    });
    expect(model.jobByName.get('job-0')!.own.variables).toBe(model.jobByName.get('job-399')!.own.variables);
  });

  test('an alias bomb is refused as a syntax problem', () => {
    const levels = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
    for (let i = 1; i < 12; i++)
      levels.push(
        `${'abcdefghijkl'[i]}: &${'abcdefghijkl'[i]} [${Array(9)
          .fill(`*${'abcdefghijkl'[i - 1]}`)
          .join(', ')}]`,
      );
    const result = parseGitlabCi(new SourceFile('.gitlab-ci.yml', `${levels.join('\n')}\njob:\n  script: [x]\n`));
    expect(result.ok ? 'parsed' : result.problems[0]!.message).toMatch(/alias bomb/);
  });

  test.each([
    ['a: [1\n', 'syntax'],
    ['- a\n', 'the pipeline configuration must be a mapping'],
    ['spec:\n  inputs: {}\n---\na:\n  script: [x]\n---\nb: 1\n', 'more than one YAML document'],
    ['spec: 5\n---\na:\n  script: [x]\n', '`spec` must be a mapping'],
  ])('rejects %j', (text, message) => {
    const result = parseGitlabCi(new SourceFile('.gitlab-ci.yml', text));
    expect(result.ok).toBe(false);
    if (!result.ok && message !== 'syntax') expect(result.problems[0]!.message).toContain(message);
  });
});
