import { isMap, isSeq, isScalar, Scalar } from 'yaml';
import { defineRule } from '../../core/rule.js';
import { checkCron, tooFrequent } from './support/cron.js';
import { at, atOffsets, factsOf, valueOf } from './support/facts.js';

export default defineRule({
  meta: {
    id: 'gha/invalid-cron',
    domain: 'github-actions',
    description: '`schedule` cron expressions must have 5 valid fields and fire at most every 5 minutes.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      invalid: 'Invalid cron "{{cron}}": {{message}}.',
      frequent: 'Cron "{{cron}}" fires more often than every 5 minutes; GitHub runs schedules at most every 5 minutes.',
      shape: '`schedule` must be a list of `- cron: "…"` entries.',
    },
    equivalents: { actionlint: ['events'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        const schedule = facts.events.get('schedule');
        if (!schedule || facts.kind !== 'workflow') return;
        if (!isSeq(schedule.value)) {
          context.report({ at: at(facts, schedule.key, ['on', 'schedule']), messageId: 'shape' });
          return;
        }
        schedule.value.items.forEach((item, index) => {
          const path = ['on', 'schedule', index, 'cron'];
          const cron = valueOf(item, 'cron');
          if (!isMap(item) || !isScalar(cron)) {
            context.report({ at: at(facts, item as Scalar, ['on', 'schedule', index]), messageId: 'shape' });
            return;
          }
          const text = String(cron.value ?? '');
          const problem = checkCron(text);
          const quoted = cron.type === Scalar.QUOTE_DOUBLE || cron.type === Scalar.QUOTE_SINGLE ? 1 : 0;
          if (problem) {
            const start = cron.range![0] + quoted + problem.offset;
            context.report({
              at: atOffsets(facts, start, start + problem.length, path),
              messageId: 'invalid',
              data: { cron: text, message: problem.message },
            });
          } else if (tooFrequent(text)) {
            context.report({
              at: at(facts, cron, path),
              messageId: 'frequent',
              data: { cron: text },
              severity: 'warning',
            });
          }
        });
      },
    };
  },
});
