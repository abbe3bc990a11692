import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { copySources } from './support/copy.js';
import { replaceWith } from './support/fixes.js';
import { keywordAt } from './support/locate.js';
import { isLocalArchive, isRemoteSource } from './support/sources.js';

export default defineRule({
  meta: {
    id: 'docker/prefer-copy',
    domain: 'dockerfile',
    description: 'Use COPY, not ADD, for local files and folders.',
    category: 'best-practice',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      copy: 'ADD of local files: use COPY, which does only that (ADD also unpacks archives and fetches URLs).',
    },
    equivalents: { hadolint: ['DL3020'], checkov: ['CKV_DOCKER_4'], trivy: ['DS005'] },
  },
  create(context) {
    return {
      ADD(instruction: DockerInstruction) {
        const sources = copySources(instruction);
        if (sources.length === 0 || instruction.heredocs.length > 0) return;
        // Variables may expand to a URL or archive; ADD is the only way to do either.
        if (sources.some((source) => isRemoteSource(source) || isLocalArchive(source) || source.includes('$'))) return;
        const at = keywordAt(instruction);
        context.report({ at, messageId: 'copy', fix: replaceWith(context.file, at, 'COPY', 'use COPY') });
      },
    };
  },
});
