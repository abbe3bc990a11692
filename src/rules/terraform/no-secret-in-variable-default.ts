import { defineRule } from '../../core/rule.js';
import { inModule } from './support/module.js';
import { secretKind } from './support/secrets.js';

export default defineRule({
  meta: {
    id: 'tf/no-secret-in-variable-default',
    domain: 'terraform',
    description: "A variable's default holds no credential.",
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.5,
    messages: {
      secret:
        'Variable `{{name}}` defaults to {{kind}}: it is in the repository and in every plan. Leave the default out and pass it in from a secret store (TF_VAR_{{name}}, a secret manager data source).',
    },
    equivalents: { tfsec: ['general-secrets-no-plaintext-exposure'] },
  },
  create(context) {
    return {
      variable(variable) {
        const fallback = variable.attributes.get('default');
        const name = variable.labels[0];
        if (!fallback || !name) return;
        inModule(context, (module) => {
          const kind = secretKind(name, fallback.value, module);
          if (kind) context.report({ at: fallback, messageId: 'secret', data: { name, kind } });
        });
      },
    };
  },
});
