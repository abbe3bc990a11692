import { defaultConfig } from '../../../src/core/config.js';
import { Engine } from '../../../src/core/engine.js';
import { Registry } from '../../../src/core/registry.js';
import { SourceFile } from '../../../src/core/source.js';
import { ALL_DOMAINS as DOMAINS } from '../../../src/rules/index.js';
import { githubActionsRules } from '../../../src/rules/github-actions/index.js';
import { shipshapeRules } from '../../../src/rules/shipshape/index.js';

/** Inline suppressions in workflows: own markers on any line of a finding's span, peers' markers via equivalents. */
const registry = new Registry([...shipshapeRules, ...githubActionsRules]);
const check = (text: string): string[] => {
  const engine = new Engine({ registry, domains: DOMAINS, config: defaultConfig() });
  return engine
    .checkFile(new SourceFile('.github/workflows/x.yml', text), 'github-actions')
    .map((f) => `${f.span.line}:${f.span.column} ${f.ruleId}`);
};

const HEAD = 'on: issues\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n';

describe('suppressing github-actions findings', () => {
  test('without a marker', () => {
    expect(check(`${HEAD}      - run: echo "\${{ github.event.issue.title }}"\n`)).toEqual([
      '7:24 gha/template-injection',
    ]);
  });

  test('a trailing marker on the finding line', () => {
    expect(
      check(
        `${HEAD}      - run: echo "\${{ github.event.issue.title }}" # shipshape-ignore[gha/template-injection] validated above\n`,
      ),
    ).toEqual([]);
  });

  test('an own-line marker applies to the next code line', () => {
    expect(
      check(
        `${HEAD}      # shipshape-ignore[gha/template-injection] validated above\n      - run: echo "\${{ github.event.issue.title }}"\n`,
      ),
    ).toEqual([]);
  });

  test('zizmor markers are honoured through equivalents', () => {
    expect(
      check(`${HEAD}      - run: echo "\${{ github.event.issue.title }}" # zizmor: ignore[template-injection]\n`),
    ).toEqual([]);
  });

  test('a marker on any line inside a multi-line finding span', () => {
    const text =
      'on: pull_request\npermissions: {}\njobs:\n  a:\n    runs-on: [self-hosted,\n      # shipshape-ignore[gha/self-hosted-runner] ephemeral runners\n      linux]\n    steps:\n      - run: make\n';
    expect(check(text)).toEqual([]);
  });

  test('a multi-line finding is suppressed by a trailing marker on its first line', () => {
    const text =
      'on: push\npermissions: {}\njobs:\n  a:\n    if: | # shipshape-ignore[gha/unsound-condition] intended\n      ${{ true }}\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n';
    expect(check(text)).toEqual([]);
  });

  test('`#` inside a block scalar is script text, not a YAML comment: no suppression, no unknown-marker finding', () => {
    const text = `${HEAD}      - run: |\n          # shipshape-ignore[gha/template-injection]\n          echo "\${{ github.event.issue.title }}"\n`;
    expect(check(text)).toEqual(['9:21 gha/template-injection']);
  });

  test('an unused marker is reported', () => {
    expect(check(`${HEAD}      - run: make # shipshape-ignore[gha/template-injection]\n`)).toEqual([
      '7:1 shipshape/unused-suppression',
    ]);
  });
});
