import { FORMATS } from '../../src/formats/index.js';
import { formatJunit } from '../../src/formats/junit.js';
import { xmlAttribute, xmlText } from '../../src/formats/xml.js';
import { finding, latest, registry, sampleInput } from './fixtures.js';

const DOCS = 'https://github.com/shipshape-ci/shipshape/blob/main/docs/rules';

describe('junit format', () => {
  test('is registered', () => {
    expect(FORMATS.junit).toBe(formatJunit);
  });

  test('one suite per rule, one case per finding; errors and warnings fail, notes pass', () => {
    expect(formatJunit(sampleInput())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="shipshape" tests="3" failures="2" errors="0" skipped="0" time="0">',
        '  <testsuite name="docker/no-latest-tag" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase classname="docker/no-latest-tag" name="app dir/Dockerfile:1:1" file="app dir/Dockerfile" line="1" time="0">',
        `      <failure message="Base image &quot;node:latest&quot; uses the \`latest\` tag." type="warning">warning: Base image "node:latest" uses the \`latest\` tag.\napp dir/Dockerfile:1:1\n${DOCS}/dockerfile/no-latest-tag.md</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="gha/secret-in-run" tests="1" failures="1" errors="0" skipped="0" time="0">',
        '    <testcase classname="gha/secret-in-run" name=".github/workflows/ci.yml:12:9" file=".github/workflows/ci.yml" line="12" time="0">',
        `      <failure message="Secret &quot;TOKEN&quot; is interpolated into a run script." type="error">error: Secret "TOKEN" is interpolated into a run script.\n.github/workflows/ci.yml:12:9\n${DOCS}/github-actions/secret-in-run.md</failure>`,
        '    </testcase>',
        '  </testsuite>',
        '  <testsuite name="k8s/label-style" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="k8s/label-style" name="deploy/app.yaml:3:5" file="deploy/app.yaml" line="3" time="0">',
        `      <system-out>note: Label "App" is not lower-case.\ndeploy/app.yaml:3:5\n${DOCS}/kubernetes/label-style.md</system-out>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  test('no findings: one passing case', () => {
    expect(formatJunit({ findings: [], notices: [], registry, checked: { dockerfile: 2 } })).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="shipshape" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '  <testsuite name="shipshape" tests="1" failures="0" errors="0" skipped="0" time="0">',
        '    <testcase classname="shipshape" name="no findings in 2 files" time="0"/>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  test('markup, quotes and control characters from file content are escaped', () => {
    const hostile = finding(
      latest,
      'warning',
      'a&b/<x>"\'/Dockerfile',
      2,
      1,
      "Image \"</failure><x a='1'>&amp;\u0000\u001b[31m\u0008\tend\r\nnext\uD800!",
    );
    const xml = formatJunit({ findings: [hostile], notices: [], registry, checked: {} });
    expect(xml).toContain(
      'name="a&amp;b/&lt;x&gt;&quot;&apos;/Dockerfile:2:1" file="a&amp;b/&lt;x&gt;&quot;&apos;/Dockerfile"',
    );
    expect(xml).toContain(
      'message="Image &quot;&lt;/failure&gt;&lt;x a=&apos;1&apos;&gt;&amp;amp;\\u0000\\u001b[31m\\u0008&#9;end&#13;&#10;next\uFFFD!"',
    );
    expect(xml).toContain(
      ">warning: Image \"&lt;/failure&gt;&lt;x a='1'&gt;&amp;amp;\\u0000\\u001b[31m\\u0008\tend\r\nnext\uFFFD!\n",
    );
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml.match(/<\/failure>/g)).toHaveLength(1);
  });

  test('xml helpers keep valid surrogate pairs and astral characters', () => {
    expect(xmlText('🚢 a<b')).toBe('🚢 a&lt;b');
    expect(xmlAttribute('\uDC00x\uD83D')).toBe('\uFFFDx\uFFFD');
  });
});
