import { defineRule } from '../../core/rule.js';
import { allowStatementsIn } from './support/iam.js';
import { inModule } from './support/module.js';

/** Actions that only read or list: AWS requires `Resource: "*"` for many of them, and they change nothing. */
const READ_ONLY = /^[\w-]+:(?:Describe|List|Get|BatchGet|Head|Search|Lookup|View)[\w*]*$/;

export default defineRule({
  meta: {
    id: 'tf/iam-wildcard-resource',
    domain: 'terraform',
    description: 'IAM statements that change something name the resources they apply to, not `*`.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: false,
    securitySeverity: 6.0,
    messages: {
      wildcard:
        '`Resource: "*"` lets `{{action}}` act on every resource of the account: name the ARNs (or add conditions) the statement needs.',
    },
    equivalents: { checkov: ['CKV_AWS_355', 'CKV_AWS_290'], tfsec: ['aws-iam-no-policy-wildcards'] },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const statement of allowStatementsIn(module, file)) {
            const wildcard = statement.resources.find((resource) => resource.value === '*');
            if (!wildcard) continue;
            const changing = statement.actions.find((action) => !READ_ONLY.test(action.value));
            if (changing) context.report({ at: wildcard.at, messageId: 'wildcard', data: { action: changing.value } });
          }
        });
      },
    };
  },
});
