import type { Locatable } from '../../core/finding.js';
import { defineRule } from '../../core/rule.js';
import { blockOf, blocksOf, type TfBlock } from '../../domains/terraform/index.js';
import { inModule, resourcesIn, type TerraformModule, UNKNOWN } from './support/module.js';

export default defineRule({
  meta: {
    id: 'tf/volume-encryption',
    domain: 'terraform',
    description: 'EBS volumes, instance disks and launch templates encrypt their volumes.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.5,
    messages: {
      volume:
        'This volume is not encrypted (`encrypted` is not `true`): its snapshots can be shared and read as they are.',
      root: "The instance's root volume is not encrypted: add `root_block_device { encrypted = true }`, or turn on EBS encryption by default for the account (`aws_ebs_encryption_by_default`).",
    },
    equivalents: {
      checkov: ['CKV_AWS_3', 'CKV_AWS_8'],
      tfsec: ['aws-ec2-enable-volume-encryption', 'aws-ec2-enable-at-rest-encryption'],
    },
  },
  create(context) {
    const unencrypted = (module: TerraformModule, block: TfBlock): Locatable | undefined => {
      const value = module.attributeValue(block, 'encrypted');
      if (value === true || value === UNKNOWN) return undefined;
      // An explicit KMS key means encryption (AWS refuses a key without `encrypted`, so the plan would fail first).
      if (block.attributes.has('kms_key_id')) return undefined;
      return block.attributes.get('encrypted') ?? block;
    };
    return {
      file() {
        inModule(context, (module, file) => {
          // Account-wide encryption by default covers every new volume of the region.
          const byDefault = module
            .resources('aws_ebs_encryption_by_default')
            .some((block) => module.attributeValue(block, 'enabled') !== false);
          if (byDefault) return;
          for (const volume of resourcesIn(file, 'aws_ebs_volume')) {
            if (volume.attributes.has('snapshot_id')) continue;
            const at = unencrypted(module, volume);
            if (at) context.report({ at, messageId: 'volume' });
          }
          for (const instance of resourcesIn(file, 'aws_instance', 'aws_launch_configuration')) {
            const root = blockOf(instance, 'root_block_device');
            if (!root) context.report({ at: instance, messageId: 'root' });
            else {
              const at = unencrypted(module, root);
              if (at) context.report({ at, messageId: 'root' });
            }
            for (const disk of blocksOf(instance, 'ebs_block_device')) {
              if (disk.attributes.has('snapshot_id')) continue;
              const at = unencrypted(module, disk);
              if (at) context.report({ at, messageId: 'volume' });
            }
          }
          for (const template of resourcesIn(file, 'aws_launch_template')) {
            for (const mapping of blocksOf(template, 'block_device_mappings')) {
              const ebs = blockOf(mapping, 'ebs');
              if (!ebs || ebs.attributes.has('snapshot_id')) continue;
              const at = unencrypted(module, ebs);
              if (at) context.report({ at, messageId: 'volume' });
            }
          }
        });
      },
    };
  },
});
