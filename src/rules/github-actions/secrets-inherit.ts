import { defineRule } from '../../core/rule.js';
import type { Job } from '../../domains/github-actions/index.js';

export default defineRule({
  meta: {
    id: 'gha/secrets-inherit',
    domain: 'github-actions',
    description:
      '`secrets: inherit` hands every secret of the repository to a reusable workflow from another repository: pass the ones it needs by name.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.5,
    messages: {
      inherit:
        '`secrets: inherit` gives "{{uses}}" every secret this repository and its organization hold: pass only the secrets it declares (`secrets: { NAME: ${{ secrets.NAME }} }`).',
    },
    equivalents: { zizmor: ['secrets-inherit'], pipefort: ['cicd-sec-4-secrets-inherit-pr-target'] },
  },
  create(context) {
    return {
      job(job: Job) {
        const secrets = job.secrets;
        if (!secrets || !('value' in secrets) || secrets.value !== 'inherit') return;
        // A workflow of the same repository is under the same review as the caller.
        if (!job.uses || job.uses.kind === 'local') return;
        context.report({ at: secrets, messageId: 'inherit', data: { uses: job.uses.value.trim() } });
      },
    };
  },
});
