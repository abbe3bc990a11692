import { SourceFile } from '../../../src/core/source.js';
import { classifyPath } from '../../../src/domains/paths.js';
import type { TerraformFile } from '../../../src/domains/terraform/index.js';
import rule from '../../../src/rules/terraform/sg-open-admin-port.js';
import { ALL_DOMAINS } from '../../../src/rules/index.js';
import { runRule } from '../../helpers/rule-tester.js';

const domain = ALL_DOMAINS.find((candidate) => candidate.id === 'terraform')!;

const TEXT = `{
  "terraform": {
    "backend": { "s3": { "bucket": "state" } }
  },
  "variable": {
    "env": { "default": "prod" }
  },
  "resource": {
    "aws_security_group": {
      "web": {
        "name": "web-\${var.env}",
        "vpc_id": "\${aws_vpc.main.id}",
        "tags": { "Owner": "platform" },
        "ingress": [
          { "from_port": 22, "to_port": 22, "protocol": "tcp", "cidr_blocks": ["0.0.0.0/0"] }
        ]
      }
    }
  }
}
`;

describe('.tf.json: Terraform in its JSON syntax', () => {
  test('is classified as Terraform by its name', () => {
    expect(classifyPath('infra/main.tf.json')).toBe('terraform');
    expect(classifyPath('infra/package.json')).toBeUndefined();
  });

  test('is read into the same model: labels from the nesting, strings as templates, objects as blocks too', () => {
    const parsed = domain.parse(new SourceFile('infra/main.tf.json', TEXT));
    expect(parsed.ok).toBe(true);
    const model = (parsed as { model: TerraformFile }).model;
    expect(model.format).toBe('json');
    expect(
      model.blocks.map((block) => `${block.type} ${block.labels.join(' ')} @${block.span.line}:${block.span.column}`),
    ).toEqual(['terraform  @2:3', 'variable env @6:5', 'resource aws_security_group web @10:7']);
    const backend = model.blocks[0]!.blocks[0]!;
    expect({ type: backend.type, labels: backend.labels }).toEqual({ type: 'backend', labels: ['s3'] });
    const group = model.blocks[2]!;
    expect(group.attributes.get('vpc_id')!.value).toMatchObject({
      kind: 'reference',
      root: 'aws_vpc',
      names: ['main', 'id'],
    });
    expect(group.attributes.get('name')!.value).toMatchObject({ kind: 'template', references: ['var.env'] });
    expect(group.attributes.get('tags')!.value.kind).toBe('object');
    expect(group.blocks.map((block) => block.path)).toEqual([
      'resource.aws_security_group.web.tags[0]',
      'resource.aws_security_group.web.ingress[0]',
    ]);
  });

  test('rules run on it: an SSH port open to the world', () => {
    const findings = runRule(rule, { code: TEXT, filename: 'main.tf.json' });
    expect(findings.map((finding) => `${finding.ruleId} ${finding.span.line}:${finding.span.column}`)).toEqual([
      'tf/sg-open-admin-port 15:64',
    ]);
  });

  test("invalid JSON is one tf/syntax error with JSON.parse's reason (at its position when it gives one)", () => {
    const parsed = domain.parse(new SourceFile('main.tf.json', '{\n  "resource": [1, 2,]\n}\n'));
    expect(parsed.ok).toBe(false);
    const problems = (parsed as { problems: { message: string; at: { span: { line: number } } }[] }).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^invalid JSON: Unexpected token '?]'?/);
    // Node 20's message names no position: the end of the file; newer ones give it.
    expect([2, 4]).toContain(problems[0]!.at.span.line);
  });
});
