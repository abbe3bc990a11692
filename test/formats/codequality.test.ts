import { buildCodeQuality, formatCodeQuality } from '../../src/formats/codequality.js';
import { FORMATS } from '../../src/formats/index.js';
import { finding, registry, sampleInput, secret } from './fixtures.js';

/** The first issue of GitLab's own fixture, spec/fixtures/codequality/codeclimate.json (gitlabhq, MIT). */
const gitlabFixture: any[] = [
  {
    categories: ['Complexity'],
    check_name: 'argument_count',
    content: { body: '' },
    description: 'Method `new_array` has 12 arguments (exceeds 4 allowed). Consider refactoring.',
    fingerprint: '15cdb5c53afd42bc22f8ca366a08d547',
    location: { path: 'foo.rb', lines: { begin: 10, end: 10 } },
    other_locations: [],
    remediation_points: 900000,
    severity: 'major',
    type: 'issue',
    engine_name: 'structure',
  },
];

describe('codequality format', () => {
  test('is registered and prints a JSON array', () => {
    expect(FORMATS.codequality).toBe(formatCodeQuality);
    const text = formatCodeQuality(sampleInput());
    expect(text.endsWith(']\n')).toBe(true);
    expect(Array.isArray(JSON.parse(text))).toBe(true);
  });

  test('one issue per finding with the fields GitLab requires', () => {
    const issues = JSON.parse(formatCodeQuality(sampleInput()));
    expect(issues).toEqual([
      {
        type: 'issue',
        check_name: 'gha/secret-in-run',
        description: 'Secret "TOKEN" is interpolated into a run script.',
        content: {
          body: 'gha/secret-in-run: https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/github-actions/secret-in-run.md',
        },
        categories: ['Security'],
        fingerprint: 'fp-gha-secret-in-run-12',
        severity: 'blocker',
        location: { path: '.github/workflows/ci.yml', lines: { begin: 12, end: 14 } },
        engine_name: 'shipshape',
      },
      {
        type: 'issue',
        check_name: 'docker/no-latest-tag',
        description: 'Base image "node:latest" uses the `latest` tag.',
        content: {
          body: 'docker/no-latest-tag: https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/dockerfile/no-latest-tag.md',
        },
        categories: ['Bug Risk'],
        fingerprint: 'fp-docker-no-latest-tag-1',
        severity: 'minor',
        location: { path: 'app dir/Dockerfile', lines: { begin: 1, end: 1 } },
        engine_name: 'shipshape',
      },
      {
        type: 'issue',
        check_name: 'k8s/label-style',
        description: 'Label "App" is not lower-case.',
        content: {
          body: 'k8s/label-style: https://github.com/shipshape-ci/shipshape/blob/main/docs/rules/kubernetes/label-style.md',
        },
        categories: ['Style'],
        fingerprint: 'fp-k8s-label-style-3',
        severity: 'info',
        location: { path: 'deploy/app.yaml', lines: { begin: 3, end: 3 } },
        engine_name: 'shipshape',
      },
    ]);
  });

  test('severity: note info, warning minor, error major; security errors by score critical or blocker', () => {
    const severityOf = (severity: 'error' | 'warning' | 'note', score?: number) => {
      const rule = { ...secret, meta: { ...secret.meta, securitySeverity: score } };
      const input = {
        findings: [finding(rule, severity, 'a', 1, 1, 'm')],
        notices: [],
        checked: {},
        registry: new (registry.constructor as any)([rule]),
      };
      return buildCodeQuality(input)[0]!.severity;
    };
    expect(severityOf('note', 9.8)).toBe('info');
    expect(severityOf('warning', 9.8)).toBe('minor');
    expect(severityOf('error')).toBe('major');
    expect(severityOf('error', 6.9)).toBe('major');
    expect(severityOf('error', 7.0)).toBe('critical');
    expect(severityOf('error', 8.9)).toBe('critical');
    expect(severityOf('error', 9.0)).toBe('blocker');
  });

  test('has the shape of GitLab’s own Code Quality fixture', () => {
    const issue = buildCodeQuality(sampleInput())[0]!;
    const gitlab = gitlabFixture[0];
    for (const key of ['type', 'check_name', 'description', 'categories', 'fingerprint', 'severity', 'engine_name']) {
      expect(typeof (issue as any)[key]).toBe(typeof gitlab[key]);
    }
    expect(Object.keys(issue.location.lines)).toEqual(Object.keys(gitlab.location.lines));
    expect(Object.keys(issue.content)).toEqual(Object.keys(gitlab.content));
    const severities = new Set(['info', 'minor', 'major', 'critical', 'blocker']);
    for (const entry of [...gitlabFixture, ...buildCodeQuality(sampleInput())])
      expect(severities.has(entry.severity)).toBe(true);
  });

  test('no findings: an empty array', () => {
    expect(formatCodeQuality({ findings: [], notices: [{ path: 'x', message: 'y' }], registry, checked: {} })).toBe(
      '[]\n',
    );
  });
});
