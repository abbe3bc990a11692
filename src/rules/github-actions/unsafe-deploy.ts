import { isMap, isScalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import { at, factsOf, pairOf, stringOf, valueOf } from './support/facts.js';

const DEPLOY_NAME = /(^|[-_\s])(deploy|deployment|release|publish|rollout)($|[-_\s])/i;

export default defineRule({
  meta: {
    id: 'gha/unsafe-deploy',
    domain: 'github-actions',
    description:
      'Deploy jobs should run in an `environment` and in a `concurrency` group that never cancels a deploy in progress.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      environment:
        'Deploy job "{{job}}" has no `environment:`: it gets no protection rules, environment secrets or deployment history.',
      concurrency: 'Deploy job "{{job}}" has no `concurrency` group: two runs can deploy at once.',
      cancel:
        'Deploy job "{{job}}" may be cancelled mid-deploy: set `cancel-in-progress: false` for its concurrency group.',
    },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind !== 'workflow' || !facts.root) return;
        let workflowCancelReported = false;
        for (const job of facts.jobs) {
          if (!job.node || job.uses) continue;
          const environment = pairOf(job.node, 'environment');
          const name = stringOf(valueOf(job.node, 'name')) ?? '';
          const byName = DEPLOY_NAME.test(job.id) || DEPLOY_NAME.test(name);
          if (!environment && !byName) continue;
          if (!environment)
            context.report({ at: at(facts, job.key, job.path), messageId: 'environment', data: { job: job.id } });
          const own = pairOf(job.node, 'concurrency');
          const concurrency = own ?? pairOf(facts.root, 'concurrency');
          if (!concurrency) {
            context.report({ at: at(facts, job.key, job.path), messageId: 'concurrency', data: { job: job.id } });
            continue;
          }
          if (!isMap(concurrency.value)) continue;
          const cancel = valueOf(concurrency.value, 'cancel-in-progress');
          if (
            isScalar(cancel) &&
            (cancel.value === true || (typeof cancel.value === 'string' && cancel.value.includes('${{')))
          ) {
            // The workflow-level group is one place: report it once, for the first deploy job.
            if (!own && workflowCancelReported) continue;
            if (!own) workflowCancelReported = true;
            const path = own
              ? [...job.path, 'concurrency', 'cancel-in-progress']
              : ['concurrency', 'cancel-in-progress'];
            context.report({ at: at(facts, cancel, path), messageId: 'cancel', data: { job: job.id } });
          }
        }
      },
    };
  },
});
