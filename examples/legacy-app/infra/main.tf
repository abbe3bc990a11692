# Wrong on purpose: what the Terraform rules catch.
provider "aws" {
  region     = "eu-west-1"
  secret_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

variable "db_password" {
  default = "legacy-Passw0rd!"
}

resource "aws_security_group" "legacy" {
  name = "legacy"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_db_instance" "legacy" {
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  username            = "admin"
  password            = var.db_password
  publicly_accessible = true
}

resource "aws_s3_bucket" "uploads" {
  bucket = "legacy-uploads"
  acl    = "public-read"
}

output "db_password" {
  value = aws_db_instance.legacy.password
}
