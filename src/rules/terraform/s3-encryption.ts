import { defineRule } from '../../core/rule.js';
import { blockOf } from '../../domains/terraform/index.js';
import { inModule } from './support/module.js';
import { bucketsIn, companions } from './support/s3.js';

export default defineRule({
  meta: {
    id: 'tf/s3-encryption',
    domain: 'terraform',
    description: 'Every S3 bucket states its server-side encryption.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 3.5,
    messages: {
      missing:
        'Bucket `{{name}}` states no server-side encryption: it gets S3-managed keys by default, which no key policy or audit trail of yours controls; configure SSE-KMS to decide who can decrypt.',
    },
    equivalents: { checkov: ['CKV_AWS_19', 'CKV_AWS_145'], tfsec: ['aws-s3-enable-bucket-encryption'] },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const bucket of bucketsIn(file)) {
            if (blockOf(bucket, 'server_side_encryption_configuration')) continue;
            if (companions(module, bucket, 'aws_s3_bucket_server_side_encryption_configuration').length > 0) continue;
            context.report({ at: bucket, messageId: 'missing', data: { name: bucket.labels[1] ?? '' } });
          }
        });
      },
    };
  },
});
