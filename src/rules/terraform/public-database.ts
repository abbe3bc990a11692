import { defineRule } from '../../core/rule.js';
import { blockOf, blocksOf } from '../../domains/terraform/index.js';
import { inModule, resourcesIn } from './support/module.js';

export default defineRule({
  meta: {
    id: 'tf/public-database',
    domain: 'terraform',
    description: 'No database is reachable from the internet.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.2,
    messages: {
      public:
        '`{{type}}.{{name}}` gets a public address (`publicly_accessible = true`): keep databases in private subnets and reach them through the application or a bastion.',
      network: 'Authorised network `{{cidr}}` lets the whole internet connect to this Cloud SQL instance.',
    },
    equivalents: {
      checkov: ['CKV_AWS_17', 'CKV_AWS_87', 'CKV_GCP_11'],
      tfsec: ['aws-rds-no-public-db-access', 'google-sql-no-public-access'],
    },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const database of resourcesIn(
            file,
            'aws_db_instance',
            'aws_rds_cluster_instance',
            'aws_redshift_cluster',
          )) {
            const attribute = database.attributes.get('publicly_accessible');
            if (attribute && module.is(attribute.value, true))
              context.report({
                at: attribute,
                messageId: 'public',
                data: { type: database.labels[0]!, name: database.labels[1] ?? '' },
              });
          }
          for (const instance of resourcesIn(file, 'google_sql_database_instance')) {
            const ip = blockOf(blockOf(instance, 'settings') ?? instance, 'ip_configuration');
            for (const network of ip ? blocksOf(ip, 'authorized_networks') : []) {
              const value = network.attributes.get('value');
              const cidr = module.valueOf(value?.value);
              if (value && (cidr === '0.0.0.0/0' || cidr === '::/0'))
                context.report({ at: value, messageId: 'network', data: { cidr } });
            }
          }
        });
      },
    };
  },
});
