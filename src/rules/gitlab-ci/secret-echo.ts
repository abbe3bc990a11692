import { defineRule } from '../../core/rule.js';
import type { GitlabJob, ScriptLine } from '../../domains/gitlab-ci/index.js';
import { commands, isSecretName, JOB_SCOPED, quoteAt, variableRefs } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/secret-echo',
    domain: 'gitlab-ci',
    description:
      'Scripts that print credentials or every variable to the job log (`echo $TOKEN`, bare `env`, `printenv`).',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.5,
    messages: {
      echo: '`{{command}}` prints `{{name}}` to the job log; masking misses encoded or split values. Pipe it into the command that needs it (`--password-stdin`) instead.',
      dump: '`{{command}}` prints every variable, credentials included, to the job log.',
    },
  },
  create(context) {
    return {
      script({ line }: { job: GitlabJob; line: ScriptLine }) {
        for (const part of commands(line.text)) {
          const words = part.text.trim().split(/\s+/);
          const command = words[0] ?? '';
          if (
            (command === 'env' || command === 'printenv' || command === 'export' || command === 'set') &&
            words.length === 1 &&
            part.next !== '|'
          ) {
            context.report({
              at: context.model.find(line.node, part.text.trim(), line.path),
              messageId: 'dump',
              data: { command },
            });
            continue;
          }
          if (command !== 'echo' && command !== 'printf') continue;
          if (part.next === '|' || /(^|\s)\d?>>?/.test(part.text)) continue; // piped or written to a file
          for (const ref of variableRefs(part.text)) {
            if (quoteAt(part.text, ref.index) === 'single') continue;
            if (!isSecretName(ref.name) && !JOB_SCOPED.has(ref.name) && !/^CI_JOB_JWT/.test(ref.name)) continue;
            context.report({
              at: context.model.find(line.node, ref.raw, line.path),
              messageId: 'echo',
              data: { command, name: ref.name },
            });
            break;
          }
        }
      },
    };
  },
});
