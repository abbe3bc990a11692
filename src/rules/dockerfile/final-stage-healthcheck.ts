import { defineRule } from '../../core/rule.js';
import type { DockerfileModel, DockerStage } from '../../domains/dockerfile/index.js';
import { keywordAt } from './support/locate.js';
import { baseChain, finalStage, lastInEffect } from './support/stages.js';

/** Images with no shell or tools to run a check with; the platform's probes watch these. */
function isMinimal(root: DockerStage): boolean {
  const { image } = root;
  const name = `${image.registry ?? ''}/${image.repository}`;
  return image.isScratch || /(?:^|\/)distroless\//.test(name) || /^cgr\.dev\/chainguard\/static$/.test(name);
}

export default defineRule({
  meta: {
    id: 'docker/final-stage-healthcheck',
    domain: 'dockerfile',
    description: 'A service image (one that EXPOSEs a port) should declare a HEALTHCHECK in its final stage.',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      missing:
        'This image serves on port {{port}} but has no HEALTHCHECK, so Docker and Compose cannot tell a hung service from a healthy one: add `HEALTHCHECK CMD …` (or `HEALTHCHECK NONE` to say it is deliberate).',
    },
    equivalents: { hadolint: ['DL3057'], checkov: ['CKV_DOCKER_2'], trivy: ['DS026'] },
  },
  create(context) {
    return {
      exit(model: DockerfileModel) {
        const final = finalStage(model);
        if (!final) return;
        const chain = baseChain(final);
        // Tools, base images and CLIs do not serve; probes of a scratch/distroless image run from outside.
        const expose = lastInEffect(final, 'EXPOSE');
        if (!expose || lastInEffect(final, 'HEALTHCHECK') || isMinimal(chain[chain.length - 1]!)) return;
        context.report({
          at: keywordAt(final.from),
          messageId: 'missing',
          data: { port: expose.args.split(/\s+/)[0]! },
        });
      },
    };
  },
});
