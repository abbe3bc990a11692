import { defineRule } from '../../core/rule.js';
import { blockOf } from '../../domains/terraform/index.js';
import { inModule, resourcesIn, UNKNOWN } from './support/module.js';
import { bucketsIn, companions } from './support/s3.js';

export default defineRule({
  meta: {
    id: 'tf/s3-versioning',
    domain: 'terraform',
    description: 'Every S3 bucket keeps object versions.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      missing:
        'Bucket `{{name}}` does not keep versions: an overwrite or delete (by mistake, a bug or ransomware) cannot be undone.',
      suspended: 'Versioning is `{{status}}`: overwritten and deleted objects are gone for good.',
    },
    equivalents: { checkov: ['CKV_AWS_21'], tfsec: ['aws-s3-enable-versioning'] },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const versioning of resourcesIn(file, 'aws_s3_bucket_versioning')) {
            const configuration = blockOf(versioning, 'versioning_configuration');
            const status = configuration?.attributes.get('status');
            const value = module.valueOf(status?.value);
            if (status && typeof value === 'string' && value !== 'Enabled')
              context.report({ at: status, messageId: 'suspended', data: { status: value } });
          }
          for (const bucket of bucketsIn(file)) {
            const inline = blockOf(bucket, 'versioning');
            if (inline) {
              const enabled = module.attributeValue(inline, 'enabled');
              if (enabled === true || enabled === UNKNOWN) continue;
            }
            if (companions(module, bucket, 'aws_s3_bucket_versioning').length > 0) continue;
            context.report({ at: bucket, messageId: 'missing', data: { name: bucket.labels[1] ?? '' } });
          }
        });
      },
    };
  },
});
