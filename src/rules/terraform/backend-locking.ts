import { defineRule } from '../../core/rule.js';
import { inModule, UNKNOWN } from './support/module.js';

export default defineRule({
  meta: {
    id: 'tf/backend-locking',
    domain: 'terraform',
    description: 'A remote backend locks the state while Terraform writes it.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      s3: 'The `s3` backend locks nothing unless `use_lockfile = true` (or the older `dynamodb_table`) is set: two applies at once can corrupt the state.',
      http: 'The `http` backend locks only with a `lock_address`: two applies at once can corrupt the state.',
      oss: 'The `oss` backend locks only with a `tablestore_table`: two applies at once can corrupt the state.',
      off: 'State locking is turned off (`{{name}} = false`): two applies at once can corrupt the state.',
    },
    equivalents: { checkov: ['CKV_TF_3'] },
  },
  create(context) {
    return {
      terraform(settings) {
        for (const backend of settings.blocks) {
          if (backend.type !== 'backend') continue;
          const kind = backend.labels[0];
          // An empty block is a partial configuration completed by `-backend-config` at init: nothing to judge here.
          if (backend.attributes.size === 0) continue;
          inModule(context, (module) => {
            const set = (name: string): boolean => {
              const value = module.attributeValue(backend, name);
              return value !== 'absent' && value !== null && value !== false && value !== '';
            };
            if (kind === 's3') {
              if (module.attributeValue(backend, 'use_lockfile') === UNKNOWN) return;
              if (!module.is(backend.attributes.get('use_lockfile')?.value, true) && !set('dynamodb_table'))
                context.report({ at: backend, messageId: 's3' });
            } else if (kind === 'http') {
              if (!set('lock_address')) context.report({ at: backend, messageId: 'http' });
            } else if (kind === 'oss') {
              if (!set('tablestore_table')) context.report({ at: backend, messageId: 'oss' });
            } else if (kind === 'consul') {
              const lock = backend.attributes.get('lock');
              if (lock && module.is(lock.value, false))
                context.report({ at: lock, messageId: 'off', data: { name: 'lock' } });
            }
          });
        }
      },
    };
  },
});
