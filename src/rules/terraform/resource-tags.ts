import { defineRule } from '../../core/rule.js';
import { blockOf, type TfBlock } from '../../domains/terraform/index.js';
import { inModule, isObject, resourcesIn, type TerraformModule, UNKNOWN } from './support/module.js';

/** Common AWS and Azure resources that take a `tags` map (AWS ones also get the provider's `default_tags`). */
const TAGGABLE = new Set([
  'aws_instance',
  'aws_launch_template',
  'aws_ebs_volume',
  'aws_eip',
  'aws_vpc',
  'aws_subnet',
  'aws_route_table',
  'aws_internet_gateway',
  'aws_nat_gateway',
  'aws_vpc_endpoint',
  'aws_security_group',
  'aws_network_interface',
  'aws_lb',
  'aws_alb',
  'aws_lb_target_group',
  'aws_s3_bucket',
  'aws_db_instance',
  'aws_rds_cluster',
  'aws_db_subnet_group',
  'aws_dynamodb_table',
  'aws_elasticache_replication_group',
  'aws_elasticache_cluster',
  'aws_redshift_cluster',
  'aws_docdb_cluster',
  'aws_neptune_cluster',
  'aws_opensearch_domain',
  'aws_elasticsearch_domain',
  'aws_efs_file_system',
  'aws_lambda_function',
  'aws_ecs_cluster',
  'aws_ecs_service',
  'aws_ecs_task_definition',
  'aws_eks_cluster',
  'aws_eks_node_group',
  'aws_ecr_repository',
  'aws_kms_key',
  'aws_sqs_queue',
  'aws_sns_topic',
  'aws_cloudwatch_log_group',
  'aws_cloudwatch_metric_alarm',
  'aws_iam_role',
  'aws_iam_policy',
  'aws_iam_user',
  'aws_secretsmanager_secret',
  'aws_ssm_parameter',
  'aws_acm_certificate',
  'aws_route53_zone',
  'aws_cloudfront_distribution',
  'aws_api_gateway_rest_api',
  'aws_apigatewayv2_api',
  'aws_kinesis_stream',
  'aws_sfn_state_machine',
  'aws_cloudtrail',
  'aws_msk_cluster',
  'aws_mq_broker',
  'aws_wafv2_web_acl',
  'aws_backup_vault',
  'aws_codebuild_project',
  'aws_codepipeline',
  'aws_glue_job',
  'azurerm_resource_group',
  'azurerm_virtual_network',
  'azurerm_network_security_group',
  'azurerm_public_ip',
  'azurerm_network_interface',
  'azurerm_storage_account',
  'azurerm_key_vault',
  'azurerm_linux_virtual_machine',
  'azurerm_windows_virtual_machine',
  'azurerm_kubernetes_cluster',
  'azurerm_container_registry',
  'azurerm_service_plan',
  'azurerm_linux_web_app',
  'azurerm_windows_web_app',
  'azurerm_mssql_server',
  'azurerm_postgresql_flexible_server',
  'azurerm_mysql_flexible_server',
  'azurerm_log_analytics_workspace',
]);

/** The keys of a tag map; undefined when the map is not written out (a variable without default, a call). */
function keysOf(module: TerraformModule, block: TfBlock | undefined, name: string): string[] | undefined {
  if (!block) return [];
  const value = module.attributeValue(block, name);
  if (value === 'absent') return [];
  if (value === UNKNOWN || !isObject(value)) return undefined;
  return Object.keys(value);
}

export default defineRule({
  meta: {
    id: 'tf/resource-tags',
    domain: 'terraform',
    description:
      'Taggable resources carry tags (and the keys the configuration requires), or inherit them from `default_tags`.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      untagged:
        '`{{type}}.{{name}}` has no tags: cost reports and incident response cannot tell whose it is. Tag it, or set `default_tags` on the provider.',
      missingKeys: "`{{type}}.{{name}}` lacks the tag{{plural}} {{keys}} (required by this rule's `keys` option).",
    },
    equivalents: { tflint: ['aws_resource_missing_tags'] },
    defaultOptions: { keys: [] },
    optionsSchema: {
      type: 'object',
      properties: { keys: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
      additionalProperties: false,
    },
  },
  create(context) {
    const required = (context.options.keys as string[] | undefined) ?? [];
    return {
      file() {
        inModule(context, (module, file) => {
          const awsProviders = module.blocks('provider').filter((block) => block.labels[0] === 'aws');
          // default_tags of every aws provider configuration: keys all of them set (a resource may use any alias).
          const defaults = awsProviders.map((provider) => keysOf(module, blockOf(provider, 'default_tags'), 'tags'));
          const defaultKeys = defaults.includes(undefined)
            ? undefined
            : defaults.length === 0
              ? []
              : (defaults as string[][]).reduce((common, keys) => common.filter((key) => keys.includes(key)));
          for (const resource of resourcesIn(file, ...TAGGABLE)) {
            const type = resource.labels[0]!;
            const aws = type.startsWith('aws_');
            // A module without an aws provider block gets its provider, and its default_tags, from its caller.
            if (aws && awsProviders.length === 0) continue;
            const own = keysOf(module, resource, 'tags');
            const inherited = aws ? defaultKeys : [];
            if (own === undefined || inherited === undefined) continue;
            const keys = new Set([...own, ...inherited]);
            const data = { type, name: resource.labels[1] ?? '' };
            if (keys.size === 0) {
              context.report({ at: resource.attributes.get('tags') ?? resource, messageId: 'untagged', data });
              continue;
            }
            const missing = required.filter((key) => !keys.has(key));
            if (missing.length > 0)
              context.report({
                at: resource.attributes.get('tags') ?? resource,
                messageId: 'missingKeys',
                data: {
                  ...data,
                  plural: missing.length > 1 ? 's' : '',
                  keys: missing.map((key) => `\`${key}\``).join(', '),
                },
              });
          }
        });
      },
    };
  },
});
