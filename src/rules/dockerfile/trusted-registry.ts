import { defineRule, type Handlers } from '../../core/rule.js';
import type { DockerfileModel, DockerInstruction, DockerStage } from '../../domains/dockerfile/index.js';
import { splitImage } from '../../domains/dockerfile/parse.js';
import { flagAt } from './support/locate.js';

/** `docker.io`, `ghcr.io/acme`, `*.dkr.ecr.eu-west-1.amazonaws.com`: a registry, optionally with a path prefix. */
function matches(reference: string, trusted: string): boolean {
  const pattern = new RegExp(`^${trusted.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/|$)`);
  return pattern.test(reference);
}

/** Full reference with the implicit Docker Hub registry and `library/` namespace spelled out. */
function fullName(image: { registry: string | undefined; repository: string }): string {
  if (image.registry) return `${image.registry}/${image.repository}`;
  return `docker.io/${image.repository.includes('/') ? image.repository : `library/${image.repository}`}`;
}

export default defineRule<DockerfileModel>({
  meta: {
    id: 'docker/trusted-registry',
    domain: 'dockerfile',
    description: 'Images must come from the registries listed in `settings.trustedRegistries` (silent when the list is empty).',
    category: 'security',
    defaultSeverity: 'error',
    recommended: true,
    securitySeverity: 6.5,
    messages: {
      untrusted: 'Image "{{image}}" comes from {{registry}}, which is not in settings.trustedRegistries ({{trusted}}).',
    },
  },
  create(context): Handlers {
    const trusted = context.settings.trustedRegistries ?? [];
    const check = (reference: string, at: DockerInstruction | { span: DockerInstruction['span']; path: string }): void => {
      const image = splitImage(reference);
      const name = fullName(image);
      if (trusted.some((entry) => matches(name, entry))) return;
      context.report({ at, messageId: 'untrusted', data: { image: reference, registry: name.split('/')[0]!, trusted: trusted.join(', ') } });
    };
    if (trusted.length === 0) return {};
    return {
      stage(stage: DockerStage) {
        if (stage.image.isScratch || stage.image.stage || stage.image.unresolved) return;
        check(stage.image.resolved, { span: stage.from.argsSpan, path: stage.from.path });
      },
      COPY(instruction: DockerInstruction) {
        const ref = instruction.flags.find((flag) => flag.name === 'from')?.value;
        if (!ref || ref.includes('$') || !/[/:@.]/.test(ref) || context.model.findStage(ref)) return;
        check(ref, flagAt(instruction, 'from')!);
      },
    };
  },
});
