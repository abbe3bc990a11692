import { defineRule } from '../../core/rule.js';
import { inModule, resourcesIn, UNKNOWN } from './support/module.js';

/** Database resources → the argument that encrypts their storage (off unless set). */
const ENCRYPTION: Record<string, string> = {
  aws_db_instance: 'storage_encrypted',
  aws_rds_cluster: 'storage_encrypted',
  aws_docdb_cluster: 'storage_encrypted',
  aws_neptune_cluster: 'storage_encrypted',
  aws_redshift_cluster: 'encrypted',
};

export default defineRule({
  meta: {
    id: 'tf/db-encryption',
    domain: 'terraform',
    description: 'Databases encrypt their storage at rest.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 6.5,
    messages: {
      off: '`{{type}}.{{name}}` stores its data unencrypted (`{{argument}}` is not `true`): snapshots and disks can be read by whoever gets them. Encryption can only be set when the database is created.',
    },
    equivalents: {
      checkov: ['CKV_AWS_16', 'CKV_AWS_96', 'CKV_AWS_74', 'CKV_AWS_44', 'CKV_AWS_64'],
      tfsec: [
        'aws-rds-encrypt-instance-storage-data',
        'aws-rds-encrypt-cluster-storage-data',
        'aws-documentdb-enable-storage-encryption',
        'aws-neptune-enable-storage-encryption',
      ],
    },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const database of resourcesIn(file, ...Object.keys(ENCRYPTION))) {
            const type = database.labels[0]!;
            const argument = ENCRYPTION[type]!;
            // A replica and an Aurora cluster's instance take their encryption from the source or the cluster.
            if (type === 'aws_db_instance') {
              if (database.attributes.has('replicate_source_db')) continue;
              const engine = module.attributeValue(database, 'engine');
              if (engine === UNKNOWN || (typeof engine === 'string' && engine.startsWith('aurora'))) continue;
            }
            // Aurora Serverless v1 is always encrypted.
            if (type === 'aws_rds_cluster' && module.attributeValue(database, 'engine_mode') === 'serverless') continue;
            if (database.attributes.has('snapshot_identifier') && !database.attributes.has(argument)) continue;
            const value = module.attributeValue(database, argument);
            if (value === true || value === UNKNOWN) continue;
            context.report({
              at: database.attributes.get(argument) ?? database,
              messageId: 'off',
              data: { type, name: database.labels[1] ?? '', argument },
            });
          }
        });
      },
    };
  },
});
