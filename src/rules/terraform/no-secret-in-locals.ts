import { defineRule } from '../../core/rule.js';
import { inModule } from './support/module.js';
import { secretKind } from './support/secrets.js';

export default defineRule({
  meta: {
    id: 'tf/no-secret-in-locals',
    domain: 'terraform',
    description: 'Locals hold no credential.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.5,
    messages: {
      secret:
        'Local `{{name}}` is {{kind}} written into the code: read it from a secret store (a secret manager data source, a sensitive variable) instead.',
    },
    equivalents: { tfsec: ['general-secrets-no-plaintext-exposure'] },
  },
  create(context) {
    return {
      locals(locals) {
        inModule(context, (module) => {
          for (const [name, attribute] of locals.attributes) {
            // Only what is written here: a local that merely points at a variable is that variable's business.
            if (attribute.value.kind === 'reference') continue;
            const kind = secretKind(name, attribute.value, module);
            if (kind) context.report({ at: attribute, messageId: 'secret', data: { name, kind } });
          }
        });
      },
    };
  },
});
