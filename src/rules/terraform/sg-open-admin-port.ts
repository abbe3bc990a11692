import type { Locatable } from '../../core/finding.js';
import { defineRule } from '../../core/rule.js';
import { blocksOf, type TfBlock } from '../../domains/terraform/index.js';
import { inModule, resourcesIn, type TerraformModule, UNKNOWN } from './support/module.js';

const WORLD = new Set(['0.0.0.0/0', '::/0']);
const AZURE_WORLD = new Set(['*', '0.0.0.0/0', '::/0', 'Internet', 'Any']);

/** A port range from Terraform's numbers or strings (`22`, `"22"`, `"20-25"`, `"*"`); undefined when not literal. */
function range(from: unknown, to: unknown = from): [number, number] | undefined {
  if (from === '*' || to === '*') return [0, 65535];
  if (typeof from === 'string' && from.includes('-')) {
    const [low, high] = from.split('-').map(Number);
    return Number.isFinite(low) && Number.isFinite(high) ? [low!, high!] : undefined;
  }
  const low = Number(from);
  const high = Number(to);
  if (from === UNKNOWN || to === UNKNOWN || !Number.isFinite(low) || !Number.isFinite(high)) return undefined;
  return [low, high];
}

function worldIn(value: unknown, world: Set<string>): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  return list.find((item): item is string => typeof item === 'string' && world.has(item));
}

export default defineRule({
  meta: {
    id: 'tf/sg-open-admin-port',
    domain: 'terraform',
    description: 'No firewall rule opens an administration port (SSH, RDP, …) or every port to the whole internet.',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 8.6,
    messages: {
      port: 'Port {{port}} is open to {{cidr}}: every scanner on the internet can try to log in. Allow only known ranges, or use SSM Session Manager / IAP / a bastion.',
      all: 'Every port is open to {{cidr}}: allow only the ports the service needs, from the ranges that need them.',
    },
    equivalents: {
      checkov: ['CKV_AWS_24', 'CKV_AWS_25', 'CKV_AWS_277', 'CKV_GCP_2', 'CKV_GCP_3', 'CKV_AZURE_9', 'CKV_AZURE_10'],
      tfsec: ['aws-ec2-no-public-ingress-sgr', 'google-compute-no-public-ingress', 'azure-network-no-public-ingress'],
    },
    defaultOptions: { ports: [22, 3389] },
    optionsSchema: {
      type: 'object',
      properties: { ports: { type: 'array', items: { type: 'integer', minimum: 0, maximum: 65535 } } },
      additionalProperties: false,
    },
  },
  create(context) {
    const ports = (context.options.ports as number[] | undefined) ?? [22, 3389];
    const judge = (at: Locatable, span: [number, number] | undefined, all: boolean, cidr: string): void => {
      if (all || (span && span[0] <= 0 && span[1] >= 65535)) {
        context.report({ at, messageId: 'all', data: { cidr } });
        return;
      }
      if (!span) return;
      const port = ports.find((candidate) => span[0] <= candidate && candidate <= span[1]);
      if (port !== undefined) context.report({ at, messageId: 'port', data: { port, cidr } });
    };
    /** An AWS ingress: a security group's `ingress` block or a standalone rule. */
    const awsIngress = (module: TerraformModule, rule: TfBlock, cidrNames: string[], protocolName: string): void => {
      const cidr = cidrNames.map((name) => worldIn(module.attributeValue(rule, name), WORLD)).find(Boolean);
      if (!cidr) return;
      const protocol = module.attributeValue(rule, protocolName);
      const all = protocol === '-1' || protocol === -1 || protocol === 'all';
      const at = rule.attributes.get(cidrNames.find((name) => rule.attributes.has(name))!) ?? rule;
      judge(at, range(module.attributeValue(rule, 'from_port'), module.attributeValue(rule, 'to_port')), all, cidr);
    };
    return {
      file() {
        inModule(context, (module, file) => {
          for (const group of resourcesIn(file, 'aws_security_group')) {
            for (const ingress of blocksOf(group, 'ingress'))
              awsIngress(module, ingress, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol');
          }
          for (const rule of resourcesIn(file, 'aws_security_group_rule')) {
            if (module.attributeValue(rule, 'type') === 'ingress')
              awsIngress(module, rule, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol');
          }
          for (const rule of resourcesIn(file, 'aws_vpc_security_group_ingress_rule'))
            awsIngress(module, rule, ['cidr_ipv4', 'cidr_ipv6'], 'ip_protocol');
          for (const firewall of resourcesIn(file, 'google_compute_firewall')) {
            const direction = module.attributeValue(firewall, 'direction');
            if (direction !== 'absent' && direction !== 'INGRESS') continue;
            const cidr = worldIn(module.attributeValue(firewall, 'source_ranges'), WORLD);
            if (!cidr) continue;
            for (const allow of blocksOf(firewall, 'allow')) {
              const protocol = module.attributeValue(allow, 'protocol');
              const listed = module.attributeValue(allow, 'ports');
              const at = firewall.attributes.get('source_ranges')!;
              if (listed === 'absent') {
                if (protocol === 'all' || protocol === 'tcp') judge(at, undefined, true, cidr);
              } else if (Array.isArray(listed)) {
                for (const port of listed) judge(at, range(port), false, cidr);
              }
            }
          }
          const azureRules = [
            ...resourcesIn(file, 'azurerm_network_security_rule'),
            ...resourcesIn(file, 'azurerm_network_security_group').flatMap((group) => blocksOf(group, 'security_rule')),
          ];
          for (const rule of azureRules) {
            if (
              module.attributeValue(rule, 'direction') !== 'Inbound' ||
              module.attributeValue(rule, 'access') !== 'Allow'
            )
              continue;
            const sources = [
              module.attributeValue(rule, 'source_address_prefix'),
              module.attributeValue(rule, 'source_address_prefixes'),
            ];
            const cidr = sources.map((source) => worldIn(source, AZURE_WORLD)).find(Boolean);
            if (!cidr) continue;
            const at =
              rule.attributes.get('source_address_prefix') ?? rule.attributes.get('source_address_prefixes') ?? rule;
            const single = module.attributeValue(rule, 'destination_port_range');
            const many = module.attributeValue(rule, 'destination_port_ranges');
            for (const port of [single, ...(Array.isArray(many) ? many : [])]) {
              if (port !== 'absent' && port !== UNKNOWN) judge(at, range(port), false, cidr);
            }
          }
        });
      },
    };
  },
});
