import { defineRule } from '../../core/rule.js';
import { containerAt } from './support/pods.js';

/** Variable names that hold credentials (`DB_PASSWORD`, `API_KEY`, `GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`). */
const SECRET_NAME =
  /(?:^|_)(?:PASS(?:WORD|WD)?|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIALS?|AUTH)(?:_|$)/i;
/** Names that mention a secret without holding one (`TOKEN_TTL`, `PASSWORD_FILE`, `SECRET_NAME`). */
const NOT_A_VALUE =
  /(?:^|_)(?:FILE|PATH|DIR|NAME|ID|USER(?:NAME)?|TTL|EXPIRY|EXPIRES|LENGTH|URL|ENDPOINT|HEADER|TYPE|ENABLED|REF|KEY_?ID)$/i;
/** Values that are clearly not credentials: empty, placeholders, booleans, references. */
const PLACEHOLDER = /^(?:|true|false|yes|no|none|null|changeme|\$\(.*\)|\$\{.*\}|<.*>|\{\{.*\}\}|[*x.]+)$/i;

export default defineRule({
  meta: {
    id: 'k8s/secret-in-env-value',
    domain: 'kubernetes',
    description: 'Credentials must not be written as literal `env` values in a manifest.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.5,
    messages: {
      literal:
        'Container "{{name}}" sets `{{variable}}` to a literal value: it is in the repository and readable by anyone who can read the pod spec. Reference a Secret (from your secret store) instead.',
    },
    equivalents: { 'kube-linter': ['env-var-secret'], checkov: ['CKV_K8S_35'] },
  },
  create(context) {
    return {
      container(container) {
        for (const variable of container.env) {
          if (variable.value === undefined || !SECRET_NAME.test(variable.name) || NOT_A_VALUE.test(variable.name))
            continue;
          if (PLACEHOLDER.test(variable.value.trim())) continue;
          context.report({
            at: containerAt(container, [...variable.path.slice(container.path.length), 'value']),
            messageId: 'literal',
            data: { name: container.name, variable: variable.name },
          });
        }
      },
    };
  },
});
