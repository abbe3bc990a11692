import { defineRule } from '../../core/rule.js';
import type { GitlabJob, ScriptLine } from '../../domains/gitlab-ci/index.js';
import { quoteAt, UNTRUSTED_VARIABLES, variableRefs } from './support/util.js';

/** Commands that run their argument as code: what reaches them is parsed again, not passed as data. */
const EVALUATES =
  /(?:^|[\s;&|(`])(?:eval|(?:ba|z|da|k)?sh\s+-c|python[0-9.]*\s+-c|node\s+(?:-e|--eval|-p)|perl\s+-e|ruby\s+-e|php\s+-r|pwsh\s+-c(?:ommand)?)(?=\s)/;

export default defineRule({
  meta: {
    id: 'gitlab/script-injection',
    domain: 'gitlab-ci',
    description:
      'Merge-request and commit variables (titles, messages, branch names) spliced into code that is evaluated again (`eval`, `sh -c "…"`, `python -c "…"`).',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.8,
    messages: {
      injection:
        '`{{name}}` is chosen by whoever opens the merge request or pushes the commit, and is expanded into code that `{{command}}` runs: a value like `$(curl …)` runs in this job. Pass it as data (an argument or environment variable read inside the code, in single quotes).',
    },
    equivalents: { poutine: ['injection'], pipefort: ['cicd-sec-4-gl-shell-injection'] },
  },
  create(context) {
    return {
      script({ line }: { job: GitlabJob; line: ScriptLine }) {
        const match = EVALUATES.exec(line.text);
        if (!match) return;
        const start = match.index + match[0].length;
        for (const ref of variableRefs(line.text)) {
          if (ref.index < start || !UNTRUSTED_VARIABLES.includes(ref.name)) continue;
          if (quoteAt(line.text, ref.index) === 'single') continue;
          context.report({
            at: context.model.find(line.node, ref.raw, line.path),
            messageId: 'injection',
            data: { name: ref.name, command: match[0].trim().split(/\s+/)[0]! },
          });
          return;
        }
      },
    };
  },
});
