import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { labelPairs } from './support/labels.js';
import { textOf } from './support/locate.js';

/**
 * Lower-case letters and digits, separated by single dots or dashes, beginning and ending with a letter, as Docker's
 * key format recommendations put it (https://docs.docker.com/engine/manage-resources/labels/).
 */
const KEY = /^[a-z](?:[a-z0-9]*(?:[.-][a-z0-9]+)*[a-z])?$/;
/** Namespaces Docker reserves for its own use. */
const RESERVED = /^(?:com\.docker|io\.docker|org\.dockerproject)\./;

export default defineRule({
  meta: {
    id: 'docker/label-key-format',
    domain: 'dockerfile',
    description:
      'LABEL keys should be lower-case, dot-separated names outside the namespaces Docker reserves (`com.docker.*`, …).',
    category: 'style',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      format:
        'Label key "{{key}}" is not a lower-case name of letters and digits separated by single dots or dashes, beginning and ending with a letter (e.g. `org.example.team`).',
      reserved:
        'Label key "{{key}}" is in a namespace Docker reserves for its own use: use your own reverse-DNS prefix.',
    },
    equivalents: { hadolint: ['DL3048'] },
  },
  create(context) {
    return {
      LABEL(instruction: DockerInstruction) {
        const text = textOf(context.model, instruction);
        for (const [raw] of labelPairs(instruction.args)) {
          const key = raw.replace(/^["']|["']$/g, '');
          // A key made of a build argument is only known at build time.
          if (key.includes('$')) continue;
          const messageId = RESERVED.test(key) ? 'reserved' : KEY.test(key) ? undefined : 'format';
          if (messageId) context.report({ at: text.word(raw), messageId, data: { key } });
        }
      },
    };
  },
});
