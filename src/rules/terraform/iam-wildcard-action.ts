import { defineRule } from '../../core/rule.js';
import { allowStatementsIn } from './support/iam.js';
import { inModule } from './support/module.js';

export default defineRule({
  meta: {
    id: 'tf/iam-wildcard-action',
    domain: 'terraform',
    description: 'IAM policies allow named actions, not `*` or a whole service (`s3:*`).',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.0,
    messages: {
      admin: 'Action `{{action}}` allows every action of every service: whoever holds this policy is an administrator.',
      service:
        'Action `{{action}}` allows every action of the service, deleting and re-permissioning included: list the actions needed.',
      notAction:
        '`NotAction` in an Allow statement allows every action but the listed ones, including those of services added later.',
    },
    equivalents: {
      checkov: ['CKV_AWS_1', 'CKV_AWS_62', 'CKV_AWS_63', 'CKV_AWS_49'],
      tfsec: ['aws-iam-no-policy-wildcards'],
    },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const statement of allowStatementsIn(module, file)) {
            for (const { value, at } of statement.actions) {
              if (value === '*' || value === '*:*') context.report({ at, messageId: 'admin', data: { action: value } });
              else if (/^[\w-]+:\*$/.test(value)) context.report({ at, messageId: 'service', data: { action: value } });
            }
            for (const { at } of statement.notActions) context.report({ at, messageId: 'notAction' });
          }
        });
      },
    };
  },
});
