import { SourceFile } from '../../../src/core/source.js';
import {
  parseGitHubActions,
  type Action,
  type Expression,
  type GhaModel,
  type Workflow,
} from '../../../src/domains/github-actions/index.js';
import { githubActionsDomain } from '../../../src/domains/github-actions/index.js';

function parse(text: string, path = '.github/workflows/ci.yml'): GhaModel {
  const result = parseGitHubActions(new SourceFile(path, text));
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.model;
}

const workflow = (text: string): Workflow => parse(text) as Workflow;
const pos = (at: { span: { line: number; column: number; endLine: number; endColumn: number } }): string =>
  `${at.span.line}:${at.span.column}-${at.span.endLine}:${at.span.endColumn}`;

const CI = `name: CI
on:
  push:
    branches: [main]
    tags: ['v*']
  pull_request:
    types: [opened, synchronize]
  workflow_dispatch:
    inputs:
      target:
        type: choice
        options: [staging, production]
        default: staging
permissions:
  contents: read
env:
  NODE_VERSION: '20'
jobs:
  build:
    name: Build \${{ matrix.os }}
    runs-on: \${{ matrix.os }}
    needs: [lint]
    if: github.event_name == 'push'
    permissions:
      contents: write
    environment: production
    timeout-minutes: 10
    strategy:
      matrix:
        os: [ubuntu-latest]
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1
        with:
          persist-credentials: false
      - name: Greet
        id: greet
        run: |
          echo "title: \${{ github.event.pull_request.title }}"
            echo "\${{ env.NODE_VERSION }}"
        env:
          TOKEN: \${{ secrets.GITHUB_TOKEN }}
      - uses: docker://alpine:3.19
      - uses: ./.github/actions/setup
  lint:
    runs-on: ubuntu-latest
    steps:
      - run: npm run lint
  call:
    uses: octo-org/shared/.github/workflows/build.yml@main
    secrets: inherit
`;

describe('workflow model', () => {
  const model = workflow(CI);

  test('triggers are normalised with filters, types and inputs', () => {
    expect([...model.on!.events.keys()]).toEqual(['push', 'pull_request', 'workflow_dispatch']);
    const push = model.on!.get('push')!;
    expect(push.filters.get('branches')!.map((value) => value.value)).toEqual(['main']);
    expect(push.filters.get('tags')!.map((value) => value.value)).toEqual(['v*']);
    expect(model.on!.get('pull_request')!.types.map((value) => value.value)).toEqual(['opened', 'synchronize']);
    const input = model.on!.get('workflow_dispatch')!.inputs!.get('target')!;
    expect(input.type!.value).toBe('choice');
    expect(input.options.map((option) => option.value)).toEqual(['staging', 'production']);
    expect(pos(input)).toBe('11:9-13:25');
    expect(pos(input.at([], { key: true }))).toBe('10:7-10:13');
  });

  test('string and list forms of on', () => {
    expect([...workflow('on: push\njobs: {}\n').on!.events.keys()]).toEqual(['push']);
    const list = workflow('on: [push, pull_request_target]\njobs: {}\n').on!;
    expect([...list.events.keys()]).toEqual(['push', 'pull_request_target']);
    expect(list.get('pull_request_target')!.path).toBe('on[1]');
    expect(pos(list.get('pull_request_target')!)).toBe('1:12-1:31');
  });

  test('YAML 1.1 documents still read `on` as the trigger key', () => {
    expect([...workflow('%YAML 1.1\n---\non: push\njobs: {}\n').on!.events.keys()]).toEqual(['push']);
  });

  test('permissions at both levels', () => {
    expect(model.permissions!.kind).toBe('map');
    expect(model.permissions!.scopes.get('contents')!.level).toBe('read');
    const job = model.jobs[0]!;
    expect(job.permissions!.scopes.get('contents')!.level).toBe('write');
    expect(pos(job.permissions!.scopes.get('contents')!)).toBe('25:17-25:22');
    expect(workflow('on: push\npermissions: write-all\njobs: {}\n').permissions!.kind).toBe('write-all');
    expect(workflow('on: push\npermissions: {}\njobs: {}\n').permissions!.scopes.size).toBe(0);
  });

  test('jobs with their keys', () => {
    expect(model.jobs.map((job) => job.id)).toEqual(['build', 'lint', 'call']);
    const build = model.jobs[0]!;
    expect(build.path).toBe('jobs.build');
    expect(pos(build.at([], { key: true }))).toBe('19:3-19:8');
    expect(build.needs.map((need) => need.value)).toEqual(['lint']);
    expect(build.if!.form).toBe('bare');
    expect(build.environment!.name!.value).toBe('production');
    expect(build.timeoutMinutes!.value).toBe(10);
    expect(build.strategy!.matrix!.path).toBe('jobs.build.strategy.matrix');
    expect(build.steps).toHaveLength(4);
    const call = model.jobs[2]!;
    expect(call.uses!.slug).toBe('octo-org/shared');
    expect(call.uses!.subPath).toBe('.github/workflows/build.yml');
    expect(call.uses!.refKind).toBe('branch');
    expect(call.secrets!.node).not.toBeNull();
    expect((call.secrets as { value: unknown }).value).toBe('inherit');
  });

  test('steps and parsed uses', () => {
    const [checkout, greet, docker, local] = model.jobs[0]!.steps;
    expect(checkout!.uses!.kind).toBe('repository');
    expect(checkout!.uses!.owner).toBe('actions');
    expect(checkout!.uses!.ref).toBe('b4ffde65f46336ab88eb53be808477a3936bae11');
    expect(checkout!.uses!.refKind).toBe('sha');
    expect(checkout!.uses!.comment).toBe('v4.1.1');
    expect(checkout!.uses!.commentVersion).toBe('v4.1.1');
    expect(checkout!.uses!.path).toBe('jobs.build.steps[0].uses');
    expect(pos(checkout!.uses!)).toBe('32:15-32:72');
    expect(checkout!.with!.get('persist-credentials')!.value).toBe(false);
    expect(greet!.id!.value).toBe('greet');
    expect(greet!.run!.value).toContain('echo "title');
    expect(pos(greet!.run!)).toBe('37:14-39:43');
    expect(greet!.job).toBe(model.jobs[0]);
    expect(docker!.uses!.kind).toBe('docker');
    expect(docker!.uses!.image).toBe('alpine:3.19');
    expect(local!.uses!.kind).toBe('local');
    expect(local!.uses!.localPath).toBe('./.github/actions/setup');
  });
});

