import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';
import { exposedItems, readPort } from './support/ports.js';

const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

export default defineRule({
  meta: {
    id: 'docker/valid-expose',
    domain: 'dockerfile',
    description: '`EXPOSE` takes container ports 0–65535 or ranges, optionally with `/tcp`, `/udp` or `/sctp`.',
    category: 'correctness',
    defaultSeverity: 'error',
    recommended: true,
    messages: {
      port: '"{{item}}" is not a port number or range (0–65535){{hint}}.',
      range: 'The range "{{item}}" runs backwards: write the lower port first.',
      protocol: 'Unknown protocol "{{protocol}}": use tcp, udp or sctp.',
    },
    equivalents: { hadolint: ['DL3011'], trivy: ['DS008'] },
  },
  create(context) {
    return {
      EXPOSE(instruction: DockerInstruction) {
        const text = textOf(context.model, instruction);
        for (const item of exposedItems(instruction.args)) {
          const port = readPort(item);
          if (port.dynamic) continue;
          const at = text.word(item);
          if (Number.isNaN(port.from) || port.to > 65535) {
            // `EXPOSE 8080:80` is a publish mapping from `docker run -p`, not something an image can declare.
            const hint = item.includes(':') ? '; host:container mappings belong to `docker run -p`' : '';
            context.report({ at, messageId: 'port', data: { item, hint } });
          } else if (port.to < port.from) {
            context.report({ at, messageId: 'range', data: { item } });
          } else if (port.protocol !== undefined && !PROTOCOLS.has(port.protocol)) {
            context.report({ at, messageId: 'protocol', data: { protocol: port.protocol } });
          }
        }
      },
    };
  },
});
