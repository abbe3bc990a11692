import { defineRule, type RuleContext } from '../../core/rule.js';
import type { Condition, GhaModel } from '../../domains/github-actions/index.js';
import { forEachJobAndStep } from './support/each.js';

function checkCondition(context: RuleContext, condition: Condition | undefined): void {
  if (condition?.form !== 'template') return;
  const trimmed = condition.value.trim();
  const onlyWhitespace = trimmed.startsWith('${{') && trimmed.endsWith('}}') && trimmed.indexOf('${{', 3) < 0;
  context.report({ at: condition, messageId: onlyWhitespace ? 'block' : 'mixed' });
}

export default defineRule({
  meta: {
    id: 'gha/unsound-condition',
    domain: 'github-actions',
    description:
      'An `if:` that mixes `${{ }}` with other text (including the newline `if: |` keeps) is a non-empty string, which is always true.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 6.5,
    messages: {
      block:
        'This `if:` block scalar keeps its final newline, so the condition is the string "${{ … }}\\n", which is always true: write `if: ${{ … }}` on one line or use `|-`.',
      mixed:
        'Text outside `${{ }}` makes this `if:` a string, which is always true: put the whole condition inside one `${{ }}` or drop the braces.',
    },
    equivalents: { zizmor: ['unsound-condition'], pipefort: ['cicd-sec-1-unsound-condition'] },
  },
  create(context) {
    return {
      exit(model: GhaModel) {
        forEachJobAndStep(
          model,
          (job) => checkCondition(context, job.if),
          (step) => checkCondition(context, step.if),
        );
      },
    };
  },
});
