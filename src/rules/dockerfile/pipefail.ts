import { defineRule } from '../../core/rule.js';
import type { DockerInstruction } from '../../domains/dockerfile/index.js';
import { POSIX_SHELLS, type ShellCommand } from '../../domains/dockerfile/shell.js';
import { textOf } from './support/locate.js';
import { carriedFact, rootStage } from './support/stages.js';

/** Shells that know `set -o pipefail`; for plain `sh` (dash on Debian and Ubuntu) the advice is to switch to bash. */
const PIPEFAIL_SHELLS = /^(?:.*\/)?(?:bash|zsh|ksh|mksh|ash)$/;
/** Left sides of a pipe that cannot fail in a way worth stopping the build for. */
const HARMLESS = new Set(['echo', 'printf', 'yes', 'true', 'cat']);

/** The exec-form SHELL instruction in effect, if any. */
const shellInEffect = carriedFact<string[] | undefined>('SHELL in effect', undefined, (shell, instruction) =>
  instruction.keyword === 'SHELL' && instruction.json ? instruction.json : shell,
);

/** The shell a RUN runs in: a heredoc's shebang, an exec-form shell, or the SHELL in effect. */
function shellOf(instruction: DockerInstruction): string[] | undefined {
  const shebang = /^#!\s*(\S+)(?:\s+(.*))?/.exec(instruction.heredocs[0]?.content ?? '');
  if (shebang) {
    const [program, rest] = [shebang[1]!, shebang[2] ?? ''];
    return program.endsWith('/env') ? rest.split(/\s+/) : [program, ...rest.split(/\s+/).filter(Boolean)];
  }
  if (instruction.json) return instruction.json.slice(0, instruction.json.indexOf('-c') + 1 || 1);
  const stage = instruction.stage;
  if (!stage) return undefined;
  const shell = shellInEffect.before(instruction);
  if (shell) return shell;
  // Alpine and BusyBox images run RUN under BusyBox ash, which has pipefail.
  const root = rootStage(stage).image;
  const alpine = /(?:^|\/)(?:alpine|busybox)$/.test(root.repository) || /(?:^|-)alpine/.test(root.tag ?? '');
  return alpine && !root.unresolved ? ['/bin/ash'] : undefined;
}

function setsPipefail(command: ShellCommand): boolean {
  if (command.name !== 'set') return false;
  return command.args.some(
    (arg, i) => (arg === 'pipefail' && /^-[a-z]*o$/.test(command.args[i - 1] ?? '')) || arg === '-opipefail',
  );
}

export default defineRule({
  meta: {
    id: 'docker/pipefail',
    domain: 'dockerfile',
    description: 'Pipes in RUN under a POSIX shell need `set -o pipefail`, or a failing left side goes unnoticed.',
    category: 'correctness',
    defaultSeverity: 'warning',
    recommended: true,
    messages: {
      pipefail:
        '`{{command}} | …` under {{shell}} ignores a failure of `{{command}}`: use `SHELL ["{{program}}", "-o", "pipefail", "-c"]` or start the script with `set -o pipefail`.',
    },
    equivalents: { hadolint: ['DL4006'], trivy: ['DS032'] },
  },
  create(context) {
    return {
      RUN(instruction: DockerInstruction) {
        // No SHELL, shebang or exec-form shell: the builder's default, `/bin/sh -c`.
        const shell = shellOf(instruction) ?? ['/bin/sh', '-c'];
        if (!POSIX_SHELLS.test(shell[0]!)) return;
        if (
          shell.some(
            (word, i) => (word === 'pipefail' && /^-[a-z]*o$/.test(shell[i - 1] ?? '')) || word === '-opipefail',
          )
        )
          return;
        const text = textOf(context.model, instruction);
        for (const command of instruction.commands) {
          if (setsPipefail(command)) return;
          if (command.next !== '|' || HARMLESS.has(command.name)) continue;
          const offsets = text.wordOffsets(command);
          const last = offsets.length - 1;
          const end = offsets[last]! >= 0 ? offsets[last]! + command.words[last]!.length : -1;
          const pipe = end >= 0 ? text.findPattern(/\|(?!\|)/, end) : undefined;
          const at = pipe ? text.at(pipe.offset, 1) : text.command(command);
          const shellName = shell[0]!.slice(shell[0]!.lastIndexOf('/') + 1);
          // Plain sh is dash on Debian and Ubuntu, whose releases there lack pipefail: bash is the shell to switch to.
          const pipefailShell = PIPEFAIL_SHELLS.test(shell[0]!) ? shell[0]! : '/bin/bash';
          const program = pipefailShell.includes('/') ? pipefailShell : `/bin/${pipefailShell}`;
          context.report({ at, messageId: 'pipefail', data: { command: command.name, shell: shellName, program } });
          return;
        }
      },
    };
  },
});
