import { defineRule } from '../../core/rule.js';
import { inModule } from './support/module.js';

export default defineRule({
  meta: {
    id: 'tf/required-version',
    domain: 'terraform',
    description: 'The module states the Terraform versions it works with (`required_version`).',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing:
        'No `required_version` in a `terraform` block: any Terraform release may run this code, and a newer one may rewrite the state so older ones can no longer read it.',
    },
    equivalents: { tflint: ['terraform_required_version'] },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          const settings = module.blocks('terraform');
          if (settings.some((block) => block.attributes.has('required_version'))) return;
          if (module.anchor !== file) return;
          const at = settings.find((block) => block.file === file.path) ?? file.blocks[0];
          if (at) context.report({ at, messageId: 'missing' });
        });
      },
    };
  },
});
