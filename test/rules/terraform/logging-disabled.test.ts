import rule from '../../../src/rules/terraform/logging-disabled.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'resource "aws_lb" "web" {\n  access_logs {\n    bucket  = "acme-lb-logs"\n    enabled = true\n  }\n}\n',
    'resource "aws_eks_cluster" "k" {\n  enabled_cluster_log_types = ["api", "audit"]\n}\n',
    'resource "aws_vpc" "main" {}\nresource "aws_flow_log" "main" {\n  vpc_id = aws_vpc.main.id\n}\n',
    'resource "aws_db_instance" "db" {\n  engine                          = "postgres"\n  enabled_cloudwatch_logs_exports = ["postgresql"]\n}\n',
    'resource "aws_cloudtrail" "t" {\n  enable_logging = true\n}\n',
  ],
  invalid: [
    {
      code: 'resource "aws_lb" "web" {\n  internal = false\n}\n',
      errors: [{ messageId: 'off', line: 1, column: 1, message: /an `access_logs` block/ }],
    },
    {
      code: 'resource "aws_lb" "web" {\n  access_logs {\n    bucket  = "x"\n    enabled = false\n  }\n}\n',
      errors: [{ messageId: 'off', line: 1, message: /`access_logs \{ enabled = true \}`/ }],
    },
    { code: 'resource "aws_vpc" "main" {}\n', errors: [{ messageId: 'off', line: 1, message: /`aws_flow_log`/ }] },
    { code: 'resource "aws_cloudtrail" "t" {\n  enable_logging = false\n}\n', errors: [{ messageId: 'off', line: 1 }] },
    { code: 'resource "aws_eks_cluster" "k" {}\n', errors: [{ messageId: 'off', line: 1 }] },
  ],
});
