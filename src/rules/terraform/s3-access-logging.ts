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
          // Buckets that receive access logs are not asked to log themselves (that would loop).
          const targets = new Set(
            module
              .resources('aws_s3_bucket_logging')
              .flatMap((logging) => logging.attributes.get('target_bucket')?.value.references ?? []),
          );
          for (const bucket of bucketsIn(file)) {
            if (blockOf(bucket, 'logging')) continue;
            const address = `aws_s3_bucket.${bucket.labels[1]}`;
            if (targets.has(address)) continue;
            const logged = module
              .resources('aws_s3_bucket_logging')
              .some((logging) => logging.attributes.get('bucket')?.value.references.includes(address));
            if (logged) continue;
            context.report({ at: bucket, messageId: 'missing', data: { name: bucket.labels[1] ?? '' } });
          }
        });
      },
    };
  },
});
