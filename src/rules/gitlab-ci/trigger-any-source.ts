import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel, GitlabJob } from '../../domains/gitlab-ci/index.js';
import type { KeyPath } from '../../domains/yaml/document.js';
import { isPlainObject } from './support/util.js';

const EXTERNAL_SOURCE =
  /\$CI_PIPELINE_SOURCE\s*(?:==\s*["'](?:trigger|pipeline)["']|=~\s*\/[^/]*(?:trigger|pipeline)[^/]*\/)/;

export default defineRule({
  meta: {
    id: 'gitlab/trigger-any-source',
    domain: 'gitlab-ci',
    description:
      'Pipelines and jobs that accept trigger-token or upstream-pipeline runs with no further condition, and trigger jobs that forward every pipeline variable downstream.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.5,
    messages: {
      source:
        'This rule accepts any `{{source}}` pipeline with no other condition: anyone holding a trigger token (or any upstream project allowed to trigger) starts it and can override variables. Add a condition on the ref or the upstream project (`&& $UPSTREAM_PROJECT == "group/app"`).',
      forward:
        '`forward: pipeline_variables: true` passes every variable of this pipeline (including ones set by whoever triggered it) to the downstream pipeline: pass the few it needs under `trigger:` variables instead.',
    },
    equivalents: { pipefort: ['cicd-sec-8-gl-trigger-unfiltered'] },
  },
  create(context) {
    const checkRules = (model: GitlabCiModel, rules: unknown, path: KeyPath): void => {
      if (!Array.isArray(rules)) return;
      rules.forEach((rule, index) => {
        if (!isPlainObject(rule) || typeof rule.if !== 'string' || rule.when === 'never') return;
        const match = EXTERNAL_SOURCE.exec(rule.if);
        if (!match || /&&/.test(rule.if)) return;
        context.report({
          at: model.locate([...path, index, 'if']),
          messageId: 'source',
          data: { source: /pipeline/.test(match[0]) ? 'pipeline' : 'trigger' },
        });
      });
    };
    return {
      file(model: GitlabCiModel) {
        if (isPlainObject(model.data.workflow)) checkRules(model, model.data.workflow.rules, ['workflow', 'rules']);
      },
      job(job: GitlabJob) {
        const model = context.model;
        checkRules(model, job.own.rules, [job.name, 'rules']);
        const trigger = job.own.trigger;
        if (isPlainObject(trigger) && isPlainObject(trigger.forward) && trigger.forward.pipeline_variables === true) {
          context.report({
            at: model.locate([job.name, 'trigger', 'forward', 'pipeline_variables'], { key: true }),
            messageId: 'forward',
          });
        }
      },
    };
  },
});
