import { Random } from '../lib/random.js';

/**
 * A varied Terraform corpus: folders of `main.tf`, `variables.tf`, `outputs.tf`, `versions.tf` and topic files
 * (network, storage, database, IAM), as real root and reusable modules are split; buckets with and without their
 * companion resources, security groups, databases, policies in `jsonencode` and heredocs, variables with defaults,
 * locals, module calls, dynamic blocks, comments; a few files with mistakes (open ports, a syntax error).
 */
export function generateTerraform(count: number, seed: number): { name: string; text: string }[] {
  const random = new Random(seed);
  const files: { name: string; text: string }[] = [];
  let folder = 0;
  while (files.length < count) {
    const dir = `infra/stack-${folder++}`;
    const names = ['versions.tf', 'variables.tf', 'main.tf', 'outputs.tf', ...random.some(TOPICS, 1, 3)];
    for (const name of names) {
      if (files.length >= count) break;
      const kind =
        name === 'versions.tf'
          ? versions
          : name === 'variables.tf'
            ? variables
            : name === 'outputs.tf'
              ? outputs
              : random.pick(BODIES);
      let text = kind(random, folder);
      if (random.chance(0.02)) text = text.replace(/\}\n$/, '\n');
      files.push({ name: `${dir}/${name}`, text });
    }
  }
  return files;
}

const TOPICS = ['network.tf', 'storage.tf', 'database.tf', 'iam.tf', 'compute.tf'];

function versions(random: Random): string {
  return `terraform {\n  required_version = ">= 1.${random.int(3, 9)}"\n\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.${random.int(0, 60)}"\n    }\n    random = {\n      source  = "hashicorp/random"\n      version = "~> 3.6"\n    }\n  }\n\n  backend "s3" {\n    bucket       = "acme-state"\n    key          = "stack/terraform.tfstate"\n    region       = "eu-west-1"\n    use_lockfile = ${random.chance(0.8)}\n  }\n}\n\nprovider "aws" {\n  region = var.region\n\n  default_tags {\n    tags = {\n      Owner   = "platform"\n      Project = var.name\n    }\n  }\n}\n`;
}

function variables(random: Random): string {
  const blocks = [
    'variable "region" {\n  type        = string\n  description = "AWS region"\n  default     = "eu-west-1"\n}\n',
    'variable "name" {\n  type        = string\n  description = "Name prefix of every resource"\n}\n',
    `variable "instance_count" {\n  type    = number\n  default = ${random.int(1, 5)}\n}\n`,
    'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n',
    `variable "encrypted" {\n  type    = bool\n  default = ${random.chance(0.9)}\n}\n`,
    'variable "allowed_cidrs" {\n  type    = list(string)\n  default = ["10.0.0.0/8", "192.168.0.0/16"]\n}\n',
    'variable "tags" {\n  type = map(string)\n  default = {\n    Team = "core"\n  }\n}\n',
  ];
  return blocks.slice(0, random.int(3, blocks.length)).join('\n');
}

function outputs(random: Random): string {
  const items = [
    'output "vpc_id" {\n  value = aws_vpc.main.id\n}\n',
    'output "bucket_arn" {\n  description = "ARN of the data bucket"\n  value       = aws_s3_bucket.data.arn\n}\n',
    'output "db_endpoint" {\n  value = aws_db_instance.main.endpoint\n}\n',
    `output "db_password" {\n  value     = aws_db_instance.main.password\n  sensitive = ${random.chance(0.9)}\n}\n`,
  ];
  return items.slice(0, random.int(1, items.length)).join('\n');
}

