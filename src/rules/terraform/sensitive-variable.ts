import { defineRule } from '../../core/rule.js';
import { inModule } from './support/module.js';
import { isSecretName } from './support/secrets.js';

export default defineRule({
  meta: {
    id: 'tf/sensitive-variable',
    domain: 'terraform',
    description: 'A variable named like a credential is marked `sensitive = true`.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 4.0,
    messages: {
      unmarked:
        'Variable `{{name}}` looks like a credential but is not `sensitive = true`: plans and applies print its value.',
    },
  },
  create(context) {
    return {
      variable(variable) {
        const name = variable.labels[0] ?? '';
        if (!isSecretName(name)) return;
        inModule(context, (module) => {
          const sensitive = variable.attributes.get('sensitive');
          if (sensitive && !module.is(sensitive.value, false)) return;
          // A bool or number is no credential, whatever its name (`enable_password_auth`).
          const type = variable.attributes.get('type')?.value.text;
          if (type === 'bool' || type === 'number') return;
          context.report({ at: sensitive ?? variable, messageId: 'unmarked', data: { name } });
        });
      },
    };
  },
});
