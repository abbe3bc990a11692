import type { TerraformFile, TfBlock } from '../../../domains/terraform/index.js';
import type { TerraformModule } from './module.js';
import { resourcesIn } from './module.js';

/** The buckets of the current file: `aws_s3_bucket` resources (directory buckets are other resources). */
export function bucketsIn(file: TerraformFile): TfBlock[] {
  return resourcesIn(file, 'aws_s3_bucket');
}

/** Companion resources (`aws_s3_bucket_versioning`, …) of the module that configure this bucket. */
export function companions(module: TerraformModule, bucket: TfBlock, type: string): TfBlock[] {
  return module.referencing(bucket, type);
}
