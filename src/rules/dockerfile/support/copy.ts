import type { DockerInstruction } from '../../../domains/dockerfile/index.js';
import { unquote } from '../../../domains/dockerfile/parse.js';

/** Sources and destination of a COPY/ADD, in either form; heredoc sources are left out. */
export function copyOperands(instruction: DockerInstruction): { sources: string[]; dest: string | undefined } {
  const words = instruction.json ?? instruction.args.split(/\s+/).filter(Boolean).map(unquote);
  if (words.length < 2) return { sources: [], dest: words[0] };
  const sources = words.slice(0, -1).filter((word) => !word.startsWith('<<'));
  return { sources, dest: words[words.length - 1] };
}

export function copySources(instruction: DockerInstruction): string[] {
  return copyOperands(instruction).sources;
}

/** Sources that send the whole build context (`.`, `./`, `*`). */
export function copiesWholeContext(instruction: DockerInstruction): boolean {
  if (instruction.flags.some((flag) => flag.name === 'from')) return false;
  return copySources(instruction).some((source) => /^(?:\.\/?|\.\/\*|\*)$/.test(source));
}