const BODIES: ((random: Random, folder: number) => string)[] = [
  (random) =>
    `# Networking\nresource "aws_vpc" "main" {\n  cidr_block           = "10.${random.int(0, 255)}.0.0/16"\n  enable_dns_hostnames = true\n  tags                 = merge(var.tags, { Name = "\${var.name}-vpc" })\n}\n\nresource "aws_flow_log" "main" {\n  vpc_id          = aws_vpc.main.id\n  traffic_type    = "ALL"\n  log_destination = aws_s3_bucket.logs.arn\n}\n\nresource "aws_subnet" "private" {\n  count             = 3\n  vpc_id            = aws_vpc.main.id\n  cidr_block        = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)\n  availability_zone = data.aws_availability_zones.available.names[count.index]\n}\n\ndata "aws_availability_zones" "available" {\n  state = "available"\n}\n\nresource "aws_security_group" "app" {\n  name   = "\${var.name}-app"\n  vpc_id = aws_vpc.main.id\n\n  ingress {\n    description = "HTTPS"\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n\n  ingress {\n    from_port   = ${random.chance(0.1) ? 22 : 8080}\n    to_port     = ${random.chance(0.1) ? 22 : 8080}\n    protocol    = "tcp"\n    cidr_blocks = ${random.chance(0.2) ? '["0.0.0.0/0"]' : 'var.allowed_cidrs'}\n  }\n\n  egress {\n    from_port   = 0\n    to_port     = 0\n    protocol    = "-1"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n`,
  (random) =>
    `resource "aws_s3_bucket" "data" {\n  bucket = "\${var.name}-data-${random.int(1, 9999)}"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "${random.chance(0.9) ? 'Enabled' : 'Suspended'}"\n  }\n}\n\nresource "aws_s3_bucket_public_access_block" "data" {\n  bucket                  = aws_s3_bucket.data.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = ${random.chance(0.9)}\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n  }\n}\n\nresource "aws_kms_key" "data" {\n  description             = "data bucket"\n  deletion_window_in_days = 30\n  enable_key_rotation     = true\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "\${var.name}-logs"\n}\n\nresource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.data.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "data/"\n}\n`,
  (random) =>
    `resource "random_password" "db" {\n  length  = 32\n  special = true\n}\n\nresource "aws_db_subnet_group" "main" {\n  name       = "\${var.name}-db"\n  subnet_ids = aws_subnet.private[*].id\n}\n\nresource "aws_db_instance" "main" {\n  identifier              = "\${var.name}-db"\n  engine                  = "postgres"\n  engine_version          = "16.${random.int(1, 4)}"\n  instance_class          = "db.t4g.${random.pick(['micro', 'small', 'medium'])}"\n  allocated_storage       = ${random.int(20, 500)}\n  username                = "app"\n  password                = random_password.db.result\n  db_subnet_group_name    = aws_db_subnet_group.main.name\n  storage_encrypted       = var.encrypted\n  deletion_protection     = ${random.chance(0.8)}\n  publicly_accessible     = ${random.chance(0.05)}\n  backup_retention_period = 7\n  enabled_cloudwatch_logs_exports = ["postgresql", "upgrade"]\n\n  lifecycle {\n    prevent_destroy = true\n  }\n}\n`,
  (random) =>
    `data "aws_iam_policy_document" "assume" {\n  statement {\n    actions = ["sts:AssumeRole"]\n    principals {\n      type        = "Service"\n      identifiers = ["ecs-tasks.amazonaws.com"]\n    }\n  }\n}\n\nresource "aws_iam_role" "task" {\n  name               = "\${var.name}-task"\n  assume_role_policy = data.aws_iam_policy_document.assume.json\n}\n\nresource "aws_iam_role_policy" "task" {\n  role = aws_iam_role.task.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [\n      {\n        Effect   = "Allow"\n        Action   = ["s3:GetObject", "s3:PutObject"${random.chance(0.1) ? ', "s3:*"' : ''}]\n        Resource = ["\${aws_s3_bucket.data.arn}/*"]\n      },\n      {\n        Effect   = "Allow"\n        Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]\n        Resource = "*"\n      },\n    ]\n  })\n}\n`,
  (random) =>
    `locals {\n  common_tags = merge(var.tags, { Stack = var.name })\n  azs         = slice(data.aws_availability_zones.available.names, 0, 2)\n  settings = {\n    for index, zone in local.azs : zone => {\n      size = index == 0 ? "large" : "small"\n    }\n  }\n}\n\nmodule "queue" {\n  source  = "terraform-aws-modules/sqs/aws"\n  version = "4.${random.int(0, 3)}.0"\n  name    = "\${var.name}-jobs"\n  tags    = local.common_tags\n}\n\nresource "aws_launch_template" "app" {\n  name_prefix   = "\${var.name}-"\n  image_id      = data.aws_ami.app.id\n  instance_type = "t3.${random.pick(['small', 'medium', 'large'])}"\n\n  block_device_mappings {\n    device_name = "/dev/xvda"\n    ebs {\n      volume_size = 30\n      encrypted   = ${random.chance(0.9)}\n    }\n  }\n\n  dynamic "tag_specifications" {\n    for_each = ["instance", "volume"]\n    content {\n      resource_type = tag_specifications.value\n      tags          = local.common_tags\n    }\n  }\n\n  user_data = base64encode(<<-EOT\n    #!/bin/bash\n    echo "starting \${var.name}"\n  EOT\n  )\n}\n\ndata "aws_ami" "app" {\n  most_recent = true\n  owners      = ["amazon"]\n}\n`,
];
