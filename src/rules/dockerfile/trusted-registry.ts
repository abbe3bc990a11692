import { defineRule } from '../../core/rule.js';
import type { DockerInstruction, DockerStage } from '../../domains/dockerfile/index.js';
import { splitImage } from '../../domains/dockerfile/parse.js';
import { flagAt, textOf } from './support/locate.js';

/** Used until `settings.trustedRegistries` is set: the big public registries, so opting in works out of the box. */
export const PUBLIC_REGISTRIES = [
  'docker.io',
  'ghcr.io',
  'quay.io',
  'gcr.io',
  '*.gcr.io',
  '*.pkg.dev',
  'registry.k8s.io',
  'mcr.microsoft.com',
  'public.ecr.aws',
  'cgr.dev',
  'registry.access.redhat.com',
  'registry.redhat.io',
  'registry.gitlab.com',
];

/** Compiled trusted-registry patterns, by entry (settings rarely change; a dozen rules' worth of files share them). */
const PATTERNS = new Map<string, RegExp>();

/** `docker.io`, `ghcr.io/acme`, `*.dkr.ecr.eu-west-1.amazonaws.com`: a registry, optionally with a path prefix. */
function matches(reference: string, trusted: string): boolean {
  let pattern = PATTERNS.get(trusted);
  if (!pattern) {
    pattern = new RegExp(`^${trusted.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/|$)`);
    PATTERNS.set(trusted, pattern);
  }
  return pattern.test(reference);
}

const DOCKER_HUB_ALIASES = new Set([
  'docker.io',
  'index.docker.io',
  'registry-1.docker.io',
  'registry.docker.com',
  'registry.hub.docker.com',
]);

/** Full reference with the implicit Docker Hub registry and `library/` namespace spelled out. */
function fullName(image: { registry: string | undefined; repository: string }): string {
  const registry = image.registry && DOCKER_HUB_ALIASES.has(image.registry) ? undefined : image.registry;
  if (registry) return `${registry}/${image.repository}`;
  return `docker.io/${image.repository.includes('/') ? image.repository : `library/${image.repository}`}`;
}

export default defineRule({
  meta: {
    id: 'docker/trusted-registry',
    domain: 'dockerfile',
    description:
      'Images must come from trusted registries: `settings.trustedRegistries`, or well-known public ones until that is set.',
    category: 'security',
    defaultSeverity: 'error',
    // Opt-in: which registries to trust is a policy only the repository owner can set.
    recommended: false,
    securitySeverity: 6.5,
    messages: {
      untrusted: 'Image "{{image}}" comes from {{registry}}, which is not a trusted registry ({{trusted}}).',
    },
    equivalents: { hadolint: ['DL3026'] },
  },
  create(context) {
    const configured = context.settings.trustedRegistries ?? [];
    const trusted = configured.length > 0 ? configured : PUBLIC_REGISTRIES;
    const check = (
      reference: string,
      at: DockerInstruction | { span: DockerInstruction['span']; path: string },
    ): void => {
      const image = splitImage(reference);
      const name = fullName(image);
      if (trusted.some((entry) => matches(name, entry))) return;
      const list =
        configured.length > 0
          ? `settings.trustedRegistries: ${configured.join(', ')}`
          : 'set settings.trustedRegistries to allow it';
      context.report({
        at,
        messageId: 'untrusted',
        data: { image: reference, registry: name.split('/')[0]!, trusted: list },
      });
    };
    return {
      stage(stage: DockerStage) {
        if (stage.image.isScratch || stage.image.stage || stage.image.unresolved) return;
        check(stage.image.resolved, textOf(context.model, stage.from).word(stage.image.raw));
      },
      COPY(instruction: DockerInstruction) {
        const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
        if (!ref || ref.includes('$') || !/[/:@.]/.test(ref) || context.model.findStage(ref)) return;
        check(ref, flagAt(instruction, 'from')!);
      },
    };
  },
});
