import { defineRule, type RuleContext } from '../../core/rule.js';
import type { Job, Step } from '../../domains/github-actions/index.js';
import { actionOf, withValue } from './support/security.js';

const GIT_PUSH = /\bgit\s+push\b/;

function check(context: RuleContext, steps: Step[]): void {
  const uploads = steps.some((step) => actionOf(step) === 'actions/upload-artifact');
  // A job that pushes needs the stored credentials; only an upload makes that a leak worth reporting.
  const pushes = steps.some((step) => step.run !== undefined && GIT_PUSH.test(step.run.value));
  for (const step of steps) {
    if (actionOf(step) !== 'actions/checkout') continue;
    if (withValue(step, 'persist-credentials') === 'false') continue;
    if (pushes && !uploads) continue;
    context.report({ at: step.uses!, messageId: uploads ? 'uploaded' : 'persisted' });
  }
}

export default defineRule({
  meta: {
    id: 'gha/artipacked',
    domain: 'github-actions',
    description:
      '`actions/checkout` should set `persist-credentials: false`, so the token is not left in `.git/config` for later steps and uploaded artifacts.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.5,
    messages: {
      persisted:
        '`actions/checkout` stores the job token in `.git/config`, where every later step (and any artifact of the workspace) can read it: set `persist-credentials: false`.',
      uploaded:
        '`actions/checkout` stores the job token in `.git/config` and this job uploads an artifact of the workspace: set `persist-credentials: false`.',
    },
    equivalents: { zizmor: ['artipacked'], pipefort: ['cicd-sec-1-checkout-persist-credentials'] },
  },
  create(context) {
    return {
      job(job: Job) {
        check(context, job.steps);
      },
      action(action: { steps: Step[] }) {
        check(context, action.steps);
      },
    };
  },
});
