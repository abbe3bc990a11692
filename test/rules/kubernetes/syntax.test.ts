import rule from '../../../src/rules/kubernetes/syntax.js';
import { runRule } from '../../helpers/rule-tester.js';

describe('k8s/syntax', () => {
  test('a manifest that is not YAML is one syntax finding where the parser gave up (the unclosed flow sequence runs to the end)', () => {
    const findings = runRule(rule, { code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [a\n' });
    expect(findings.map((finding) => [finding.ruleId, finding.span.line])).toEqual([['k8s/syntax', 5]]);
    expect(findings[0]!.message).toMatch(/^Manifest syntax: /);
  });

  test('an alias bomb is refused as a syntax finding', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(96 + i)}`)
          .join(', ')}]`,
      );
    const findings = runRule(rule, { code: `apiVersion: v1\nkind: ConfigMap\n${levels.join('\n')}\n` });
    expect(findings.map((finding) => finding.ruleId)).toEqual(['k8s/syntax']);
  });

  test('a valid manifest has none', () => {
    expect(runRule(rule, { code: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n' })).toEqual([]);
  });
});
