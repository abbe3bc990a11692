import { defineRule } from '../../core/rule.js';
import type { TfBlock } from '../../domains/terraform/index.js';
import { inModule, type TerraformModule } from './support/module.js';
import { secretKind } from './support/secrets.js';

export default defineRule({
  meta: {
    id: 'tf/no-secret-in-provider',
    domain: 'terraform',
    description: 'Provider blocks hold no credential written into the code.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.1,
    messages: {
      secret:
        "Provider `{{provider}}` gets `{{argument}}` as {{kind}}: use the provider's environment variables, a profile, or OIDC / workload identity in CI.",
    },
    equivalents: { checkov: ['CKV_AWS_41'], tfsec: ['general-secrets-no-plaintext-exposure'] },
  },
  create(context) {
    const check = (module: TerraformModule, provider: string, block: TfBlock): void => {
      for (const [name, attribute] of block.attributes) {
        // A variable's default is judged where it is written (tf/no-secret-in-variable-default).
        if (attribute.value.kind === 'reference') continue;
        const kind = secretKind(name, attribute.value, module);
        if (kind) context.report({ at: attribute, messageId: 'secret', data: { provider, kind, argument: name } });
      }
      for (const nested of block.blocks) check(module, provider, nested);
    };
    return {
      provider(block) {
        inModule(context, (module) => check(module, block.labels[0] ?? '', block));
      },
    };
  },
});
