import type { Finding } from '../core/finding.js';
import { TOOL_NAME } from '../version.js';
import type { Formatter } from './types.js';
import { xmlAttribute as attr, xmlText as text } from './xml.js';

function testcase(finding: Finding): string {
  const where = `${finding.path}:${finding.span.line}:${finding.span.column}`;
  const open = `    <testcase classname="${attr(finding.ruleId)}" name="${attr(where)}" file="${attr(finding.path)}" line="${finding.span.line}" time="0">`;
  const body = `${finding.severity}: ${finding.message}\n${where}\n${finding.docsUrl}`;
  if (finding.severity === 'note') return `${open}\n      <system-out>${text(body)}</system-out>\n    </testcase>`;
  return `${open}\n      <failure message="${attr(finding.message)}" type="${finding.severity}">${text(body)}</failure>\n    </testcase>`;
}

/**
 * JUnit XML, one `<testsuite>` per rule that reported (sorted by id) and one `<testcase>` per finding, named
 * `path:line:column` with `file` and `line` attributes (GitLab's test report and GitHub JUnit reporters link them).
 * Errors and warnings are `<failure>`s; notes pass and carry their text in `<system-out>`. A run without findings
 * is one passing test case, so the report says "passed" rather than "no tests".
 */
export const formatJunit: Formatter = ({ findings, checked }) => {
  const files = Object.values(checked).reduce((sum, count) => sum + (count ?? 0), 0);
  const failures = findings.filter((finding) => finding.severity !== 'note').length;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (findings.length === 0) {
    lines.push(
      `<testsuites name="${TOOL_NAME}" tests="1" failures="0" errors="0" skipped="0" time="0">`,
      `  <testsuite name="${TOOL_NAME}" tests="1" failures="0" errors="0" skipped="0" time="0">`,
      `    <testcase classname="${TOOL_NAME}" name="${attr(`no findings in ${files} file${files === 1 ? '' : 's'}`)}" time="0"/>`,
      '  </testsuite>',
      '</testsuites>',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `<testsuites name="${TOOL_NAME}" tests="${findings.length}" failures="${failures}" errors="0" skipped="0" time="0">`,
  );
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) byRule.set(finding.ruleId, [...(byRule.get(finding.ruleId) ?? []), finding]);
  for (const ruleId of [...byRule.keys()].sort()) {
    const cases = byRule.get(ruleId)!;
    const failed = cases.filter((finding) => finding.severity !== 'note').length;
    lines.push(
      `  <testsuite name="${attr(ruleId)}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="0">`,
    );
    lines.push(...cases.map(testcase));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
