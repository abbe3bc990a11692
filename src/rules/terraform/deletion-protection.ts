import { defineRule } from '../../core/rule.js';
import { inModule, resourcesIn, UNKNOWN } from './support/module.js';

/** Stateful resources → their deletion protection argument and whether it is on when left out. */
const PROTECTION: Record<string, { argument: string; onByDefault: boolean }> = {
  aws_db_instance: { argument: 'deletion_protection', onByDefault: false },
  aws_rds_cluster: { argument: 'deletion_protection', onByDefault: false },
  aws_docdb_cluster: { argument: 'deletion_protection', onByDefault: false },
  aws_neptune_cluster: { argument: 'deletion_protection', onByDefault: false },
  aws_dynamodb_table: { argument: 'deletion_protection_enabled', onByDefault: false },
  aws_lb: { argument: 'enable_deletion_protection', onByDefault: false },
  aws_alb: { argument: 'enable_deletion_protection', onByDefault: false },
  google_sql_database_instance: { argument: 'deletion_protection', onByDefault: true },
};

export default defineRule({
  meta: {
    id: 'tf/deletion-protection',
    domain: 'terraform',
    description: 'Databases, tables and load balancers have deletion protection on.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      off: '`{{type}}.{{name}}` can be deleted by one `terraform destroy` or a renamed resource: set `{{argument}} = true`.',
    },
    equivalents: { checkov: ['CKV_AWS_293', 'CKV_AWS_139', 'CKV_AWS_150'] },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const block of resourcesIn(file, ...Object.keys(PROTECTION))) {
            const type = block.labels[0]!;
            const { argument, onByDefault } = PROTECTION[type]!;
            if (type === 'aws_db_instance') {
              // An Aurora cluster's instance is protected through its cluster.
              const engine = module.attributeValue(block, 'engine');
              if (engine === UNKNOWN || (typeof engine === 'string' && engine.startsWith('aurora'))) continue;
            }
            const value = module.attributeValue(block, argument);
            if (value === true || value === UNKNOWN || (value === 'absent' && onByDefault)) continue;
            context.report({
              at: block.attributes.get(argument) ?? block,
              messageId: 'off',
              data: { type, name: block.labels[1] ?? '', argument },
            });
          }
        });
      },
    };
  },
});
