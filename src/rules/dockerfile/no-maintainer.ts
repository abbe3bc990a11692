import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { replaceWith } from './support/fixes.js';
import { keywordAt } from './support/locate.js';

export default defineRule({
  meta: {
    id: 'docker/no-maintainer',
    domain: 'dockerfile',
    description: '`MAINTAINER` is deprecated; use a LABEL.',
    category: 'style',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      maintainer: '`MAINTAINER` is deprecated: use `LABEL org.opencontainers.image.authors="{{who}}"`.',
    },
    equivalents: { hadolint: ['DL4000'], checkov: ['CKV_DOCKER_6'], trivy: ['DS022'] },
  },
  create(context) {
    return {
      MAINTAINER(instruction: DockerInstruction) {
        const who = instruction.args.replace(/"/g, '');
        const fix =
          instruction.span.line === instruction.span.endLine
            ? replaceWith(
                context.file,
                instruction,
                `LABEL org.opencontainers.image.authors=${JSON.stringify(who)}`,
                'use the authors label',
              )
            : undefined;
        context.report({ at: keywordAt(instruction), messageId: 'maintainer', data: { who }, ...(fix ? { fix } : {}) });
      },
    };
  },
});
