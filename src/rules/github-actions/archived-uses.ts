import { defineRule } from '../../core/rule.js';
import type { Job, Step, Uses } from '../../domains/github-actions/index.js';
import { ARCHIVED_ACTIONS } from '../../data/github-actions/archived.js';

function archived(uses: Uses | undefined): { repository: string; instead: string } | undefined {
  if (uses?.kind !== 'repository' || !uses.slug) return undefined;
  const instead = ARCHIVED_ACTIONS.get(uses.slug);
  return instead === undefined ? undefined : { repository: `${uses.owner}/${uses.repo}`, instead };
}

export default defineRule({
  meta: {
    id: 'gha/archived-uses',
    domain: 'github-actions',
    description:
      'Actions and reusable workflows must not come from archived repositories: they get no fixes, security ones included.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.0,
    messages: {
      archived: '{{repository}} is archived: it gets no fixes, security ones included. {{instead}}',
    },
    equivalents: { zizmor: ['archived-uses'], pipefort: ['cicd-sec-3-archived-action'] },
  },
  create(context) {
    const check = (uses: Uses | undefined): void => {
      const found = archived(uses);
      if (found) context.report({ at: uses!, messageId: 'archived', data: found });
    };
    return {
      job(job: Job) {
        check(job.uses);
      },
      step(step: Step) {
        check(step.uses);
      },
    };
  },
});
