import { defineRule, type RuleContext } from '../../core/rule.js';
import type { Container, Job } from '../../domains/github-actions/index.js';

function check(context: RuleContext, container: Container, what: string): void {
  const password = container.credentials?.password;
  if (!password || password.value === null || password.value === undefined) return;
  const text = String(password.value);
  if (text === '' || text.includes('${{')) return;
  context.report({ at: password, messageId: 'password', data: { what } });
}

export default defineRule({
  meta: {
    id: 'gha/hardcoded-container-credentials',
    domain: 'github-actions',
    description:
      'Registry passwords of `container:` and `services:` must come from secrets, not be written in the workflow.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.5,
    messages: {
      password:
        'The registry password of {{what}} is written in the workflow, readable by everyone who can read the repository: use `${{ secrets.NAME }}`.',
    },
    equivalents: { zizmor: ['hardcoded-container-credentials'], actionlint: ['credentials'] },
  },
  create(context) {
    return {
      job(job: Job) {
        if (job.container) check(context, job.container, `the container of job "${job.id}"`);
        for (const service of job.services) check(context, service, `service "${service.id}"`);
      },
    };
  },
});
