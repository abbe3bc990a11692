import type { Fix } from '../../core/finding.js';
import { defineRule } from '../../core/rule.js';
import { atOffsets, factsOf } from './support/facts.js';

const COMMANDS: Record<string, string> = {
  'set-output': 'append `name=value` to "$GITHUB_OUTPUT"',
  'save-state': 'append `name=value` to "$GITHUB_STATE"',
  'set-env': 'append `NAME=value` to "$GITHUB_ENV"',
  'add-path': 'append the directory to "$GITHUB_PATH"',
};
const PATTERN = /::(set-output|save-state|set-env|add-path)\b/g;

const FILES: Record<string, string> = { 'set-output': 'GITHUB_OUTPUT', 'save-state': 'GITHUB_STATE' };

/**
 * `echo "::set-output name=x::value"` → `echo "x=value" >> "$GITHUB_OUTPUT"` (and save-state), when the whole
 * command is one simple `echo` on its line; anything else is left for a person.
 */
function rewrite(text: string, at: number, command: string): Fix | undefined {
  const file = FILES[command];
  if (!file) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  const lineEnd = newline < 0 ? text.length : newline;
  const line = text.slice(lineStart, lineEnd);
  const match =
    /^(\s*(?:-\s+run:\s+|run:\s+)?)echo\s+(["']?)::(?:set-output|save-state) name=([A-Za-z_][\w-]*)::(.*?)\2\s*$/.exec(
      line,
    );
  if (!match || match[4]!.includes(match[2] || ' ')) return undefined;
  const [, prefix, quote, name, value] = match;
  const q = quote || '"';
  return {
    description: `write ${command} to $${file}`,
    safe: true,
    edits: [{ start: lineStart, end: lineEnd, text: `${prefix}echo ${q}${name}=${value}${q} >> "$${file}"` }],
  };
}

export default defineRule({
  meta: {
    id: 'gha/deprecated-command',
    domain: 'github-actions',
    description:
      'Run scripts must not use the disabled `::set-output`, `::save-state`, `::set-env` and `::add-path` workflow commands.',
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
              const fix = rewrite(text, start, command);
              context.report({
                at: atOffsets(facts, start, start + match[0].length, [...step.path, 'run']),
                messageId: 'command',
                data: { command, instead: COMMANDS[command]! },
                ...(fix ? { fix } : {}),
              });
            }
          }
        }
      },
    };
  },
});
