import type { TerraformFile, TerraformHooks } from '../../../src/domains/terraform/index.js';
import { SourceFile } from '../../../src/core/source.js';
import { ALL_DOMAINS } from '../../../src/rules/index.js';

const domain = ALL_DOMAINS.find((candidate) => candidate.id === 'terraform')!;

function parse(text: string, path = 'infra/main.tf'): TerraformFile {
  const parsed = domain.parse(new SourceFile(path, text));
  if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.message).join('; '));
  return parsed.model as TerraformFile;
}

describe('terraform model', () => {
  test('blocks keep type, labels, header span, whole span, path and file; nested blocks count per type', () => {
    const model = parse(
      'resource "aws_security_group" "web" {\n  ingress {\n    from_port = 22\n  }\n  ingress {\n    from_port = 443\n  }\n}\n',
    );
    expect(model.folder).toBe('infra');
    const [group] = model.blocks;
    expect({ type: group!.type, labels: group!.labels, path: group!.path, file: group!.file }).toEqual({
      type: 'resource',
      labels: ['aws_security_group', 'web'],
      path: 'resource.aws_security_group.web',
      file: 'infra/main.tf',
    });
    expect(group!.span).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 36 });
    expect(group!.whole).toEqual({ line: 1, column: 1, endLine: 8, endColumn: 2 });
    expect(group!.blocks.map((block) => block.path)).toEqual([
      'resource.aws_security_group.web.ingress[0]',
      'resource.aws_security_group.web.ingress[1]',
    ]);
    const port = group!.blocks[1]!.attributes.get('from_port')!;
    expect({ path: port.path, kind: port.value.kind, span: port.value.span }).toEqual({
      path: 'resource.aws_security_group.web.ingress[1].from_port',
      kind: 'number',
      span: { line: 6, column: 17, endLine: 6, endColumn: 20 },
    });
  });

  test('expressions: literals with escapes, templates, references, calls, collections, heredocs', () => {
    const model = parse(
      [
        'locals {',
        '  quoted  = "a\\"b\\n$${x}"',
        '  tmpl    = "app-${var.env}-${local.region}"',
        '  ref     = data.aws_iam_policy_document.p.json',
        '  call    = jsonencode({ Action = ["s3:*"] })',
        '  list    = [1, true, null]',
        '  cond    = var.a ? local.b : aws_s3_bucket.c.id',
        '  doc     = <<-EOT',
        '    line one',
        '      line two',
        '    EOT',
        '}',
        '',
      ].join('\n'),
    );
    const locals = model.blocks[0]!.attributes;
    const value = (name: string) => locals.get(name)!.value;
    expect(value('quoted')).toMatchObject({ kind: 'string', value: 'a"b\n${x}' });
    expect(value('tmpl')).toMatchObject({ kind: 'template', references: ['var.env', 'local.region'] });
    expect(value('ref')).toMatchObject({
      kind: 'reference',
      root: 'data',
      names: ['aws_iam_policy_document', 'p', 'json'],
      references: ['data.aws_iam_policy_document.p'],
    });
    const call = value('call');
    expect(call.kind === 'call' && call.name).toBe('jsonencode');
    expect(call.kind === 'call' && call.args[0]!.kind).toBe('object');
    const list = value('list');
    expect(list.kind === 'tuple' && list.items.map((item) => item.kind)).toEqual(['number', 'bool', 'null']);
    expect(value('cond')).toMatchObject({ kind: 'other', references: ['var.a', 'local.b', 'aws_s3_bucket.c'] });
    expect(value('doc')).toMatchObject({ kind: 'string', value: 'line one\n  line two\n' });
  });

  test('comments of the three kinds are collected, trailing ones marked', () => {
    const parsed = domain.parse(new SourceFile('main.tf', '# one\nlocals {\n  a = 1 // two\n  /* three */\n}\n'));
    expect(parsed.comments).toEqual([
      { line: 1, text: 'one', trailing: false },
      { line: 3, text: 'two', trailing: true },
      { line: 4, text: 'three', trailing: false },
    ]);
  });

  test('the walk emits file, then block and its type per top-level block, then exit', () => {
    const model = parse(
      'terraform {}\nmoved {\n  from = a.b\n  to = a.c\n}\nvariable "x" {}\noutput "y" {\n  value = 1\n}\n',
    );
    const emitted: string[] = [];
    domain.walk(model, ((hook: keyof TerraformHooks, node: unknown) => {
      emitted.push(hook === 'file' || hook === 'exit' ? hook : `${hook}:${(node as { type: string }).type}`);
    }) as never);
    expect(emitted).toEqual([
      'file',
      'block:terraform',
      'terraform:terraform',
      'block:moved',
      'block:variable',
      'variable:variable',
      'block:output',
      'output:output',
      'exit',
    ]);
  });
});
