import { defineRule } from '../../core/rule.js';
import type { DockerInstruction, DockerStage } from '../../domains/dockerfile/index.js';
import { hasFlag } from '../../domains/dockerfile/shell.js';
import { textOf } from './support/locate.js';

const ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** True for `tar -xzf`, `tar xzf`, `tar --extract`: the command unpacks an archive. */
function extracts(args: string[]): boolean {
  const [first = ''] = args;
  return hasFlag(args, 'extract', 'x') || hasFlag(args, 'get') || /^[a-wyz]*x[a-z]*$/i.test(first);
}

export default defineRule({
  meta: {
    id: 'docker/extract-with-add',
    domain: 'dockerfile',
    description: 'A local tar archive copied in and then unpacked by `tar -x` can be unpacked by `ADD` in one layer.',
    category: 'performance',
    defaultSeverity: 'note',
    recommended: true,
    messages: {
      add: '"{{archive}}" is copied here and unpacked by `tar` later, so the image keeps the archive too: `ADD {{archive}} <dir>` unpacks a local tar archive in one layer.',
    },
    equivalents: { hadolint: ['DL3010'] },
  },
  create(context) {
    /** Local archives COPYed into each stage, by file name. */
    const copied = new Map<DockerStage, Map<string, { instruction: DockerInstruction; source: string }>>();
    const reported = new Set<DockerInstruction>();
    return {
      COPY(instruction: DockerInstruction) {
        const stage = instruction.stage;
        if (!stage || instruction.onbuild || instruction.json || instruction.flags.some((flag) => flag.name === 'from'))
          return;
        const words = instruction.args.split(/\s+/).filter(Boolean);
        for (const source of words.slice(0, -1)) {
          if (!ARCHIVE.test(source) || source.includes('$') || /^[a-z]+:\/\//i.test(source)) continue;
          let archives = copied.get(stage);
          if (!archives) copied.set(stage, (archives = new Map()));
          archives.set(baseName(source), { instruction, source });
        }
      },
      RUN(instruction: DockerInstruction) {
        const archives = instruction.stage && copied.get(instruction.stage);
        if (!archives) return;
        for (const command of instruction.commands) {
          if (command.name !== 'tar' || !extracts(command.args)) continue;
          for (const arg of command.args) {
            const copy = archives.get(baseName(arg));
            if (!copy || reported.has(copy.instruction)) continue;
            reported.add(copy.instruction);
            const at = textOf(context.model, copy.instruction).word(copy.source);
            context.report({ at, messageId: 'add', data: { archive: copy.source } });
          }
        }
      },
    };
  },
});
