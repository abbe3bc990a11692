import fc from 'fast-check';
import { defaultConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { Registry } from '../../../src/core/registry.js';
import { SourceFile } from '../../../src/core/source.js';
import { ALL_DOMAINS as DOMAINS } from '../../../src/rules/index.js';
import { githubActionsRules } from '../../../src/rules/github-actions/index.js';
import { shipshapeRules } from '../../../src/rules/shipshape/index.js';

/** Odd but parseable YAML must never crash the parser or a rule: wrong types become structure findings, not errors. */
const registry = new Registry([
  ...shipshapeRules,
  ...githubActionsRules.filter((rule) => rule.meta.id !== 'gha/shellcheck'),
]);
const config = defaultConfig();
config.preset = 'strict';
const engine = new Engine({ registry, domains: DOMAINS, config });
const crashes = (path: string, text: string): string[] =>
  engine
    .checkFile(new SourceFile(path, text), 'github-actions')
    .filter((f) => f.ruleId === 'shipshape/rule-error')
    .map((f) => f.message);

const ODD = [
  'on: 5\njobs: 7\n',
  'on: [1, null, {a: b}]\njobs: [a, b]\n',
  'on:\n  push: [1]\n  schedule: cron\n  workflow_call:\n    inputs: [x]\n    secrets: 3\njobs: {}\n',
  'on: push\npermissions: 3\nenv: [a]\ndefaults: x\nconcurrency: {}\njobs:\n  a: 1\n  b: null\n  c: []\n',
  'on: push\njobs:\n  a:\n    runs-on: {}\n    needs: {a: 1}\n    if: 3\n    permissions: [read]\n    environment: []\n    container: [x]\n    services: [x]\n    strategy: 1\n    steps: {}\n',
  'on: push\njobs:\n  a:\n    runs-on: x\n    container:\n      image: 5\n      credentials: x\n    services:\n      db: 3\n      c:\n        credentials:\n          password: 12345\n    steps: [1, null, "x", [], {uses: 5}, {uses: "", run: 5}, {with: "s", env: 3, if: true}]\n',
  'on: push\njobs:\n  a:\n    uses: 5\n    secrets: [inherit]\n    with: 1\n',
  'on: push\njobs:\n  a:\n    steps:\n      - uses: "@"\n      - uses: a/b@\n      - uses: /x@y\n      - uses: docker://\n      - uses: ${{ matrix.action }}\n      - run: echo ${{ \n      - run: echo ${{ }}\n      - if: "${{"\n        run: x\n',
  'x: &a\n  A: ${{ github.head_ref }}\non: push\njobs:\n  a:\n    env: *a\n    steps:\n      - run: echo ${{ env.A }}\n        env: *a\n',
  '? [complex, key]\n: value\non: push\njobs: {}\n',
  'on: push\njobs:\n  a:\n    steps:\n      - run: |-\n\n\n      - run: >\n          ${{ a }}\n\n          ${{ b }}\n',
];

/** Names that are members of Object.prototype, used as ids, keys, contexts and properties everywhere. */
const PROTOTYPE_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];
const prototypeNamed = (name: string): string =>
  [
    'on:',
    '  workflow_call:',
    '    inputs:',
    `      ${name}:`,
    '        type: string',
    '    outputs:',
    `      ${name}:`,
    `        value: \${{ jobs.${name}.outputs.${name} }}`,
    '    secrets:',
    `      ${name}:`,
    '        required: false',
    `  ${name}:`,
    'permissions:',
    `  ${name}: write`,
    'env:',
    `  ${name}: x`,
    'jobs:',
    `  ${name}:`,
    '    runs-on: ubuntu-latest',
    '    timeout-minutes: 5',
    '    outputs:',
    `      ${name}: \${{ steps.${name}.outputs.${name} }}`,
    '    strategy:',
    '      matrix:',
    `        ${name}: [a]`,
    '    steps:',
    `      - id: ${name}`,
    `        uses: ${name}/${name}@v1`,
    '        with:',
    `          ${name}: x`,
    `      - run: echo "\${{ ${name}.x }} \${{ github.${name} }} \${{ matrix.${name} }} \${{ inputs.${name} }} \${{ secrets.${name} }} \${{ env.${name} }} \${{ ${name}(1) }}"`,
    '  other:',
    `    needs: [${name}]`,
    `    uses: ./.github/workflows/${name}.yml`,
    '    with:',
    `      ${name}: \${{ needs.${name}.outputs.${name} }}`,
    '',
  ].join('\n');

describe('names of Object.prototype members are plain names to every rule', () => {
  test.each(PROTOTYPE_NAMES)('%s', (name) => {
    const text = prototypeNamed(name);
    // The file must parse, or the rules never see these names.
    expect(
      engine
        .checkFile(new SourceFile('.github/workflows/x.yml', text), 'github-actions')
        .filter((f) => f.ruleId === 'gha/syntax'),
    ).toEqual([]);
    expect(crashes('.github/workflows/x.yml', text)).toEqual([]);
  });
});

describe('odd workflows do not crash any rule', () => {
  test.each(ODD.map((text, index) => [index, text] as const))('#%s', (_, text) => {
    expect(crashes('.github/workflows/x.yml', text)).toEqual([]);
  });

  test('odd action metadata', () => {
    for (const text of [
      'runs: 5\n',
      'runs:\n  using: 5\n  steps: 3\n',
      'inputs: [a]\noutputs: 3\nruns:\n  using: composite\n  steps: [1, {run: 2}]\n',
    ]) {
      expect(crashes('action.yml', text)).toEqual([]);
    }
  });

  test('random mappings built from workflow keys', () => {
    const key = fc.constantFrom(
      'on',
      'jobs',
      'steps',
      'runs-on',
      'uses',
      'run',
      'with',
      'env',
      'if',
      'permissions',
      'container',
      'services',
      'secrets',
      'needs',
      'image',
      'credentials',
      'password',
      'x',
    );
    const scalar = fc.oneof(
      fc.constantFrom(
        '${{ github.event.issue.title }}',
        'actions/checkout@v4',
        'self-hosted',
        'write-all',
        'inherit',
        'true',
        '',
        '${{',
        "contains('a b', github.ref)",
      ),
      fc.integer(),
      fc.constant(null),
    );
    const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        scalar,
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(key, tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(fc.dictionary(key, value, { maxKeys: 5 }), (data) => {
        expect(crashes('.github/workflows/x.yml', JSON.stringify(data))).toEqual([]);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});
