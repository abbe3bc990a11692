import { isMap, isScalar, isSeq, type YAMLMap } from 'yaml';
import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel, GitlabJob } from '../../domains/gitlab-ci/index.js';
import {
  DEFAULT_KEYWORDS,
  GLOBAL_KEYWORDS,
  INPUT_KEYWORDS,
  NESTED_KEYWORDS,
  INPUT_TYPES,
  JOB_KEYWORDS,
  RULE_KEYWORDS,
  SPEC_KEYWORDS,
  WHEN_VALUES,
  WORKFLOW_KEYWORDS,
} from '../../domains/gitlab-ci/keywords.js';
import { keyName } from '../../domains/gitlab-ci/parse.js';
import { deref, type KeyPath } from '../../domains/yaml/document.js';
import { suggest } from './support/util.js';

export default defineRule({
  meta: {
    id: 'gitlab/unknown-keyword',
    domain: 'gitlab-ci',
    description:
      'Keys GitLab does not know in jobs, `artifacts`, `cache`, `environment`, `default`, `include`, `workflow`, `rules` and the `spec:` header, and top-level keys that are neither keywords nor jobs.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      unknown: '`{{key}}` is not a {{where}} keyword.{{hint}}',
      notJob: '`{{key}}` is not a global keyword, and as a job it must be a mapping with `script`, `run` or `trigger`.',
      badType: 'Input type `{{value}}` is not one of array, boolean, number, string.',
      badWhen: '`when: {{value}}` is not one of {{allowed}}.',
    },
  },
  create(context) {
    const check = (
      model: GitlabCiModel,
      map: YAMLMap | undefined,
      path: KeyPath,
      allowed: Set<string>,
      where: string,
      header = false,
    ): void => {
      for (const pair of map?.items ?? []) {
        if (!isScalar(pair.key)) continue;
        const key = keyName(pair.key);
        if (allowed.has(key) || key === '<<') continue;
        const best = suggest(key, allowed);
        const at = header
          ? model.locateHeader([...path, key], { key: true })
          : model.locate([...path, key], { key: true });
        context.report({
          at,
          messageId: 'unknown',
          data: { key, where, hint: best ? ` Did you mean \`${best}\`?` : '' },
        });
      }
    };
    /** `artifacts`, `cache` (one or a list), `environment` under a job or `default`. */
    const checkNested = (model: GitlabCiModel, owner: YAMLMap, path: KeyPath): void => {
      for (const key of ['artifacts', 'cache', 'environment']) {
        const value = owner.get(key, true);
        const allowed = NESTED_KEYWORDS[key]!;
        if (isMap(value)) check(model, value, [...path, key], allowed, `\`${key}\``);
        else if (key === 'cache' && isSeq(value)) {
          value.items.forEach((item, index) => {
            if (isMap(item)) check(model, item, [...path, key, index], allowed, '`cache`');
          });
        }
      }
    };
    const checkWhen = (model: GitlabCiModel, value: unknown, path: KeyPath): void => {
      if (typeof value === 'string' && !value.includes('$') && !WHEN_VALUES.has(value)) {
        context.report({
          at: model.locate(path),
          messageId: 'badWhen',
          data: { value, allowed: [...WHEN_VALUES].join(', ') },
        });
      }
    };
    const checkRules = (model: GitlabCiModel, node: unknown, path: KeyPath): void => {
      if (!node || !('items' in (node as object))) return;
      (node as { items: unknown[] }).items.forEach((item, index) => {
        if (isMap(item)) {
          check(model, item, [...path, index], RULE_KEYWORDS, 'rules');
          const when = item.get('when');
          checkWhen(model, when, [...path, index, 'when']);
        }
      });
    };
    return {
      file(model: GitlabCiModel) {
        const contents = model.document.contents as YAMLMap | null;
        for (const pair of contents?.items ?? []) {
          if (!isScalar(pair.key)) continue;
          const key = keyName(pair.key);
          if (GLOBAL_KEYWORDS.has(key) || key.startsWith('.') || key === '<<') continue;
          // `job name: *template` is a job too: the alias points at a mapping.
          const value = deref(pair.value);
          if (!isMap(value))
            context.report({ at: model.locate([key], { key: true }), messageId: 'notJob', data: { key } });
        }
        const defaults = contents?.get('default', true);
        if (isMap(defaults)) {
          check(model, defaults, ['default'], DEFAULT_KEYWORDS, '`default`');
          checkNested(model, defaults, ['default']);
        }
        const include = contents?.get('include', true);
        const entries: unknown[] = isMap(include) ? [include] : isSeq(include) ? include.items : [];
        entries.forEach((entry, index) => {
          if (isMap(entry))
            check(
              model,
              entry,
              isMap(include) ? ['include'] : ['include', index],
              NESTED_KEYWORDS.include!,
              '`include`',
            );
        });
        const workflow = contents?.get('workflow', true);
        if (isMap(workflow)) {
          check(model, workflow, ['workflow'], WORKFLOW_KEYWORDS, '`workflow`');
          checkRules(model, workflow.get('rules', true), ['workflow', 'rules']);
        }
        if (model.header) {
          const headerMap = model.header.contents as YAMLMap;
          const spec = headerMap.get('spec', true);
          if (isMap(spec)) {
            check(model, spec, ['spec'], SPEC_KEYWORDS, '`spec`', true);
            const inputs = spec.get('inputs', true);
            if (isMap(inputs)) {
              for (const pair of inputs.items) {
                if (!isScalar(pair.key) || !isMap(pair.value)) continue;
                const name = String(pair.key.value);
                check(model, pair.value, ['spec', 'inputs', name], INPUT_KEYWORDS, 'input', true);
                const type = pair.value.get('type');
                if (type !== undefined && !INPUT_TYPES.has(String(type))) {
                  context.report({
                    at: model.locateHeader(['spec', 'inputs', name, 'type']),
                    messageId: 'badType',
                    data: { value: String(type) },
                  });
                }
              }
            }
          }
        }
      },
      job(job: GitlabJob) {
        if (job.hidden || !job.node) return;
        const model = context.model;
        check(model, job.node, [job.name], JOB_KEYWORDS, 'job');
        checkNested(model, job.node, [job.name]);
        checkRules(model, job.node.get('rules', true), [job.name, 'rules']);
        checkWhen(model, job.node.get('when'), [job.name, 'when']);
      },
    };
  },
});
