import { defineRule } from '../../core/rule.js';
import { inModule, resourcesIn } from './support/module.js';

const PUBLIC_ACLS = new Set(['public-read', 'public-read-write', 'authenticated-read']);

export default defineRule({
  meta: {
    id: 'tf/s3-public-acl',
    domain: 'terraform',
    description: 'No S3 bucket is given a canned ACL that opens it to everyone.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.6,
    messages: {
      public:
        'ACL `{{acl}}` lets {{who}} read{{write}} the bucket: keep buckets private and serve public content through CloudFront.',
    },
    equivalents: { checkov: ['CKV_AWS_20', 'CKV_AWS_57'], tfsec: ['aws-s3-no-public-access-with-acl'] },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const block of resourcesIn(file, 'aws_s3_bucket', 'aws_s3_bucket_acl')) {
            const attribute = block.attributes.get('acl');
            const acl = module.valueOf(attribute?.value);
            if (!attribute || typeof acl !== 'string' || !PUBLIC_ACLS.has(acl)) continue;
            context.report({
              at: attribute,
              messageId: 'public',
              data: {
                acl,
                who: acl === 'authenticated-read' ? 'every AWS account' : 'anyone on the internet',
                write: acl === 'public-read-write' ? ' and write' : '',
              },
            });
          }
        });
      },
    };
  },
});
