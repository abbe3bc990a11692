import { isMap, isScalar, isSeq } from 'yaml';
import { defineRule } from '../../core/rule.js';
import type { Job, Workflow } from '../../domains/github-actions/index.js';
import { OUTSIDER_TRIGGERS } from './support/security.js';
import { selfHostedLabels } from './support/labels.js';

function collectLabels(value: unknown, labels: string[]): void {
  if (isScalar(value) && typeof value.value === 'string') labels.push(value.value);
  else if (isSeq(value)) for (const item of value.items) collectLabels(item, labels);
}

function selfHostedLabel(job: Job, configured: ReadonlySet<string>): string | undefined {
  const node = job.runsOn?.node ?? null;
  const labels: string[] = [];
  if (isMap(node)) collectLabels(node.get('labels', true), labels);
  else collectLabels(node, labels);
  return labels.find(
    (label) => !label.includes('${{') && (label.toLowerCase() === 'self-hosted' || configured.has(label.toLowerCase())),
  );
}

export default defineRule({
  meta: {
    id: 'gha/self-hosted-runner',
    domain: 'github-actions',
    description:
      'Workflows outsiders can trigger (fork pull requests, issues, comments) must not run on self-hosted runners, which keep state and network access between jobs.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      selfHosted:
        'Job "{{job}}" runs on the self-hosted runner "{{label}}" in a workflow triggered by `{{trigger}}`, which outsiders can fire: their code could persist on the machine or reach your network. Use GitHub-hosted runners here.',
    },
    equivalents: {
      zizmor: ['self-hosted-runner'],
      scorecard: ['Dangerous-Workflow'],
      pipefort: ['best-prac-3-self-hosted-runners'],
    },
  },
  create(context) {
    const configured = selfHostedLabels(context.settings.selfHostedRunnerLabels);
    return {
      workflow(workflow: Workflow) {
        const trigger = [...(workflow.on?.events.keys() ?? [])].filter((event) => OUTSIDER_TRIGGERS.has(event));
        if (trigger.length === 0) return;
        for (const job of workflow.jobs) {
          const label = selfHostedLabel(job, configured);
          if (label)
            context.report({
              at: job.runsOn!,
              messageId: 'selfHosted',
              data: { job: job.id, label, trigger: trigger.join('`, `') },
            });
        }
      },
    };
  },
});
