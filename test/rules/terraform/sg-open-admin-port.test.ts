import rule from '../../../src/rules/terraform/sg-open-admin-port.js';
import { ruleTester } from '../../helpers/rule-tester.js';

const group = (ingress: string): string => `resource "aws_security_group" "web" {\n  ingress {\n${ingress}  }\n}\n`;

ruleTester(rule, {
  valid: [
    group('    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n'),
    group('    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["10.0.0.0/8"]\n'),
    {
      name: 'egress is not ingress',
      code: 'resource "aws_security_group_rule" "out" {\n  type        = "egress"\n  from_port   = 0\n  to_port     = 0\n  protocol    = "-1"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n',
    },
    {
      name: 'ports option',
      code: group(
        '    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n',
      ),
      options: { ports: [3389] },
    },
    {
      name: 'Cloud firewall on the web ports',
      code: 'resource "google_compute_firewall" "web" {\n  source_ranges = ["0.0.0.0/0"]\n  allow {\n    protocol = "tcp"\n    ports    = ["80", "443"]\n  }\n}\n',
    },
  ],
  invalid: [
    {
      code: group(
        '    from_port   = 22\n    to_port     = 22\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n',
      ),
      errors: [{ messageId: 'port', line: 6, column: 5, message: /^Port 22 is open to 0\.0\.0\.0\/0/ }],
    },
    {
      name: 'a range over RDP, IPv6',
      code: group(
        '    from_port        = 3000\n    to_port          = 4000\n    protocol         = "tcp"\n    ipv6_cidr_blocks = ["::/0"]\n',
      ),
      errors: [{ messageId: 'port', line: 6, message: /^Port 3389 is open to ::\/0/ }],
    },
    {
      name: 'every protocol',
      code: 'resource "aws_security_group_rule" "in" {\n  type        = "ingress"\n  from_port   = 0\n  to_port     = 0\n  protocol    = "-1"\n  cidr_blocks = ["0.0.0.0/0"]\n}\n',
      errors: [{ messageId: 'all', line: 6 }],
    },
    {
      name: 'VPC ingress rule resource',
      code: 'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  cidr_ipv4   = "0.0.0.0/0"\n  from_port   = 22\n  to_port     = 22\n  ip_protocol = "tcp"\n}\n',
      errors: [{ messageId: 'port', line: 2 }],
    },
    {
      name: 'Cloud firewall',
      code: 'resource "google_compute_firewall" "ssh" {\n  source_ranges = ["0.0.0.0/0"]\n  allow {\n    protocol = "tcp"\n    ports    = ["22"]\n  }\n}\n',
      errors: [{ messageId: 'port', line: 2 }],
    },
    {
      name: 'Azure rule',
      code: 'resource "azurerm_network_security_rule" "rdp" {\n  direction                  = "Inbound"\n  access                     = "Allow"\n  source_address_prefix      = "*"\n  destination_port_range     = "3389"\n}\n',
      errors: [{ messageId: 'port', line: 4, message: /Port 3389 is open to \*/ }],
    },
  ],
});
