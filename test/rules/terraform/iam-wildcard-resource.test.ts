import rule from '../../../src/rules/terraform/iam-wildcard-resource.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["ec2:DescribeInstances", "ecr:GetAuthorizationToken"]\n    resources = ["*"]\n  }\n}\n',
    'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["s3:PutObject"]\n    resources = ["arn:aws:s3:::acme-logs/*"]\n  }\n}\n',
  ],
  invalid: [
    {
      code: 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["s3:PutObject"]\n    resources = ["*"]\n  }\n}\n',
      errors: [{ messageId: 'wildcard', line: 4, column: 18, message: /`s3:PutObject`/ }],
    },
    {
      code: 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["dynamodb:DeleteTable"]\n      Resource = "*"\n    }]\n  })\n}\n',
      errors: [{ messageId: 'wildcard', line: 6, column: 18 }],
    },
  ],
});
