import { defineRule } from '../../core/rule.js';
import type { TfBlock } from '../../domains/terraform/index.js';
import { inModule, type TerraformModule } from './support/module.js';
import { secretKind } from './support/secrets.js';

export default defineRule({
  meta: {
    id: 'tf/no-secret-in-resource',
    domain: 'terraform',
    description: 'Resources get their passwords and keys from a secret store, not written into their arguments.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 7.5,
    messages: {
      secret:
        '`{{argument}}` of `{{type}}.{{name}}` is {{kind}}: it is in the repository and in the state. Generate it (`random_password`, `manage_master_user_password = true`) or read it from a secret store.',
    },
    equivalents: { tfsec: ['general-secrets-no-plaintext-exposure'] },
  },
  create(context) {
    const check = (module: TerraformModule, resource: TfBlock, block: TfBlock): void => {
      for (const [name, attribute] of block.attributes) {
        // Values from variables are judged where they are written (tf/no-secret-in-variable-default).
        if (attribute.value.kind === 'reference') continue;
        const kind = secretKind(name, attribute.value, module);
        if (kind)
          context.report({
            at: attribute,
            messageId: 'secret',
            data: { argument: name, type: resource.labels[0]!, name: resource.labels[1] ?? '', kind },
          });
      }
      for (const nested of block.blocks) check(module, resource, nested);
    };
    return {
      file() {
        inModule(context, (module, file) => {
          for (const resource of file.blocks) if (resource.type === 'resource') check(module, resource, resource);
        });
      },
    };
  },
});
