import { defineRule } from '../../core/rule.js';
import { inModule, resourcesIn, UNKNOWN } from './support/module.js';
import { bucketsIn, companions } from './support/s3.js';

const SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];

export default defineRule({
  meta: {
    id: 'tf/s3-public-access-block',
    domain: 'terraform',
    description: 'Every S3 bucket has a public access block with all four settings on.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 7.0,
    messages: {
      missing:
        'Bucket `{{name}}` has no `aws_s3_bucket_public_access_block`: one ACL or bucket policy is then enough to make it public.',
      off: '`{{setting}}` is not `true`: this public access block lets {{effect}}.',
    },
    equivalents: {
      checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
      tfsec: [
        'aws-s3-specify-public-access-block',
        'aws-s3-block-public-acls',
        'aws-s3-block-public-policy',
        'aws-s3-ignore-public-acls',
        'aws-s3-no-public-buckets',
      ],
    },
  },
  create(context) {
    const effects: Record<string, string> = {
      block_public_acls: 'new public ACLs through',
      block_public_policy: 'a public bucket policy through',
      ignore_public_acls: 'existing public ACLs take effect',
      restrict_public_buckets: 'a public policy open the bucket to anyone',
    };
    return {
      file() {
        inModule(context, (module, file) => {
          for (const block of resourcesIn(
            file,
            'aws_s3_bucket_public_access_block',
            'aws_s3_account_public_access_block',
          )) {
            for (const setting of SETTINGS) {
              const value = module.attributeValue(block, setting);
              if (value === UNKNOWN || value === true) continue;
              context.report({
                at: block.attributes.get(setting) ?? block,
                messageId: 'off',
                data: { setting, effect: effects[setting]! },
              });
            }
          }
          // An account-wide block with everything on covers every bucket of the account.
          const accountWide = module
            .resources('aws_s3_account_public_access_block')
            .some((block) => SETTINGS.every((setting) => module.attributeValue(block, setting) === true));
          if (accountWide) return;
          for (const bucket of bucketsIn(file)) {
            if (companions(module, bucket, 'aws_s3_bucket_public_access_block').length > 0) continue;
            context.report({ at: bucket, messageId: 'missing', data: { name: bucket.labels[1] ?? '' } });
          }
        });
      },
    };
  },
});
