import { defineRule, type RuleContext } from '../../core/rule.js';
import { visit, type ExprNode } from '../../domains/github-actions/expressions/index.js';
import type { Expression, GhaModel } from '../../domains/github-actions/index.js';
import { PRIVILEGED_TRIGGERS } from './support/security.js';
import { forEachExpression } from './support/each.js';

const SPOOFABLE = new Set(['actor', 'triggering_actor']);
const MENTIONS_ACTOR = /actor/i;

function actorField(node: ExprNode): string | undefined {
  if (
    node.kind === 'property' &&
    node.object.kind === 'context' &&
    node.object.name.toLowerCase() === 'github' &&
    SPOOFABLE.has(node.name.toLowerCase())
  ) {
    return `github.${node.name}`;
  }
  if (
    node.kind === 'index' &&
    node.object.kind === 'context' &&
    node.object.name.toLowerCase() === 'github' &&
    node.index.kind === 'literal' &&
    SPOOFABLE.has(String(node.index.value).toLowerCase())
  ) {
    return `github.${String(node.index.value)}`;
  }
  return undefined;
}

const isBotLiteral = (node: ExprNode): boolean =>
  node.kind === 'literal' && node.type === 'string' && /\[bot\]$/i.test(String(node.value));

function checkExpression(context: RuleContext, expression: Expression): void {
  // Both fields name an actor: a condition without the word cannot read one.
  if (expression.place !== 'if' || !expression.ast || !MENTIONS_ACTOR.test(expression.body)) return;
  const workflow = expression.workflow;
  visit(expression.ast, (node) => {
    let field: string | undefined;
    if (node.kind === 'binary' && node.op === '==') {
      field =
        (isBotLiteral(node.right) && actorField(node.left)) ||
        (isBotLiteral(node.left) && actorField(node.right)) ||
        undefined;
    } else if (
      node.kind === 'call' &&
      /^(?:contains|endswith|startswith)$/i.test(node.name) &&
      node.args.length === 2
    ) {
      field =
        isBotLiteral(node.args[1]!) || (node.args[1]!.kind === 'literal' && /bot/i.test(String(node.args[1]!.value)))
          ? actorField(node.args[0]!)
          : undefined;
    }
    if (!field) return;
    const privileged =
      workflow?.on !== undefined && [...workflow.on.events.keys()].some((event) => PRIVILEGED_TRIGGERS.has(event));
    context.report({
      at: expression.atBody(node.start, node.end),
      messageId: 'spoofable',
      data: { field },
      severity: privileged ? 'error' : undefined,
    });
  });
}

export default defineRule({
  meta: {
    id: 'gha/bot-conditions',
    domain: 'github-actions',
    description:
      "`github.actor == 'dependabot[bot]'` does not prove a bot wrote the code: the actor is whoever caused the latest event, which an outsider can arrange.",
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      spoofable:
        '`{{field}}` names whoever caused the latest event, not the author of the code: an outsider can make a bot the actor of a run on their changes. Check `github.event.pull_request.user.login` instead.',
    },
    equivalents: { zizmor: ['bot-conditions'], pipefort: ['cicd-sec-1-spoofable-actor-condition'] },
  },
  create(context) {
    return {
      exit(model: GhaModel) {
        forEachExpression(model, (expression) => checkExpression(context, expression));
      },
    };
  },
});
