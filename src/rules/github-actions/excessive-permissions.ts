import { defineRule } from '../../core/rule.js';
import type { Workflow } from '../../domains/github-actions/index.js';

export default defineRule({
  meta: {
    id: 'gha/excessive-permissions',
    domain: 'github-actions',
    description:
      'Workflows must declare the token permissions they need, never `write-all`, and grant write scopes in the jobs that need them rather than to every job.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.5,
    messages: {
      undeclared:
        'Job "{{job}}" declares no `permissions:` and neither does the workflow, so its token gets the repository default (possibly read-write on everything): add `permissions:` (e.g. `contents: read`).',
      readAll:
        '`permissions: read-all` lets the token read every scope (packages, security events, actions, …) of every job it applies to: list the scopes the jobs need (e.g. `contents: read`).',
      writeAll: '`permissions: write-all` gives the token write access to every scope: list the scopes the job needs.',
      topLevelWrite:
        '`{{scope}}: write` at the top applies to every job, including {{jobs}}: grant it in the jobs that need it.',
    },
    equivalents: {
      zizmor: ['excessive-permissions'],
      scorecard: ['Token-Permissions'],
      pipefort: ['slsa-build-l2-perms-overly-broad'],
    },
  },
  create(context) {
    return {
      workflow(workflow: Workflow) {
        const events = workflow.on ? [...workflow.on.events.keys()] : [];
        // A reusable workflow's token is bounded by its caller's permissions.
        if (events.length === 1 && events[0] === 'workflow_call') return;
        const top = workflow.permissions;
        if (top?.kind === 'write-all') context.report({ at: top, messageId: 'writeAll' });
        // Read-only, so a note: broader than needed, but it cannot change the repository.
        if (top?.kind === 'read-all') context.report({ at: top, messageId: 'readAll', severity: 'note' });
        for (const job of workflow.jobs) {
          if (job.permissions?.kind === 'write-all') context.report({ at: job.permissions, messageId: 'writeAll' });
          if (job.permissions?.kind === 'read-all')
            context.report({ at: job.permissions, messageId: 'readAll', severity: 'note' });
          if (!top && !job.permissions)
            context.report({ at: job.at([], { key: true }), messageId: 'undeclared', data: { job: job.id } });
        }
        if (top?.kind !== 'map' || workflow.jobs.length < 2) return;
        const inheriting = workflow.jobs.filter((job) => !job.permissions);
        if (inheriting.length === 0) return;
        const names = inheriting.map((job) => `"${job.id}"`);
        const jobs =
          names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
        for (const [scope, value] of top.scopes) {
          if (value.level === 'write') context.report({ at: value, messageId: 'topLevelWrite', data: { scope, jobs } });
        }
      },
    };
  },
});
