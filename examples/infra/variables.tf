variable "region" {
  type        = string
  description = "AWS region of the service."
  default     = "eu-west-1"
}

variable "name" {
  type        = string
  description = "Name prefix of the service's resources."
  default     = "orders"
}
