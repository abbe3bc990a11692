terraform {
  required_version = ">= 1.10, < 2.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.80"
    }
  }

  # State in S3, locked with a lock file beside it (Terraform 1.10+).
  backend "s3" {
    bucket       = "acme-terraform-state"
    key          = "service/terraform.tfstate"
    region       = "eu-west-1"
    use_lockfile = true
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Owner   = "platform"
      Service = var.name
    }
  }
}