describe('expressions', () => {
  const model = workflow(CI);
  const all = model.allExpressions;
  const describeExpression = (expression: Expression): string =>
    `${expression.place}${expression.entry ? `.${expression.entry}` : ''} ${pos(expression)} ${expression.text}`;

  test('every occurrence with its exact span, place and owner', () => {
    expect(all.map(describeExpression)).toEqual([
      'name 20:17-20:33 ${{ matrix.os }}',
      'runs-on 21:14-21:30 ${{ matrix.os }}',
      "if 23:9-23:36 github.event_name == 'push'",
      'run 38:24-38:62 ${{ github.event.pull_request.title }}',
      'run 39:19-39:42 ${{ env.NODE_VERSION }}',
      'env.TOKEN 41:18-41:45 ${{ secrets.GITHUB_TOKEN }}',
    ]);
    const run = all[3]!;
    expect(run.owner).toBe('step');
    expect(run.step).toBe(model.jobs[0]!.steps[1]);
    expect(run.job).toBe(model.jobs[0]);
    expect(run.whole).toBe(false);
    expect(run.body).toBe(' github.event.pull_request.title ');
    expect(
      run.accesses.map((access) => [
        access.context,
        access.path.map((segment) => ('name' in segment ? segment.name : '*')).join('.'),
      ]),
    ).toEqual([['github', 'event.pull_request.title']]);
    expect(pos(run.atBody(1, 7))).toBe('38:28-38:34');
    expect(all[2]!.form).toBe('bare');
    expect(model.jobs[0]!.steps[1]!.run!.expressions).toHaveLength(2);
    expect(model.jobs[0]!.steps[1]!.env!.get('TOKEN')!.expressions).toHaveLength(1);
  });

  const spans = (text: string): string[] =>
    workflow(`on: push\njobs:\n  a:\n    steps:\n${text}`).allExpressions.map(
      (expression) => `${pos(expression)} ${expression.text}`,
    );

  test('folded block scalars', () => {
    expect(spans('      - run: >-\n          echo ${{ a }}\n          and ${{ b }}\n')).toEqual([
      '6:16-6:24 ${{ a }}',
      '7:15-7:23 ${{ b }}',
    ]);
  });

  test('quoted scalars with escapes', () => {
    expect(spans("      - run: 'it''s ${{ a }}'\n")).toEqual(['5:21-5:29 ${{ a }}']);
    expect(spans('      - run: "say \\"${{ a }}\\""\n')).toEqual(['5:21-5:29 ${{ a }}']);
  });

  test('an expression spanning lines in a literal block', () => {
    expect(spans('      - run: |\n          echo ${{\n            a }}\n')).toEqual(['6:16-7:17 ${{\n  a }}']);
  });

  test('block scalars with an indentation indicator and keep chomping', () => {
    expect(spans('      - run: |2+\n            x ${{ a }}\n')).toEqual(['6:15-6:23 ${{ a }}']);
  });

  test('if forms', () => {
    const jobs = workflow(
      "on: push\njobs:\n  a:\n    if: ${{ github.ref == 'x' }}\n  b:\n    if: |\n      ${{ true }}\n  c:\n    if: success() && ${{ x }}\n",
    ).jobs;
    expect(jobs.map((job) => job.if!.form)).toEqual(['wrapped', 'template', 'template']);
  });

  test('aliases resolve to their anchors', () => {
    const model = workflow(
      'on: push\njobs:\n  a:\n    env: &shared\n      A: ${{ github.head_ref }}\n  b:\n    env: *shared\n',
    );
    expect(model.allExpressions.map((expression) => `${expression.path} ${pos(expression)}`)).toEqual([
      'jobs.a.env.A 5:10-5:32',
      'jobs.b.env.A 5:10-5:32',
    ]);
    expect(model.jobs[1]!.env!.get('A')!.value).toBe('${{ github.head_ref }}');
  });
});

