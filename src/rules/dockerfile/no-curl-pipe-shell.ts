import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import type { ShellCommand } from '../../domains/dockerfile/shell.js';
import { textOf } from './support/locate.js';

const DOWNLOADERS = new Set(['curl', 'wget']);
const INTERPRETERS = /^(?:sh|bash|ash|dash|zsh|ksh|python\d*(?:\.\d+)?|perl|ruby|node)$/;

/** `sh -c "$(curl …)"` and `bash <(curl …)`: the download runs without ever being a file. */
function runsSubstitutedDownload(command: ShellCommand): boolean {
  return INTERPRETERS.test(command.name) && command.args.some((arg) => /(?:\$\(|<\(|`)\s*(?:curl|wget)\b/.test(arg));
}

export default defineRule({
  meta: {
    id: 'docker/no-curl-pipe-shell',
    domain: 'dockerfile',
    description: 'Scripts downloaded with curl or wget must not be piped straight into a shell.',
    category: 'security',
    defaultSeverity: 'warning',
    recommended: true,
    securitySeverity: 6.5,
    messages: {
      pipe: '`{{downloader}} … | {{shell}}` runs whatever the server sends today: download to a file, check its checksum, then run it.',
      substitution:
        '`{{shell}}` runs a script fetched by command substitution: download to a file, check its checksum, then run it.',
    },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        const { commands } = instruction;
        const text = textOf(context.model, instruction);
        for (const [i, command] of commands.entries()) {
          if (runsSubstitutedDownload(command)) {
            context.report({ at: text.command(command), messageId: 'substitution', data: { shell: command.name } });
            continue;
          }
          if (!DOWNLOADERS.has(command.name)) continue;
          // Follow the pipeline: `curl … | tee x | sh` still runs the download.
          for (let j = i; j < commands.length - 1 && commands[j]!.next === '|'; j++) {
            const consumer = commands[j + 1]!;
            if (INTERPRETERS.test(consumer.name) && !consumer.args.some((arg) => /\.(?:sh|py|pl|rb|js)$/.test(arg))) {
              context.report({
                at: text.command(command),
                messageId: 'pipe',
                data: { downloader: command.name, shell: consumer.name },
              });
              break;
            }
          }
        }
      },
    };
  },
});
