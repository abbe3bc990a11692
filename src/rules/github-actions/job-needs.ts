import { defineRule } from '../../core/rule.js';
import { at, factsOf } from './support/facts.js';

export default defineRule({
  meta: {
    id: 'gha/job-needs',
    domain: 'github-actions',
    description: '`needs:` must name existing jobs, not the job itself, and must not form a cycle.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      unknown: 'Job "{{job}}" needs "{{need}}", which is not a job of this workflow.',
      self: 'Job "{{job}}" needs itself.',
      duplicate: 'Job "{{job}}" lists "{{need}}" in `needs` twice.',
      cycle: 'Jobs depend on each other in a cycle: {{cycle}}.',
    },
    equivalents: { actionlint: ['job-needs'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        if (facts.kind !== 'workflow') return;
        const edges = new Map<string, string[]>();
        for (const job of facts.jobs) {
          const seen = new Set<string>();
          const targets: string[] = [];
          job.needs.forEach((node, index) => {
            const need = String(node.value);
            const path =
              job.needs.length === 1 && job.node?.get('needs', true) === node
                ? [...job.path, 'needs']
                : [...job.path, 'needs', index];
            const data = { job: job.id, need };
            if (seen.has(need)) context.report({ at: at(facts, node, path), messageId: 'duplicate', data });
            else if (need === job.id) context.report({ at: at(facts, node, path), messageId: 'self', data });
            else if (!facts.jobsById.has(need))
              context.report({ at: at(facts, node, path), messageId: 'unknown', data });
            else targets.push(need);
            seen.add(need);
          });
          edges.set(job.id, targets);
        }
        // Depth-first search; report each cycle once, at the job where it closes.
        const state = new Map<string, 1 | 2>();
        const stack: string[] = [];
        const reported = new Set<string>();
        const dfs = (id: string): void => {
          state.set(id, 1);
          stack.push(id);
          for (const next of edges.get(id) ?? []) {
            const mark = state.get(next);
            if (mark === 1) {
              const cycle = [...stack.slice(stack.indexOf(next)), next];
              const key = [...cycle.slice(0, -1)].sort().join(' ');
              if (!reported.has(key)) {
                reported.add(key);
                const job = facts.jobsById.get(id)!;
                const node = job.needs.find((need) => String(need.value) === next)!;
                context.report({
                  at: at(facts, node, [...job.path, 'needs']),
                  messageId: 'cycle',
                  data: { cycle: cycle.join(' → ') },
                });
              }
            } else if (mark === undefined) dfs(next);
          }
          stack.pop();
          state.set(id, 2);
        };
        for (const job of facts.jobs) if (!state.has(job.id)) dfs(job.id);
      },
    };
  },
});
