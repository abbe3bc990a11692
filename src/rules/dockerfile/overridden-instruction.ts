import { defineRule } from '../../core/rule.js';
import type { DockerStage } from '../../domains/dockerfile/index.js';
import { keywordAt } from './support/locate.js';

/** Instructions of which only the last one in a stage takes effect. */
const LAST_WINS = ['CMD', 'ENTRYPOINT', 'HEALTHCHECK'];

export default defineRule({
  meta: {
    id: 'docker/overridden-instruction',
    domain: 'dockerfile',
    description: 'Only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage take effect; earlier ones are dead code.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      overridden:
        'This {{keyword}} is overridden by the one on line {{line}}: only the last {{keyword}} of a stage takes effect.',
    },
    equivalents: { hadolint: ['DL4003', 'DL4004', 'DL3012'], trivy: ['DS007', 'DS016', 'DS023'] },
  },
  create(context) {
    return {
      stage(stage: DockerStage) {
        for (const keyword of LAST_WINS) {
          const all = stage.instructions.filter((instruction) => instruction.keyword === keyword);
          const last = all[all.length - 1];
          for (const instruction of all.slice(0, -1)) {
            context.report({
              at: keywordAt(instruction),
              messageId: 'overridden',
              data: { keyword, line: last!.span.line },
            });
          }
        }
      },
    };
  },
});
