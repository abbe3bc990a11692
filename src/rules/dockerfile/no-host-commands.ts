import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { textOf } from './support/locate.js';

/** Programs that act on a running machine or a person at a terminal; a build step has neither. */
const HOST_COMMANDS: Record<string, string> = {
  ssh: 'opens a session to another machine',
  vim: 'is an interactive editor',
  vi: 'is an interactive editor',
  nano: 'is an interactive editor',
  shutdown: 'acts on the running machine',
  reboot: 'acts on the running machine',
  service: 'starts a service that stops when the step ends',
  ps: 'lists processes of a build container that is gone when the step ends',
  top: 'is an interactive process viewer',
  htop: 'is an interactive process viewer',
  free: 'reports the memory of the build machine, not of where the image runs',
  kill: 'signals processes of a build container that is gone when the step ends',
  mount: 'mounts into a build container that is gone when the step ends',
  ifconfig: 'configures the network of the build container, not of where the image runs',
};

export default defineRule({
  meta: {
    id: 'docker/no-host-commands',
    domain: 'dockerfile',
    description:
      'RUN should not call commands meant for a running machine or a terminal (`ssh`, `vim`, `service`, `shutdown`, `ps`, `kill`, `mount`, …).',
    category: 'best-practice',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      host: '`{{command}}` {{why}}: it has no lasting effect on the image; do it at run time, or drop it.',
    },
    equivalents: { hadolint: ['DL3001'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        const text = textOf(context.model, instruction);
        for (const command of instruction.commands) {
          const why = Object.hasOwn(HOST_COMMANDS, command.name) ? HOST_COMMANDS[command.name] : undefined;
          if (!why) continue;
          context.report({ at: text.command(command), messageId: 'host', data: { command: command.name, why } });
        }
      },
    };
  },
});
