import { defineRule } from '../../core/rule.js';
import type { TfAttribute, TfBlock } from '../../domains/terraform/index.js';
import { inModule, isObject, UNKNOWN } from './support/module.js';

/** Providers built into Terraform itself (`terraform_data`, `terraform_remote_state`): nothing to download. */
const BUILT_IN = new Set(['terraform']);

/** The provider a block uses: its `provider = aws.west` meta-argument, else its type's prefix (`aws_s3_bucket`). */
function providerOf(block: TfBlock): string | undefined {
  if (block.type === 'provider') return block.labels[0];
  if (block.type !== 'resource' && block.type !== 'data') return undefined;
  const meta = block.attributes.get('provider')?.value;
  if (meta?.kind === 'reference') return meta.root;
  const type = block.labels[0] ?? '';
  const cut = type.indexOf('_');
  return cut === -1 ? type : type.slice(0, cut);
}

export default defineRule({
  meta: {
    id: 'tf/required-providers',
    domain: 'terraform',
    description: 'Every provider the module uses is declared in `required_providers` with a source and a version.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      undeclared:
        'Provider `{{name}}` is not in `required_providers`: `terraform init` takes the newest `hashicorp/{{name}}` release, whatever it breaks.',
      unversioned:
        'Provider `{{name}}` has no `version` constraint: `terraform init` takes its newest release, whatever it breaks.',
    },
    equivalents: { tflint: ['terraform_required_providers'] },
  },
  create(context) {
    return {
      file() {
        inModule(context, (module, file) => {
          const { declared, firstUses } = module.memo('required-providers', () => {
            const declared = new Map<string, { versioned: boolean; at: TfAttribute }>();
            for (const settings of module.blocks('terraform')) {
              for (const required of settings.blocks) {
                if (required.type !== 'required_providers') continue;
                for (const [name, attribute] of required.attributes) {
                  const value = module.valueOf(attribute.value);
                  // `aws = "~> 5.0"` is the older shorthand for a version constraint.
                  const versioned =
                    value === UNKNOWN ||
                    typeof value === 'string' ||
                    (isObject(value) && typeof value.version === 'string' && value.version !== '');
                  declared.set(name, { versioned, at: attribute });
                }
              }
            }
            // The first block (in file order) that uses each undeclared provider: where it is reported.
            const firstUses = new Map<string, TfBlock>();
            for (const candidate of module.files.flatMap((f) => f.blocks)) {
              const name = providerOf(candidate);
              if (name && !BUILT_IN.has(name) && !declared.has(name) && !firstUses.has(name))
                firstUses.set(name, candidate);
            }
            return { declared, firstUses };
          });
          for (const [name, entry] of declared) {
            if (!entry.versioned && entry.at.file === file.path)
              context.report({ at: entry.at, messageId: 'unversioned', data: { name } });
          }
          for (const [name, block] of firstUses) {
            if (block.file === file.path) context.report({ at: block, messageId: 'undeclared', data: { name } });
          }
        });
      },
    };
  },
});
