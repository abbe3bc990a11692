import { defineRule } from '../../core/rule.js';
import { inModule } from './support/module.js';

/** Backends that keep the state outside the working copy; `local` (the default) does not. */
const LOCAL_BACKENDS = new Set(['local']);

export default defineRule({
  meta: {
    id: 'tf/backend-remote',
    domain: 'terraform',
    description: 'A root module keeps its state in a remote backend (S3, GCS, azurerm, HCP Terraform, …).',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing:
        'No `backend` or `cloud` block: the state stays in a local terraform.tfstate that no one else sees and nothing locks.',
      local:
        'The `local` backend keeps the state on one machine: use a remote backend that others share and that locks.',
    },
    equivalents: {},
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          if (!module.isRoot) return;
          const settings = module.blocks('terraform');
          const backends = settings.flatMap((block) =>
            block.blocks.filter((b) => b.type === 'backend' || b.type === 'cloud'),
          );
          if (backends.length === 0) {
            if (module.anchor !== file) return;
            const at = settings.find((block) => block.file === file.path) ?? file.blocks[0];
            if (at) context.report({ at, messageId: 'missing' });
            return;
          }
          for (const backend of backends) {
            if (backend.file === file.path && backend.type === 'backend' && LOCAL_BACKENDS.has(backend.labels[0] ?? ''))
              context.report({ at: backend, messageId: 'local' });
          }
        });
      },
    };
  },
});
