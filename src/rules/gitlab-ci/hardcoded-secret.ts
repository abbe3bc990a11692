import { defineRule } from '../../core/rule.js';
import type { GitlabCiModel, GitlabJob } from '../../domains/gitlab-ci/index.js';
import type { KeyPath } from '../../domains/yaml/document.js';
import { isDynamic, isPlainObject, isSecretName, TOKEN_PATTERNS } from './support/util.js';

/** Settings of throwaway service containers (`services:` databases in test jobs), not credentials of anything real. */
const SERVICE_SETTING =
  /^(?:POSTGRES|PG|MYSQL|MARIADB|MONGO(?:_INITDB)?|REDIS|RABBITMQ|MSSQL|SA|ELASTIC|MINIO|KEYCLOAK)_/;
const PLACEHOLDER =
  /^(?:postgres|password|passw0rd|secret|changeme|change-me|example|test(?:ing)?|root|admin|guest|mysql|dummy|fake|local|dev(?:elopment)?|runner-password)$/i;

export default defineRule({
  meta: {
    id: 'gitlab/hardcoded-secret',
    domain: 'gitlab-ci',
    description:
      'Credentials written into `variables:` instead of masked, protected CI/CD variables or a secrets manager.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.5,
    messages: {
      named:
        'Variable `{{name}}` holds a literal value in the file: store it as a masked, protected CI/CD variable (or use `secrets:`).',
      shaped:
        'Variable `{{name}}` holds what looks like a {{kind}}: revoke it and store it as a masked, protected CI/CD variable.',
    },
    equivalents: { pipefort: ['cicd-sec-6-gl-hardcoded-secrets'] },
  },
  create(context) {
    const check = (model: GitlabCiModel, variables: unknown, path: KeyPath): void => {
      if (!isPlainObject(variables)) return;
      for (const [name, entry] of Object.entries(variables)) {
        const raw = isPlainObject(entry) ? entry.value : entry;
        if (typeof raw !== 'string' && typeof raw !== 'number') continue;
        const value = String(raw);
        const at = model.locate(isPlainObject(entry) ? [...path, name, 'value'] : [...path, name]);
        const shaped = TOKEN_PATTERNS.find(({ pattern }) => pattern.test(value));
        if (shaped) {
          context.report({ at, messageId: 'shaped', data: { name, kind: shaped.name } });
        } else if (
          isSecretName(name) &&
          !SERVICE_SETTING.test(name) &&
          !PLACEHOLDER.test(value) &&
          value.length >= 8 &&
          !isDynamic(value) &&
          !/^(?:true|false|yes|no|on|off)$/i.test(value) &&
          !/^[./~]|:\/\/[^@]*$/.test(value)
        ) {
          context.report({ at, messageId: 'named', data: { name } });
        }
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
