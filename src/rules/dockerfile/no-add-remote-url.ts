import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { copySources } from './support/copy.js';
import { textOf } from './support/locate.js';
import { isRemoteSource } from './support/sources.js';

export default defineRule({
  meta: {
    id: 'docker/no-add-remote-url',
    domain: 'dockerfile',
    description: 'ADD of a URL must be verified with `--checksum` (or replaced by a checked download in RUN).',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.0,
    messages: {
      unverified:
        'ADD fetches "{{url}}" without checking what arrives: add `--checksum=sha256:…`, or download and verify it in a RUN.',
      unpinnedGit: 'ADD of the Git repository "{{url}}" follows a moving branch: pin a commit (`#<sha>`) or a tag.',
    },
  },
  create(context) {
    return {
      ADD(instruction: DockerInstruction) {
        const text = textOf(context.model, instruction);
        for (const source of copySources(instruction)) {
          if (!isRemoteSource(source)) continue;
          const isGit = /^git@|^git:\/\/|\.git(?:#.*)?$/i.test(source);
          if (isGit) {
            // A 40-hex commit after `#` is immutable; a tag name is acceptable.
            if (/#(?:[0-9a-f]{40}|v?\d[\w.-]*)$/i.test(source)) continue;
            context.report({ at: text.word(source), messageId: 'unpinnedGit', data: { url: source } });
          } else if (!instruction.flags.some((flag) => flag.name === 'checksum')) {
            context.report({ at: text.word(source), messageId: 'unverified', data: { url: source } });
          }
        }
      },
    };
  },
});
