import { defineRule } from '../../core/rule.js';
import { atOffsets, factsOf } from './support/facts.js';

const COMMANDS: Record<string, string> = {
  'set-output': 'append `name=value` to "$GITHUB_OUTPUT"',
  'save-state': 'append `name=value` to "$GITHUB_STATE"',
  'set-env': 'append `NAME=value` to "$GITHUB_ENV"',
  'add-path': 'append the directory to "$GITHUB_PATH"',
};
const PATTERN = /::(set-output|save-state|set-env|add-path)\b/g;

export default defineRule({
  meta: {
    id: 'gha/deprecated-command',
    domain: 'github-actions',
    description: 'Run scripts must not use the disabled `::set-output`, `::save-state`, `::set-env` and `::add-path` workflow commands.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      command: 'The `::{{command}}` workflow command is disabled: {{instead}}.',
    },
    equivalents: { actionlint: ['deprecated-commands'] },
  },
  create(context) {
    return {
      exit() {
        const facts = factsOf(context.file);
        const { text } = facts.file;
        for (const job of facts.jobs) {
          for (const step of job.steps) {
            const run = step.run;
            if (!run?.range || typeof run.value !== 'string' || !run.value.includes('::')) continue;
            const source = text.slice(run.range[0], run.range[1]);
            PATTERN.lastIndex = 0;
            for (let match = PATTERN.exec(source); match; match = PATTERN.exec(source)) {
              const command = match[1]!;
              const start = run.range[0] + match.index;
              context.report({ at: atOffsets(facts, start, start + match[0].length, [...step.path, 'run']), messageId: 'command', data: { command, instead: COMMANDS[command]! } });
            }
          }
        }
      },
    };
  },
});
