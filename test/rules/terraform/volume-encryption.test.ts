import rule from '../../../src/rules/terraform/volume-encryption.js';
import { ruleTester } from '../../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    'resource "aws_ebs_volume" "v" {\n  size      = 10\n  encrypted = true\n}\n',
    'resource "aws_instance" "i" {\n  root_block_device {\n    encrypted = true\n  }\n}\n',
    {
      name: 'encryption by default for the account',
      code: 'resource "aws_ebs_encryption_by_default" "on" {\n  enabled = true\n}\nresource "aws_instance" "i" {}\n',
    },
  ],
  invalid: [
    {
      code: 'resource "aws_ebs_volume" "v" {\n  size = 10\n}\n',
      errors: [{ messageId: 'volume', line: 1, column: 1 }],
    },
    { code: 'resource "aws_instance" "i" {\n  ami = "ami-123"\n}\n', errors: [{ messageId: 'root', line: 1 }] },
    {
      name: 'extra disk off',
      code: 'resource "aws_instance" "i" {\n  root_block_device {\n    encrypted = true\n  }\n  ebs_block_device {\n    device_name = "/dev/sdf"\n    encrypted   = false\n  }\n}\n',
      errors: [{ messageId: 'volume', line: 7, column: 5 }],
    },
    {
      name: 'launch template',
      code: 'resource "aws_launch_template" "t" {\n  block_device_mappings {\n    ebs {\n      volume_size = 20\n    }\n  }\n}\n',
      errors: [{ messageId: 'volume', line: 3, column: 5 }],
    },
  ],
});
