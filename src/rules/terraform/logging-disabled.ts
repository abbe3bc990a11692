import { defineRule } from '../../core/rule.js';
import { blockOf, type TfBlock } from '../../domains/terraform/index.js';
import { inModule, resourcesIn, type TerraformModule, UNKNOWN } from './support/module.js';

type Check = (module: TerraformModule, block: TfBlock) => string | undefined;

const loadBalancer: Check = (module, block) => {
  const logs = blockOf(block, 'access_logs');
  if (!logs) return 'an `access_logs` block';
  const enabled = module.attributeValue(logs, 'enabled');
  return enabled === false ? '`access_logs { enabled = true }`' : undefined;
};

/** How each resource type is told to log: each check says what to add, or nothing. */
const CHECKS: Record<string, Check> = {
  aws_lb: loadBalancer,
  aws_alb: loadBalancer,
  aws_elb: loadBalancer,
  aws_cloudtrail: (module, block) =>
    module.attributeValue(block, 'enable_logging') === false ? '`enable_logging = true`' : undefined,
  aws_api_gateway_stage: (_module, block) =>
    blockOf(block, 'access_log_settings') ? undefined : 'an `access_log_settings` block',
  aws_apigatewayv2_stage: (_module, block) =>
    blockOf(block, 'access_log_settings') ? undefined : 'an `access_log_settings` block',
  aws_cloudfront_distribution: (_module, block) =>
    blockOf(block, 'logging_config') ? undefined : 'a `logging_config` block',
  aws_eks_cluster: (module, block) => {
    const types = module.attributeValue(block, 'enabled_cluster_log_types');
    return types === 'absent' || (Array.isArray(types) && types.length === 0)
      ? '`enabled_cluster_log_types`'
      : undefined;
  },
  aws_db_instance: (module, block) => {
    const exports = module.attributeValue(block, 'enabled_cloudwatch_logs_exports');
    if (block.attributes.has('replicate_source_db')) return undefined;
    return exports === 'absent' || (Array.isArray(exports) && exports.length === 0)
      ? '`enabled_cloudwatch_logs_exports`'
      : undefined;
  },
  aws_vpc: (module, block) =>
    module.referencing(block, 'aws_flow_log').length > 0 ? undefined : 'an `aws_flow_log` for it',
};

export default defineRule({
  meta: {
    id: 'tf/logging-disabled',
    domain: 'terraform',
    description: 'Load balancers, trails, API stages, CDNs, clusters, databases and VPCs keep logs.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: false,
    securitySeverity: 4.0,
    messages: {
      off: '`{{type}}.{{name}}` keeps no logs: without them an incident cannot be traced. Add {{missing}}.',
    },
    equivalents: {
      checkov: ['CKV_AWS_91', 'CKV_AWS_92', 'CKV_AWS_76', 'CKV_AWS_86', 'CKV_AWS_37', 'CKV_AWS_129', 'CKV2_AWS_11'],
      tfsec: [
        'aws-api-gateway-enable-access-logging',
        'aws-cloudfront-enable-logging',
        'aws-eks-enable-control-plane-logging',
        'aws-ec2-require-vpc-flow-logs-for-all-vpcs',
      ],
    },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          for (const block of resourcesIn(file, ...Object.keys(CHECKS))) {
            const type = block.labels[0]!;
            if (type === 'aws_db_instance') {
              const engine = module.attributeValue(block, 'engine');
              if (engine === UNKNOWN || (typeof engine === 'string' && engine.startsWith('aurora'))) continue;
            }
            const missing = CHECKS[type]!(module, block);
            if (missing)
              context.report({ at: block, messageId: 'off', data: { type, name: block.labels[1] ?? '', missing } });
          }
        });
      },
    };
  },
});
