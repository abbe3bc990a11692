import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel, GitlabJob } from '../../domains/gitlab-ci/index.js';
import type { KeyPath } from '../../domains/yaml/document.js';
import { isPlainObject } from './support/util.js';

const DEBUG = new Set(['CI_DEBUG_TRACE', 'CI_DEBUG_SERVICES']);

export default defineRule({
  meta: {
    id: 'gitlab/debug-trace',
    domain: 'gitlab-ci',
    description:
      '`CI_DEBUG_TRACE` or `CI_DEBUG_SERVICES` switched on in the file: the job log then shows every variable, masked ones included.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      debug:
        '`{{name}}` is on: the job log will show every variable value, secrets included. Turn it on for a single manual run, never in the file.',
    },
    equivalents: { poutine: ['debug_enabled'], pipefort: ['cicd-sec-7-gl-debug-trace'] },
  },
  create(context) {
    const check = (model: GitlabCiModel, variables: unknown, path: KeyPath): void => {
      if (!isPlainObject(variables)) return;
      for (const [name, entry] of Object.entries(variables)) {
        if (!DEBUG.has(name)) continue;
        const value = isPlainObject(entry) ? entry.value : entry;
        if (value === true || /^(?:true|1|yes)$/i.test(String(value)))
          context.report({ at: model.locate([...path, name], { key: true }), messageId: 'debug', data: { name } });
      }
    };
    return {
      file(model: GitlabCiModel) {
        check(model, model.data.variables, ['variables']);
      },
      job(job: GitlabJob) {
        check(context.model, job.own.variables, [job.name, 'variables']);
      },
    };
  },
});