describe('action metadata', () => {
  test('composite action', () => {
    const action = parse(
      "name: setup\ndescription: d\ninputs:\n  version:\n    default: '20'\nruns:\n  using: composite\n  steps:\n    - run: echo ${{ inputs.version }}\n      shell: bash\n",
      'action.yml',
    ) as Action;
    expect(action.kind).toBe('action');
    expect(action.usingKind).toBe('composite');
    expect(action.inputs!.get('version')!.default!.value).toBe('20');
    expect(action.steps[0]!.shell!.value).toBe('bash');
    expect(action.steps[0]!.action).toBe(action);
    expect(
      action.allExpressions.map((expression) => `${expression.owner} ${expression.place} ${pos(expression)}`),
    ).toEqual(['step run 9:17-9:38']);
  });

  test('node and docker actions', () => {
    expect(
      (parse('name: x\nruns:\n  using: node24\n  main: dist/index.js\n', 'a/action.yaml') as Action).usingKind,
    ).toBe('node');
    const docker = parse(
      "name: x\nruns:\n  using: docker\n  image: Dockerfile\n  args: ['${{ inputs.a }}']\n",
      'action.yml',
    ) as Action;
    expect(docker.usingKind).toBe('docker');
    expect(docker.image!.value).toBe('Dockerfile');
    expect(
      docker.allExpressions.map((expression) => `${expression.owner} ${expression.place} ${expression.entry}`),
    ).toEqual(['action args 0']);
  });
});

describe('syntax problems and walk', () => {
  const problems = (text: string): string[] => {
    const result = parseGitHubActions(new SourceFile('.github/workflows/x.yml', text));
    return result.ok
      ? []
      : result.problems.map((problem) => `${problem.at.span.line}:${problem.at.span.column} ${problem.message}`);
  };

  test('YAML errors, empty files and non-mapping roots', () => {
    expect(problems('on: push\n  jobs: [\n')).not.toEqual([]);
    expect(problems('')).toEqual(['1:1 the file is empty']);
    expect(problems('- a\n- b\n')).toEqual(['1:1 the top level must be a mapping of keys']);
    expect(problems('on: push\non: pull_request\n')).toEqual(['2:1 Map keys must be unique']);
  });

  test('hooks in document order', () => {
    const model = workflow(
      'on: push\nenv:\n  A: ${{ github.sha }}\njobs:\n  a:\n    if: x\n    steps:\n      - run: ${{ y }}\n',
    );
    const seen: string[] = [];
    githubActionsDomain.walk(model, (hook, node) => seen.push(`${hook} ${(node as { path: string }).path}`));
    expect(seen).toEqual([
      'workflow $',
      'expression env.A',
      'job jobs.a',
      'expression jobs.a.if',
      'step jobs.a.steps[0]',
      'expression jobs.a.steps[0].run',
      'exit $',
    ]);
  });
});

describe('keys as written', () => {
  test('every key of workflows, jobs and steps, built on first use', () => {
    const model = workflow(
      'on: push\nname: x\njobs:\n  a:\n    runs-on: ubuntu-latest\n    foo: 1\n    steps:\n      - run: make\n        bar: 2\n',
    );
    expect([...model.keys.keys()]).toEqual(['on', 'name', 'jobs']);
    expect([...model.jobs[0]!.keys.keys()]).toEqual(['runs-on', 'foo', 'steps']);
    const bar = model.jobs[0]!.steps[0]!.keys.get('bar')!;
    expect(`${bar.path} ${pos(bar.at([], { key: true }))}`).toBe('jobs.a.steps[0].bar 9:9-9:12');
  });
});
