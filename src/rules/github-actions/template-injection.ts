import { defineRule, type RuleContext } from '../../core/rule.js';
import type { Expression, GhaModel } from '../../domains/github-actions/index.js';
import { canCarry, isCodeSink, taintsOf } from './support/security.js';
import { forEachExpression } from './support/each.js';

function checkExpression(context: RuleContext, expression: Expression): void {
  if (!isCodeSink(expression)) return;
  const sink = expression.place === 'run' ? 'the `run:` script' : `the \`${expression.entry}\` input`;
  for (const taint of taintsOf(expression)) {
    // No trigger of this workflow sends the field today, so it is empty: still pasted code, which a trigger added
    // later (or a copy of the step) turns into an injection. A note, not an error.
    const latent = !canCarry(expression.workflow, taint.source);
    context.report({
      at: expression.atBody(taint.access.start, taint.access.end),
      messageId: latent ? 'latent' : taint.via ? 'viaEnv' : 'direct',
      data: { source: taint.source, sink, via: taint.via ?? '' },
      ...(latent ? { severity: 'note' as const } : {}),
    });
  }
}

export default defineRule({
  meta: {
    id: 'gha/template-injection',
    domain: 'github-actions',
    description:
      'Values outsiders write (issue and PR titles, branch names, comments, commit messages) must not be pasted into scripts with `${{ }}`.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 9.0,
    messages: {
      direct:
        '`{{source}}` is written by whoever opens the issue, pull request, comment or branch, and `${{ }}` pastes it into {{sink}} before it runs: pass it through `env:` and read "$VAR" instead.',
      latent:
        "`{{source}}` is pasted into {{sink}} with `${{ }}`; none of this workflow's triggers sets it today, but a trigger added later makes it an injection: pass it through `env:` instead.",
      viaEnv:
        '`env.{{via}}` holds `{{source}}`, which outsiders write, and `${{ }}` pastes it into {{sink}} before it runs: read "${{via}}" from the environment instead.',
    },
    equivalents: {
      zizmor: ['template-injection'],
      actionlint: ['expression'],
      scorecard: ['Dangerous-Workflow'],
      pipefort: ['cicd-sec-4-ppe-shell-injection'],
    },
  },
  create(context) {
    return {
      exit(model: GhaModel) {
        forEachExpression(model, (expression) => checkExpression(context, expression));
      },
    };
  },
});
