import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  decodeXml,
  escapeCell,
  findReports,
  parseJunit,
  summaryMarkdown,
  totals,
} from '../../../src/actions/test/junit.js';

describe('parseJunit', () => {
  it('reads passed, failed, errored and skipped cases with messages', () => {
    const xml = `<testsuite><!-- <testcase name="commented"/> -->
      <testcase classname="a" name="ok"/>
      <testcase classname="a" name="fails"><failure message="boom &amp; bust">trace</failure></testcase>
      <testcase classname="a" name="errors"><error><![CDATA[TypeError: x]]></error></testcase>
      <testcase classname='b' name='skips'><skipped/></testcase>
    </testsuite>`;
    expect(parseJunit(xml, 'r.xml')).toEqual([
      { suite: 'a', name: 'ok', status: 'passed', message: '', file: 'r.xml' },
      { suite: 'a', name: 'fails', status: 'failed', message: 'boom & bust', file: 'r.xml' },
      { suite: 'a', name: 'errors', status: 'failed', message: 'TypeError: x', file: 'r.xml' },
      { suite: 'b', name: 'skips', status: 'skipped', message: '', file: 'r.xml' },
    ]);
  });

  it('decodes entities and escapes cells for Markdown and HTML', () => {
    expect(decodeXml('&lt;a&gt; &#65;&#x42; &quot;')).toBe('<a> AB "');
    expect(escapeCell('<b>|`x`\nnext')).toBe('&#60;b&#62;&#124;&#96;x&#96; next');
    expect(escapeCell('y'.repeat(300))).toBe(`${'y'.repeat(200)}…`);
  });
});

describe('reports and summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-junit-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds reports by glob, skipping node_modules', () => {
    for (const path of ['reports/junit.xml', 'pkg/build/TEST-a.xml', 'node_modules/x/junit.xml', 'other.xml']) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), '<testsuite/>');
    }
    expect(findReports(dir, ['**/junit*.xml', '**/TEST-*.xml'])).toEqual(['pkg/build/TEST-a.xml', 'reports/junit.xml']);
  });

  it('writes counts and failed cases', () => {
    const result = totals([
      { suite: 's', name: 'a', status: 'passed', message: '', file: 'f' },
      { suite: 's', name: 'b', status: 'failed', message: 'bad', file: 'f' },
    ]);
    expect(summaryMarkdown(result, ['f'], 1)).toBe(
      '## Test results\n\n| Passed | Failed | Skipped | Exit code |\n| --- | --- | --- | --- |\n| 1 | 1 | 0 | 1 |\n\n### Failed\n\n| Test | Message |\n| --- | --- |\n| s › b | bad |\n\n',
    );
  });
});
