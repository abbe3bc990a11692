import { defineRule } from '../../core/rule.js';
import { blockOf } from '../../domains/terraform/index.js';
import { inModule } from './support/module.js';
import { bucketsIn } from './support/s3.js';

export default defineRule({
  meta: {
    id: 'tf/s3-access-logging',
    domain: 'terraform',
    description: 'Every S3 bucket logs the requests made to it.',
    category: 'security',
    defaultSeverity: 'note',
    recommended: false,
    securitySeverity: 3.0,
    messages: {
      missing:
        'Bucket `{{name}}` logs no access: who read or deleted what cannot be told afterwards. Send server access logs to a log bucket.',
    },
    equivalents: { checkov: ['CKV_AWS_18'], tfsec: ['aws-s3-enable-bucket-logging'] },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const bucket of bucketsIn(file)) {
            if (blockOf(bucket, 'logging')) continue;
            // A logging resource names the bucket either as the one it logs or as where the logs go (a log
            // bucket, which is not asked to log itself): both settle it.
            if (module.referencing(bucket, 'aws_s3_bucket_logging').length > 0) continue;
            context.report({ at: bucket, messageId: 'missing', data: { name: bucket.labels[1] ?? '' } });
          }
        });
      },
    };
  },
});
