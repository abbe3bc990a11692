import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';
import { exposedItems, readPort } from './support/ports.js';
import { isShipped } from './support/stages.js';

export default defineRule({
  meta: {
    id: 'docker/no-ssh-port',
    domain: 'dockerfile',
    description: 'The shipped image must not expose the SSH port 22.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 5.3,
    messages: {
      ssh: 'Port 22 means an SSH daemon in the container: use `docker exec` / `kubectl exec` for access instead.',
    },
    equivalents: { checkov: ['CKV_DOCKER_1'], trivy: ['DS004'] },
  },
  create(context) {
    return {
      EXPOSE(instruction: DockerInstruction) {
        if (!isShipped(context.model, instruction.stage)) return;
        for (const item of exposedItems(instruction.args)) {
          const port = readPort(item);
          if (port.dynamic || !(port.from <= 22 && 22 <= port.to) || (port.protocol && port.protocol !== 'tcp'))
            continue;
          context.report({ at: textOf(context.model, instruction).word(item), messageId: 'ssh' });
        }
      },
    };
  },
});
