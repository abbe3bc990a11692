import { defineRule, type RuleContext } from '../../core/rule.js';
import { visit } from '../../domains/github-actions/expressions/index.js';
import type { Expression, GhaModel } from '../../domains/github-actions/index.js';
import { forEachExpression } from './support/each.js';

function checkExpression(context: RuleContext, expression: Expression): void {
  const ast = expression.ast;
  if (!ast || !/secrets/i.test(expression.body)) return;
  visit(ast, (node) => {
    if (
      node.kind === 'call' &&
      node.args.length === 1 &&
      node.args[0]!.kind === 'context' &&
      node.args[0]!.name.toLowerCase() === 'secrets'
    ) {
      context.report({
        at: expression.atBody(node.start, node.end),
        messageId: 'whole',
        data: { text: expression.body.slice(node.start, node.end) },
      });
    } else if (
      node.kind === 'index' &&
      node.object.kind === 'context' &&
      node.object.name.toLowerCase() === 'secrets' &&
      node.index.kind !== 'literal'
    ) {
      context.report({
        at: expression.atBody(node.start, node.end),
        messageId: 'dynamic',
        data: { text: expression.body.slice(node.start, node.end) },
      });
    }
  });
}

export default defineRule({
  meta: {
    id: 'gha/overprovisioned-secrets',
    domain: 'github-actions',
    description:
      '`toJSON(secrets)` and `secrets[<expression>]` put every secret of the repository into the job: name the secrets it needs.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.5,
    messages: {
      whole:
        '`{{text}}` hands every secret to this job (and into the runner memory): pass the secrets it needs by name.',
      dynamic:
        '`{{text}}` picks a secret by a computed name, so GitHub must load every secret into the job: pass the secrets it needs by name.',
    },
    equivalents: { zizmor: ['overprovisioned-secrets'], pipefort: ['cicd-sec-6-overprovisioned-secrets'] },
  },
  create(context) {
    return {
      exit(model: GhaModel) {
        forEachExpression(model, (expression) => checkExpression(context, expression));
      },
    };
  },
});
