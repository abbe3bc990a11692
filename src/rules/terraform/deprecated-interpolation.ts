import { defineRule } from '../../core/rule.js';
import type { TfBlock, TfExpression } from '../../domains/terraform/index.js';

/** A template that is nothing but one interpolation: `"${var.x}"`. */
function onlyInterpolation(expression: TfExpression): boolean {
  return (
    expression.kind === 'template' &&
    expression.parts.length === 1 &&
    typeof expression.parts[0] !== 'string' &&
    expression.text.startsWith('"')
  );
}

export default defineRule({
  meta: {
    id: 'tf/deprecated-interpolation',
    domain: 'terraform',
    description: 'An expression is written as itself, not wrapped alone in `"${…}"`.',
    category: 'style',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      wrapped:
        '`{{text}}` wraps a single expression in a string: Terraform 0.12+ takes `{{inner}}` as it is, and the wrapping turns lists and maps into strings in some places.',
    },
    equivalents: { tflint: ['terraform_deprecated_interpolation'] },
  },
  create(context) {
    const check = (block: TfBlock): void => {
      for (const attribute of block.attributes.values()) {
        const { value } = attribute;
        if (!onlyInterpolation(value) || value.kind !== 'template') continue;
        const inner = value.parts[0] as TfExpression;
        context.report({
          at: value,
          messageId: 'wrapped',
          data: { text: value.text, inner: inner.text },
          fix: {
            description: `Write ${inner.text}`,
            safe: true,
            edits: [{ start: value.start, end: value.end, text: inner.text }],
          },
        });
      }
      for (const nested of block.blocks) check(nested);
    };
    return { block: check };
  },
});
