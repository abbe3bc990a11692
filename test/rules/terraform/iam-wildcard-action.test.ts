import rule from '../../../src/rules/terraform/iam-wildcard-action.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const policy = (statement: string): string =>
  `resource "aws_iam_policy" "p" {\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [${statement}]\n  })\n}\n`;

ruleTester(rule, {
  valid: [
    policy('{ Effect = "Allow", Action = ["s3:GetObject"], Resource = "*" }'),
    policy('{ Effect = "Deny", Action = "*", Resource = "*" }'),
    'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["sqs:SendMessage"]\n    resources = [aws_sqs_queue.q.arn]\n  }\n}\n',
  ],
  invalid: [
    {
      code: policy('{ Effect = "Allow", Action = "*", Resource = "*" }'),
      errors: [{ messageId: 'admin', line: 4, column: 47 }],
    },
    {
      name: 'a whole service in a policy document',
      code: 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions   = ["s3:*", "sqs:SendMessage"]\n    resources = ["*"]\n  }\n}\n',
      errors: [{ messageId: 'service', line: 3, column: 18, message: /`s3:\*`/ }],
    },
    {
      name: 'JSON in a heredoc',
      code: 'resource "aws_iam_role_policy" "p" {\n  policy = <<EOF\n{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*:*", "Resource": "*"}]}\nEOF\n}\n',
      errors: [{ messageId: 'admin', line: 2, column: 3 }],
    },
    {
      name: 'NotAction',
      code: policy('{ Effect = "Allow", NotAction = ["iam:*"], Resource = "*" }'),
      errors: [{ messageId: 'notAction', line: 4 }],
    },
  ],
});
