import { FORMATS } from '../../src/formats/index.js';
import { formatSummary, markdownCell } from '../../src/formats/summary.js';
import { finding, latest, registry, sampleInput, style } from './fixtures.js';

const DOCS = 'https://github.com/shipshape-ci/shipshape/blob/main/docs/rules';

describe('summary format', () => {
  test('is registered', () => {
    expect(FORMATS.summary).toBe(formatSummary);
  });

  test('totals, a per-rule table with docs links, then the findings', () => {
    expect(formatSummary(sampleInput())).toBe(
      [
        '## shipshape check',
        '',
        '🔴 **1 error** · 🟡 **1 warning** · 🔵 **1 note** — 3 findings in 3 files checked.',
        '',
        '1 notice (files skipped or read with caveats); the first: big.yml: skipped: larger than 10 bytes \\(max-file-size\\)',
        '',
        '### Findings per rule',
        '',
        '| Rule | Severity | Findings |',
        '| --- | --- | ---: |',
        `| [docker/no-latest-tag](${DOCS}/dockerfile/no-latest-tag.md) | warning | 1 |`,
        `| [gha/secret-in-run](${DOCS}/github-actions/secret-in-run.md) | error | 1 |`,
        `| [k8s/label-style](${DOCS}/kubernetes/label-style.md) | note | 1 |`,
        '',
        '### Findings',
        '',
        '| Severity | Location | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| 🔴 error | .github/workflows/ci.yml:12:9 | gha/secret-in-run | Secret "TOKEN" is interpolated into a run script. |',
        '| 🟡 warning | app dir/Dockerfile:1:1 | docker/no-latest-tag | Base image "node:latest" uses the `latest` tag. |',
        '| 🔵 note | deploy/app.yaml:3:5 | k8s/label-style | Label "App" is not lower-case. |',
        '',
      ].join('\n'),
    );
  });

  test('counts every finding per rule but lists only the first N', () => {
    const findings = [
      ...Array.from({ length: 30 }, (_, i) => finding(latest, 'warning', `svc${i}/Dockerfile`, 1, 1, 'latest')),
      ...Array.from({ length: 12 }, (_, i) => finding(style, i % 2 ? 'error' : 'note', 'k.yaml', i + 1, 1, 'style')),
    ];
    const text = formatSummary(
      { findings, notices: [], registry, checked: { dockerfile: 30, kubernetes: 1 } },
      { maxListed: 5 },
    );
    expect(text).toContain('🔴 **6 errors** · 🟡 **30 warnings** · 🔵 **6 notes** — 42 findings in 31 files checked.');
    expect(text).toContain(
      `| [docker/no-latest-tag](${DOCS}/dockerfile/no-latest-tag.md) | warning | 30 |\n| [k8s/label-style](${DOCS}/kubernetes/label-style.md) | error, note | 12 |`,
    );
    expect(text).toContain('### First 5 of 42 findings');
    expect(text.match(/^\| 🟡 warning \|/gm)).toHaveLength(5);
    expect(text.trimEnd().split('\n').at(-1)).toBe(
      '…and 37 more findings: see the SARIF or JSON report for all of them.',
    );
  });

  test('lists 50 findings by default', () => {
    const findings = Array.from({ length: 60 }, (_, i) => finding(latest, 'warning', 'Dockerfile', i + 1, 1, 'latest'));
    const text = formatSummary({ findings, notices: [], registry, checked: { dockerfile: 1 } });
    expect(text).toContain('### First 50 of 60 findings');
    expect(text.match(/^\| 🟡 warning \|/gm)).toHaveLength(50);
  });

  test('no findings', () => {
    expect(formatSummary({ findings: [], notices: [], registry, checked: { dockerfile: 1 } })).toBe(
      '## shipshape check\n\n✅ No findings in 1 file checked.\n',
    );
  });

  test('text from checked files cannot break the table or inject links and HTML', () => {
    expect(markdownCell('a | b\n<img src=x onerror=y> [x](http://e) ![i](u) & `c` *d* _e_')).toBe(
      'a \\| b \\<img src=x onerror=y\\> \\[x\\]\\(http://e\\) \\!\\[i\\]\\(u\\) &amp; `c` \\*d\\* \\_e\\_',
    );
    expect(markdownCell('use `a|b <i>` and ``x` then ` alone')).toBe('use `a\\|b <i>` and \\``x` then \\` alone');
    // `\\|` would read as an escaped backslash then a cell border, so such spans are escaped as text.
    expect(markdownCell('`\\|`')).toBe('\\`\\\\\\|\\`');
    const hostile = finding(latest, 'warning', 'a|b\n## x/Dockerfile', 1, 1, '<script>alert(1)</script> | cell');
    const row = formatSummary({ findings: [hostile], notices: [], registry, checked: {} })
      .split('\n')
      .find((line) => line.startsWith('| 🟡'))!;
    expect(row).toBe(
      '| 🟡 warning | a\\|b \\#\\# x/Dockerfile:1:1 | docker/no-latest-tag | \\<script\\>alert\\(1\\)\\</script\\> \\| cell |',
    );
  });
});
